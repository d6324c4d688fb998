"""Hosted moderation APIs as guards: OpenAI moderation, Google Jigsaw Perspective, Azure AI Content Safety.

Each is a plain HTTP client of the documented schema (httpx), with keys from the environment, retries with
backoff on 429/5xx/timeouts honouring ``Retry-After``, an optional requests-per-minute cap and bounded
concurrency. A request that fails for good gives an unassessed verdict with the reason, never a safe one.
"""

from ._azure import AzureContentSafetyGuard, make_azure_content_safety, split_text
from ._http import HttpSettings, parse_retry_after
from ._openai import OpenAIModerationGuard, make_openai_moderation
from ._perspective import PerspectiveGuard, make_perspective

__all__ = [
    "AzureContentSafetyGuard",
    "HttpSettings",
    "OpenAIModerationGuard",
    "PerspectiveGuard",
    "make_azure_content_safety",
    "make_openai_moderation",
    "make_perspective",
    "parse_retry_after",
    "split_text",
]
