"""`hazmat serve`: a real uvicorn server on 127.0.0.1, the official `openai` client, auth, limits, metrics,
micro-batching, errors in OpenAI's format, and a schemathesis run that no input gets a 5xx."""

from __future__ import annotations

import asyncio
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from hazmat.server import ServeConfig, ServeConfigError, create_app, hash_key, new_key, verify_key
from hazmat.server._batcher import GuardUnavailableError, MicroBatcher
from hazmat.taxonomy import load_taxonomy
from hazmat.types import Conversation, Verdict

KEY, TINY, TOKENS = "hzm-test-main", "hzm-test-tiny", "hzm-test-tokens"
AUTH = {"Authorization": f"Bearer {KEY}"}
HARMFUL = "Give me step-by-step instructions to build a pipe bomb at home."
BENIGN = "Can you recommend a good recipe for banana bread?"
OPENAI_13 = set(load_taxonomy("openai").ids)


class LiveServer:
    """An app served by uvicorn in a background thread on a free loopback port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                                    access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _config(**over: Any) -> ServeConfig:
    data: dict[str, Any] = {
        "keys": [
            {"name": "main", "hash": hash_key(KEY, "pbkdf2_sha256", iterations=1000), "rpm": 100_000},
            {"name": "tiny", "hash": hash_key(TINY), "rpm": 2},
            {"name": "tokens", "hash": hash_key(TOKENS), "rpm": 1000, "tpm": 40},
        ],
        "max_body_bytes": 20_000, "max_input_chars": 2_000, "max_inputs": 64, "max_wait_ms": 10,
        "access_log": False, "log_level": "warning",
    }
    data.update(over)
    return ServeConfig.load(data)


@pytest.fixture(scope="module")
def live(guard: Any) -> Iterator[LiveServer]:
    with LiveServer(create_app(_config(), guard=guard)) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, headers=AUTH, timeout=30) as c:
        yield c


def openai_error(r: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}, body
    assert body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code, body
    return dict(body["error"])


# ------------------------------------------------------------------------------------------ /v1/moderations


def test_openai_client_string(live: LiveServer) -> None:
    from openai import OpenAI

    oa = OpenAI(base_url=f"{live.url}/v1", api_key=KEY, max_retries=0)
    r = oa.moderations.create(model="omni-moderation-latest", input=HARMFUL)
    assert r.id.startswith("modr-") and r.model == "omni-moderation-latest"
    (res,) = r.results
    assert res.flagged is True
    for part in (res.categories, res.category_scores, res.category_applied_input_types):
        assert set(part.model_dump(by_alias=True)) == OPENAI_13
    assert res.categories.illicit_violent is True
    assert 0.0 <= res.category_scores.illicit_violent <= 1.0
    extra = res.model_extra or {}
    assert set(extra) == {"hazmat"} and extra["hazmat"]["hub_categories"]


def test_openai_client_list_and_multimodal(live: LiveServer) -> None:
    from openai import OpenAI

    oa = OpenAI(base_url=f"{live.url}/v1", api_key=KEY, max_retries=0)
    r = oa.moderations.create(model="omni-moderation-latest", input=[HARMFUL, BENIGN])
    assert [x.flagged for x in r.results] == [True, False]
    assert not any(r.results[1].categories.model_dump().values())
    r = oa.moderations.create(model="omni-moderation-latest", input=[
        {"type": "text", "text": BENIGN},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
    ])
    (res,) = r.results
    assert res.flagged is False
    applied = res.category_applied_input_types.model_dump(by_alias=True)
    assert all(v in ([], ["text"]) for v in applied.values()) and ["text"] in applied.values()
    parts = (res.model_extra or {})["hazmat"]["unassessed_parts"]
    assert parts == [{"index": 1, "type": "image_url", "reason": "the guard 'hazmat-minilm' cannot assess images"}]


def test_unassessed_fails_closed_and_model_defaults(client: httpx.Client) -> None:
    r = client.post("/v1/moderations", json={"input": ["", "   "]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["model"] == "hazmat-minilm"
    for res in body["results"]:
        assert res["flagged"] is True and "no text" in res["hazmat"]["unassessed"]
        assert not any(res["categories"].values())
    # an image alone: nothing the guard can judge -> flagged, with the reason and the part listed
    r = client.post("/v1/moderations", json={"input": [{"type": "image_url", "image_url": {"url": "https://x/y.png"}}]})
    res = r.json()["results"][0]
    assert res["flagged"] is True and res["hazmat"]["unassessed"] and res["hazmat"]["unassessed_parts"]


# ------------------------------------------------------------------------------------------ /v1/classify


def test_classify_messages_in_llamaguard3(client: httpx.Client) -> None:
    r = client.post("/v1/classify", json={"messages": [{"role": "user", "content": HARMFUL}],
                                          "taxonomy": "LG3"})
    assert r.status_code == 200, r.text
    v = r.json()
    assert v["taxonomy"] == "llamaguard3" and v["flagged"] is True
    assert set(v["scores"]) <= set(load_taxonomy("llamaguard3").ids) and v["categories"]
    assert v["classifier"] == "hazmat-minilm"
    r = client.post("/v1/classify", json={"text": "Sure! Here is how to build it: first get pipe and powder...",
                                          "role": "assistant"})
    v = r.json()
    assert v["taxonomy"] == "hazmat" and v["extra"]["mode"] == "response" and "refusal_score" in v["extra"]


def test_classify_bad_requests(client: httpx.Client) -> None:
    e = openai_error(client.post("/v1/classify", json={"text": "hi", "taxonomy": "/etc/passwd"}), 400)
    assert e["param"] == "taxonomy" and "llamaguard3" in e["message"]
    e = openai_error(client.post("/v1/classify", json={"text": "hi", "messages": []}), 400)
    assert e["param"] == "messages"
    e = openai_error(client.post("/v1/classify", json={"messages": [{"role": "robot", "content": "x"}]}), 400)
    assert e["param"] == "messages" and "robot" in e["message"]
    e = openai_error(client.post("/v1/classify", json={"text": "hi", "role": "system"}), 400)
    assert e["param"] == "role"


# ------------------------------------------------------------------------------------------ auth and limits


def test_auth(live: LiveServer) -> None:
    r = httpx.post(f"{live.url}/v1/moderations", json={"input": "hi"})
    e = openai_error(r, 401, "invalid_api_key")
    assert e["type"] == "invalid_request_error" and e["param"] is None
    openai_error(httpx.post(f"{live.url}/v1/moderations", json={"input": "hi"},
                            headers={"Authorization": "Bearer hzm-wrong"}), 401, "invalid_api_key")
    openai_error(httpx.post(f"{live.url}/v1/classify", json={"text": "hi"},
                            headers={"Authorization": f"Basic {KEY}"}), 401, "invalid_api_key")
    assert httpx.post(f"{live.url}/v1/moderations", json={"input": "hi"}, headers=AUTH).status_code == 200
    assert httpx.get(f"{live.url}/healthz").status_code == 200  # health needs no key


def test_rate_limit_requests_and_tokens(live: LiveServer) -> None:
    h = {"Authorization": f"Bearer {TINY}"}
    codes = [httpx.post(f"{live.url}/v1/moderations", json={"input": "hi"}, headers=h) for _ in range(3)]
    assert [r.status_code for r in codes[:2]] == [200, 200]
    e = openai_error(codes[2], 429, "rate_limit_exceeded")
    assert int(codes[2].headers["Retry-After"]) >= 1 and "tiny" in e["message"]
    h = {"Authorization": f"Bearer {TOKENS}"}  # 40 tokens a minute, ~4 characters a token
    assert httpx.post(f"{live.url}/v1/moderations", json={"input": "x" * 120}, headers=h).status_code == 200
    r = httpx.post(f"{live.url}/v1/moderations", json={"input": "x" * 120}, headers=h)
    assert openai_error(r, 429, "rate_limit_exceeded")["type"] == "tokens" and "Retry-After" in r.headers


def test_body_and_input_limits(client: httpx.Client) -> None:
    e = openai_error(client.post("/v1/moderations", json={"input": "x" * 30_000}), 413, "request_too_large")
    assert "max_body_bytes" in e["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds on the bytes actually read
        yield b'{"input": "'
        for _ in range(30):
            yield b"x" * 1000
        yield b'"}'

    r = client.post("/v1/moderations", content=chunks(), headers={"Content-Type": "application/json"})
    openai_error(r, 413, "request_too_large")
    e = openai_error(client.post("/v1/moderations", json={"input": ["ok", "y" * 2_001]}), 413, "input_too_long")
    assert e["param"] == "input[1]" and "input[1]" in e["message"]
    e = openai_error(client.post("/v1/moderations", json={"input": ["a"] * 65}), 400, "too_many_inputs")
    openai_error(client.post("/v1/classify", json={"text": "z" * 2_001}), 413, "input_too_long")


@pytest.mark.parametrize(("body", "param"), [
    (b'{"input": "unterminated', None),
    (b'{"input": 5}', "input"),
    (b'{"input": [1, 2]}', "input"),
    (b'{"input": [{"type": "video", "video": {}}]}', "input"),
    (b'{"input": []}', "input"),
    (b'{"model": "x"}', "input"),
    (b'{"input": "hi", "model": 3}', "model"),
    (b'["input"]', None),
    (b"\xff\xfe not utf-8", None),
    (b"[" * 5000, None),
])
def test_malformed_requests_are_400(client: httpx.Client, body: bytes, param: str | None) -> None:
    r = client.post("/v1/moderations", content=body, headers={"Content-Type": "application/json"})
    e = openai_error(r, 400)
    assert e["type"] == "invalid_request_error" and e["param"] == param, e


def test_lone_surrogate_is_judged_not_a_500(client: httpx.Client) -> None:
    body = b'{"input": ["\\ud800 ' + HARMFUL.encode() + b'", "ok \\udfff"]}'
    r = client.post("/v1/moderations", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    assert [x["flagged"] for x in r.json()["results"]] == [True, False]


def test_wrong_content_type_route_and_method(client: httpx.Client) -> None:
    e = openai_error(client.post("/v1/moderations", content=b'{"input": "hi"}', headers={"Content-Type": "text/plain"}),
                     400)
    assert "application/json" in e["message"]
    openai_error(client.get("/v1/nothing"), 404, "not_found")
    openai_error(client.get("/v1/moderations"), 405, "method_not_allowed")


# ------------------------------------------------------------------------------------------ health, metrics, batching


def test_healthz(client: httpx.Client) -> None:
    h = client.get("/healthz").json()
    assert h == {"status": "ok", "guard": "hazmat-minilm", "batching": True, "taxonomy": "openai",
                 "version": h["version"]}


def _metric(text: str, name: str, **labels: str) -> float:
    """The value of sample ``name`` with exactly ``labels`` (in any order) in a Prometheus text, else 0."""
    for line in text.splitlines():
        m = re.fullmatch(r"([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)", line)
        if m and m.group(1) == name and dict(re.findall(r'(\w+)="([^"]*)"', m.group(2) or "")) == labels:
            return float(m.group(3))
    return 0.0


def test_micro_batching_batches_concurrent_requests(live: LiveServer) -> None:
    before = httpx.get(f"{live.url}/metrics").text

    async def fire() -> list[int]:
        async with httpx.AsyncClient(base_url=live.url, headers=AUTH, timeout=30) as c:
            rs = await asyncio.gather(*(c.post("/v1/moderations", json={"input": f"{BENIGN} ({i})"})
                                        for i in range(16)))
        return [r.status_code for r in rs]

    assert asyncio.run(fire()) == [200] * 16
    after = httpx.get(f"{live.url}/metrics").text

    def multi(text: str) -> float:  # guard calls with more than one conversation
        return _metric(text, "hazmat_batch_size_count") - _metric(text, "hazmat_batch_size_bucket", le="1.0")

    assert multi(after) - multi(before) >= 1, after


def test_metrics_after_requests(live: LiveServer, client: httpx.Client) -> None:
    client.post("/v1/moderations", json={"input": [HARMFUL, ""]})
    httpx.post(f"{live.url}/v1/moderations", json={"input": "hi"})  # 401
    r = httpx.get(f"{live.url}/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    t = r.text
    assert _metric(t, "hazmat_http_requests_total", route="/v1/moderations", status="200") >= 1
    assert _metric(t, "hazmat_http_requests_total", route="/v1/moderations", status="401") >= 1
    assert _metric(t, "hazmat_http_request_duration_seconds_bucket", le="10.0", route="/v1/moderations") >= 1
    assert _metric(t, "hazmat_flagged_category_total", taxonomy="openai", category="illicit/violent") >= 1
    assert _metric(t, "hazmat_unassessed_total", route="/v1/moderations") >= 1
    assert _metric(t, "hazmat_inputs_total", route="/v1/moderations") >= 2
    assert _metric(t, "hazmat_batch_size_count") >= 1
    assert _metric(t, "hazmat_auth_failures_total") >= 1


# ------------------------------------------------------------------------------------------ guard failure, batcher


class _FakeGuard:
    name = "fake"

    def __init__(self, fail: bool = False, seconds: float = 0.01) -> None:
        self.taxonomy = load_taxonomy("hazmat")
        self.fail = fail
        self.seconds = seconds
        self.calls: list[int] = []
        self.running = self.most_running = 0
        self.lock = threading.Lock()

    def classify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        self.calls.append(len(conversations))
        if self.fail:
            raise RuntimeError("model exploded")
        with self.lock:
            self.running += 1
            self.most_running = max(self.most_running, self.running)
        time.sleep(self.seconds)
        with self.lock:
            self.running -= 1
        return [Verdict(taxonomy="hazmat", flagged=False, unsafe_score=0.0, scores={}, classifier="fake",
                        rationale=c.last.text) for c in conversations]

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        return self.classify(conversations)


def test_guard_failure_is_500_in_openai_format() -> None:
    app = create_app(ServeConfig(), guard=_FakeGuard(fail=True), warmup=False)  # type: ignore[arg-type]

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            return await c.post("/v1/moderations", json={"input": "hi"})

    e = openai_error(asyncio.run(go()), 500, "guard_error")
    assert e["type"] == "server_error" and "model exploded" in e["message"] and "fake" in e["message"]


def test_batcher_order_errors_and_unbatched() -> None:
    async def go(batching: bool, fail: bool = False) -> tuple[list[list[str | None]], list[int]]:
        g = _FakeGuard(fail)
        b = MicroBatcher(g, batching=batching, max_batch=8, max_wait_ms=20)  # type: ignore[arg-type]
        reqs = [[Conversation.of(f"r{i}-{j}") for j in range(i % 3 + 1)] for i in range(6)]
        out = await asyncio.gather(*(b.classify(r) for r in reqs), return_exceptions=True)
        await b.close()
        if fail:
            assert all(isinstance(o, RuntimeError) for o in out)
            return [], g.calls
        return [[v.rationale for v in vs] for vs in out], g.calls  # type: ignore[union-attr]

    texts, calls = asyncio.run(go(True))
    assert texts == [[f"r{i}-{j}" for j in range(i % 3 + 1)] for i in range(6)]
    assert sum(calls) == 12 and max(calls) == 8 and len(calls) == 2  # 12 conversations, batches of at most 8
    texts, calls = asyncio.run(go(False))
    assert sorted(calls) == [1, 1, 2, 2, 3, 3] and texts[5] == ["r5-0", "r5-1", "r5-2"]
    _, calls = asyncio.run(go(True, fail=True))  # every request fails; work of already-failed ones is skipped
    assert calls[0] == 8 and sum(calls) <= 12


@pytest.mark.parametrize("concurrency", [1, 2])
def test_batcher_concurrency_and_close(concurrency: int) -> None:
    async def go() -> tuple[_FakeGuard, list[Any]]:
        g = _FakeGuard(seconds=0.05)
        b = MicroBatcher(g, max_batch=2, max_wait_ms=0, concurrency=concurrency)  # type: ignore[arg-type]
        done = await asyncio.gather(*(b.classify([Conversation.of(f"t{i}")]) for i in range(8)))
        pending = asyncio.gather(*(b.classify([Conversation.of("late")]) for _ in range(3)), return_exceptions=True)
        await asyncio.sleep(0.01)
        await b.close()  # what is queued or in flight fails cleanly; nothing hangs
        return g, [*done, *await pending]

    g, out = asyncio.run(go())
    assert g.most_running == concurrency and max(g.calls[:4]) <= 2
    assert [v[0].rationale for v in out[:8]] == [f"t{i}" for i in range(8)]
    assert all(isinstance(o, GuardUnavailableError) for o in out[8:])


class _RecordingGuard(_FakeGuard):
    def __init__(self) -> None:
        super().__init__()
        self.batches: list[list[str]] = []

    def classify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        self.batches.append([c.last.text for c in conversations])
        return super().classify(conversations)


@pytest.mark.parametrize("fair", [True, False])
def test_a_heavy_client_does_not_make_the_others_wait_for_all_its_inputs(fair: bool) -> None:
    from hazmat.server._batcher import CLIENT

    async def go() -> list[list[str]]:
        g = _RecordingGuard()
        b = MicroBatcher(g, max_batch=4, max_wait_ms=0, fair=fair)  # type: ignore[arg-type]

        async def as_client(name: str, texts: list[str]) -> list[Verdict]:
            CLIENT.set(name)
            return await b.classify([Conversation.of(t) for t in texts])

        await asyncio.gather(as_client("key:heavy", [f"heavy-{i}" for i in range(12)]),
                             as_client("key:light", ["light-0"]))
        await b.close()
        return g.batches

    batches = asyncio.run(go())
    where = next(i for i, batch in enumerate(batches) if "light-0" in batch)
    if fair:  # round-robin: the light client's one input goes in the first batch, not behind twelve others
        assert where == 0 and batches[0][:2] == ["heavy-0", "light-0"]
    else:  # one FIFO, as before: it waits for every heavy input queued ahead of it
        assert where == len(batches) - 1
    assert sorted(t for batch in batches for t in batch) == sorted([f"heavy-{i}" for i in range(12)] + ["light-0"])


def test_a_batch_stops_growing_at_max_batch_chars() -> None:
    async def go() -> list[int]:
        g = _RecordingGuard()
        b = MicroBatcher(g, max_batch=32, max_wait_ms=0, max_batch_chars=250)  # type: ignore[arg-type]
        await b.classify([Conversation.of(f"{i:02d}" + "x" * 98) for i in range(7)])  # 100 characters each
        await b.close()
        return [len(batch) for batch in g.batches]

    assert asyncio.run(go()) == [3, 3, 1]  # at least one item; stops once 250 characters are reached


# ------------------------------------------------------------------------------------------ config, keys, CLI


def test_keys_and_config(tmp_path: Path) -> None:
    key, h = new_key()
    assert key.startswith("hzm-") and len(h) == 64 and verify_key(key, h) and not verify_key(key + "x", h)
    slow = hash_key("chosen by a person", "pbkdf2_sha256", iterations=1000)
    assert slow.startswith("pbkdf2_sha256$1000$") and verify_key("chosen by a person", slow)
    assert not verify_key("chosen by a persona", slow)
    f = tmp_path / "serve.yaml"
    f.write_text(f"guard: hazmat-minilm\nport: 9000\nbatching: false\nkeys:\n  - name: a\n    hash: {h}\n    rpm: 5\n"
                 "upstream:\n  base_url: http://127.0.0.1:8001/v1\n  api_key_env: UPSTREAM_KEY\n"
                 "proxy:\n  hold_back_tokens: 4\n")
    cfg = ServeConfig.from_yaml(f)
    assert cfg.port == 9000 and not cfg.batching and cfg.auth_required and cfg.keys[0].rpm == 5
    assert cfg.upstream is not None and cfg.proxy.hold_back_tokens == 4 and cfg.proxy.check_every_tokens == 8
    f.write_text("keys:\n  - name: a\n    hash: not-a-hash\nmax_batch: 0\n")
    with pytest.raises(ServeConfigError, match=r"keys\.0\.hash.*max_batch|max_batch.*keys\.0\.hash"):
        ServeConfig.from_yaml(f)
    with pytest.raises(ServeConfigError, match="require_auth"):
        ServeConfig.load({"require_auth": True})
    with pytest.raises(ServeConfigError, match="unknown_field"):
        ServeConfig.load({"unknown_field": 1})


def test_cli_commands() -> None:
    import typer
    from typer.testing import CliRunner

    from hazmat.server._cli import hash_key_cmd

    app = typer.Typer()
    app.command()(hash_key_cmd)
    r = CliRunner().invoke(app, ["--name", "ops", "--rpm", "30"])
    assert r.exit_code == 0, r.output
    key = re.search(r"^key:\s+(\S+)$", r.output, re.M).group(1)  # type: ignore[union-attr]
    hashed = re.search(r"^hash:\s+(\S+)$", r.output, re.M).group(1)  # type: ignore[union-attr]
    assert verify_key(key, hashed) and "name: ops" in r.output and "rpm: 30" in r.output
    r = CliRunner().invoke(app, ["--stdin"], input="correct horse battery staple\n")
    hashed = re.search(r"^hash:\s+(\S+)$", r.output, re.M).group(1)  # type: ignore[union-attr]
    assert hashed.startswith("pbkdf2_sha256$") and verify_key("correct horse battery staple", hashed)
    assert CliRunner().invoke(app, ["--stdin"], input="short\n").exit_code == 2
    p = subprocess.run([sys.executable, "-m", "hazmat.server", "--config", "/nonexistent.yaml"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and "does not exist" in p.stderr and "Traceback" not in p.stderr


def test_python_m_serves_and_stops_gracefully(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cfg = tmp_path / "serve.yaml"
    cfg.write_text("access_log: false\nlog_level: warning\n")
    proc = subprocess.Popen([sys.executable, "-m", "hazmat.server", "--config", str(cfg), "--port", str(port),
                             "--no-batching"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).json()
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert health["batching"] is False and health["guard"] == "hazmat-minilm"
        r = httpx.post(f"http://127.0.0.1:{port}/v1/moderations", json={"input": HARMFUL})
        assert r.json()["results"][0]["flagged"] is True
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    # uvicorn shuts down gracefully, then re-raises the signal, as process managers expect
    assert proc.returncode in (0, -signal.SIGTERM) and "Traceback" not in err, err


def test_chat_proxy_is_mounted_behind_auth_and_counted(guard: Any) -> None:
    pytest.importorskip("hazmat.server._proxy")
    app = create_app(_config(upstream={"base_url": "http://127.0.0.1:9/v1"}), guard=guard, warmup=False)
    assert "/v1/chat/completions" in app.openapi()["paths"]

    async def go() -> tuple[httpx.Response, httpx.Response, str]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            no_key = await c.post("/v1/chat/completions", json={"model": "m", "messages": []})
            blocked = await c.post("/v1/chat/completions", headers=AUTH, json={
                "model": "m", "messages": [{"role": "user", "content": HARMFUL}]})  # upstream is never called
            return no_key, blocked, (await c.get("/metrics")).text

    no_key, blocked, metrics = asyncio.run(go())
    openai_error(no_key, 401, "invalid_api_key")
    assert blocked.status_code == 200, blocked.text
    assert blocked.json()["choices"][0]["finish_reason"] == "content_filter"
    assert _metric(metrics, "hazmat_proxy_blocked_total", stage="prompt") == 1
    assert _metric(metrics, "hazmat_http_requests_total", route="/v1/chat/completions", status="200") == 1


# ------------------------------------------------------------------------------------------ schemathesis


def test_no_input_gets_a_5xx(live: LiveServer) -> None:
    """Schemathesis generates requests from the OpenAPI document (30 valid ones per operation, and 30 that
    break the schema per POST operation); none may get a 5xx.

    (Driven by hand rather than ``schemathesis.pytest.from_fixture``, which does not work with pytest 9.)
    """
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error

    schema = schemathesis.openapi.from_url(f"{live.url}/openapi.json")
    operations = [r.ok() for r in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/moderations", "/v1/classify", "/healthz", "/metrics"}
    runs = [(op, GenerationMode.POSITIVE) for op in operations]
    runs += [(op, GenerationMode.NEGATIVE) for op in operations if op.method.upper() == "POST"]
    before = _metric(httpx.get(f"{live.url}/metrics").text, "hazmat_http_requests_total", route="/v1/classify",
                     status="400")
    for op, mode in runs:

        @given(case=op.as_strategy(mode))
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=True)
        def no_server_error(case: Any) -> None:
            case.call_and_validate(base_url=live.url, headers=AUTH, checks=[not_a_server_error], timeout=30)

        no_server_error()
    after = _metric(httpx.get(f"{live.url}/metrics").text, "hazmat_http_requests_total", route="/v1/classify",
                    status="400")
    assert after - before >= 10  # the negative cases did reach the app and were refused as 400s


def test_guessed_tokens_are_limited_before_hashing_and_checked_off_the_guard_threads(
        guard: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Random bearer tokens against a PBKDF2 key: each costs a slow hash, so after a few failures a client
    is refused before hashing, checks run on their own thread, and a known key is never slowed by them."""
    from hazmat.server import _gate

    checks: list[str] = []
    real = _gate.verify_key

    def counting(token: str, stored: str) -> bool:
        checks.append(threading.current_thread().name)
        return real(token, stored)

    monkeypatch.setattr(_gate, "verify_key", counting)
    cfg = _config(keys=[{"name": "main", "hash": hash_key(KEY, "pbkdf2_sha256", iterations=20_000)}],
                  auth_failures_per_minute=3)
    with LiveServer(create_app(cfg, guard=guard)) as srv:
        url = f"{srv.url}/v1/moderations"
        assert httpx.post(url, json={"input": "hi"}, headers=AUTH).status_code == 200  # known from now on
        codes = [httpx.post(url, json={"input": "hi"}, headers={"Authorization": f"Bearer guess-{i}"}).status_code
                 for i in range(6)]
        assert codes == [401, 401, 401, 429, 429, 429]
        assert len(checks) == 4  # the known key once, three guesses; the refused guesses were never hashed
        assert set(checks) == {"hazmat-keycheck_0"}
        r = httpx.post(url, json={"input": "hi"}, headers={"Authorization": "Bearer guess-9"})
        assert openai_error(r, 429, "auth_rate_limited") and int(r.headers["Retry-After"]) >= 1
        assert httpx.post(url, json={"input": "hi"}, headers=AUTH).status_code == 200  # the real key still works


def test_a_flood_of_unknown_tokens_is_refused_not_queued(guard: Any) -> None:
    cfg = _config(keys=[{"name": "main", "hash": hash_key(KEY, "pbkdf2_sha256", iterations=400_000)}],
                  auth_failures_per_minute=1000, max_pending_key_checks=2)
    with LiveServer(create_app(cfg, guard=guard)) as srv:
        url = f"{srv.url}/v1/moderations"

        async def flood() -> list[int]:
            async with httpx.AsyncClient(timeout=60) as c:
                rs = await asyncio.gather(*(c.post(url, json={"input": "hi"},
                                                   headers={"Authorization": f"Bearer flood-{i}"}) for i in range(12)))
            return [r.status_code for r in rs]

        codes = asyncio.run(flood())
        # at most 2 wait for the key-check thread, plus the one it is hashing; the rest are refused at once
        assert codes.count(401) <= 3 and codes.count(429) >= 9 and set(codes) <= {401, 429}
