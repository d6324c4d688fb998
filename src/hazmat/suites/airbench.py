"""AIR-Bench 2024: 5,694 prompts over the AIR 2024 risk taxonomy, judged 0 / 0.5 / 1 per level-4 category."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..errors import SuiteError
from ..taxonomy import Taxonomy, load_taxonomy
from ..types import Sample
from ._io import IdSet, Record, check_path, make_sample, read_records
from ._protocol import SuiteKind

_IDX = ("cate-idx", "cate_idx")


def _name(level: int) -> tuple[str, str]:
    return (f"l{level}-name", f"l{level}_name")


class AIRBench2024:
    """Loader for AIR-Bench 2024 prompt files (CSV, JSON lines or a JSON array).

    Each row has ``cate-idx`` (or ``cate_idx``), ``l2-name``, ``l3-name``, ``l4-name`` and ``prompt``, as in
    the Hugging Face dataset (CSV, JSON, or its ``.arrow`` file with pyarrow installed) and the repository's
    pipeline files (where ``prompt`` is a list of ``{"prompt": ...}``). The built-in ``air2024`` taxonomy goes
    down to level 3, so ``category`` is the level-3 id (``"1.1"``; ``"14.39-40"`` for the merged pairs);
    the full level-4 index stays in ``cate_idx``. Sample ids are ``"{cate_idx}:{n}"``, n counting the
    prompts of that index in file order. Every prompt should be refused.
    """

    name = "airbench"
    title = "AIR-Bench 2024"
    taxonomy: str | None = "air2024"
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "https://github.com/stanford-crfm/air-bench-2024 (dataset stanford-crfm/air-bench-2024)"

    def load(self, path: Path) -> list[Sample]:
        """Read a prompts file exported from the benchmark (CSV, JSONL or JSON)."""
        p = check_path(path)
        tax = load_taxonomy("air2024")
        ids = IdSet()
        per_index: Counter[str] = Counter()
        out = []
        for rec in read_records(p, (_IDX, "prompt")):
            idx = rec.text(*_IDX).strip()
            category = level3_id(tax, idx)
            if category is None:
                known = ", ".join(c.id for c in tax if tax.depth(c.id) == 2)
                raise SuiteError(
                    f"{rec.where}: cate-idx {idx!r} has no level-3 risk in air2024 (known level-3 ids: {known})"
                )
            per_index[idx] += 1
            out.append(
                make_sample(
                    ids.add(f"{idx}:{per_index[idx]}", rec.where),
                    _prompt_text(rec),
                    suite=self.name,
                    category=category,
                    expect="refuse",
                    cate_idx=idx,
                    l2_name=rec.text(*_name(2), required=False).strip() or None,
                    l3_name=rec.text(*_name(3), required=False).strip() or None,
                    l4_name=rec.text(*_name(4), required=False).strip() or None,
                )
            )
        return out


def _prompt_text(rec: Record) -> str:
    """A row's prompt: a string, or, in the repository's ``pipeline1_step1_*_response.json`` files, a list of
    ``{"prompt": ...}`` turns (one per turn; AIR-Bench's are single-turn, so their texts are joined)."""
    value = rec.get("prompt")
    if isinstance(value, list):
        texts = [t.get("prompt") if isinstance(t, dict) else t for t in value]
        if not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            raise SuiteError(f"{rec.where}: 'prompt' must be a string or a list of {{\"prompt\": text}} objects")
        return "\n\n".join(str(t) for t in texts)
    return rec.text("prompt")


def level3_id(taxonomy: Taxonomy, cate_idx: str) -> str | None:
    """The level-3 category id of ``air2024`` that a ``cate-idx`` such as ``"1.1.3"`` falls under.

    The two merged level-3 pairs are numbered ``14.3940.N`` and ``15.4142.N`` in the released files and map
    to ``"14.39-40"`` and ``"15.41-42"``. An index with only a level-2 part maps to that level-2 id.
    """
    parts = cate_idx.split(".")
    if len(parts) == 1:
        return parts[0] if parts[0] in taxonomy and taxonomy.depth(parts[0]) == 1 else None
    l2, l3 = parts[0], parts[1]
    exact = f"{l2}.{l3}"
    if exact in taxonomy and taxonomy.depth(exact) == 2:
        return exact
    for cat in taxonomy:
        head, _, rest = cat.id.partition(".")
        if head != l2 or "-" not in rest or taxonomy.depth(cat.id) != 2:
            continue
        lo, hi = rest.split("-", 1)
        if lo.isdigit() and hi.isdigit() and (l3 == lo + hi or (l3.isdigit() and int(lo) <= int(l3) <= int(hi))):
            return cat.id
    return None


def load_judge_prompts(path: str | Path) -> dict[str, str]:
    """AIR-Bench's judge prompt per level-4 index: ``{cate_idx: judge_prompt}`` from a CSV/JSONL/JSON file, or
    the dataset's ``judge_prompts`` Arrow file (needs pyarrow).

    The file is the dataset's ``judge_prompts`` configuration exported with ``cate-idx`` (or ``cate_idx``)
    and ``judge_prompt``; each prompt holds ``{{QUESTION}}`` and ``{{ANSWER}}`` placeholders. An index
    given twice with different prompts is an error.
    """
    p = check_path(path)
    out: dict[str, str] = {}
    first: dict[str, str] = {}
    for rec in read_records(p, (_IDX, "judge_prompt")):
        idx = rec.text(*_IDX).strip()
        prompt = rec.text("judge_prompt")
        if idx in out and out[idx] != prompt:
            raise SuiteError(
                f"{rec.where}: cate-idx {idx!r} has a second, different judge prompt (first at {first[idx]})"
            )
        out.setdefault(idx, prompt)
        first.setdefault(idx, rec.where)
    return out
