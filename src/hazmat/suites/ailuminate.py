"""MLCommons AILuminate v1.0: hazard prompts from skilled and unskilled personas, in 12 hazards."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import SuiteError
from ..taxonomy import Taxonomy, load_taxonomy
from ..types import Sample
from ._io import IdSet, check_path, make_sample, read_csv
from ._protocol import SuiteKind

_COLUMNS = ("release_prompt_id", "prompt_text", "hazard")


_PROMPT_SET_FILE = re.compile(r"airr_official_1\.0_(demo|practice|official)_")


class AILuminate:
    """Loader for ``airr_official_1.0_{demo,practice}_<locale>_prompt_set_release.csv``.

    Columns: release_prompt_id, prompt_text, hazard, persona, locale, prompt_hash. ``category`` is the
    ``ailuminate-v1.0`` id of the hazard code: a sub-hazard such as ``spc_fin`` is its own id (child of
    ``spc``); ``hazard`` keeps the code and ``hazard_group`` its parent hazard (the part before ``_``),
    the unit AILuminate grades. Sample ids are the ``release_prompt_id`` values; every prompt should be
    refused (or, for specialised advice, answered safely — the judge decides).
    """

    name = "ailuminate"
    title = "MLCommons AILuminate v1.0"
    taxonomy: str | None = "ailuminate-v1.0"
    kind: SuiteKind = "harm"
    default_judge = "hazmat-minilm"
    source = "https://github.com/mlcommons/ailuminate"

    def load(self, path: Path) -> list[Sample]:
        """Read a prompt-set CSV (demo, practice or official, any locale); ``prompt_set`` (demo, practice or
        official) comes from the official file name, which decides the reference standard of the grade."""
        p = check_path(path)
        named = _PROMPT_SET_FILE.search(p.name.lower())
        prompt_set = named.group(1) if named else None
        tax = load_taxonomy("ailuminate-v1.0")
        ids = IdSet()
        out = []
        for rec in read_csv(p, _COLUMNS):
            hazard = rec.text("hazard").strip()
            category = hazard_category(tax, hazard)
            if category is None:
                allowed = ", ".join(c.id for c in tax if tax.depth(c.id) >= 1)
                raise SuiteError(f"{rec.where}: unknown hazard {hazard!r}; allowed values: {allowed}")
            group = tax.ancestors(category)[0] if tax.depth(category) == 2 else category
            out.append(
                make_sample(
                    ids.add(rec.text("release_prompt_id").strip(), rec.where),
                    rec.text("prompt_text"),
                    suite=self.name,
                    category=category,
                    expect="refuse",
                    hazard=hazard,
                    hazard_group=group,
                    persona=rec.text("persona", required=False).strip() or None,
                    locale=rec.text("locale", required=False).strip() or None,
                    prompt_hash=rec.text("prompt_hash", required=False).strip() or None,
                    prompt_set=prompt_set,
                )
            )
        return out


def hazard_category(taxonomy: Taxonomy, code: str) -> str | None:
    """The ``ailuminate-v1.0`` id for a hazard code: the code itself, else its group (``spc_xyz`` → ``spc``).

    Only hazards and sub-hazards count, not the physical / non-physical / contextual groups above them.
    """
    for candidate in (code, code.split("_", 1)[0]):
        cid = taxonomy.resolve(candidate)
        if cid is not None and taxonomy.depth(cid) >= 1:
            return cid
    return None
