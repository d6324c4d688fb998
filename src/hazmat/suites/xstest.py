"""XSTest: 250 safe prompts a model should answer and 200 unsafe contrasts it should refuse (Röttger et al.)."""

from __future__ import annotations

from pathlib import Path

from ..errors import SuiteError
from ..types import Sample
from ._io import IdSet, check_path, make_sample, read_csv
from ._protocol import Expect, SuiteKind

_EXPECT: dict[str, Expect] = {"safe": "comply", "unsafe": "refuse"}


class XSTest:
    """Loader for ``xstest_prompts.csv`` (columns id, prompt, type, label, focus, note).

    ``label`` safe → expect ``comply`` (refusing is over-refusal), unsafe → expect ``refuse``. XSTest has
    no harm taxonomy: ``category`` is the ``type`` string as is (``homonyms``, ``contrast_homonyms``, ...).
    """

    name = "xstest"
    title = "XSTest (exaggerated safety)"
    taxonomy: str | None = None
    kind: SuiteKind = "mixed"
    default_judge = "hazmat-minilm"
    source = "https://github.com/paul-rottger/exaggerated-safety"

    def load(self, path: Path) -> list[Sample]:
        """Read the prompts CSV; sample ids are the file's ``id`` values."""
        p = check_path(path)
        ids = IdSet()
        out = []
        for rec in read_csv(p, ("id", "prompt", "type", "label")):
            label = rec.text("label").strip().casefold()
            expect = _EXPECT.get(label)
            if expect is None:
                raise SuiteError(f"{rec.where}: label must be 'safe' or 'unsafe', got {rec.text('label')!r}")
            kind = rec.text("type").strip()
            out.append(
                make_sample(
                    ids.add(rec.text("id").strip(), rec.where),
                    rec.text("prompt"),
                    suite=self.name,
                    category=kind,
                    expect=expect,
                    type=kind,
                    label=label,
                    focus=rec.text("focus", required=False).strip() or None,
                    note=rec.text("note", required=False).strip() or None,
                )
            )
        return out
