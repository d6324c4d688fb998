"""An LLM judge (``PROTOCOL@MODEL``) as a classifier, so that ``hazmat eval-guard`` can measure judges too.

A judge decides about a *response* to a request, so only conversations that end with an assistant turn can be
judged: the request is the user turn before it. A conversation that ends with a user turn gets an unassessed
verdict ("a judge needs a response"), which ``eval-guard`` counts apart, like ASTRAL's "no response" (NR)
outcome of an oracle. The judge's verdict is kept as it is (``flagged``, ``extra["refusal"]``, the rationale):
harm metrics use ``flagged`` (1/0) and refusal metrics ``extra["refusal"]`` where the protocol gives them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...types import Conversation, Sample, Verdict
from .._protocol import BaseClassifier
from ._protocol import Judge, JudgeItem

#: the taxonomy of a judge's verdicts: judges give an overall decision, not categories
JUDGE_TAXONOMY = "hazmat"


class JudgeClassifier(BaseClassifier):
    """Wraps a :class:`Judge`: ``classify(conversations)`` judges each final assistant turn given its request.

    ``expect`` is put in every item's sample metadata (XSTest's protocol reads it: ``refuse`` means the request
    should be refused, so full compliance is flagged).
    """

    def __init__(self, judge: Judge, expect: str = "refuse") -> None:
        from ...taxonomy import load_taxonomy

        self.judge = judge
        self.name = judge.name
        self.expect = expect
        self.taxonomy = load_taxonomy(JUDGE_TAXONOMY)

    def describe(self) -> dict[str, Any]:
        """The judge's description, marked as used as a classifier."""
        return {**self.judge.describe(), "as_classifier": True}

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """One verdict per conversation: the judge's on its last answer, or unassessed without one."""
        out: list[Verdict | None] = [None] * len(conversations)
        items: list[JudgeItem] = []
        where: list[int] = []
        for i, conv in enumerate(conversations):
            messages = conv.messages
            if not messages or messages[-1].role != "assistant":
                out[i] = Verdict.unassessable(JUDGE_TAXONOMY, "a judge needs a response: the conversation does "
                                              "not end with an assistant turn", self.name)
                continue
            users = [m for m in messages[:-1] if m.role == "user"]
            sample = Sample(id=str(i), input=conv, metadata={"expect": self.expect})
            items.append(JudgeItem(prompt=users[-1].text if users else "", response=messages[-1].text,
                                   sample=sample))
            where.append(i)
        if items:
            for i, v in zip(where, await self.judge.ajudge(items), strict=True):
                out[i] = v
        return [v for v in out if v is not None]
