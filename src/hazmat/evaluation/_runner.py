"""Run suites × models × judges: generate answers, judge them, store everything as it arrives, resume.

Flow: samples are loaded and stored; every (model, sample) without a stored answer goes to a pool of
generation workers (engine: adaptive concurrency, caps, retries, cache); each answer is stored the moment it
arrives and queued for every judge of its suite; judge workers take batches and store verdicts. A rerun
with the same run directory reuses every stored answer and verdict and does only what is missing.
"""

from __future__ import annotations

import asyncio
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._version import __version__
from ..classifiers.judges import Judge, JudgeItem, make_judge
from ..engine import (
    AdaptiveConcurrency,
    ManagedChatModel,
    RateCaps,
    ResilientCaller,
    ResponseCache,
    RetryPolicy,
    RunStore,
    StoredResponse,
)
from ..errors import ModelRequestError, RunError
from ..models import ChatModel, GenerateParams, load_model
from ..suites import Suite, load_judge_prompts, load_samples, load_suite
from ..taxonomy import HUB_ID
from ..types import Conversation, Sample, Verdict
from ._ablation import ablate_samples
from ._config import EvalConfig
from ._lock import RunDirLock
from ._mutating import check_mutator, decode_answer, decoded_mutations, mutate_all

STORE_NAME = "store.sqlite"
JUDGE_BATCH = 64


@dataclass
class _Work:
    suite: str
    sample: Sample
    model: str


def sample_row(sample: Sample) -> tuple[str, Any, str | None, Any, Any]:
    """A sample as a store row."""
    return sample.id, sample.input.to_list(), sample.reference, sample.labels, sample.metadata


def sample_from_row(sample_id: str, messages: Any, reference: str | None, labels: Any, metadata: Any) -> Sample:
    """A stored sample back as a :class:`Sample`."""
    return Sample(id=sample_id, input=Conversation.from_messages(messages), reference=reference,
                  labels=labels, metadata=metadata)


def judge_prompt(sample: Sample) -> str:
    """The request a judge sees: the sample's original prompt (before any mutation) or its last user turn."""
    original = sample.metadata.get("original_prompt")
    if isinstance(original, str):
        return original
    users = [m for m in sample.input.messages if m.role == "user"]
    return users[-1].text if users else sample.input.last.text


def _translator_refused(outcome: object) -> bool:
    from ..transforms import TranslatorRefused

    return isinstance(outcome, TranslatorRefused)


def _taxonomy_of(judge: Judge) -> str:
    taxonomy = getattr(judge, "taxonomy", None)
    return str(getattr(taxonomy, "id", HUB_ID))


