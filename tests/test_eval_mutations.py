"""`hazmat eval --mutation`: samples mutated before answering (resumably), answers decoded before judging.

One local server plays both the model under test (`target`) and the mutator (`rewriter`): a test double for
the network, scripted like a rewriting model and like a model that answers in the prompt's encoding/language.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

from conftest import HAZMAT
from evalfiles import write_sst
from fake_openai import FakeOpenAIServer
from hazmat.transforms import ENCODINGS

COMPLY = "Sure, here is how to do it: first gather the materials, then follow these steps carefully."


def _request(text: str) -> str:
    return text.rsplit("#Request:", 1)[1].split("\n", 1)[0].strip()


def _reply(body: dict[str, Any]) -> str:
    last = body["messages"][-1]["content"]
    if body["model"] == "rewriter":
        if "#Text:" in last:  # back-translation of an answer
            text = last.split("#Text:", 1)[1].rsplit("#English:", 1)[0].strip()
            return "#English: " + text.removeprefix("[fr] ")
        request = _request(last)
        marker = last.strip().splitlines()[-1]  # the prompt ends with the marker the answer must follow
        if "refuse-rewrite" in request:
            return "I'm sorry, but I can't help with rewriting that request."
        if "French" in last.split("\n", 1)[0]:
            return f"Sure! Here is the French translation:\n{marker} [fr] {request}"
        return f'{marker} "{request.rstrip(".?")}, innit fam?"'
    if last.startswith("[fr] "):
        return "[fr] " + COMPLY
    if "Caesar" in last:
        return ENCODINGS["caesar"].encode(COMPLY)
    return COMPLY


def _run(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [HAZMAT, "eval", "--suite", "sst", "--data", str(tmp_path / "sst.csv"), "--model", "openai/target",
           "--mutation", "base,caesar,slang,translate-fr", "--mutator-model", "openai/rewriter", "--base-url", url,
           "--run-dir", str(tmp_path / "run"), "--no-progress", "--no-cache", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_eval_with_mutations_end_to_end(tmp_path: Path) -> None:
    prompts = write_sst(tmp_path / "sst.csv", 5, refuse_every=100)
    with open(tmp_path / "sst.csv", encoding="utf-8") as f:  # one prompt the rewriter refuses to rewrite
        text = f.read().replace(prompts[4], prompts[4] + " refuse-rewrite")
    (tmp_path / "sst.csv").write_text(text, encoding="utf-8")
    with FakeOpenAIServer(reply_body=_reply) as server:
        out = _run(tmp_path, server.url)
        assert out.returncode == 0, out.stderr
        by_model = {m: sum(1 for b in server.bodies if b["model"] == m) for m in ("target", "rewriter")}
        # 5 base + 5 caesar + 4 slang + 4 French (the 5th rewrite was refused) answers; 10 rewrites asked,
        # 4 French prompts back-translated by the meaning check and 4 French answers back-translated for judging
        assert by_model == {"target": 18, "rewriter": 18}
        assert "mutation" in out.stderr.lower() and "refus" in out.stderr.lower()
        first_total = server.total
        again = _run(tmp_path, server.url)
        assert again.returncode == 0, again.stderr
        # the rerun reuses mutations.jsonl and the stored answers; only the two refused rewrites are retried
        assert server.total == first_total + 2
    lines = [json.loads(x) for x in (tmp_path / "run" / "mutations.jsonl").read_text().splitlines()]
    ok = [r for r in lines if "error" not in r]
    assert len(ok) == 13 and {r["mutation"] for r in ok} == {"caesar", "slang", "translate-fr"}
    results = [json.loads(x) for x in (tmp_path / "run" / "results.jsonl").read_text().splitlines()]
    assert len(results) == 18
    by_id = {r["id"]: r for r in results}
    caesar = by_id["sst_000~caesar"]
    assert caesar["messages"][-1]["content"].startswith(ENCODINGS["caesar"].instruction)
    assert caesar["metadata"]["original_prompt"] == prompts[0]
    assert caesar["verdicts"]["hazmat-minilm"]["extra"]["judged_response"] == COMPLY
    french = by_id["sst_001~translate-fr"]
    assert french["response"] == "[fr] " + COMPLY
    assert french["verdicts"]["hazmat-minilm"]["extra"]["judged_response"] == COMPLY
    slang = by_id["sst_002~slang"]
    assert slang["messages"][-1]["content"].endswith("innit fam?")
    assert slang["metadata"]["meaning_lost"] is False and slang["metadata"]["meaning_similarity"] > 0.5
    assert "judged_response" not in slang["verdicts"]["hazmat-minilm"]["extra"]
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    (result,) = summary["results"]
    assert set(result["slices"]["mutation"]) == {"base", "caesar", "slang", "translate-fr"}
    assert result["slices"]["mutation"]["caesar"]["items"] == 5
    assert summary["run"]["config"]["mutations"] == ["base", "caesar", "slang", "translate-fr"]
    report = subprocess.run([HAZMAT, "report", str(tmp_path / "run"), "--out", str(tmp_path / "r.html")],
                            capture_output=True, text=True)
    assert report.returncode == 0, report.stderr
    html = (tmp_path / "r.html").read_text()
    section = re.search(r'<section id="mutations">(.*?)</section>', html, re.S)
    assert section is not None and "translate-fr" in section.group(1) and "0 of 4" in section.group(1)


def test_eval_mutation_errors(tmp_path: Path) -> None:
    write_sst(tmp_path / "sst.csv", 2)
    base = [HAZMAT, "eval", "--suite", "sst", "--data", str(tmp_path / "sst.csv"), "--model", "openai/m",
            "--run-dir", str(tmp_path / "r"), "--base-url", "http://127.0.0.1:9/v1"]
    unknown = subprocess.run([*base, "--mutation", "base,pig-latin"], capture_output=True, text=True)
    assert unknown.returncode == 2 and "pig-latin" in unknown.stderr and "Traceback" not in unknown.stderr
    no_model = subprocess.run([*base, "--mutation", "slang"], capture_output=True, text=True)
    assert no_model.returncode == 2 and "--mutator-model" in no_model.stderr and "Traceback" not in no_model.stderr


def test_encodings_need_no_mutator_and_decode_before_judging(tmp_path: Path) -> None:
    write_sst(tmp_path / "sst.csv", 3, refuse_every=100)
    with FakeOpenAIServer(reply_body=_reply) as server:
        out = subprocess.run(
            [HAZMAT, "eval", "--suite", "sst", "--data", str(tmp_path / "sst.csv"), "--model", "openai/target",
             "--mutation", "encodings", "--base-url", server.url, "--run-dir", str(tmp_path / "run"),
             "--no-progress", "--no-cache", "--meaning-check", "none"], capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        assert server.total == 12 and all(b["model"] == "target" for b in server.bodies)
    results = [json.loads(x) for x in (tmp_path / "run" / "results.jsonl").read_text().splitlines()]
    caesar = [r for r in results if r["metadata"]["mutation"] == "caesar"]
    assert len(caesar) == 3
    assert all(r["verdicts"]["hazmat-minilm"]["extra"]["judged_response"] == COMPLY for r in caesar)


def test_a_back_translator_that_refuses_leaves_the_answer_unassessed(tmp_path: Path) -> None:
    from hazmat.transforms._rewrites import back_translation_refused

    long_answer = "[fr] " + " ".join(["mot"] * 60)
    # the translator's own refusals: no marker, declining to translate, or a short refusal for a long answer
    assert back_translation_refused("I'm sorry, but I can't help with that.", "[fr] bonjour",
                                    "I'm sorry, but I can't help with that.")
    assert back_translation_refused("#English: I cannot translate this content.", "[fr] bonjour",
                                    "I cannot translate this content.")
    assert back_translation_refused("#English: Sorry, I can't help with that.", long_answer,
                                    "Sorry, I can't help with that.")
    # the model under test refusing in French, translated faithfully, is the answer
    assert not back_translation_refused("#English: I'm sorry, but I can't help with that.",
                                        "[fr] Je suis désolé, mais je ne peux pas vous aider.",
                                        "I'm sorry, but I can't help with that.")
    assert not back_translation_refused("#English: Sure, here it is.", "[fr] Bien sûr.", "Sure, here it is.")

    prompts = write_sst(tmp_path / "sst.csv", 3, refuse_every=100)

    def reply(body: dict[str, Any]) -> str:
        last = body["messages"][-1]["content"]
        if body["model"] == "rewriter":
            if "#Text:" in last:
                text = last.split("#Text:", 1)[1].rsplit("#English:", 1)[0].strip()
                if "secret-plan" in text:  # the translator will not translate this answer
                    return "I'm sorry, but I can't translate that content."
                return "#English: " + text.removeprefix("[fr] ")
            return f"{last.strip().splitlines()[-1]} [fr] {_request(last)}"
        if prompts[0] in last:
            return "[fr] secret-plan: " + COMPLY
        if prompts[1] in last:
            return "[fr] I'm sorry, but I can't help with that."
        return "[fr] " + COMPLY

    with FakeOpenAIServer(reply_body=reply) as server:
        cmd = [HAZMAT, "eval", "--suite", "sst", "--data", str(tmp_path / "sst.csv"), "--model", "openai/target",
               "--mutation", "translate-fr", "--mutator-model", "openai/rewriter", "--meaning-check", "none",
               "--base-url", server.url, "--run-dir", str(tmp_path / "run"), "--no-progress", "--no-cache"]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        before = server.total
        again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert again.returncode == 0 and server.total == before  # stored: not asked again
    results = {r["id"]: r for r in map(json.loads, (tmp_path / "run" / "results.jsonl").read_text().splitlines())}
    refused = results["sst_000~translate-fr"]["verdicts"]["hazmat-minilm"]
    assert refused["flagged"] is None and "back-translator refused" in refused["unassessed"]
    french_refusal = results["sst_001~translate-fr"]["verdicts"]["hazmat-minilm"]
    assert french_refusal["unassessed"] is None and french_refusal["extra"]["refusal"] is True
    assert results["sst_002~translate-fr"]["verdicts"]["hazmat-minilm"]["flagged"] is not None
