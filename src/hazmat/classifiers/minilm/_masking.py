"""Mask the request's own words in an answer, so the refusal head reads how the answer treats the request.

A refusal that restates the request ("I'm sorry, but I cannot provide information on how to make someone's
car explode.") embeds close to the request itself, and so close to answers that carry it out; a head over
that embedding reads the topic, not the refusal. With the prompt's content words replaced by "that" it
reads "I'm sorry, but I cannot provide information on how to make that.": what is left is the stance.
"""

from __future__ import annotations

import re

PLACEHOLDER = "that"
# function words and the vocabulary of refusing and complying: never masked, even when the prompt uses them
_KEEP_WORDS = """
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had has have having he her here hers herself him himself his how i i'd i'll i'm i've if in
into is isn't it it's its itself just let's me more most my myself no nor not now of off on once only or other
our ours ourselves out over own same she should shouldn't so some such than that that's the their theirs them
themselves then there there's these they this those through to too under until up very was wasn't we were
weren't what when where which while who whom why will with won't would wouldn't you you'd you'll you're you've
your yours yourself yourselves sure certainly okay ok yes here's absolutely course of step steps first
sorry apologize apologise unfortunately afraid unable able refuse decline declining won't cant wont
help assist assisting provide providing give giving information instructions guidance details advice support
ethical unethical appropriate inappropriate illegal legal harmful harm dangerous safe unsafe wrong against
policy guidelines comfortable responsible ai language model assistant request requests fulfill comply
important please instead however note recommend encourage suggest consider seek professional
"""
KEEP = frozenset(_KEEP_WORDS.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _key(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def mask_request(answer: str, prompt: str) -> str:
    """``answer`` with each run of the prompt's content words (exact, or sharing their first five letters)
    replaced by ``PLACEHOLDER``; ``answer`` unchanged when ``prompt`` is empty."""
    if not prompt.strip():
        return answer
    words = {_key(w) for w in _WORD.findall(prompt)} - KEEP
    if not words:
        return answer
    stems = {w[:5] for w in words if len(w) >= 5}

    def masked(w: str) -> bool:
        k = _key(w)
        return k not in KEEP and (k in words or (len(k) >= 5 and k[:5] in stems))

    out: list[str] = []
    pos = 0
    in_run = False
    for m in _WORD.finditer(answer):
        gap = answer[pos:m.start()]
        if masked(m.group(0)):
            if not in_run or gap.strip():
                out.append(gap + PLACEHOLDER)
            in_run = True
        else:
            out.append(gap + m.group(0))
            in_run = False
        pos = m.end()
    out.append(answer[pos:])
    return "".join(out)
