"""Prometheus metrics of one server instance, on its own registry (two apps in one process never mix).

Names (``_total``/``_bucket``… suffixes added by the exposition format):

- ``hazmat_http_requests_total{route,status}`` and ``hazmat_http_request_duration_seconds{route}``
- ``hazmat_batch_size`` (conversations per guard call) and ``hazmat_guard_duration_seconds``
- ``hazmat_inputs_total{route}``, ``hazmat_flagged_total{route}``, ``hazmat_flagged_category_total{taxonomy,category}``,
  ``hazmat_unassessed_total{route}``
- ``hazmat_rate_limited_total{key}``, ``hazmat_auth_failures_total``, ``hazmat_guard_errors_total``
- ``hazmat_proxy_blocked_total{stage}`` (``prompt``, ``response`` or ``stream``; counted by the chat proxy)
"""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from ..types import Verdict

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0,
                   2.5, 5.0, 10.0, 30.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)
ROUTES = ("/v1/moderations", "/v1/classify", "/v1/chat/completions", "/healthz", "/metrics")

__all__ = ["CONTENT_TYPE_LATEST", "ROUTES", "ServerMetrics"]


def route_label(path: str) -> str:
    """The route a path belongs to, or ``other`` (keeps label cardinality bounded)."""
    return path if path in ROUTES else "other"


class ServerMetrics:
    """The counters and histograms of one app; ``render()`` gives the Prometheus text."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("hazmat_http_requests", "HTTP requests by route and status code.",
                                ["route", "status"], registry=r)
        self.latency = Histogram("hazmat_http_request_duration_seconds", "Request latency by route (whole "
                                 "response, streams included).", ["route"], buckets=LATENCY_BUCKETS, registry=r)
        self.batch_size = Histogram("hazmat_batch_size", "Conversations classified per guard call.",
                                    buckets=BATCH_BUCKETS, registry=r)
        self.guard_seconds = Histogram("hazmat_guard_duration_seconds", "Seconds per guard call.",
                                       buckets=LATENCY_BUCKETS, registry=r)
        self.inputs = Counter("hazmat_inputs", "Inputs classified, by route.", ["route"], registry=r)
        self.flagged = Counter("hazmat_flagged", "Inputs flagged, by route.", ["route"], registry=r)
        self.flagged_category = Counter("hazmat_flagged_category", "Flagged inputs per asserted category.",
                                        ["taxonomy", "category"], registry=r)
        self.unassessed = Counter("hazmat_unassessed", "Inputs the guard could not assess (answered flagged).",
                                  ["route"], registry=r)
        self.rate_limited = Counter("hazmat_rate_limited", "Requests refused with 429, by key name.", ["key"],
                                    registry=r)
        self.auth_failures = Counter("hazmat_auth_failures", "Requests refused with 401.", registry=r)
        self.guard_errors = Counter("hazmat_guard_errors", "Guard calls that raised.", registry=r)
        self.proxy_blocked = Counter("hazmat_proxy_blocked", "Chat requests blocked by the proxy, by stage.",
                                     ["stage"], registry=r)

    def observe_request(self, route: str, status: int, seconds: float) -> None:
        """One finished HTTP request."""
        self.requests.labels(route, str(status)).inc()
        self.latency.labels(route).observe(seconds)

    def observe_batch(self, size: int, seconds: float) -> None:
        """One guard call over ``size`` conversations."""
        self.batch_size.observe(size)
        self.guard_seconds.observe(seconds)

    def observe_verdicts(self, route: str, verdicts: Iterable[Verdict]) -> None:
        """Count inputs, flags per category and unassessed items of one request."""
        n = 0
        for v in verdicts:
            n += 1
            if v.unassessed is not None:
                self.unassessed.labels(route).inc()
                self.flagged.labels(route).inc()
                continue
            if v.flagged:
                self.flagged.labels(route).inc()
                for c in v.categories:
                    self.flagged_category.labels(v.taxonomy, c).inc()
        self.inputs.labels(route).inc(n)

    def blocked(self, stage: str) -> None:
        """The chat proxy refused a prompt (``stage="prompt"``) or an answer (``"response"``, ``"stream"``)."""
        self.proxy_blocked.labels(stage).inc()

    def guard_error(self) -> None:
        """A guard call raised (or could not judge, for the chat proxy)."""
        self.guard_errors.inc()

    def render(self) -> bytes:
        """The Prometheus text exposition of this registry."""
        return generate_latest(self.registry)
