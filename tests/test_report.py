"""The HTML report card: built from real runs, checked as a file and in headless Chromium with the network off."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import HAZMAT, ROOT
from evalfiles import write_sorrybench
from fake_openai import REFUSAL, FakeOpenAIServer
from hazmat.evaluation import EvalConfig, EvalRunner, SuiteData
from hazmat.guardeval import guard_result
from test_eval_summary import write_ailuminate, write_xstest


def _reply(strict: bool):  # type: ignore[no-untyped-def]
    def reply(prompt: str) -> str:
        if "User Request:" in prompt:
            return "0" if "I'm sorry" in prompt else "1"
        if "refuse-me" in prompt or (strict and "kill" in prompt):
            return REFUSAL
        return f"Sure. Here is how: {prompt} First, do this. Then do that."
    return reply


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two runs (two models), three suites, two judges on one of them."""
    tmp = tmp_path_factory.mktemp("runs")
    xs, ail, sb = tmp / "xstest.csv", tmp / "ail.csv", tmp / "sorry"
    write_xstest(xs)
    write_ailuminate(ail, 4)
    write_sorrybench(sb)
    out = []
    for name, strict in (("lenient", False), ("strict", True)):
        with FakeOpenAIServer(reply=_reply(strict)) as server:
            config = EvalConfig(
                suites=[SuiteData("xstest", xs), SuiteData("ailuminate", ail), SuiteData("sorrybench", sb)],
                models=[f"openai/{name}-model"],
                judges=None if strict else ["hazmat-minilm", "sorrybench@openai/judge"],
                model_options={"base_url": server.url}, judge_options={"base_url": server.url}, cache=False)
            EvalRunner(config, tmp / name, progress=False).run()
        out.append(tmp / name)
    return out


@pytest.fixture(scope="module")
def guard_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(0)
    labels = [rng.random() < 0.4 for _ in range(300)]
    guards = []
    for name, noise in (("guard-a", 0.25), ("guard-b", 0.45)):
        scores = [min(1.0, max(0.0, (0.7 if y else 0.3) + rng.uniform(-noise, noise))) for y in labels]
        cats = {c: (labels[i::3], scores[i::3]) for i, c in enumerate(("hate", "violence", "self_harm"))}
        guards.append(guard_result(name, "prompt", [int(y) for y in labels], scores, 0.5, cats,
                                   [rng.uniform(2, 9) for _ in labels]))
    path = tmp_path_factory.mktemp("guards") / "guards.json"
    path.write_text(json.dumps({"schema_version": "hazmat.guard-eval/1",
                                "dataset": {"name": "handmade", "path": "n/a"}, "guards": guards}))
    return path


@pytest.fixture(scope="module")
def report(runs: list[Path], guard_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    done = subprocess.run([HAZMAT, "report", *map(str, runs), "--out", str(out), "--guard-results", str(guard_file)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out


def test_report_is_self_contained(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # nothing loaded from a network
    assert "<link" not in html and "@import" not in html
    for section in ("overview", "grades", "frontier", "categories", "slices", "judges", "guards", "samples",
                    "metadata"):
        assert f'id="{section}"' in html
    assert "Placeholder request" not in html  # samples are only in the compressed blob, behind the warning
    assert "content warning" in html and "sha256" in html


def test_report_of_missing_run_is_one_line_error(tmp_path: Path) -> None:
    done = subprocess.run([HAZMAT, "report", str(tmp_path), "--out", str(tmp_path / "r.html")],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "not a run directory" in done.stderr and "Traceback" not in done.stderr


def _browser():  # type: ignore[no-untyped-def]
    webdriver = pytest.importorskip("selenium.webdriver")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("headless Chromium and chromedriver are not installed (Debian: apt-get install chromium "
                    "chromium-driver; `make test` installs them when it runs as root)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,2000", "--host-resolver-rules=MAP * ~NOTFOUND"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


def test_report_in_headless_chromium_offline(report: Path, runs: list[Path]) -> None:
    driver = _browser()
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        driver.get(report.as_uri())
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.documentElement.dataset.ready"))

        def count(css: str) -> int:
            return len(driver.find_elements(By.CSS_SELECTOR, css))

        assert count("svg.chart") >= 8
        # harm vs over-refusal: one point per model and judge (the lenient run has two judges)
        assert count('svg[data-chart="frontier"] .point') == 3
        assert count('svg[data-chart="grades"] .grade-mark') >= 2 * 5
        assert count('svg[data-chart="heatmap"] .cell') >= 6 * 3
        assert count('svg[data-chart="lines"] .line') >= 4  # PR curves and reliability of two guards
        assert count('svg[data-chart="bar"] .bar') > 10
        for svg in driver.find_elements(By.CSS_SELECTOR, "svg.chart"):
            box = svg.rect
            assert box["width"] > 200 and box["height"] > 50  # every chart laid out with a real size
        assert count("table.ensembles tbody tr") >= 1
        # drill-down: closed behind its content warning until opened; then rows render, paged and filtered
        assert count(".sample-row") == 0
        drill = driver.find_elements(By.CSS_SELECTOR, "details.drill")[0]
        drill.find_element(By.TAG_NAME, "summary").click()
        WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".sample-row")) > 0)
        first_page = count(".sample-row")
        assert first_page == 50  # 68 samples in the lenient run (one row per sample × model), 50 per page
        search = drill.find_element(By.CSS_SELECTOR, "input[type=search]")
        search.send_keys("role_play")
        WebDriverWait(driver, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".sample-row")) < first_page)
        assert all("role_play" in r.text for r in driver.find_elements(By.CSS_SELECTOR, ".sample-row"))
        errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        assert not errors, errors
        shot = Path(os.environ.get("HAZMAT_SCREENSHOT_DIR", report.parent)) / "report.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    finally:
        driver.quit()
    assert ROOT.exists()


def test_guard_only_report(guard_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "guards.html"
    done = subprocess.run([HAZMAT, "report", "--guard-results", str(guard_file), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    html = out.read_text()
    assert 'id="guards"' in html and 'data-chart="lines"' in html and 'id="overview"' not in html
    empty = subprocess.run([HAZMAT, "report", "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert empty.returncode == 2 and "nothing to report" in empty.stderr
