"""Any guard (a :class:`Classifier`) as a judge: each item becomes a [user, assistant] conversation.

The guard's verdicts pass through unchanged, so they keep its taxonomy, scores and categories: for a
response, ``flagged`` is the guard's "harmful response" decision and ``extra`` its refusal head. Empty
responses follow the guard: ``hazmat-minilm`` marks a message with no text unassessed ("the last message
(assistant) has no text"), and the judge does not second-guess that.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..._version import __version__
from ...types import Verdict
from .._protocol import Classifier, run_sync
from .._registry import load_classifier
from ._protocol import JudgeItem

DEFAULT_GUARD = "hazmat-minilm"


class GuardJudge:
    """Adapts a classifier into a :class:`~hazmat.classifiers.judges.Judge`.

    ``classifier`` is a classifier or the registered name of one (``options`` go to its factory).
    """

    def __init__(self, classifier: Classifier | str = DEFAULT_GUARD, **options: Any) -> None:
        self.classifier: Classifier = load_classifier(classifier, **options) if isinstance(classifier, str) else (
            classifier
        )
        self.name: str = self.classifier.name

    def describe(self) -> dict[str, Any]:
        """The guard's own description under ``model``; guards have no prompt, so no prompt version."""
        describe = getattr(self.classifier, "describe", None)
        model: Any = describe() if callable(describe) else self.classifier.name
        version = model.get("version") if isinstance(model, dict) else None
        return {"id": self.name, "version": version or __version__, "model": model, "prompt_version": None}

    async def ajudge(self, items: Sequence[JudgeItem]) -> list[Verdict]:
        """Classify every item's conversation with the guard in one batch."""
        if not items:
            return []
        verdicts = await self.classifier.aclassify([it.conversation() for it in items])
        for v in verdicts:
            v.classifier = v.classifier or self.name
            if v.unassessed is None and "refusal" not in v.extra and v.extra.get("refusal_score") is not None:
                v.extra["refusal"] = bool(v.extra["refusal_score"] >= 0.5)
        return verdicts

    def judge(self, items: Sequence[JudgeItem]) -> list[Verdict]:
        """Judge a batch, blocking."""
        return run_sync(self.ajudge(items))
