"""The FastAPI app of ``hazmat serve``: OpenAI's ``/v1/moderations``, native ``/v1/classify``, health, metrics.

Every error, whatever produced it (bad JSON, a wrong type, a missing key, a rate limit, a guard that
crashed), is answered in OpenAI's error format ``{"error": {"message", "type", "param", "code"}}``;
bad input never gets a 5xx.
"""

from __future__ import annotations

import importlib
import logging
import math
import uuid
from collections.abc import Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._version import __version__
from ..classifiers import Classifier
from ..engine import text_tokens
from ..errors import HazmatError, InputError
from ..moderation import load_guard, openai_result
from ..taxonomy import Taxonomy, builtin_taxonomies, load_taxonomy, translate
from ..types import ContentPart, Conversation, Verdict
from ..types import Message as ChatMessage
from ._batcher import GuardUnavailableError, MicroBatcher
from ._config import KeySpec, ServeConfig, ServeConfigError
from ._errors import STATUS_CODES, APIError, error_response, validation_message
from ._gate import Gate, RateLimiter, retry_after
from ._metrics import CONTENT_TYPE_LATEST, ServerMetrics
from ._schemas import (
    ERROR_RESPONSES,
    ClassifyRequest,
    Health,
    ImagePart,
    ModerationRequest,
    ModerationResponse,
    TextPart,
    VerdictResponse,
)

log = logging.getLogger("hazmat.server")

_MODERATIONS, _CLASSIFY = "/v1/moderations", "/v1/classify"


