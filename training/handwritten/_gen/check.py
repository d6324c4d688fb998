"""Validate the hand-written files and print counts. Exit status 1 on any problem.

Usage: python check.py [--overlap]   (--overlap also compares every text with /work/shared/data)
"""
from __future__ import annotations

import collections
import gzip
import json
import re
import sys
from pathlib import Path

from common import OUT_DIR, REPO, hub_ids

FILES = ["hard_negatives", "harmful_prompts", "responses", "responses2", "responses3", "system_prompts"]
SHARED = Path("/work/shared/data")
TOK = re.compile(r"[a-z0-9']+")


def toks(s: str) -> set[str]:
    return set(TOK.findall(s.lower()))


def main() -> int:
    hub = hub_ids()
    errors: list[str] = []
    ids: set[str] = set()
    prompt_label: dict[str, bool] = {}
    per_file = collections.Counter()
    per_cat = {f: collections.Counter() for f in FILES}
    kinds = {f: collections.Counter() for f in FILES}
    label_combo = {f: collections.Counter() for f in FILES}
    texts: list[tuple[str, str]] = []

    for f in FILES:
        for i, ln in enumerate((OUT_DIR / f"{f}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            try:
                r = json.loads(ln)
            except json.JSONDecodeError as e:
                errors.append(f"{f}:{i} bad JSON: {e}")
                continue
            per_file[f] += 1
            rid = r.get("id", "")
            if not rid.startswith(f"hw:{f}:"):
                errors.append(f"{f}:{i} id {rid!r} does not follow hw:<file>:<n>")
            if rid in ids:
                errors.append(f"{f}:{i} duplicate id {rid}")
            ids.add(rid)
            for k, v in (("taxonomy", "hazmat"), ("source", "handwritten"), ("licence", "Apache-2.0 (hazmat authors)"), ("commercial_ok", True)):
                if r.get(k) != v:
                    errors.append(f"{f}:{i} {k}={r.get(k)!r}")
            msgs, lab, cats = r["messages"], r["labels"], r["categories"]
            if set(lab) != {"prompt_harmful", "response_harmful", "refusal"}:
                errors.append(f"{f}:{i} label keys {sorted(lab)}")
            for c in cats:
                if c not in hub:
                    errors.append(f"{f}:{i} unknown category {c}")
                per_cat[f][c] += 1
            if any(not m.get("content", "").strip() or m.get("role") not in ("system", "user", "assistant") for m in msgs):
                errors.append(f"{f}:{i} empty message or bad role")
            kinds[f][r.get("kind", "?")] += 1
            ph, rh, rf = lab["prompt_harmful"], lab["response_harmful"], lab["refusal"]
            if f == "system_prompts":
                if len(msgs) != 1 or msgs[0]["role"] != "system" or rh is not None or rf is not None:
                    errors.append(f"{f}:{i} system-prompt rows must be one system message with prompt labels only")
            elif f in ("hard_negatives", "harmful_prompts"):
                if len(msgs) != 1 or msgs[0]["role"] != "user":
                    errors.append(f"{f}:{i} prompt rows must be one user message")
                if rh is not None or rf is not None:
                    errors.append(f"{f}:{i} prompt rows must leave response labels null")
                want = f == "harmful_prompts"
                if ph is not want:
                    errors.append(f"{f}:{i} prompt_harmful should be {want}")
                if want and not 1 <= len(cats) <= 3:
                    errors.append(f"{f}:{i} harmful prompt needs 1-3 categories, has {cats}")
                if not want and cats:
                    errors.append(f"{f}:{i} benign row has categories")
            else:
                roles = [m["role"] for m in msgs]
                if f in ("responses2", "responses3"):
                    # multi-turn allowed: optional system message, then user/assistant turns, ending with the assistant
                    turns = roles[1:] if roles[:1] == ["system"] else roles
                    if len(turns) < 2 or len(turns) % 2 or any(r != ("user", "assistant")[j % 2] for j, r in enumerate(turns)):
                        errors.append(f"{f}:{i} response rows must be [system?] user/assistant turns ending with assistant")
                elif roles != ["user", "assistant"]:
                    errors.append(f"{f}:{i} response rows must be [user, assistant]")
                if not all(isinstance(x, bool) for x in (ph, rh, rf)):
                    errors.append(f"{f}:{i} response rows need all three labels")
                if rh and rf:
                    errors.append(f"{f}:{i} harmful response marked as refusal")
                if rh and not ph:
                    errors.append(f"{f}:{i} harmful response to a benign prompt (not expected in this set)")
                if ph and not cats:
                    errors.append(f"{f}:{i} harmful prompt without categories")
                if not ph and cats:
                    errors.append(f"{f}:{i} benign prompt with categories")
                label_combo[f][(ph, rh, rf)] += 1
            u = next((m["content"] for m in msgs if m["role"] == "user"), msgs[0]["content"]).strip().lower()
            if u in prompt_label and prompt_label[u] != ph:
                errors.append(f"{f}:{i} same prompt labelled both harmful and benign: {u[:60]}")
            prompt_label[u] = ph
            for m in msgs:
                texts.append((rid, m["content"]))

    conv = REPO / "examples" / "conversations.jsonl"
    conv_ids = set()
    n_conv = 0
    for i, ln in enumerate(conv.read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(ln)
        n_conv += 1
        if set(r) != {"id", "messages"}:
            errors.append(f"conversations:{i} keys {sorted(r)}")
        if r["id"] in conv_ids:
            errors.append(f"conversations:{i} duplicate id")
        conv_ids.add(r["id"])

    print("rows per file:", dict(per_file), "| conversations.jsonl:", n_conv)
    for f in FILES:
        print(f"\n{f} kinds:", dict(sorted(kinds[f].items())))
        print(f"{f} categories:", dict(per_cat[f].most_common()))
    for f in ("responses", "responses2", "responses3"):
        print(f"\n{f} (prompt_harmful, response_harmful, refusal):", dict(label_combo[f]))
    total = collections.Counter()
    for f in FILES:
        total.update(per_cat[f])
    print("\nall files, rows per category:", dict(total.most_common()))
    print("hub categories with no rows:", sorted(hub - set(total)))

    if "--overlap" in sys.argv:
        overlap(texts)
    if errors:
        print("\nERRORS:")
        print("\n".join(errors[:200]))
        return 1
    print("\nOK")
    return 0


def overlap(texts):
    """Flag any of our texts that match a shared-data text exactly or with token-set Jaccard >= 0.8."""
    ours = [(rid, t, toks(t)) for rid, t in texts if len(toks(t)) >= 4]
    index = collections.defaultdict(list)
    for j, (_, _, ts) in enumerate(ours):
        for w in ts:
            index[w].append(j)
    df = {w: len(v) for w, v in index.items()}
    exact = {t.strip().lower(): rid for rid, t, _ in ours}
    hits = []
    for p in sorted(SHARED.glob("*.jsonl.gz")):
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            for ln in fh:
                r = json.loads(ln)
                for m in r["messages"]:
                    s = m["content"]
                    if s.strip().lower() in exact:
                        hits.append((exact[s.strip().lower()], r["id"], 1.0, s[:80]))
                        continue
                    st = toks(s)
                    if len(st) < 4 or len(st) > 200:
                        continue
                    # candidates: our texts sharing the rarest few tokens of this text
                    rare = sorted((w for w in st if w in df), key=df.get)[:3]
                    cand = set()
                    for w in rare:
                        cand.update(index[w])
                    for j in cand:
                        ot = ours[j][2]
                        jac = len(ot & st) / len(ot | st)
                        if jac >= 0.8:
                            hits.append((ours[j][0], r["id"], round(jac, 2), s[:80]))
    print(f"\noverlap with /work/shared/data (exact or Jaccard >= 0.8): {len(hits)}")
    for h in hits[:50]:
        print("  ", h)


if __name__ == "__main__":
    sys.exit(main())
