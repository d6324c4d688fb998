"""Coverage-driven test generation (ASTRAL): unsafe test prompts over categories × writing styles × persuasion.

The coverage criterion (:mod:`._coverage`) enumerates cells of category, writing style and persuasion
technique (14 × 6 × 5 = 420 for the BeaverTails categories) or a pairwise design that still covers every
pair of values. :class:`AstralGenerator` asks a chat model for N prompts per cell with hazmat's own style
and technique guides (:mod:`._templates`), optionally grounded in the user's documents through BM25
(:mod:`._retrieval`); it parses ``#Prompt:`` lines tolerantly, removes duplicates, tops short cells up,
writes JSON lines as cells fill, resumes, and reports coverage. The ``astral`` suite runs the result; the
``astral@MODEL`` judge is ASTRAL's LLM test oracle.
"""

from ._coverage import (
    STYLES,
    TECHNIQUES,
    Cell,
    CellCoverage,
    CoverageReport,
    full_design,
    pairwise_design,
    uncovered_pairs,
)
from ._generator import DEFAULT_PARAMS, AstralGenerator
from ._output import coverage_path, read_rows
from ._parse import Deduplicator, clean_prompt, jaccard, normalise, parse_prompts
from ._retrieval import BM25Index, Passage, Retriever, chunk, load_passages, tokenize
from ._templates import STYLE_GUIDES, TECHNIQUE_GUIDES, Guide, build_message, check_names

__all__ = [
    "DEFAULT_PARAMS",
    "STYLES",
    "STYLE_GUIDES",
    "TECHNIQUES",
    "TECHNIQUE_GUIDES",
    "AstralGenerator",
    "BM25Index",
    "Cell",
    "CellCoverage",
    "CoverageReport",
    "Deduplicator",
    "Guide",
    "Passage",
    "Retriever",
    "build_message",
    "check_names",
    "chunk",
    "clean_prompt",
    "coverage_path",
    "full_design",
    "jaccard",
    "load_passages",
    "normalise",
    "pairwise_design",
    "parse_prompts",
    "read_rows",
    "tokenize",
    "uncovered_pairs",
]