@dataclass
class ServerState:
    """What the routes share: config, guard, batcher, metrics, limits."""

    config: ServeConfig
    guard: Classifier
    guard_name: str
    native: Taxonomy
    moderation_taxonomy: Taxonomy
    batcher: MicroBatcher
    metrics: ServerMetrics
    limiter: RateLimiter
    allowed_taxonomies: dict[str, str] = field(default_factory=dict)  # casefolded id or alias -> id

    async def classify_or_error(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Native verdicts from the batcher; failures counted and turned into OpenAI-format 503/500 errors."""
        try:
            return await self.batcher.classify(conversations)
        except GuardUnavailableError as e:
            raise APIError(503, f"the guard is unavailable: {e}; retry shortly", type="server_error",
                           code="guard_unavailable", headers={"Retry-After": "1"}) from e
        except Exception as e:
            self.metrics.guard_error()
            raise APIError(500, f"the guard {self.guard_name!r} failed on this request: {type(e).__name__}: {e}",
                           type="server_error", code="guard_error") from e

    def taxonomy(self, name: str | None, param: str = "taxonomy") -> Taxonomy:
        """A taxonomy a client may ask for: a built-in, or one named in the config (never a client's path)."""
        if name is None:
            return self.native
        tid = self.allowed_taxonomies.get(name.casefold())
        if tid is None:
            known = ", ".join(sorted(set(self.allowed_taxonomies.values())))
            raise APIError(400, f"unknown taxonomy {name!r}; choose one of {known}", param=param,
                           code="unknown_taxonomy")
        for tax in (self.moderation_taxonomy, self.native):
            if tax.id == tid:
                return tax
        return load_taxonomy(tid)

    def charge_tokens(self, request: Request, chars: int) -> None:
        """Take the request's estimated input tokens from its key's ``tpm`` bucket, or raise 429."""
        key: KeySpec | None = request.scope.get("state", {}).get("api_key")
        if key is None or key.tpm is None:
            return
        wait = self.limiter.tokens(key.name, text_tokens(chars))
        if wait > 0:
            self.metrics.rate_limited.labels(key.name).inc()
            raise APIError(429, f"rate limit reached for key {key.name!r}: {key.tpm} tokens per minute; "
                           f"retry in {math.ceil(wait)} s", type="tokens", code="rate_limit_exceeded",
                           headers=retry_after(wait))


def _client_taxonomies(*configured: Taxonomy) -> dict[str, str]:
    """Names a client may ask for: built-ins by id or alias, and the configured ones by id (never a path,
    so a request cannot make the server read a file)."""
    names = {n.casefold(): tax.id for tax in builtin_taxonomies().values() for n in (tax.id, *tax.aliases)}
    names.update({tax.id.casefold(): tax.id for tax in configured})
    return names


def to_taxonomy(verdict: Verdict, taxonomy: Taxonomy) -> Verdict:
    """``verdict`` in ``taxonomy``; an unassessed verdict keeps its reason and has nothing uncovered."""
    if verdict.taxonomy == taxonomy.id:
        return verdict
    if verdict.unassessed is not None:
        return replace(verdict, taxonomy=taxonomy.id, scores={}, categories=[], uncovered=[])
    return translate(verdict, taxonomy)


# ---------------------------------------------------------------------------------------------- inputs


@dataclass
class _ModerationInputs:
    conversations: list[Conversation]
    unassessed_parts: list[list[dict[str, Any]]]
    chars: int


def moderation_inputs(req: ModerationRequest, cfg: ServeConfig, guard_name: str,
                      sees_images: bool) -> _ModerationInputs:
    """Conversations for a moderation request: a string or each string of an array is one user turn; an
    array of content parts is ONE input whose text parts are judged together. Image parts the guard
    cannot see are reported, not judged."""
    inp = req.input
    if isinstance(inp, list) and not inp:
        raise APIError(400, "'input' must not be an empty array", param="input", code="empty_input")
    convs: list[Conversation] = []
    parts_out: list[list[dict[str, Any]]] = []
    if isinstance(inp, str) or all(isinstance(x, str) for x in inp):
        texts = [inp] if isinstance(inp, str) else [x for x in inp if isinstance(x, str)]
        if len(texts) > cfg.max_inputs:
            raise APIError(400, f"{len(texts)} inputs in one request; the limit is {cfg.max_inputs} (max_inputs)",
                           param="input", code="too_many_inputs")
        for i, t in enumerate(texts):
            _check_chars(len(t), cfg, "input" if isinstance(inp, str) else f"input[{i}]")
            convs.append(Conversation.of(t))
            parts_out.append([])
        return _ModerationInputs(convs, parts_out, sum(len(t) for t in texts))
    content: list[ContentPart] = []
    unassessed: list[dict[str, Any]] = []
    chars = 0
    for i, p in enumerate(inp):
        if isinstance(p, TextPart):
            content.append(ContentPart(type="text", text=p.text))
            chars += len(p.text)
        elif isinstance(p, ImagePart):
            if sees_images:
                content.append(ContentPart(type="image_url", url=p.image_url.url))
            else:
                unassessed.append({"index": i, "type": "image_url",
                                   "reason": f"the guard {guard_name!r} cannot assess images"})
    _check_chars(chars, cfg, "input")
    convs.append(Conversation(messages=(ChatMessage(role="user", content=tuple(content)),)))
    parts_out.append(unassessed)
    return _ModerationInputs(convs, parts_out, chars)


def _check_chars(n: int, cfg: ServeConfig, param: str) -> None:
    if n > cfg.max_input_chars:
        raise APIError(413, f"{param} has {n:,} characters; the limit is {cfg.max_input_chars:,} per input "
                       "(max_input_chars)", param=param, code="input_too_long")


def classify_conversation(req: ClassifyRequest) -> Conversation:
    """The conversation of a /v1/classify request."""
    if (req.messages is None) == (req.text is None):
        raise APIError(400, "give exactly one of 'messages' (OpenAI chat messages) or 'text'", param="messages",
                       code="invalid_input")
    if req.text is not None:
        return Conversation.of((req.role, req.text))
    try:
        return Conversation.from_messages(req.messages or [], where="messages")
    except InputError as e:
        raise APIError(400, str(e), param="messages", code="invalid_messages") from None


def _conversation_chars(conv: Conversation) -> int:
    return sum(len(m.text) for m in conv.messages)


def moderation_result(native: Verdict, verdict: Verdict, taxonomy: Taxonomy,
                      unassessed_parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One OpenAI result from ``verdict`` (``native`` in ``taxonomy``); hazmat's extras (hub categories,
    uncovered, unassessed) under ``hazmat``."""
    result = openai_result(verdict, taxonomy)
    extra: dict[str, Any] = {"taxonomy": taxonomy.id, "unsafe_score": verdict.unsafe_score}
    extra.update(result.pop("hazmat", {}))
    if native.taxonomy != taxonomy.id:
        extra["hub_taxonomy"] = native.taxonomy
        extra["hub_categories"] = list(native.categories)
    if unassessed_parts:
        extra["unassessed_parts"] = unassessed_parts
    result["hazmat"] = extra
    return result


# ---------------------------------------------------------------------------------------------- the app


def _proxy_factory() -> Any:
    """``make_chat_router`` of :mod:`hazmat.server._proxy`, or ``None`` while that module does not exist."""
    try:
        module = importlib.import_module("hazmat.server._proxy")
    except ModuleNotFoundError as e:
        if e.name != "hazmat.server._proxy":
            raise
        return None
    return getattr(module, "make_chat_router", None)


def create_app(config: ServeConfig | None = None, guard: Classifier | None = None, *, warmup: bool = True) -> FastAPI:
    """The app for ``config``; the guard is loaded here, once (or given, e.g. shared between test apps)."""
    config = config or ServeConfig()
    try:
        moderation_tax = load_taxonomy(config.taxonomy)
    except HazmatError as e:
        raise ServeConfigError(f"taxonomy: {e}") from None
    if guard is None:
        guard = load_guard(config.guard, **config.guard_options)
        if config.guard_profile:
            from ..calibration import apply_profile

            guard = apply_profile(guard, config.guard_profile)
    guard_name = str(getattr(guard, "name", config.guard))
    if warmup:
        guard.classify([Conversation.of("warm-up")])
    if moderation_tax.id != "openai":
        log.warning("taxonomy %r: /v1/moderations results will not have OpenAI's 13 categories, so typed OpenAI "
                    "clients cannot parse them", moderation_tax.id)
    metrics = ServerMetrics()
    batcher = MicroBatcher(guard, batching=config.batching, max_batch=config.max_batch,
                           max_wait_ms=config.max_wait_ms, concurrency=config.batch_concurrency,
                           on_batch=metrics.observe_batch, fair=config.fair_queueing,
                           max_batch_chars=config.max_batch_chars)
    state = ServerState(
        config=config, guard=guard, guard_name=guard_name, native=guard.taxonomy, moderation_taxonomy=moderation_tax,
        batcher=batcher, metrics=metrics, limiter=RateLimiter(config.keys),
        allowed_taxonomies=_client_taxonomies(moderation_tax, guard.taxonomy),
    )
    sees_images = "image" in tuple(getattr(guard, "modalities", ("text",)))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        log.info("hazmat serve: guard %s, batching %s", guard_name, "on" if config.batching else "off")
        yield
        await batcher.close()

    app = FastAPI(title="hazmat moderation service", version=__version__, lifespan=lifespan,
                  description="OpenAI-compatible moderation over hazmat guards.")
    app.state.hazmat = state

    @app.exception_handler(APIError)
    async def _api_error(request: Request, exc: APIError) -> Response:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        message, param = validation_message(exc.errors(), exc.body, union_input=request.url.path == _MODERATIONS)
        return error_response(400, message, param=param, code="invalid_request")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        kind = "invalid_request_error" if exc.status_code < 500 else "server_error"
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        code = STATUS_CODES.get(exc.status_code)
        if exc.status_code == 400 and message == "There was an error parsing the body":
            message = "the request body could not be parsed: it must be UTF-8 JSON of reasonable depth"
            code = "invalid_json"
        elif exc.status_code == 404:
            message = f"no route {request.method} {request.url.path}; see /docs"
        elif exc.status_code == 405:
            message = f"method {request.method} is not allowed on {request.url.path}"
        return error_response(exc.status_code, message, type=kind, code=code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, f"internal error: {type(exc).__name__}; see the server log", type="server_error",
                              code="internal_error")

    @app.post(_MODERATIONS, response_model=ModerationResponse, responses=ERROR_RESPONSES,
              summary="Classify text (OpenAI moderation API)")
    async def moderations(body: ModerationRequest, request: Request) -> Response:
        inputs = moderation_inputs(body, config, guard_name, sees_images)
        state.charge_tokens(request, inputs.chars)
        natives = await state.classify_or_error(inputs.conversations)
        verdicts = [to_taxonomy(v, moderation_tax) for v in natives]
        results = [moderation_result(n, v, moderation_tax, parts)
                   for n, v, parts in zip(natives, verdicts, inputs.unassessed_parts, strict=True)]
        metrics.observe_verdicts(_MODERATIONS, verdicts)
        return JSONResponse({"id": f"modr-{uuid.uuid4().hex}", "model": body.model or guard_name,
                             "results": results})

    @app.post(_CLASSIFY, response_model=VerdictResponse, responses=ERROR_RESPONSES,
              summary="Classify a conversation; the full verdict in any taxonomy")
    async def classify(body: ClassifyRequest, request: Request) -> Response:
        conv = classify_conversation(body)
        tax = state.taxonomy(body.taxonomy)
        chars = _conversation_chars(conv)
        _check_chars(chars, config, "messages" if body.messages is not None else "text")
        state.charge_tokens(request, chars)
        verdict = to_taxonomy((await state.classify_or_error([conv]))[0], tax)
        metrics.observe_verdicts(_CLASSIFY, [verdict])
        return JSONResponse(verdict.to_dict())

    @app.get("/healthz", response_model=Health, summary="Liveness and configuration")
    async def healthz() -> Health:
        return Health(status="ok", guard=guard_name, batching=config.batching, taxonomy=moderation_tax.id,
                      version=__version__)

    @app.get("/metrics", response_class=Response, summary="Prometheus metrics",
             responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}})
    async def prometheus() -> Response:
        return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)

    if config.upstream is not None:
        factory = _proxy_factory()
        if factory is None:
            log.warning("upstream is configured but the chat proxy (hazmat.server._proxy) is not available; "
                        "/v1/chat/completions is not served")
        else:
            app.include_router(factory(config.proxy, config.upstream, batcher.classify, metrics))

    app.add_middleware(Gate, config=config, metrics=metrics, limiter=state.limiter)
    _openapi_400_not_422(app)
    return app


def _openapi_400_not_422(app: FastAPI) -> None:
    """Document validation failures as the 400s they are (FastAPI's schema says 422)."""

    def schema() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            for ops in spec.get("paths", {}).values():
                for op in ops.values():
                    if isinstance(op, dict):
                        op.get("responses", {}).pop("422", None)
            comps = spec.get("components", {}).get("schemas", {})
            comps.pop("HTTPValidationError", None)
            comps.pop("ValidationError", None)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = schema  # type: ignore[method-assign]


# ---------------------------------------------------------------------------------------------- run


def _single_threaded_blas() -> None:
    """Keep numpy's BLAS on one thread in the server (unless the environment says otherwise).

    Guards run small numpy matrix products next to onnxruntime's own threads; an OpenBLAS pool spinning
    beside them costs more CPU than it saves (hazmat-minilm at batch 8 on 2 cores: ~21 ms of CPU per short
    text with it, ~9 ms without). Only effective before numpy is first imported, as in ``hazmat serve``.
    """
    import sys

    from .._process import configure_process

    configure_process()
    if "numpy" in sys.modules:
        log.debug("numpy was imported before the server started; its BLAS thread count is left as it is")


def run(config: ServeConfig, guard: Classifier | None = None) -> None:
    """Serve ``config`` with uvicorn (one worker: the guard is loaded once); SIGINT/SIGTERM stop it gracefully,
    finishing requests in flight for up to ``graceful_timeout_s``."""
    _single_threaded_blas()
    import uvicorn

    logging.basicConfig(level=config.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(config, guard)
    server = uvicorn.Server(uvicorn.Config(
        app, host=config.host, port=config.port, workers=1, log_level=config.log_level,
        access_log=config.access_log, proxy_headers=True, forwarded_allow_ips=config.forwarded_allow_ips,
        timeout_graceful_shutdown=config.graceful_timeout_s, server_header=False,
    ))
    server.run()
