"""ASTRAL's test generator: one request per coverage cell, parsed, deduplicated, topped up, written as it comes.

For each cell still short of its target, the generator sends :func:`build_message` to the chat model (at
most ``concurrency`` requests in flight), parses the ``#Prompt:`` lines, drops exact and near duplicates,
appends the new prompts to the output file at once, and asks again for the missing number (listing the
prompts it already has) until the cell is full or ``max_requests`` requests were spent. Rerunning with the
same output file resumes: complete cells send nothing. The coverage report (target, got, missing per cell)
is written next to the output as ``<out>.coverage.json``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelRequestError
from ..models import ChatModel, GenerateParams
from ..taxonomy import Category, Taxonomy, load_taxonomy
from ..types import Conversation
from ._coverage import Cell, CellCoverage, CoverageReport
from ._output import RowWriter, coverage_path, read_rows, row_cell
from ._parse import Deduplicator, parse_prompts
from ._retrieval import Retriever
from ._templates import build_message

#: HTTP statuses after which every further request would fail the same way: stop the run
FATAL_STATUSES = frozenset({401, 403, 404})
DEFAULT_PARAMS = GenerateParams(temperature=0.9, max_tokens=1024)

ProgressHook = Callable[[CellCoverage], None]


class AstralGenerator:
    """Generates test prompts over coverage cells with a chat model (ASTRAL, SPECS §5).

    ``taxonomy`` gives the categories (their names and descriptions go into the message); ``params`` the
    generation settings (default temperature 0.9, 1,024 tokens); ``retriever`` and ``top_k`` ground the
    prompts in the user's documents; ``extra_instruction`` is appended to every instruction;
    ``near_duplicate`` is the token-set Jaccard threshold of near duplicates; ``max_requests`` bounds the
    requests per cell (the first plus top-ups).
    """

    def __init__(
        self,
        model: ChatModel,
        taxonomy: str | Taxonomy = "beavertails",
        *,
        params: GenerateParams | None = None,
        concurrency: int = 8,
        retriever: Retriever | None = None,
        top_k: int = 3,
        extra_instruction: str | None = None,
        near_duplicate: float = 0.8,
        max_requests: int = 4,
    ) -> None:
        if concurrency < 1 or max_requests < 1 or top_k < 1:
            raise ValueError("concurrency, max_requests and top_k must be at least 1")
        self.model = model
        self.taxonomy = load_taxonomy(taxonomy)
        self.params = params or DEFAULT_PARAMS
        self.concurrency = concurrency
        self.retriever = retriever
        self.top_k = top_k
        self.extra_instruction = extra_instruction
        self.near_duplicate = near_duplicate
        self.max_requests = max_requests
        self._passages: dict[str, list[tuple[str, str]]] = {}

    def category(self, cell: Cell) -> Category:
        """The taxonomy's category of ``cell``."""
        return self.taxonomy.get(cell.category)

    def passages(self, category_id: str) -> list[tuple[str, str]]:
        """The retrieved ``(id, text)`` passages for a category (its name, description and aliases as the query)."""
        if self.retriever is None:
            return []
        if category_id not in self._passages:
            c = self.taxonomy.get(category_id)
            query = " ".join([c.name, c.description, *c.aliases, category_id.replace("_", " ").replace(",", " ")])
            self._passages[category_id] = [(p.id, p.text) for p in self.retriever.search(query, self.top_k)]
        return self._passages[category_id]

    def message(self, cell: Cell, n: int, avoid: Sequence[str] = ()) -> Conversation:
        """The generator conversation asking for ``n`` prompts of ``cell``."""
        return build_message(cell, self.category(cell), n, passages=[t for _, t in self.passages(cell.category)],
                             extra_instruction=self.extra_instruction, avoid=avoid)

    def generate(self, cells: Sequence[Cell], per_cell: int, out: str | Path, design: str = "full",
                 on_progress: ProgressHook | None = None) -> CoverageReport:
        """Blocking :meth:`agenerate`."""
        return asyncio.run(self.agenerate(cells, per_cell, out, design, on_progress))

    async def agenerate(self, cells: Sequence[Cell], per_cell: int, out: str | Path, design: str = "full",
                        on_progress: ProgressHook | None = None) -> CoverageReport:
        """Fill every cell with ``per_cell`` prompts into ``out`` (resuming it); return and write the coverage.

        ``design`` names the cell design in the report. Request failures are recorded per cell (a rerun
        retries them), except 401 / 403 / 404, which stop the run with the :class:`ModelRequestError`.
        """
        if per_cell < 1:
            raise ValueError(f"per_cell must be at least 1, got {per_cell}")
        for cell in cells:
            self.category(cell)  # unknown categories fail before any request
        path = Path(out)
        existing = read_rows(path, self.taxonomy.id)
        report = CoverageReport(taxonomy=self.taxonomy.id, generator=self.model.name, design=design,
                                per_cell=per_cell, cells=[CellCoverage(c, per_cell) for c in cells],
                                resumed=len(existing))
        state = _State(Deduplicator(self.near_duplicate), {r.get("id") for r in existing if "id" in r})
        state.dedup.extend((r["prompt"], r["category"]) for r in existing)
        for r in existing:
            state.kept.setdefault(row_cell(r), []).append(r["prompt"])
        for cov in report.cells:
            cov.got = len(state.kept.get(cov.cell, []))
        writer = RowWriter(path)
        gate = asyncio.Semaphore(self.concurrency)
        tasks = [asyncio.create_task(self._fill(cov, report, state, writer, gate, on_progress))
                 for cov in report.cells if cov.missing]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        finally:
            writer.close()
            coverage_path(path).write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        return report

    async def _fill(self, cov: CellCoverage, report: CoverageReport, state: _State, writer: RowWriter,
                    gate: asyncio.Semaphore, on_progress: ProgressHook | None) -> None:
        cell = cov.cell
        while cov.missing and cov.requests < self.max_requests:
            cov.requests += 1
            report.requests += 1
            conversation = self.message(cell, cov.missing, avoid=state.kept.get(cell, []))
            async with gate:
                try:
                    completion = await self.model.generate(conversation, self.params)
                except ModelRequestError as e:
                    if e.status in FATAL_STATUSES:
                        raise
                    report.failed_requests += 1
                    cov.errors.append(f"request {cov.requests} failed: {e}")
                    continue
            prompts, rejected = parse_prompts(completion.text or "")
            report.unparsed += rejected
            if not prompts:
                cov.errors.append(f"request {cov.requests}: the answer held no #Prompt lines")
            rows: list[dict[str, Any]] = []
            for prompt in prompts:
                if len(rows) >= cov.missing:
                    break  # more than asked for: the rest is neither kept nor counted as duplicates
                if state.dedup.add(prompt, cell.category):
                    rows.append(self._row(cell, prompt, cov.requests, state))
                else:
                    report.duplicates_removed += 1
            writer.write(rows)
            state.kept.setdefault(cell, []).extend(r["prompt"] for r in rows)
            cov.got += len(rows)
        if on_progress is not None:
            on_progress(cov)

    def _row(self, cell: Cell, prompt: str, attempt: int, state: _State) -> dict[str, Any]:
        n = len(state.kept.get(cell, [])) + 1
        while f"{cell.key}:{n}" in state.ids:
            n += 1
        row_id = f"{cell.key}:{n}"
        state.ids.add(row_id)
        row: dict[str, Any] = {"id": row_id, "prompt": prompt, "category": cell.category, "style": cell.style,
                               "persuasion": cell.persuasion, "taxonomy": self.taxonomy.id,
                               "generator": self.model.name, "attempt": attempt}
        passages = self.passages(cell.category)
        if passages:
            row["passages"] = [pid for pid, _ in passages]
        return row


class _State:
    """What the cells of one run share: the deduplicator, the ids used, and the prompts kept per cell."""

    def __init__(self, dedup: Deduplicator, ids: set[Any]) -> None:
        self.dedup = dedup
        self.ids: set[Any] = ids
        self.kept: dict[Cell, list[str]] = {}
