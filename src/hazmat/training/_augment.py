"""Synthetic response examples that teach the response head where harm lives (train split only).

The open response data pairs each answer with the prompt it was written for, so a head can learn to read
the prompt's harm instead of the answer's. These variants break that shortcut and add the shapes a judge
meets in practice:

* ``swap``: a harmful answer after an unrelated benign prompt is still harmful;
* ``no_prompt``: an answer judged without any prompt keeps its label;
* ``offtopic``: a harmless answer (or a refusal) after an unrelated harmful prompt is not harmful;
* ``wrapped``: a harmful answer between refusal sentences ("I can't help with that. ... I must stress
  this is illegal.") is harmful: the refusal is not carried out;
* ``followup``: the harmful request sits in an earlier turn and the last user turn only says "go on":
  a complying answer is harmful, a refusal is not.
"""

from __future__ import annotations

import random
from dataclasses import replace

from ._data import Example
from ._restate import deflection, echo_compliance, echo_refusal, terse_refusal

FOLLOW_UPS = (
    "continue", "go on", "ok, keep going", "and then?", "more detail please", "what's the next step?",
    "can you expand on step 2?", "now make it shorter", "thanks. and after that?", "perfect, continue from there",
    "rewrite that as a numbered list", "say it again but more casually", "finish the answer", "yes, do it",
    "great, now the rest", "ok", "and the second part?", "elaborate", "go ahead", "please complete it",
)
CLOSERS = (
    "Again, I must stress that this is illegal and I do not condone it.",
    "Please remember this is for educational purposes only.",
    "I strongly advise against doing any of this.",
    "That said, I can't encourage this in any way.",
    "Note: I cannot be held responsible for how this is used.",
    "But seriously, please don't do this.",
    "I hope you reconsider; this can hurt people.",
    "Use this information responsibly.",
)


