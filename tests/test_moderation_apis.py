"""Moderation APIs as guards (OpenAI, Perspective, Azure AI Content Safety) against a local HTTP server.

The server speaks each documented schema on 127.0.0.1, records every request (path, query, headers, body)
and answers from a script, so retries, batching, chunking and failure handling are checked end to end.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from hazmat.classifiers.apis import (
    AzureContentSafetyGuard,
    OpenAIModerationGuard,
    PerspectiveGuard,
    make_azure_content_safety,
    make_openai_moderation,
    make_perspective,
    parse_retry_after,
    split_text,
)
from hazmat.errors import ClassifierError
from hazmat.taxonomy import Crosswalk, load_taxonomy, translate
from hazmat.types import ContentPart, Conversation, Message

FAST = {"base_delay": 0.01, "max_delay": 0.05, "timeout": 5.0}
OPENAI_KEYS = [c.id for c in load_taxonomy("openai")]


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


Responder = Callable[[Seen], tuple[int, dict[str, str], Any]]


@dataclass
class FakeApi:
    """A scripted HTTP server; ``respond`` gets each request and returns (status, headers, JSON body)."""

    respond: Responder
    seen: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> None:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                parts = urlsplit(self.path)
                seen = Seen("POST", parts.path, parse_qs(parts.query),
                            {k.lower(): v for k, v in self.headers.items()}, json.loads(raw or b"null"))
                with api.lock:
                    api.seen.append(seen)
                status, headers, body = api.respond(seen)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_api() -> Iterator[Callable[[Responder], FakeApi]]:
    servers: list[FakeApi] = []

    def make(respond: Responder) -> FakeApi:
        api = FakeApi(respond)
        api.start()
        servers.append(api)
        return api

    yield make
    for s in servers:
        s.stop()


@pytest.fixture(autouse=True)
def _no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PERSPECTIVE_API_KEY",
                "AZURE_CONTENT_SAFETY_ENDPOINT", "AZURE_CONTENT_SAFETY_KEY"):
        monkeypatch.delenv(var, raising=False)


# ---- OpenAI moderation ------------------------------------------------------------------------------------


def openai_result(text: str) -> dict[str, Any]:
    """Violence flagged when the text says 'kill'; everything else low."""
    violent = "kill" in text
    scores = {k: 0.01 for k in OPENAI_KEYS}
    cats = dict.fromkeys(OPENAI_KEYS, False)
    if violent:
        scores["violence"] = 0.93
        cats["violence"] = True
    return {"flagged": violent, "categories": cats, "category_scores": scores,
            "category_applied_input_types": {k: ["text"] for k in OPENAI_KEYS}}


def openai_ok(seen: Seen) -> tuple[int, dict[str, str], Any]:
    inp = seen.body["input"]
    if isinstance(inp, str):
        results = [openai_result(inp)]
    elif inp and isinstance(inp[0], dict):  # multimodal parts: one result for the whole input
        results = [openai_result(" ".join(p.get("text", "") for p in inp))]
    else:
        results = [openai_result(t) for t in inp]
    return 200, {}, {"id": "modr-1", "model": "omni-moderation-2024-09-26", "results": results}


def test_openai_verdicts_request_shape_and_hub_translation(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(openai_ok)
    guard = OpenAIModerationGuard(base_url=api.url + "/v1", api_key="sk-test", **FAST)
    convs = [Conversation.of("I will kill you"), Conversation.of(("user", "hi"), ("assistant", "hello there"))]
    v1, v2 = guard.classify(convs)

    (req,) = api.seen
    assert req.path == "/v1/moderations"
    assert req.headers["authorization"] == "Bearer sk-test"
    assert req.body == {"model": "omni-moderation-latest", "input": ["I will kill you", "hello there"]}

    assert v1.taxonomy == "openai" and v1.flagged is True and v1.categories == ["violence"]
    assert v1.scores["violence"] == pytest.approx(0.93) and v1.unsafe_score == pytest.approx(0.93)
    assert set(v1.scores) == set(OPENAI_KEYS) and v1.uncovered == []
    assert v1.classifier == "openai-moderation" and v1.extra["model"] == "omni-moderation-2024-09-26"
    assert v2.flagged is False and v2.categories == [] and v2.unsafe_score == pytest.approx(0.01)

    hub = translate(v1, "hazmat")
    assert hub.taxonomy == "hazmat" and "violent_crimes" in hub.categories
    assert hub.scores["violent_crimes"] == pytest.approx(0.93)

    d = guard.describe()
    assert d["id"] == "openai-moderation" and d["model"] == "omni-moderation-latest"
    assert "sk-test" not in json.dumps(d)


def test_openai_batches_40_inputs_into_two_requests(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(openai_ok)
    guard = make_openai_moderation(base_url=api.url, api_key="k", **FAST)
    texts = [f"text {i}" + (" kill" if i % 10 == 0 else "") for i in range(40)]
    verdicts = guard.classify([Conversation.of(t) for t in texts])
    assert sorted(len(r.body["input"]) for r in api.seen) == [8, 32]
    assert [v.flagged for v in verdicts] == [i % 10 == 0 for i in range(40)]
    # order kept across batches
    assert {tuple(r.body["input"][:1]) for r in api.seen} == {("text 0 kill",), ("text 32",)}


def test_openai_multimodal_parts_sent_as_openai_parts(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(openai_ok)
    guard = OpenAIModerationGuard(base_url=api.url, api_key="k", **FAST)
    msg = Message(role="user", content=(ContentPart(type="text", text="kill it"),
                                         ContentPart(type="image_url", url="data:image/png;base64,AAAA")))
    v_img, v_txt = guard.classify([Conversation(messages=(msg,)), Conversation.of("fine")])
    bodies = sorted((r.body["input"] for r in api.seen), key=lambda b: json.dumps(b))
    assert {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}} in bodies[1]
    assert bodies[0] == ["fine"]
    assert v_img.flagged is True and v_txt.flagged is False


def test_openai_429_with_retry_after_then_success(fake_api: Callable[[Responder], FakeApi]) -> None:
    calls = {"n": 0}

    def respond(seen: Seen) -> tuple[int, dict[str, str], Any]:
        calls["n"] += 1
        if calls["n"] == 1:
            return 429, {"Retry-After": "1"}, {"error": {"message": "Rate limit", "code": "rate_limit_exceeded"}}
        return openai_ok(seen)

    api = fake_api(respond)
    guard = OpenAIModerationGuard(base_url=api.url, api_key="k", **FAST)
    t0 = time.monotonic()
    (v,) = guard.classify([Conversation.of("kill")])
    assert time.monotonic() - t0 >= 0.9  # waited the server's Retry-After, not the 0.05 s backoff cap
    assert len(api.seen) == 2 and v.flagged is True and v.unassessed is None


def test_openai_500_until_exhaustion_is_unassessed(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(lambda s: (500, {}, {"error": {"message": "boom"}}))
    guard = OpenAIModerationGuard(base_url=api.url, api_key="sk-secret", max_attempts=3, **FAST)
    verdicts = guard.classify([Conversation.of("a"), Conversation.of("b")])
    assert len(api.seen) == 3  # one batch, three attempts
    for v in verdicts:
        assert v.flagged is None and v.unassessed is not None
        assert "3 attempts" in v.unassessed and "HTTP 500" in v.unassessed and "boom" in v.unassessed
        assert "sk-secret" not in v.unassessed


def test_openai_client_error_is_not_retried(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(lambda s: (401, {}, {"error": {"message": "Incorrect API key", "code": "invalid_api_key"}}))
    (v,) = OpenAIModerationGuard(base_url=api.url, api_key="k", **FAST).classify([Conversation.of("x")])
    assert len(api.seen) == 1 and v.flagged is None and "HTTP 401" in (v.unassessed or "")


def test_openai_timeout_and_dead_server_are_unassessed() -> None:
    guard = OpenAIModerationGuard(base_url="http://127.0.0.1:9", api_key="k", max_attempts=2, **FAST)
    (v,) = guard.classify([Conversation.of("x")])
    assert v.flagged is None and "connection failed" in (v.unassessed or "")


def test_missing_keys_raise_classifier_error_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ClassifierError, match="OPENAI_API_KEY"):
        OpenAIModerationGuard()
    with pytest.raises(ClassifierError, match="PERSPECTIVE_API_KEY"):
        PerspectiveGuard()
    with pytest.raises(ClassifierError, match="AZURE_CONTENT_SAFETY_ENDPOINT"):
        AzureContentSafetyGuard(key="k")
    with pytest.raises(ClassifierError, match="AZURE_CONTENT_SAFETY_KEY"):
        AzureContentSafetyGuard(endpoint="https://x.cognitiveservices.azure.com")
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://example.invalid/v1/")
    g = OpenAIModerationGuard()
    assert g.base_url == "http://example.invalid/v1" and "env-key" not in json.dumps(g.describe())


# ---- Perspective ------------------------------------------------------------------------------------------


def perspective_ok(seen: Seen) -> tuple[int, dict[str, str], Any]:
    text = seen.body["comment"]["text"]
    hostile = "idiot" in text
    values = {"TOXICITY": 0.91 if hostile else 0.05, "INSULT": 0.88 if hostile else 0.02}
    return 200, {}, {
        "attributeScores": {
            a: {"summaryScore": {"value": values.get(a, 0.1), "type": "PROBABILITY"},
                "spanScores": [{"begin": 0, "end": len(text), "score": {"value": values.get(a, 0.1)}}]}
            for a in seen.body["requestedAttributes"]
        },
        "languages": ["en"], "detectedLanguages": ["en"],
    }


def test_perspective_request_and_verdict(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(perspective_ok)
    guard = make_perspective(api_key="pk", base_url=api.url + "/v1alpha1", languages=["en"], **FAST)
    v_bad, v_ok = guard.classify([Conversation.of("you idiot"), Conversation.of("have a nice day")])

    assert len(api.seen) == 2  # one text per request
    for req in api.seen:
        assert req.path == "/v1alpha1/comments:analyze"
        assert req.query == {"key": ["pk"]}
        assert req.body["doNotStore"] is True and req.body["languages"] == ["en"]
        assert set(req.body["requestedAttributes"]) == {
            "TOXICITY", "SEVERE_TOXICITY", "IDENTITY_ATTACK", "INSULT", "PROFANITY", "THREAT"}
        assert all(v == {} for v in req.body["requestedAttributes"].values())
    assert {r.body["comment"]["text"] for r in api.seen} == {"you idiot", "have a nice day"}

    assert v_bad.taxonomy == "perspective" and v_bad.flagged is True
    assert sorted(v_bad.categories) == ["INSULT", "TOXICITY"] and v_bad.unsafe_score == pytest.approx(0.91)
    assert v_bad.uncovered == ["SEXUALLY_EXPLICIT"] and v_bad.extra["detected_languages"] == ["en"]
    assert v_ok.flagged is False and v_ok.categories == []

    tax = load_taxonomy("perspective")
    assert tax.path is not None and tax.path.name == "perspective.yaml"
    hub = Crosswalk(tax, "hazmat").map_verdict(v_bad)
    assert hub.taxonomy == "hazmat" and hub.categories == ["harassment"]
    assert hub.scores["harassment"] == pytest.approx(0.91) and hub.scores["hate"] == pytest.approx(0.1)
    assert translate(hub, "hazmat") is hub
    assert "pk" not in json.dumps(guard.describe())


def test_perspective_threshold_attributes_and_errors(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(perspective_ok)
    guard = PerspectiveGuard(api_key="pk", base_url=api.url, attributes=["TOXICITY", "THREAT"], threshold=0.95,
                             **FAST)
    (v,) = guard.classify([Conversation.of("you idiot")])
    assert set(api.seen[0].body["requestedAttributes"]) == {"TOXICITY", "THREAT"}
    assert v.flagged is False and set(v.scores) == {"TOXICITY", "THREAT"}
    (empty,) = guard.classify([Conversation.of("   ")])
    assert empty.flagged is None and "empty" in (empty.unassessed or "")
    with pytest.raises(ClassifierError, match="unknown attributes"):
        PerspectiveGuard(api_key="pk", attributes=["NOPE"])


def test_perspective_unsupported_language_is_unassessed_and_key_scrubbed(
    fake_api: Callable[[Responder], FakeApi],
) -> None:
    message = "Attribute THREAT does not support request languages: xx"
    api = fake_api(lambda s: (400, {}, {"error": {"code": 400, "status": "INVALID_ARGUMENT", "message": message}}))
    (v,) = PerspectiveGuard(api_key="pk-secret", base_url=api.url, **FAST).classify([Conversation.of("hola")])
    assert len(api.seen) == 1 and v.flagged is None
    assert "does not support request languages" in (v.unassessed or "") and "pk-secret" not in (v.unassessed or "")


# ---- Azure AI Content Safety ------------------------------------------------------------------------------


def azure_answer(severities: dict[str, int]) -> dict[str, Any]:
    return {"blocklistsMatch": [],
            "categoriesAnalysis": [{"category": c, "severity": s} for c, s in severities.items()]}


def azure_ok(seen: Seen) -> tuple[int, dict[str, str], Any]:
    text = seen.body["text"]
    sev = {c: 0 for c in seen.body["categories"]}
    if "blood" in text:
        sev["Violence"] = 4
    if "sad" in text:
        sev["SelfHarm"] = 2
    return 200, {}, azure_answer(sev)


def test_azure_request_and_verdict(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(azure_ok)
    guard = make_azure_content_safety(endpoint=api.url + "/", key="az-key", **FAST)
    v_bad, v_ok = guard.classify([Conversation.of("blood everywhere, so sad"), Conversation.of("a sunny day")])

    for req in api.seen:
        assert req.path == "/contentsafety/text:analyze"
        assert req.query == {"api-version": ["2023-10-01"]}
        assert req.headers["ocp-apim-subscription-key"] == "az-key"
        assert req.body["categories"] == ["Hate", "SelfHarm", "Sexual", "Violence"]
        assert req.body["outputType"] == "FourSeverityLevels"

    assert v_bad.taxonomy == "azure-content-safety" and v_bad.flagged is True
    assert sorted(v_bad.categories) == ["SelfHarm", "Violence"]
    assert v_bad.scores["Violence"] == pytest.approx(4 / 6) and v_bad.scores["SelfHarm"] == pytest.approx(2 / 6)
    assert v_bad.unsafe_score == pytest.approx(4 / 6) and v_bad.extra["severities"]["Violence"] == 4
    assert v_ok.flagged is False and v_ok.unsafe_score == 0.0

    tax = load_taxonomy("azure-content-safety")
    hub = Crosswalk(tax, "hazmat").map_verdict(v_bad)
    assert {"violent_crimes", "graphic_violence", "self_harm"} <= set(hub.categories)
    assert "hate" not in hub.categories and hub.scores["graphic_violence"] == pytest.approx(4 / 6)
    assert "az-key" not in json.dumps(guard.describe())


def test_azure_eight_levels_and_threshold(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(lambda s: (200, {}, azure_answer({"Hate": 3, "SelfHarm": 0, "Sexual": 1, "Violence": 0})))
    guard = AzureContentSafetyGuard(endpoint=api.url, key="k", output_type="EightSeverityLevels",
                                    severity_threshold=3, **FAST)
    (v,) = guard.classify([Conversation.of("x")])
    assert api.seen[0].body["outputType"] == "EightSeverityLevels"
    assert v.categories == ["Hate"] and v.scores["Hate"] == pytest.approx(3 / 7)
    assert v.scores["Sexual"] == pytest.approx(1 / 7)


def test_azure_long_text_is_chunked_and_max_severity_kept(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(azure_ok)
    guard = AzureContentSafetyGuard(endpoint=api.url, key="k", **FAST)
    text = ("calm words " * 1500) + "blood " + ("calm words " * 1000)  # ~27.5k characters
    (v,) = guard.classify([Conversation.of(text)])
    chunks = [r.body["text"] for r in api.seen]
    assert len(chunks) == 3 and all(len(c) <= 10_000 for c in chunks)
    assert sorted(chunks) == sorted(split_text(text)) and "".join(split_text(text)) == text
    assert v.extra["chunks"] == 3 and v.extra["severities"]["Violence"] == 4 and v.flagged is True
    assert split_text("short") == ["short"]


def test_azure_500s_until_exhaustion_are_unassessed(fake_api: Callable[[Responder], FakeApi]) -> None:
    api = fake_api(lambda s: (503, {"Retry-After": "0"}, {"error": {"code": "ServiceUnavailable", "message": "busy"}}))
    guard = AzureContentSafetyGuard(endpoint=api.url, key="k", max_attempts=2, **FAST)
    (v,) = guard.classify([Conversation.of("x")])
    assert len(api.seen) == 2 and v.flagged is None and "HTTP 503" in (v.unassessed or "")


# ---- shared plumbing ----------------------------------------------------------------------------------------


def test_rate_cap_and_bounded_concurrency(fake_api: Callable[[Responder], FakeApi]) -> None:
    state = {"now": 0, "max": 0}
    lock = threading.Lock()

    def respond(seen: Seen) -> tuple[int, dict[str, str], Any]:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        return perspective_ok(seen)

    api = fake_api(respond)
    guard = PerspectiveGuard(api_key="k", base_url=api.url, concurrency=2, rpm=None, **FAST)
    guard.classify([Conversation.of(f"t{i}") for i in range(6)])
    assert state["max"] <= 2 and len(api.seen) == 6

    capped = PerspectiveGuard(api_key="k", base_url=api.url, rpm=120, **FAST)  # burst 120, then 2/s
    assert capped.describe()["http"]["rpm"] == 120
    assert capped._bucket is not None and capped._bucket.capacity == 120


def test_parse_retry_after() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_taxonomy_files_link_to_the_hub() -> None:
    p = load_taxonomy("perspective")
    assert {c.id: c.hub for c in p}["IDENTITY_ATTACK"] == ("hate",)
    a = load_taxonomy("azure-content-safety")
    assert {c.id: c.hub for c in a}["Violence"] == ("violent_crimes", "graphic_violence")
    assert load_taxonomy(str(a.path)).ids == a.ids


def test_api_verdicts_translate_to_any_taxonomy() -> None:
    from hazmat.taxonomy import translate
    from hazmat.types import Verdict

    threat = Verdict(taxonomy="perspective", flagged=True, unsafe_score=0.9, scores={"THREAT": 0.9},
                     categories=["THREAT"])
    assert "threats" in translate(threat, "hazmat").categories
    hate = Verdict(taxonomy="azure-content-safety", flagged=True, unsafe_score=0.67, scores={"Hate": 0.67},
                   categories=["Hate"])
    assert "hate" in translate(hate, "openai").categories
