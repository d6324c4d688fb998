"""Micro-batching: concurrent requests share guard calls.

Each request puts its conversations on one asyncio queue. One worker takes the first waiting item, then
keeps taking until it holds ``max_batch`` items or ``max_wait_ms`` have passed since that first item was
queued, and runs ONE guard call for them in a worker thread; each request's future gets its verdicts (or
the exception). While a batch runs, the next one fills up, so under load batches grow by themselves and
an idle server answers a lone request after at most ``max_wait_ms``.

With batching off, each request classifies its own inputs with its own guard call (in a thread).

**Fair across clients.** The queue is one FIFO per client (the API key, else the client address, from
:data:`CLIENT`, which the gate sets for the request), served round-robin: each batch takes one item from each
waiting client in turn, so a client that sends a thousand long inputs does not make every other client wait
for all of them. A batch also stops growing at ``max_batch_chars`` characters (it always holds at least one
item), so one batch of a heavy client's long inputs cannot hold the guard for long either. ``fair=False``
serves everything in arrival order, as one FIFO.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import re
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..classifiers import Classifier
from ..types import Conversation, Verdict

log = logging.getLogger("hazmat.server")

BatchObserver = Callable[[int, float], None]


class GuardUnavailableError(RuntimeError):
    """The batcher is shut down (the server is stopping); the request should be retried elsewhere."""


#: who is asking, for fair queueing: set per request by the gate (API key name or client address)
CLIENT: contextvars.ContextVar[str] = contextvars.ContextVar("hazmat_client", default="")


@dataclass
class _Item:
    conversation: Conversation
    future: asyncio.Future[Verdict]
    queued: float
    client: str = ""
    chars: int = 0


class FairQueue:
    """Items queued per client and taken round-robin (one per client in turn); ``fair=False``: one FIFO."""

    def __init__(self, fair: bool = True) -> None:
        self.fair = fair
        self._queues: OrderedDict[str, deque[_Item]] = OrderedDict()
        self._size = 0
        self._ready = asyncio.Event()

    def put_nowait(self, item: _Item) -> None:
        """Queue ``item`` behind its client's earlier items."""
        key = item.client if self.fair else ""
        self._queues.setdefault(key, deque()).append(item)
        self._size += 1
        self._ready.set()

    def get_nowait(self) -> _Item:
        """The next item: the oldest of the client whose turn it is; :class:`asyncio.QueueEmpty` if none."""
        if not self._size:
            raise asyncio.QueueEmpty
        key, queue = next(iter(self._queues.items()))
        item = queue.popleft()
        if queue:
            self._queues.move_to_end(key)  # its next item waits for every other client's turn
        else:
            del self._queues[key]
        self._size -= 1
        if not self._size:
            self._ready.clear()
        return item

    async def get(self) -> _Item:
        """The next item, waiting for one."""
        while not self._size:
            await self._ready.wait()
        return self.get_nowait()

    def empty(self) -> bool:
        """Whether nothing is queued."""
        return not self._size


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(conversation: Conversation) -> Conversation:
    """``conversation`` with lone UTF-16 surrogates (valid JSON escapes like ``"\\ud800"``, but not text a
    tokenizer accepts) replaced by U+FFFD, so such a request is judged on the rest instead of failing."""
    if not any(_LONE_SURROGATE.search(m.text) for m in conversation.messages):
        return conversation
    messages = []
    for m in conversation.messages:
        if isinstance(m.content, str):
            messages.append(replace(m, content=_LONE_SURROGATE.sub("\ufffd", m.content)))
        else:
            messages.append(replace(m, content=tuple(
                replace(p, text=_LONE_SURROGATE.sub("\ufffd", p.text)) if p.text else p for p in m.content)))
    return Conversation(messages=tuple(messages))


def _guard_call(guard: Classifier) -> Callable[[Sequence[Conversation]], list[Verdict]]:
    """The blocking batch call of ``guard``: ``classify_batch`` when it has one, else ``classify``."""
    fn = getattr(guard, "classify_batch", None)
    return fn if callable(fn) else guard.classify


