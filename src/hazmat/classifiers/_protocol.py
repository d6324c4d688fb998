"""The one protocol every guard, judge and scorer implements: conversations in, verdicts out."""

from __future__ import annotations

import asyncio
import threading
from abc import ABC, abstractmethod
from collections.abc import Coroutine, Sequence
from typing import Any, Protocol, TypeVar, runtime_checkable

from ..taxonomy import Taxonomy
from ..types import Conversation, Verdict

T = TypeVar("T")


@runtime_checkable
class Classifier(Protocol):
    """Classifies conversations (the last message in context) into :class:`Verdict` s.

    ``aclassify`` is the primitive; ``classify`` is its synchronous wrapper. Both take a batch and return
    one verdict per conversation, in order. ``taxonomy`` is the label set the verdicts speak.
    """

    name: str
    taxonomy: Taxonomy

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Classify a batch asynchronously."""
        ...

    def classify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Classify a batch, blocking."""
        ...


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from synchronous code, even when an event loop is already running."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(asyncio.run(coro))
        except BaseException as e:
            error.append(e)

    t = threading.Thread(target=target)
    t.start()
    t.join()
    if error:
        raise error[0]
    return result[0]


class BaseClassifier(ABC):
    """Convenience base: implement ``aclassify`` (I/O-bound) or ``classify_batch`` (CPU-bound)."""

    name: str = "classifier"
    taxonomy: Taxonomy

    def classify_batch(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Classify synchronously; CPU-bound classifiers override this."""
        return run_sync(self.aclassify(conversations))

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Classify asynchronously; by default runs ``classify_batch`` in a worker thread."""
        if type(self).classify_batch is BaseClassifier.classify_batch:
            raise NotImplementedError(f"{type(self).__name__} implements neither aclassify nor classify_batch")
        return await asyncio.to_thread(self.classify_batch, conversations)

    def classify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Classify a batch, blocking."""
        if type(self).classify_batch is not BaseClassifier.classify_batch:
            return self.classify_batch(conversations)
        return run_sync(self.aclassify(conversations))

    @abstractmethod
    def describe(self) -> dict[str, Any]:
        """Id, version and settings of this classifier, recorded with every result it produces."""