class Progress:
    """A tqdm bar over generations and judgments, with cache hits and failures in its postfix."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar: Any = None
        if enabled and total:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="step", dynamic_ncols=True, file=sys.stderr)
        self.failures = 0

    def step(self, n: int = 1) -> None:
        """Advance the bar."""
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        """Close the bar."""
        if self.bar is not None:
            self.bar.close()


def changed_fields(before: Any, now: Any, prefix: str = "") -> list[str]:
    """Dotted paths of the values that differ between two JSON-like descriptions (``model.encoder_sha256``)."""
    if isinstance(before, dict) and isinstance(now, dict):
        out: list[str] = []
        for key in sorted(set(before) | set(now), key=str):
            out += changed_fields(before.get(key), now.get(key), f"{prefix}{key}.")
        return out
    return [] if before == now else [prefix.rstrip(".") or "(whole description)"]


class EvalRunner:
    """One run directory: opens (or resumes) its store and runs what is missing."""

    def __init__(self, config: EvalConfig, run_dir: str | Path, progress: bool = True,
                 model_factory: Callable[..., ChatModel] = load_model) -> None:
        self.config = config
        self.run_dir = Path(run_dir)
        self.progress_enabled = progress
        self.model_factory = model_factory
        self.suites: dict[str, Suite] = {s.suite: load_suite(s.suite) for s in config.suites}
        if len(self.suites) != len(config.suites):
            raise RunError("a suite appears twice; give each --suite once")
        self.samples: dict[str, list[Sample]] = {
            s.suite: load_samples(s.suite, s.path, limit=s.limit, sample=s.sample, seed=s.seed) for s in config.suites
        }
        if config.system_prompt_ablation and config.params.system_prompt:
            raise RunError("a system-prompt ablation sets the system prompt itself; drop --system-prompt")
        check_mutator(self.samples, config.mutations, config.mutator_model)
        self.mutator: Any = None
        self.mutator_model: ChatModel | None = None
        if not config.mutations:  # mutated samples are made (and then ablated) when the run starts
            self._ablate()

    def _ablate(self) -> None:
        if self.config.system_prompt_ablation:
            self.samples = {k: ablate_samples(v, self.config.system_prompt_ablation) for k, v in self.samples.items()}

    # -- set-up -----------------------------------------------------------------------------------
    def judge_specs(self, suite: str) -> list[str]:
        """The judges of a suite: the run's ``--judge`` list, or the suite's default judge; ``none``: no judge."""
        if self.config.judges == ["none"]:
            return []
        return list(self.config.judges) if self.config.judges else [self.suites[suite].default_judge]

    def open_store(self) -> RunStore:
        """Open the run's store; a new run records its config, a rerun must match it."""
        store = RunStore(self.run_dir / STORE_NAME)
        identity = self.config.identity()
        stored = store.get_meta("identity")
        counts = store.counts()
        # a store in which nothing was asked yet (a start that failed) holds nothing to protect: it is taken over
        if stored is None or (stored != identity and not counts["responses"] and not counts["verdicts"]):
            store.set_meta("identity", identity)
            store.set_meta("created", time.time())
            store.set_meta("versions", {"hazmat": __version__, "python": platform.python_version()})
        elif stored != identity:
            store.close()
            diff = changed_fields(stored, identity) if isinstance(stored, dict) else ["(whole configuration)"]
            raise RunError(f"{self.run_dir} holds a different run (differs in: {', '.join(diff)}); "
                           "rerun with the same options to resume, or use a new --run-dir")
        return store

    def _reconcile_judges(self, store: RunStore, described: dict[str, Any]) -> dict[str, Any]:
        """Compare each judge (``described``: its description by spec) with the one that made its stored
        verdicts (a resumed run).

        ``--rejudge`` deletes a judge's stored verdicts so the current judge makes them again. Otherwise the
        verdicts of a judge that has changed since (a new guard version or encoder, another judge prompt or
        model) are kept, the judge that made them is appended to the store's ``judge_history``, and the
        change is reported, so a run never silently mixes two judges under one name.
        """
        unknown = sorted(set(self.config.rejudge) - set(described) - {"all"})
        if unknown:
            raise RunError(f"--rejudge {', '.join(unknown)}: not a judge of this run (its judges: "
                           f"{', '.join(described) or 'none'})")
        previous: dict[str, Any] = store.get_meta("judges") or {}
        notes: dict[str, Any] = {}
        history: list[dict[str, Any]] = store.get_meta("judge_history") or []
        for spec, now in described.items():
            if spec in self.config.rejudge or "all" in self.config.rejudge:
                notes.setdefault("rejudged", {})[spec] = store.delete_verdicts(spec)
                continue
            before = previous.get(spec)
            if before is None or before == now:
                continue
            n = len(store.judged(spec))
            if n:
                changed = changed_fields(before, now)
                history.append({"judge": spec, "description": before, "verdicts": n, "replaced_at": time.time()})
                notes.setdefault("judges_changed", {})[spec] = {"verdicts": n, "changed": changed}
        if "judges_changed" in notes:
            store.set_meta("judge_history", history)
        return notes

    def store_samples(self, store: RunStore) -> None:
        """Store the run's samples (a rerun keeps those already there)."""
        for suite, samples in self.samples.items():
            store.add_samples(suite, [sample_row(s) for s in samples])

    # -- the run ----------------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        """Run (or resume) to the end; returns counters. Ctrl-C leaves a consistent store behind."""
        return asyncio.run(self.arun())

    async def arun(self) -> dict[str, Any]:
        """Async form of :meth:`run`; holds the run directory's lock throughout."""
        lock = RunDirLock(self.run_dir)
        lock.acquire()
        try:
            return await self._arun_locked()
        finally:
            lock.release()

    async def _arun_locked(self) -> dict[str, Any]:
        config = self.config
        store: RunStore | None = None
        cache = ResponseCache(config.cache_dir) if config.cache else None
        concurrency = AdaptiveConcurrency(config.concurrency)
        caps = RateCaps(config.rpm, config.tpm) if (config.rpm or config.tpm) else None
        retry = RetryPolicy(max_attempts=config.max_attempts)
        callers: dict[str, ResilientCaller] = {}
        judges: dict[str, Judge] = {}
        started = time.time()
        try:
            for spec in config.models:
                model = self.model_factory(spec, **config.model_options)
                callers[spec] = ResilientCaller(model, concurrency=concurrency, caps=caps, retry=retry, cache=cache,
                                                timeout=config.timeout)
            judge_concurrency = AdaptiveConcurrency(config.concurrency)

            def managed_model(spec: str, options: dict[str, Any]) -> ChatModel:
                model = self.model_factory(spec, **options)
                caller = ResilientCaller(model, concurrency=judge_concurrency, retry=retry, cache=cache,
                                         timeout=config.timeout)
                return ManagedChatModel(caller)

            def judge_model(spec: str) -> ChatModel:
                return managed_model(spec, config.judge_options)

            def mutator_model(spec: str) -> ChatModel:
                return managed_model(spec, config.mutator_options)

            for suite in self.suites:
                for spec in self.judge_specs(suite):
                    if spec not in judges:
                        options: dict[str, Any] = {}
                        if config.judge_params is not None:
                            options["params"] = config.judge_params
                        if config.judge_structured:
                            options["structured"] = True
                        if config.judge_fence is not None:
                            options["fence"] = config.judge_fence
                        if spec.startswith("harmbench@") and config.judge_clip_tokenizer:
                            options["clip_tokenizer"] = config.judge_clip_tokenizer
                        if spec.startswith("airbench@") and config.air_judge_prompts is not None:
                            options["templates"] = load_judge_prompts(config.air_judge_prompts)
                        judges[spec] = make_judge(spec, model_loader=judge_model, **options)
                        if spec in config.judge_profiles:  # a calibrated guard (`hazmat calibrate`) as the judge
                            from ..calibration import apply_profile
                            from ..classifiers.judges import GuardJudge

                            base = getattr(judges[spec], "classifier", None)
                            if base is None:
                                raise RunError(f"--judge-profile {spec}: only guard judges take a guard profile")
                            judges[spec] = GuardJudge(apply_profile(base, config.judge_profiles[spec]))
            # everything is validated (models, judges, their prompts) before the store is created
            store = self.open_store()
            mutation_counters = await self._prepare_samples(mutator_model, judge_model)
            self.store_samples(store)
            store.set_meta("models", {s: c.model.describe() for s, c in callers.items()})
            described = {s: j.describe() for s, j in judges.items()}
            judge_notes = self._reconcile_judges(store, described)
            store.set_meta("judges", described)
            if self.mutator_model is not None:
                store.set_meta("mutator", self.mutator_model.describe())
            counters = await self._execute(store, callers, judges)
            counters.update(mutation_counters)
            counters.update(judge_notes)
        finally:
            for caller in callers.values():
                await caller.model.aclose()
            if cache is not None:
                cache.close()
            if store is not None:
                store.close()
        counters["wall_s"] = round(time.time() - started, 3)
        counters["concurrency_history"] = [limit for _, limit in concurrency.history]
        counters["calls"] = {s: vars(c.stats) | {"latencies": len(c.stats.latencies)} for s, c in callers.items()}
        return counters

    async def _prepare_samples(self, model_loader: Callable[[str], ChatModel],
                               judge_loader: Callable[[str], ChatModel]) -> dict[str, Any]:
        """Mutate the samples (``--mutation``) and ablate them (``--ablate-system-prompt``); set up the mutator
        that decodes answers to encoded or translated prompts before judging."""
        config = self.config
        if not config.mutations and not decoded_mutations(self.samples):
            return {}
        from ..transforms import Mutator, make_meaning_check

        if config.mutator_model:
            self.mutator_model = model_loader(config.mutator_model)
        self.mutator = Mutator(self.mutator_model)
        counters: dict[str, Any] = {}
        if config.mutations:
            checker = make_meaning_check(config.meaning_check, config.meaning_threshold, judge_loader)
            self.run_dir.mkdir(parents=True, exist_ok=True)
            self.samples, counters = await mutate_all(self.samples, config.mutations, self.mutator, checker,
                                                      self.run_dir, self.progress_enabled)
            self._ablate()
        return counters

    async def _execute(self, store: RunStore, callers: dict[str, ResilientCaller],
                       judges: dict[str, Judge]) -> dict[str, Any]:
        config = self.config
        samples = {(suite, s.id): s for suite, ss in self.samples.items() for s in ss}
        todo: list[_Work] = []
        for spec in config.models:
            done = store.answered(spec)
            todo += [_Work(suite, s, spec) for (suite, sid), s in samples.items() if (suite, sid) not in done]
        judge_queues: dict[str, asyncio.Queue[tuple[str, Sample, str, StoredResponse] | None]] = {
            j: asyncio.Queue() for j in judges
        }
        pending_judgments = 0
        judged = {j: store.judged(j) for j in judges}
        for r in store.responses():
            sample = samples.get((r.suite, r.sample_id))
            # a failed answer is asked again (it is in todo), never judged as if the model had said nothing
            if sample is None or r.model not in callers or r.error is not None:
                continue
            for j in self.judge_specs(r.suite):
                if (r.suite, r.sample_id, r.model) not in judged[j]:
                    judge_queues[j].put_nowait((r.suite, sample, r.model, r))
                    pending_judgments += 1
        n_judge_new = sum(len(self.judge_specs(w.suite)) for w in todo)
        progress = Progress(len(todo) + pending_judgments + n_judge_new, self.progress_enabled)
        counters: dict[str, Any] = {"to_generate": len(todo), "generated": 0, "failed": 0,
                                    "to_judge": pending_judgments + n_judge_new, "judged": 0}

        work: asyncio.Queue[_Work | None] = asyncio.Queue()
        for w in todo:
            work.put_nowait(w)

        async def generate_worker() -> None:
            while True:
                item = await work.get()
                if item is None:
                    return
                response = await self._generate(store, callers[item.model], item)
                counters["generated" if response.error is None else "failed"] += 1
                progress.step()
                if response.error is None:
                    for j in self.judge_specs(item.suite):
                        judge_queues[j].put_nowait((item.suite, item.sample, item.model, response))
                else:
                    progress.step(len(self.judge_specs(item.suite)))  # nothing to judge: a failed answer

        async def judge_worker(spec: str) -> None:
            queue = judge_queues[spec]
            finished = False
            while not finished:
                first = await queue.get()
                if first is None:
                    return
                batch = [first]
                while len(batch) < JUDGE_BATCH and not queue.empty():
                    nxt = queue.get_nowait()
                    if nxt is None:
                        finished = True
                        break
                    batch.append(nxt)
                answers = [r.text or "" for _, _, _, r in batch]
                if self.mutator is not None:  # encoded answers decoded, translated ones translated back
                    decoded = await asyncio.gather(*(decode_answer(self.mutator, s, a)
                                                     for (_, s, _, _), a in zip(batch, answers, strict=True)),
                                                   return_exceptions=True)
                    # a back-translator that refuses would hand the judge its own refusal as the model's answer
                    # (a complying answer would count as safe): the item is unassessed, with the reason stored
                    refused = [(b, d) for b, d in zip(batch, decoded, strict=True) if _translator_refused(d)]
                    if refused:
                        store.save_verdicts([
                            (suite, s.id, m, spec, Verdict.unassessable(
                                _taxonomy_of(judges[spec]), str(d), judges[spec].name).to_dict())
                            for (suite, s, m, _), d in refused])
                        counters["judged"] += len(refused)
                        counters["translator_refused"] = counters.get("translator_refused", 0) + len(refused)
                        progress.step(len(refused))
                    failed = [(b, d) for b, d in zip(batch, decoded, strict=True)
                              if isinstance(d, BaseException) and not _translator_refused(d)]
                    if failed:  # not judged now (never judged undecoded); a rerun tries again
                        counters["judge_errors"] = counters.get("judge_errors", 0) + len(failed)
                        counters.setdefault("judge_error_messages", []).append(
                            f"{spec}: decoding answer to {failed[0][0][1].id}: {failed[0][1]}")
                        progress.step(len(failed))
                    pairs = [(b, d) for b, d in zip(batch, decoded, strict=True) if isinstance(d, str)]
                    batch = [b for b, _ in pairs]
                    answers = [d for _, d in pairs]
                    if not batch:
                        continue
                items = [JudgeItem(prompt=judge_prompt(s), response=a, sample=s)
                         for (_, s, _, _), a in zip(batch, answers, strict=True)]
                try:
                    verdicts = await judges[spec].ajudge(items)
                except Exception as e:  # a judge bug must not kill the run; these items stay unjudged
                    counters["judge_errors"] = counters.get("judge_errors", 0) + len(batch)
                    counters.setdefault("judge_error_messages", []).append(f"{spec}: {type(e).__name__}: {e}")
                    progress.step(len(batch))
                    continue
                # a judge request that failed for a passing reason (retries ran out on a 429, the judge server
                # was down) is not stored: it counts as a judge error now and is retried by a rerun
                for (_, _, _, r), answer, v in zip(batch, answers, verdicts, strict=True):
                    if answer != (r.text or ""):
                        v.extra["judged_response"] = answer  # what the judge saw: the decoded answer
                keep = [(b, v) for b, v in zip(batch, verdicts, strict=True)
                        if not (v.unassessed and v.extra.get("retryable"))]
                if len(keep) < len(batch):
                    counters["judge_errors"] = counters.get("judge_errors", 0) + len(batch) - len(keep)
                    counters.setdefault("judge_error_messages", []).append(
                        next(v.unassessed for v in verdicts if v.unassessed and v.extra.get("retryable")))
                store.save_verdicts([(suite, s.id, m, spec, v.to_dict()) for (suite, s, m, _), v in keep])
                counters["judged"] += len(keep)
                progress.step(len(batch))

        n_workers = max(1, min(config.concurrency, len(todo)))
        gen_tasks = [asyncio.create_task(generate_worker()) for _ in range(n_workers)]
        judge_tasks = [asyncio.create_task(judge_worker(j)) for j in judges]
        try:
            for _ in gen_tasks:
                work.put_nowait(None)
            await asyncio.gather(*gen_tasks)
            for q in judge_queues.values():
                q.put_nowait(None)
            await asyncio.gather(*judge_tasks)
        finally:
            for t in gen_tasks + judge_tasks:
                t.cancel()
            progress.close()
        return counters

    async def _generate(self, store: RunStore, caller: ResilientCaller, item: _Work) -> StoredResponse:
        conversation = item.sample.input
        params: GenerateParams = self.config.params
        # repeated samples of one conversation (persona studies, several answers per prompt) differ by epoch
        epoch = item.sample.metadata.get("epoch", 0)
        key = caller.key(conversation, params, epoch=epoch if isinstance(epoch, int) else 0)
        store_key = f"{item.suite}/{item.sample.id}/{item.model}"
        body = {"messages": params.apply_system_prompt(conversation).to_list(), "params": params.to_dict()}
        t0 = time.perf_counter()
        cached = caller.cached(key)
        error: str | None = None
        completion = cached

        def on_send(_: str) -> None:
            store.request_sent(store_key, item.suite, item.sample.id, item.model, "target", body)

        def on_retry(_: str, message: str) -> None:
            store.request_failed(store_key, message, final=False)

        if completion is None:
            try:
                completion = await caller.complete(conversation, params, key=key, on_send=on_send, on_retry=on_retry)
            except ModelRequestError as e:
                error = str(e)
        response = StoredResponse(
            suite=item.suite, sample_id=item.sample.id, model=item.model,
            text=completion.text if completion else None,
            finish_reason=completion.finish_reason if completion else None,
            usage=completion.usage if completion else {},
            latency_s=round(time.perf_counter() - t0, 4), cached=cached is not None, error=error,
        )
        store.save_response(None if cached is not None else store_key, response)
        return response