class MicroBatcher:
    """``await classify(conversations)`` → verdicts in the guard's own taxonomy, batched across requests.

    ``concurrency`` is how many guard calls may run at once (each in its own thread): 1 keeps one batch in
    flight while the next one fills; 2 lets two batches overlap, which keeps both cores of a small machine
    busy when one call alone does not (pair it with a single-threaded guard, ``threads: 1``).
    """

    def __init__(self, guard: Classifier, *, batching: bool = True, max_batch: int = 32, max_wait_ms: float = 5.0,
                 concurrency: int = 1, on_batch: BatchObserver | None = None, fair: bool = True,
                 max_batch_chars: int = 50_000) -> None:
        if max_batch < 1 or concurrency < 1 or max_batch_chars < 1:
            raise ValueError("max_batch, concurrency and max_batch_chars must be at least 1")
        self.fair = fair
        self.max_batch_chars = max_batch_chars
        self.guard = guard
        self.batching = batching
        self.max_batch = max_batch
        self.max_wait = max(0.0, max_wait_ms) / 1000.0
        self.concurrency = concurrency
        self.on_batch = on_batch
        self._call = _guard_call(guard)
        self._queue: FairQueue | None = None
        self._worker: asyncio.Task[None] | None = None
        self._inflight: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    async def classify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Verdicts for ``conversations``, in order; a guard exception is raised here."""
        if self._closed:
            raise GuardUnavailableError("the server is shutting down")
        if not conversations:
            return []
        conversations = [clean_text(c) for c in conversations]
        if not self.batching:
            return await self._run(conversations)
        queue = self._ensure_worker()
        loop = asyncio.get_running_loop()
        now = time.monotonic()
        client = CLIENT.get()
        items = [_Item(c, loop.create_future(), now, client, sum(len(m.text) for m in c.messages))
                 for c in conversations]
        for it in items:
            queue.put_nowait(it)
        try:
            return list(await asyncio.gather(*(it.future for it in items)))
        except BaseException:
            for it in items:  # a failed or cancelled request leaves nothing for the worker to do
                it.future.cancel()
            raise

    async def _run(self, conversations: list[Conversation]) -> list[Verdict]:
        start = time.perf_counter()
        verdicts = await asyncio.to_thread(self._call, conversations)
        if len(verdicts) != len(conversations):
            raise RuntimeError(f"guard returned {len(verdicts)} verdicts for {len(conversations)} conversations")
        if self.on_batch is not None:
            self.on_batch(len(conversations), time.perf_counter() - start)
        return verdicts

    def _ensure_worker(self) -> FairQueue:
        loop = asyncio.get_running_loop()
        if self._queue is None or self._worker is None or self._worker.done() or self._loop is not loop:
            # first use, or a new event loop (test clients may open one per request): start afresh on it
            self._queue = FairQueue(self.fair)
            self._loop = loop
            self._inflight = set()
            self._worker = loop.create_task(self._work(self._queue), name="hazmat-microbatcher")
        return self._queue

    async def _work(self, queue: FairQueue) -> None:
        slots = asyncio.Semaphore(self.concurrency)
        while True:
            await slots.acquire()  # while every slot is busy, requests queue up and the next batch grows
            batch: list[_Item] = []
            try:
                await self._collect(queue, batch)
            except asyncio.CancelledError:  # closing: what was taken off the queue must not hang
                _fail(batch, GuardUnavailableError("the server is shutting down"))
                raise
            live = [it for it in batch if not it.future.done()]
            if not live:
                slots.release()
                continue
            task = asyncio.get_running_loop().create_task(self._batch(live))
            self._inflight.add(task)

            def done(t: asyncio.Task[None]) -> None:
                self._inflight.discard(t)
                slots.release()

            task.add_done_callback(done)

    async def _collect(self, queue: FairQueue, batch: list[_Item]) -> None:
        """Fill ``batch``: the first waiting item, then more until ``max_batch`` items, ``max_batch_chars``
        characters, or ``max_wait`` after the first was queued."""
        first = await queue.get()
        batch.append(first)
        deadline = first.queued + self.max_wait
        while len(batch) < self.max_batch and sum(it.chars for it in batch) < self.max_batch_chars:
            try:
                batch.append(queue.get_nowait())
                continue
            except asyncio.QueueEmpty:
                pass
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                batch.append(await asyncio.wait_for(queue.get(), left))
            except TimeoutError:
                break

    async def _batch(self, live: list[_Item]) -> None:
        try:
            verdicts = await self._run([it.conversation for it in live])
        except asyncio.CancelledError:
            _fail(live, GuardUnavailableError("the server is shutting down"))
            raise
        except Exception as e:  # the guard failed: every request of this batch gets the error
            log.exception("guard call over %d conversations failed", len(live))
            _fail(live, e)
            return
        for it, v in zip(live, verdicts, strict=True):
            if not it.future.done():
                it.future.set_result(v)

    async def close(self) -> None:
        """Stop the worker; requests still queued or in flight fail with :class:`GuardUnavailableError`."""
        self._closed = True
        worker, queue, inflight = self._worker, self._queue, list(self._inflight)
        self._worker = None
        for task in [worker, *inflight]:
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                    await task
        if queue is not None:
            while not queue.empty():
                _fail([queue.get_nowait()], GuardUnavailableError("the server is shutting down"))


def _fail(items: Sequence[_Item], error: BaseException) -> None:
    for it in items:
        if not it.future.done():
            it.future.set_exception(error)
