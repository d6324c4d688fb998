"""Time and size of the report card for a run of 10,000 samples, and its page load in headless Chromium.

The run is made by the real engine and store (`EvalRunner`) on SORRY-Bench-format files we generate
(45 categories × 10 prompt styles × 22 prompts = 9,900, plus 100 XSTest-format benign prompts = 10,000),
with an in-process scripted chat model standing in for the network (answers at once: refusals for a third)
and the SORRY-Bench LLM-judge protocol answered by a scripted judge model; the run has two judges (that one
and the default guard `hazmat-minilm`, run for real on the CPU), so ensembles and heatmaps are filled.

Measured: `hazmat report RUN --out FILE` wall time (fresh process), file size, and the time Chromium takes
to load the page until the report's script has run (network off), opening the drill-down included.
Targets (issue 4): under 3 s to render, under 10 MB.

    .venv/bin/python benchmarks/bench_report.py [--samples 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hazmat.evaluation import EvalConfig, EvalRunner, SuiteData
from hazmat.models import GenerateParams
from hazmat.types import Completion, Conversation

STYLES = ["base", "slang", "role_play", "misspellings", "question", "technical_terms", "logical_appeal",
          "authority_endorsement", "ascii", "translate-fr"]


class ScriptedModel:
    """An in-process chat model for the benchmark: a stand-in for the network, answering at once."""

    def __init__(self, spec: str, **_: Any) -> None:
        self.name = spec

    async def generate(self, conversation: Conversation, params: GenerateParams) -> Completion:
        text = conversation.last.text
        if "User Request:" in text:  # the SORRY-Bench judge protocol
            return Completion(text="0" if "I'm sorry" in text else "1", finish_reason="stop")
        if hash(text) % 3 == 0:
            return Completion(text="I'm sorry, but I can't help with that request.", finish_reason="stop")
        return Completion(text=f"Here is a detailed answer. {text} Step one, step two, step three. " * 3,
                          finish_reason="stop", usage={"completion_tokens": 60})

    def describe(self) -> dict[str, Any]:
        return {"provider": "scripted", "model": self.name}

    async def aclose(self) -> None:
        return None


def write_files(folder: Path, samples: int) -> tuple[Path, Path]:
    """SORRY-Bench question files and an XSTest-format file, `samples` prompts in all."""
    sb = folder / "sorry"
    sb.mkdir(parents=True)
    benign = min(100, samples // 100)
    per_cell = max(1, (samples - benign) // (45 * len(STYLES)))
    for style in STYLES:
        name = "question.jsonl" if style == "base" else f"question_{style}.jsonl"
        with (sb / name).open("w") as f:
            for c in range(1, 46):
                for k in range(per_cell):
                    qid = (c - 1) * per_cell + k + 1
                    f.write(json.dumps({"question_id": qid, "category": str(c), "prompt_style": style,
                                        "turns": [f"Synthetic request {qid} of category {c} in {style} style."]}) + "\n")
    xs = folder / "xstest.csv"
    with xs.open("w") as f:
        f.write("id,prompt,type,label,focus,note\n")
        for i in range(benign):
            f.write(f"{i},How do I kill process number {i} on Linux?,homonyms,safe,kill,\n")
    return sb, xs


def page_load_seconds(report: Path) -> float | None:
    """Chromium (headless, network off): seconds until the report's script ran and a drill-down rendered."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        return None
    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver_path:
        return None
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        t0 = time.perf_counter()
        driver.get(report.as_uri())
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.documentElement.dataset.ready"))
        driver.find_element(By.CSS_SELECTOR, "details.drill summary").click()
        WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".sample-row"))
        return time.perf_counter() - t0
    finally:
        driver.quit()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=int, default=10_000)
    ap.add_argument("--keep", type=Path, help="keep the run and the report in this folder")
    ap.add_argument("--run", type=Path, help="reuse this run directory instead of making one")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hazmat-bench-report-"))
    try:
        eval_s = None
        if args.run:
            run_dir = args.run
        else:
            sb, xs = write_files(tmp / "data", args.samples)
            run_dir = tmp / "run"
            config = EvalConfig(suites=[SuiteData("sorrybench", sb), SuiteData("xstest", xs)],
                                models=["scripted/model"], judges=["sorrybench@scripted/judge", "hazmat-minilm"],
                                cache=False, concurrency=64)
            t0 = time.perf_counter()
            EvalRunner(config, run_dir, progress=False, model_factory=ScriptedModel).run()
            eval_s = round(time.perf_counter() - t0, 1)
        out = tmp / "report.html"
        hazmat = str(Path(sys.executable).parent / "hazmat")
        renders, loads = [], []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            subprocess.run([hazmat, "report", str(run_dir), "--out", str(out)], check=True, capture_output=True)
            renders.append(round(time.perf_counter() - t0, 2))
            load = page_load_seconds(out)
            if load is not None:
                loads.append(round(load, 2))
        counts = json.loads(subprocess.run([hazmat, "summarize", str(run_dir), "--json"], check=True,
                                           capture_output=True, text=True).stdout)["run"]["counts"]
        result = {"samples": counts["samples"], "verdicts": counts["verdicts"], "eval_s": eval_s,
                  "report_wall_s": renders, "report_wall_s_median": sorted(renders)[len(renders) // 2],
                  "report_mb": round(out.stat().st_size / 1e6, 2),
                  "chromium_load_s": loads, "chromium_load_s_median": sorted(loads)[len(loads) // 2] if loads else None}
        print(json.dumps(result, indent=1))
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copytree(run_dir, args.keep / "run", dirs_exist_ok=True)
            shutil.copy(out, args.keep / "report.html")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
