import json
from pathlib import Path

import pytest

from hazmat.errors import TaxonomyError, UnknownTaxonomyError
from hazmat.taxonomy import (
    Crosswalk,
    air2024_with_level4,
    builtin_taxonomies,
    hub_taxonomy,
    load_taxonomy,
    translate,
)
from hazmat.types import Verdict

REQUIRED = {
    "hazmat": 35, "ailuminate-v1.0": None, "llamaguard1": 6, "llamaguard2": 11, "llamaguard3": 14,
    "aegis1": None, "aegis2": 23, "openai": 13, "sst": 5, "sorrybench-2024-06": None, "air2024": None,
    "unsafebench": 11, "unsafe-diffusion": 5, "unsafe-video": 5, "labsafety": 10, "harmbench": 7,
}


def test_every_required_builtin_loads_with_its_size() -> None:
    taxonomies = builtin_taxonomies()
    for tid, size in REQUIRED.items():
        assert tid in taxonomies, tid
        if size is not None:
            assert len(taxonomies[tid]) == size, tid
    assert len(taxonomies["sorrybench-2024-06"].leaves()) == 45
    assert len(taxonomies["sorrybench-2025-03"].leaves()) == 44
    ail = taxonomies["ailuminate-v1.0"]
    assert {"vcr", "src", "cse", "ssh", "iwp", "ipv", "dfm", "ncr", "hte", "prv", "spc", "sxc"} <= set(ail.ids)
    assert ail.get("spc_ele").parent == "spc"
    air = taxonomies["air2024"]
    assert sum(1 for c in air if air.depth(c.id) == 1) == 16  # level 2


def test_every_category_of_every_builtin_maps_to_the_hub() -> None:
    hub = hub_taxonomy()
    for tax in builtin_taxonomies().values():
        if tax.id == hub.id:
            continue
        for c in tax:
            links = tax.hub_of(c.id)
            assert links, f"{tax.id}:{c.id} maps to no hub category"
            assert links <= set(hub.ids)


def test_a_taxonomy_mapped_to_itself_is_the_identity() -> None:
    for tax in builtin_taxonomies().values():
        walk = Crosswalk(tax, tax)
        assert not walk.uncovered and not walk.partial, tax.id
        for c in tax.ids:
            assert walk.map_labels([c]) == [c], (tax.id, c)
        scores = {c: (i % 10) / 10 for i, c in enumerate(tax.ids)}
        assert walk.map_scores(scores) == scores, tax.id


def test_names_and_aliases_resolve() -> None:
    assert load_taxonomy("MLCommons").id == "ailuminate-v1.0"
    assert load_taxonomy("lg3").id == "llamaguard3"
    assert load_taxonomy("sorrybench").id == "sorrybench-2024-06"
    lg3 = load_taxonomy("llamaguard3")
    assert lg3.resolve("violent crimes") == "S1"


def test_unknown_taxonomy_is_a_clear_error() -> None:
    with pytest.raises(UnknownTaxonomyError, match=r"unknown taxonomy 'nope'.*llamaguard3"):
        load_taxonomy("nope")
    with pytest.raises(UnknownTaxonomyError, match="does not exist"):
        load_taxonomy("missing.yaml")


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "policy.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_user_taxonomy_file_works_like_a_builtin(tmp_path: Path) -> None:
    p = _write(tmp_path, """
id: acme-policy
name: ACME content policy
version: "2"
source: internal
categories:
  - {id: violence, name: Violence, hub: [violent_crimes, threats, graphic_violence]}
  - {id: kids, name: Child safety, hub: [child_sexual_exploitation, child_harm]}
  - {id: crypto, name: Crypto shilling, hub: [spam]}
  - {id: crypto-scam, name: Crypto scams, parent: crypto}
""")
    tax = load_taxonomy(str(p))
    assert tax.id == "acme-policy" and tax.hub_of("crypto-scam") == {"spam"}
    cw = Crosswalk("llamaguard3", tax)
    assert "S1" in cw.links["violence"].sources  # S1 violent crimes
    assert cw.links["violence"].coverage == "partial"  # llama guard 3 has no graphic-violence category
    assert "crypto" in cw.uncovered and "crypto-scam" in cw.uncovered


