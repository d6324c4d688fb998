"""The engine: robust model calls (adaptive concurrency, rate caps, retries, cache) and the SQLite run store.

It knows the protocols (ChatModel), not the providers or the suites.
"""

from ._cache import ResponseCache, cache_key, default_cache_dir
from ._caller import CallStats, ManagedChatModel, ResilientCaller, estimate_tokens, text_tokens
from ._limits import AdaptiveConcurrency, RateCaps, TokenBucket
from ._retry import RetryPolicy
from ._store import RunStore, StoredResponse

__all__ = [
    "AdaptiveConcurrency",
    "CallStats",
    "ManagedChatModel",
    "RateCaps",
    "ResilientCaller",
    "ResponseCache",
    "RetryPolicy",
    "RunStore",
    "StoredResponse",
    "TokenBucket",
    "cache_key",
    "default_cache_dir",
    "estimate_tokens",
    "text_tokens",
]
