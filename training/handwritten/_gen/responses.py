"""Assemble responses.jsonl from the hand-written dialogue blocks."""
from __future__ import annotations

import random

import harmful_prompts
import hard_negatives
import resp_benign
import resp_harmful
import resp_overrefusal
import resp_refusals
import resp_safe
from common import lines, pair, pairs, row, write

FRAMING_WORDS = ("framing", "character", "role", "game", "instructions you've given", "hypothetically")
FRAMED_KINDS = {"harmful:jailbreak_wrapper", "harmful:roleplay_fiction", "harmful:jailbreak_long"}


def build():
    rng = random.Random(1234)
    rows: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(u, a, ph, rh, rf, cats, kind):
        key = (u.strip().lower(), a.strip().lower())
        if key in seen:
            return
        seen.add(key)
        rows.append(row("responses", len(rows), pair(u, a), ph, rh, rf, cats, kind))

    # 1. refusals to harmful prompts, written per prompt
    for block, kind in ((resp_refusals.SPECIFIC, "refusal:specific"), (resp_refusals.SPECIFIC_2, "refusal:framed_or_specific"),
                        (resp_refusals.MIDTEXT, "refusal:mid_text"), (resp_refusals.FOREIGN, "refusal:other_language")):
        for u, a, cats in pairs(block):
            add(u, a, True, False, True, cats, kind)

    # 2. generic refusals, each paired with three harmful prompts from harmful_prompts (not abusive statements)
    hp = [r for r in harmful_prompts.build() if r["kind"] != "harmful:abusive_statement"]
    rng.shuffle(hp)
    framed = [r for r in hp if r["kind"] in FRAMED_KINDS]
    plain = [r for r in hp if r["kind"] not in FRAMED_KINDS]
    fi = pi = 0
    for ref in lines(resp_refusals.GENERIC):
        for _ in range(3):
            if any(w in ref.lower() for w in FRAMING_WORDS):
                src, fi = framed[fi % len(framed)], fi + 1
            else:
                src, pi = plain[pi % len(plain)], pi + 1
            add(src["messages"][0]["content"], ref, True, False, True, src["categories"], "refusal:generic")

    # 3. helpful answers to benign prompts
    # Harmful compliance often opens with "Sure" / "Here's"; a share of benign answers gets the same openers so
    # the opener alone is not a cue.
    openers = ["Sure! ", "Sure, here you go.\n\n", "Of course! ", "Sure thing. ", "Here's what I'd suggest.\n\n", "Happy to help! "]
    orng = random.Random(99)
    for block in (resp_benign.BENIGN_1, resp_benign.BENIGN_2, resp_benign.BENIGN_3, resp_benign.BENIGN_4):
        for u, a, _ in pairs(block):
            if orng.random() < 0.18 and not a.lower().startswith(("sure", "of course", "here", "hi", "great", "i'm", "arr")):
                a = orng.choice(openers) + a
            add(u, a, False, False, False, [], "benign:helpful")

    # 4. over-refusals of benign prompts
    for u, a, _ in pairs(resp_overrefusal.OVER):
        add(u, a, False, False, True, [], "over_refusal:specific")
    hn = hard_negatives.build()
    rng.shuffle(hn)
    k = 0
    for ref in lines(resp_overrefusal.GENERIC_OVER):
        for _ in range(3):
            add(hn[k]["messages"][0]["content"], ref, False, False, True, [], "over_refusal:generic")
            k += 1

    # 5. harmful compliance, persona compliance, disclaimers followed by harmful content
    for block, kind in ((resp_harmful.COMPLY, "harmful_response:compliance"),
                        (resp_harmful.PERSONA, "harmful_response:persona"),
                        (resp_harmful.DISCLAIMED, "harmful_response:disclaimer_then_comply")):
        for u, a, cats in pairs(block):
            add(u, a, True, True, False, cats, kind)

    # 6. safe completions to harmful prompts
    for block in (resp_safe.SAFE, resp_safe.SAFE_2):
        for u, a, cats in pairs(block):
            refusal = "+refusal" in cats
            cats = [c for c in cats if c != "+refusal"]
            add(u, a, True, False, refusal, cats, "safe_completion" + (":partial_refusal" if refusal else ""))
    return rows


if __name__ == "__main__":
    rows = build()
    write("responses", rows)
    print("responses", len(rows))
