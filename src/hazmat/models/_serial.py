"""One generation at a time per local model, from any number of event loops."""

from __future__ import annotations

import asyncio
import weakref


class LoopLocks:
    """An ``asyncio.Lock`` per event loop: a local model may serve several loops (one ``asyncio.run`` per
    synchronous call), and an asyncio lock belongs to the loop it was first used in."""

    def __init__(self) -> None:
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()

    def current(self) -> asyncio.Lock:
        """This event loop's lock."""
        loop = asyncio.get_running_loop()
        lock = self._locks.get(loop)
        if lock is None:
            lock = self._locks[loop] = asyncio.Lock()
        return lock
