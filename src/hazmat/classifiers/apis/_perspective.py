"""Google Jigsaw's Perspective API (``POST {base_url}/comments:analyze?key=KEY``) as a guard."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ..._version import __version__
from ...errors import ClassifierError, InputError
from ...taxonomy import load_taxonomy
from ...types import Conversation, Verdict
from ._http import ApiGuard, HttpSettings, RequestFailed, env_value

DEFAULT_BASE_URL = "https://commentanalyzer.googleapis.com/v1alpha1"
DEFAULT_ATTRIBUTES = ("TOXICITY", "SEVERE_TOXICITY", "IDENTITY_ATTACK", "INSULT", "PROFANITY", "THREAT")


class PerspectiveGuard(ApiGuard):
    """Perspective: one request per text (the last message), ``summaryScore.value`` per requested attribute.

    ``categories`` are the attributes scoring at or above ``threshold``; ``flagged`` is whether any does;
    ``unsafe_score`` is the highest score. ``doNotStore`` is always sent (true unless ``do_not_store=False``).
    Perspective's default quota is one request per second, hence the default ``rpm=60``.
    """

    name = "perspective"

    def __init__(
        self,
        api_key: str | None = None,
        attributes: Sequence[str] = DEFAULT_ATTRIBUTES,
        threshold: float = 0.5,
        base_url: str | None = None,
        *,
        languages: Sequence[str] | None = None,
        do_not_store: bool = True,
        span_annotations: bool = False,
        timeout: float = 30.0,
        max_attempts: int = 6,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        rpm: float | None = 60.0,
        concurrency: int = 4,
    ) -> None:
        super().__init__(HttpSettings(timeout=timeout, max_attempts=max_attempts, base_delay=base_delay,
                                      max_delay=max_delay, rpm=rpm, concurrency=concurrency))
        self.taxonomy = load_taxonomy("perspective")
        if isinstance(attributes, str):
            attributes = [a.strip() for a in attributes.split(",") if a.strip()]
        if not attributes:
            raise ClassifierError(f"{self.name}: at least one attribute is needed")
        unknown = [a for a in attributes if self.taxonomy.resolve(a) is None]
        if unknown:
            raise ClassifierError(
                f"{self.name}: unknown attributes {unknown}; known: {', '.join(self.taxonomy.ids)}"
            )
        if not 0.0 <= threshold <= 1.0:
            raise ClassifierError(f"{self.name}: threshold must be in [0, 1], got {threshold}")
        # API names are sent as given (e.g. TOXICITY_EXPERIMENTAL); scores land on the taxonomy id
        self.attributes = tuple(a.upper() for a in attributes)
        self.threshold = threshold
        self.languages = tuple(languages) if languages else None
        self.do_not_store = do_not_store
        self.span_annotations = span_annotations
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self._api_key = env_value(api_key, "PERSPECTIVE_API_KEY", "API key", self.name)
        self._secrets.append(self._api_key)

    def describe(self) -> dict[str, Any]:
        """Id, endpoint, attributes, threshold and settings (never the key)."""
        return {
            "id": self.name, "version": __version__, "base_url": self.base_url, "taxonomy": self.taxonomy.id,
            "attributes": list(self.attributes), "threshold": self.threshold,
            "languages": list(self.languages) if self.languages else None, "do_not_store": self.do_not_store,
            "http": self.http.to_dict(),
        }

    def request_body(self, text: str) -> dict[str, Any]:
        """The documented ``comments:analyze`` body for one text."""
        body: dict[str, Any] = {
            "comment": {"text": text, "type": "PLAIN_TEXT"},
            "requestedAttributes": {a: {} for a in self.attributes},
            "doNotStore": self.do_not_store,
            "spanAnnotations": self.span_annotations,
        }
        if self.languages:
            body["languages"] = list(self.languages)
        return body

    async def _classify_all(
        self, client: httpx.AsyncClient, gate: asyncio.Semaphore, conversations: Sequence[Conversation]
    ) -> list[Verdict]:
        async def one(conv: Conversation) -> Verdict:
            try:
                text = conv.last.text
            except InputError as e:
                return self.unassessed(str(e))
            if not text.strip():
                return self.unassessed("no text to analyse (Perspective rejects empty comments)")
            try:
                data = await self.post(client, gate, f"{self.base_url}/comments:analyze", self.request_body(text),
                                       params={"key": self._api_key})
            except RequestFailed as e:
                return self.unassessed(str(e))
            return self._verdict(data)

        return list(await asyncio.gather(*(one(c) for c in conversations)))

    def _verdict(self, data: Any) -> Verdict:
        scores_raw = data.get("attributeScores") if isinstance(data, Mapping) else None
        if not isinstance(scores_raw, Mapping):
            return self.unassessed("answer lacks 'attributeScores'")
        scores: dict[str, float] = {}
        spans: dict[str, Any] = {}
        for attr in self.attributes:
            entry = scores_raw.get(attr)
            value = entry.get("summaryScore", {}).get("value") if isinstance(entry, Mapping) else None
            if not isinstance(value, int | float):
                return self.unassessed(f"answer lacks summaryScore.value for {attr}")
            cid = self.taxonomy.resolve(attr) or attr
            scores[cid] = max(scores.get(cid, 0.0), float(value))
            if isinstance(entry, Mapping) and entry.get("spanScores"):
                spans[cid] = entry["spanScores"]
        extra: dict[str, Any] = {}
        for key, name in (("languages", "languages"), ("detectedLanguages", "detected_languages")):
            if isinstance(data, Mapping) and data.get(key):
                extra[name] = data[key]
        if spans:
            extra["span_scores"] = spans
        categories = [c for c, s in scores.items() if s >= self.threshold]
        return Verdict(
            taxonomy=self.taxonomy.id,
            flagged=bool(categories),
            unsafe_score=max(scores.values()),
            scores=scores,
            categories=categories,
            uncovered=[c for c in self.taxonomy.ids if c not in scores],
            classifier=self.name,
            extra=extra,
        )


def make_perspective(**options: Any) -> PerspectiveGuard:
    """Factory for the registry name ``perspective``."""
    return PerspectiveGuard(**options)