@pytest.mark.parametrize("text, words", [
    ("id: x\nname: y\ncategories: []\n", "non-empty list"),
    ("id: x\nname: y\ncategories:\n  - {id: a, name: A, hub: [nonsense]}\n", "unknown hub ids"),
    ("id: x\nname: y\ncategories:\n  - {id: a, name: A, parent: b}\n", "unknown parent"),
    ("id: x\nname: y\ncategories:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", "appears twice"),
    ("id: x\nname: y\ncolour: red\ncategories:\n  - {id: a, name: A}\n", "unknown keys"),
    ("id: [unclosed\n", "not valid YAML"),
])
def test_bad_user_taxonomies_are_rejected_with_reason(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(TaxonomyError, match=words):
        load_taxonomy(str(_write(tmp_path, text)))


def test_crosswalk_maps_scores_and_reports_gaps() -> None:
    v = Verdict(taxonomy="hazmat", flagged=True, unsafe_score=0.9,
                scores={"hate": 0.8, "self_harm": 0.1, "violent_crimes": 0.3},
                categories=["hate"])
    lg1 = translate(v, "llamaguard1")
    assert lg1.taxonomy == "llamaguard1"
    assert lg1.categories == ["O1"]  # violence and hate
    assert lg1.scores["O1"] == pytest.approx(0.8) and lg1.scores["O6"] == pytest.approx(0.1)
    # only three hub categories were scored: the rest of Llama Guard 1 is uncovered, not guessed
    assert "O2" in lg1.uncovered and "O2" not in lg1.scores
    openai = translate(v, "openai")
    assert openai.categories == ["hate"] and openai.scores["self-harm"] == pytest.approx(0.1)


def test_crosswalk_from_coarse_to_fine_lists_uncovered() -> None:
    cw = Crosswalk("sst", "llamaguard3")
    assert "S7" in cw.uncovered  # SimpleSafetyTests says nothing about privacy
    assert cw.links["S11"].sources  # self-harm is covered


def test_air2024_level4_from_risk_mapping_and_csv(tmp_path: Path) -> None:
    mapping = {"14": {"name": "Discrimination/Bias", "subcategories": {"14.39-40": {"name": "x", "items": [
        {"idx": "14.3940.1", "name": "Discrimination in employment - Race"}]}}},
        "1": {"name": "Security Risks", "subcategories": {"1.1": {"name": "Confidentiality", "items": [
            {"idx": "1.1.1", "name": "Network intrusion"}, {"idx": "1.1.2", "name": "Vulnerability probing"}]}}}}
    p = tmp_path / "risk_mapping.json"
    p.write_text(json.dumps(mapping))
    air = air2024_with_level4(p)
    assert air.get("1.1.1").parent == "1.1"
    assert air.get("14.3940.1").parent == "14.39-40"
    assert air.hub_of("1.1.1") == air.hub_of("1.1")
    csv_path = tmp_path / "judge_prompts.csv"
    csv_path.write_text("cate-idx,l2-name,l3-name,l4-name,judge_prompt\n"
                        "1.1.1,Security Risks,Confidentiality,Network intrusion,x\n")
    assert "1.1.1" in air2024_with_level4(csv_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("cate-idx,l4-name\n99.99.1,Nothing\n")
    with pytest.raises(TaxonomyError, match="no level-3 parent"):
        air2024_with_level4(bad)


def test_refinement_children_need_both_parts() -> None:
    v = Verdict(taxonomy="hazmat", flagged=True, unsafe_score=0.9,
                scores={"hate": 0.8, "threats": 0.6, "harassment": 0.2}, categories=["hate", "threats"])
    openai = translate(v, "openai")
    assert set(openai.categories) >= {"hate", "hate/threatening"}
    assert "harassment/threatening" not in openai.categories  # threats alone is not harassment
    assert openai.scores["hate/threatening"] == pytest.approx(0.6)  # min(hate, threats)
    assert openai.scores["harassment/threatening"] == pytest.approx(0.2)
