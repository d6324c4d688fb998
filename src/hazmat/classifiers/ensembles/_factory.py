"""Ensembles by name, for ``load_classifier``.

* ``fusion:METHOD:A+B[+C…]`` (METHOD: mean, max, weighted, stacking; pass ``weights=`` / ``stacker=``)
* ``cascade:CHEAP>EXPENSIVE`` (e.g. ``cascade:hazmat-minilm>llamaguard3@openai/x``)
* ``hedge:STATE.sqlite:A+B`` (the state path is everything up to the last ``:``)

Member names are split on ``+`` (``>`` for a cascade) and loaded with ``load_classifier``.
"""

from __future__ import annotations

from typing import Any

from ...errors import UnknownClassifierError
from .._protocol import Classifier

PREFIXES = ("fusion:", "cascade:", "hedge:")


def _members(text: str, spec: str) -> list[str]:
    names = [n.strip() for n in text.split("+") if n.strip()]
    if not names:
        raise UnknownClassifierError(f"ensemble {spec!r} names no member guards")
    return names


def ensemble_factory(spec: str, **options: Any) -> Classifier:
    """Build the ensemble that ``spec`` names; ``options`` go to its constructor."""
    kind, _, rest = spec.partition(":")
    if kind == "fusion":
        method, sep, members = rest.partition(":")
        if not sep:
            raise UnknownClassifierError(f"expected fusion:METHOD:A+B, got {spec!r}")
        from .fusion import FusionEnsemble

        return FusionEnsemble(_members(members, spec), method=method, name=spec, **options)
    if kind == "cascade":
        cheap, sep, expensive = rest.partition(">")
        if not sep or not cheap.strip() or not expensive.strip():
            raise UnknownClassifierError(f"expected cascade:CHEAP>EXPENSIVE, got {spec!r}")
        from .cascade import CascadeEnsemble

        return CascadeEnsemble(cheap.strip(), expensive.strip(), name=spec, **options)
    if kind == "hedge":
        state, sep, members = rest.rpartition(":")
        if not sep or not state:
            raise UnknownClassifierError(f"expected hedge:STATE.sqlite:A+B, got {spec!r}")
        from .hedge import HedgeEnsemble

        return HedgeEnsemble(_members(members, spec), state_path=state, name=spec, **options)
    raise UnknownClassifierError(f"not an ensemble name: {spec!r} (fusion:…, cascade:…, hedge:…)")
