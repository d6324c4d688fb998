"""Azure AI Content Safety text analysis (``POST {endpoint}/contentsafety/text:analyze``) as a guard."""

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

MAX_TEXT = 10_000
CATEGORIES = ("Hate", "SelfHarm", "Sexual", "Violence")
OUTPUT_TYPES = {"FourSeverityLevels": 6, "EightSeverityLevels": 7}


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, preferring to cut after whitespace."""
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = max(text.rfind(" ", start + limit // 2, end), text.rfind("\n", start + limit // 2, end))
        end = cut + 1 if cut > start else end
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


class AzureContentSafetyGuard(ApiGuard):
    """Azure AI Content Safety: a severity per category for the last message of each conversation.

    Texts over 10,000 characters are split into chunks, one request each, and the highest severity per
    category is kept. ``scores`` are severity / highest severity (6 for four levels, 7 for eight);
    ``categories`` are those with severity ≥ ``severity_threshold``; ``flagged`` is whether any is, or a
    blocklist matched. ``extra["severities"]`` keeps the raw severities.
    """

    name = "azure-content-safety"

    def __init__(
        self,
        endpoint: str | None = None,
        key: str | None = None,
        api_version: str = "2023-10-01",
        output_type: str = "FourSeverityLevels",
        severity_threshold: int = 2,
        *,
        categories: Sequence[str] = CATEGORIES,
        blocklist_names: Sequence[str] = (),
        halt_on_blocklist_hit: bool = False,
        timeout: float = 30.0,
        max_attempts: int = 6,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        rpm: float | None = None,
        concurrency: int = 4,
    ) -> None:
        super().__init__(HttpSettings(timeout=timeout, max_attempts=max_attempts, base_delay=base_delay,
                                      max_delay=max_delay, rpm=rpm, concurrency=concurrency))
        self.taxonomy = load_taxonomy("azure-content-safety")
        if output_type not in OUTPUT_TYPES:
            raise ClassifierError(
                f"{self.name}: output_type must be one of {sorted(OUTPUT_TYPES)}, got {output_type!r}"
            )
        if isinstance(categories, str):
            categories = [c.strip() for c in categories.split(",") if c.strip()]
        resolved = [self.taxonomy.resolve(c) for c in categories]
        if not categories or None in resolved:
            raise ClassifierError(f"{self.name}: categories must be a non-empty subset of {list(CATEGORIES)}")
        self.categories = tuple(c for c in resolved if c is not None)
        self.max_severity = OUTPUT_TYPES[output_type]
        if not 0 <= severity_threshold <= self.max_severity:
            raise ClassifierError(f"{self.name}: severity_threshold must be in [0, {self.max_severity}]")
        self.api_version = api_version
        self.output_type = output_type
        self.severity_threshold = severity_threshold
        self.blocklist_names = tuple(blocklist_names)
        self.halt_on_blocklist_hit = halt_on_blocklist_hit
        self.endpoint = env_value(endpoint, "AZURE_CONTENT_SAFETY_ENDPOINT", "endpoint", self.name).rstrip("/")
        self._key = env_value(key, "AZURE_CONTENT_SAFETY_KEY", "key", self.name)
        self._secrets.append(self._key)

    def describe(self) -> dict[str, Any]:
        """Id, endpoint, API version, output type, threshold and settings (never the key)."""
        return {
            "id": self.name, "version": __version__, "endpoint": self.endpoint, "api_version": self.api_version,
            "taxonomy": self.taxonomy.id, "categories": list(self.categories), "output_type": self.output_type,
            "severity_threshold": self.severity_threshold, "blocklist_names": list(self.blocklist_names),
            "http": self.http.to_dict(),
        }

    def request_body(self, text: str) -> dict[str, Any]:
        """The documented ``text:analyze`` body for one chunk (≤ 10,000 characters)."""
        body: dict[str, Any] = {"text": text, "categories": list(self.categories), "outputType": self.output_type}
        if self.blocklist_names:
            body["blocklistNames"] = list(self.blocklist_names)
            body["haltOnBlocklistHit"] = self.halt_on_blocklist_hit
        return body

    async def _classify_all(
        self, client: httpx.AsyncClient, gate: asyncio.Semaphore, conversations: Sequence[Conversation]
    ) -> list[Verdict]:
        url = f"{self.endpoint}/contentsafety/text:analyze"
        headers = {"Ocp-Apim-Subscription-Key": self._key}
        params = {"api-version": self.api_version}

        async def one(conv: Conversation) -> Verdict:
            try:
                text = conv.last.text
            except InputError as e:
                return self.unassessed(str(e))
            chunks = split_text(text)
            try:
                answers = await asyncio.gather(
                    *(self.post(client, gate, url, self.request_body(c), headers=headers, params=params)
                      for c in chunks)
                )
            except RequestFailed as e:
                return self.unassessed(str(e) if len(chunks) == 1 else f"a chunk of {len(chunks)} failed: {e}")
            return self._verdict(answers, len(chunks))

        return list(await asyncio.gather(*(one(c) for c in conversations)))

    def _verdict(self, answers: Sequence[Any], n_chunks: int) -> Verdict:
        severities: dict[str, int] = {}
        matches: list[Any] = []
        for data in answers:
            analysis = data.get("categoriesAnalysis") if isinstance(data, Mapping) else None
            if not isinstance(analysis, list):
                return self.unassessed("answer lacks 'categoriesAnalysis'")
            for item in analysis:
                if not isinstance(item, Mapping):
                    continue
                cid = self.taxonomy.resolve(str(item.get("category", "")))
                sev = item.get("severity")
                if cid is None or not isinstance(sev, int):
                    continue
                severities[cid] = max(severities.get(cid, 0), sev)
            matches.extend(data.get("blocklistsMatch") or [])
        missing = [c for c in self.categories if c not in severities]
        if missing and not (matches and self.halt_on_blocklist_hit):
            return self.unassessed(f"answer lacks a severity for {missing}")
        scores = {c: min(1.0, s / self.max_severity) for c, s in severities.items()}
        categories = [c for c, s in severities.items() if s >= self.severity_threshold]
        extra: dict[str, Any] = {"severities": severities, "output_type": self.output_type}
        if n_chunks > 1:
            extra["chunks"] = n_chunks
        if matches:
            extra["blocklists_match"] = matches
        return Verdict(
            taxonomy=self.taxonomy.id,
            flagged=bool(categories) or bool(matches),
            unsafe_score=max(scores.values(), default=1.0 if matches else 0.0),
            scores=scores,
            categories=categories,
            uncovered=[c for c in self.taxonomy.ids if c not in scores],
            classifier=self.name,
            extra=extra,
        )


def make_azure_content_safety(**options: Any) -> AzureContentSafetyGuard:
    """Factory for the registry name ``azure-content-safety``."""
    return AzureContentSafetyGuard(**options)