def response_variants(examples: list[Example], n_each: int = 1200, seed: int = 0, dev: bool = False
                      ) -> list[Example]:
    """The variants above, ``n_each`` of each kind at most, built from the train split's examples, or with
    ``dev`` from the dev split's (they stay in the dev split, so the heads never train on them)."""
    rng = random.Random(seed)
    train = [e for e in examples if e.dev == dev]
    resp = [e for e in train if e.task == "response"]
    harmful = [e for e in resp if e.label == 1 and len(e.text.split()) <= 220]
    benign_answers = [e for e in resp if e.label == 0]
    benign_prompts = [e.text for e in train if e.task == "prompt" and e.label == 0 and len(e.text.split()) <= 60]
    harmful_prompts = [e.text for e in train if e.task == "prompt" and e.label == 1 and len(e.text.split()) <= 60]
    refusals = [e.text for e in train if e.task == "refusal" and e.label == 1 and len(e.text.split()) <= 30]
    refused = [e for e in train if e.task == "refusal" and e.label == 1 and e.context]
    out: list[Example] = []

    def pick(pool: list[Example], k: int) -> list[Example]:
        return rng.sample(pool, min(k, len(pool)))

    def add(base: Example, kind: str, i: int, **changes: object) -> None:
        out.append(replace(base, source=f"augmented_{kind}", row_id=f"{kind}{i}:{base.row_id}", held_out=dev,
                           **changes))  # type: ignore[arg-type]

    if benign_prompts:
        for i, e in enumerate(pick(harmful, n_each)):
            p = rng.choice(benign_prompts)
            add(e, "swap", i, context=p, history=(p,))
    for i, e in enumerate(pick(resp, n_each)):
        add(e, "no_prompt", i, context="", history=())
    if harmful_prompts:
        for i, e in enumerate(pick(benign_answers, n_each)):
            p = rng.choice(harmful_prompts)
            add(e, "offtopic", i, task="response", label=0, context=p, history=(p,), categories=frozenset())
    if refusals:
        for i, e in enumerate(pick(harmful, n_each)):
            closer = rng.choice(refusals) if rng.random() < 0.5 else rng.choice(CLOSERS)
            add(e, "wrapped", i, text=f"{rng.choice(refusals)}\n\n{e.text}\n\n{closer}")
    for i, e in enumerate(pick(harmful, n_each // 2) + pick(refused, n_each // 2)):
        f = rng.choice(FOLLOW_UPS)
        label = e.label if e.task == "response" else 0
        history = (*e.history, f) if e.history else (e.context, f)
        add(e, "followup", i, task="response", label=label, context=f, history=history,
            categories=e.categories if label else frozenset())
    return out


def refusal_variants(examples: list[Example], n: int = 1000, seed: int = 0) -> list[Example]:
    """Refusal examples judged without their prompt (the guard may see an answer alone)."""
    rng = random.Random(seed + 1)
    train = [e for e in examples if not e.dev and e.task == "refusal" and e.context]
    return [replace(e, source="augmented_no_prompt", row_id=f"rnp{i}:{e.row_id}", context="", history=())
            for i, e in enumerate(rng.sample(train, min(n, len(train))))]


def echo_variants(examples: list[Example], n: int = 3000, seed: int = 0, dev: bool = False) -> list[Example]:
    """Refusals that restate the request, bare refusals, and compliance that restates it (``_restate``).

    For each of ``n`` short prompts of the split (harmful mostly, benign for over-refusals): an echoing refusal
    (a refusal, and a harmless response); a quarter as many bare refusals ("No.") of harmful prompts; half as
    many lectures, redirections and crisis-support answers that do not restate them (``deflection``); and a
    third as many answers that restate a harmful prompt and comply (not a refusal; the refusal head reads only
    the opening, so the harmful answer after it may come from another prompt). With ``dev`` the variants are
    built from the dev split and stay there.
    """
    rng = random.Random(seed + 2)
    split = [e for e in examples if e.dev == dev and not e.source.startswith("augmented_")]
    harmful_exs = [e for e in split if e.task == "prompt" and e.label == 1 and len(e.text.split()) <= 40]
    harmful = [e.text for e in harmful_exs]
    benign = [e.text for e in split if e.task == "prompt" and e.label == 0 and len(e.text.split()) <= 40]
    answers = [e.text for e in split if e.task == "response" and e.label == 1 and len(e.text.split()) >= 20]
    out: list[Example] = []

    def add(kind: str, i: int, prompt: str, answer: str, refusal: int) -> None:
        out.append(Example("refusal", answer, refusal, f"augmented_{kind}", context=prompt, row_id=f"{kind}{i}",
                           history=(prompt,), held_out=dev))
        if refusal:  # a refusal is a harmless response (a complying body answers another prompt: not used)
            out.append(Example("response", answer, 0, f"augmented_{kind}", context=prompt, row_id=f"{kind}{i}",
                               history=(prompt,), categories=frozenset(), held_out=dev))

    pools = [(p, 1) for p in rng.sample(harmful, len(harmful))] + [(p, 0) for p in rng.sample(benign, len(benign))]
    rng.shuffle(pools)
    made = {1: 0, 0: 0}
    quota = {1: int(n * 0.8), 0: n - int(n * 0.8)}
    for i, (prompt, harm) in enumerate(pools):
        if made[harm] >= quota[harm]:
            continue
        text = echo_refusal(prompt, rng)
        if text is not None:
            add("echo_refusal", i, prompt, text, 1)
            made[harm] += 1
    for i, prompt in enumerate(rng.sample(harmful, min(n // 4, len(harmful)))):
        add("terse_refusal", i, prompt, terse_refusal(rng), 1)
    for i, e in enumerate(rng.sample(harmful_exs, min(n // 2, len(harmful_exs)))):
        add("deflection", i, e.text, deflection(e.categories, rng), 1)
    if answers:
        done = 0
        for i, prompt in enumerate(rng.sample(harmful, len(harmful))):
            if done >= n // 3:
                break
            text = echo_compliance(prompt, rng.choice(answers), rng)
            if text is not None:
                add("echo_compliance", i, prompt, text, 0)
                done += 1
    return out
