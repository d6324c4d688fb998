"""Completion mode: send a guard's raw prompt text to a model, with no chat template applied on top.

A chat endpoint re-applies the model's chat template, so the guard's exact prompt only reaches the model
through a completion call. The built-in providers do not have one in their public protocol yet, so this
module adapts each of them (and uses a provider's own ``complete(prompt, params)`` when it has one):

* ``hf/`` (transformers): the prompt is tokenized as text (special-token strings such as
  ``<|begin_of_text|>`` become their tokens; no BOS is added unless the format says its reference pipeline
  adds one) and generated with the provider's own generation code, which returns log-probabilities.
* ``openai/`` (vLLM, llama.cpp server, TGI): ``POST /completions`` with ``add_special_tokens`` (a vLLM
  field) set from the format; the legacy ``logprobs`` answer is converted to the chat shape.
* ``gguf/`` (llama.cpp): tokens from ``Llama.tokenize(..., special=True)`` go to ``create_completion``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from ...errors import ClassifierError, ModelError, ModelRequestError
from ...models import ChatModel, GenerateParams, OpenAIChatModel
from ...types import Completion

RawComplete = Callable[[str, GenerateParams], Awaitable[Completion]]


def legacy_logprobs(lp: Mapping[str, Any] | None, k: int) -> list[dict[str, Any]] | None:
    """OpenAI completions-style ``{"tokens", "token_logprobs", "top_logprobs"}`` in the chat shape."""
    if not isinstance(lp, Mapping):
        return None
    if isinstance(lp.get("content"), list):  # servers that answer completions in the chat shape
        return [dict(e) for e in lp["content"]]
    tokens = lp.get("tokens")
    if not isinstance(tokens, list):
        return None
    values = lp.get("token_logprobs") or [None] * len(tokens)
    tops = lp.get("top_logprobs") or [None] * len(tokens)
    out = []
    for token, value, top in zip(tokens, values, tops, strict=False):
        pairs = sorted(((str(t), float(v)) for t, v in (top or {}).items() if v is not None), key=lambda p: -p[1])
        alternatives = [{"token": t, "logprob": v} for t, v in pairs[:k]]
        out.append({"token": str(token), "logprob": None if value is None else float(value),
                    "top_logprobs": alternatives})
    return out


def raw_completer(model: ChatModel, add_bos: bool) -> RawComplete:
    """A function sending raw prompt text to ``model``; raises :class:`ClassifierError` if it cannot."""
    own = getattr(model, "complete", None)
    if callable(own):
        async def via_provider(prompt: str, params: GenerateParams) -> Completion:
            result: Completion = await own(prompt, params)
            return result

        return via_provider
    if isinstance(model, OpenAIChatModel):
        return _openai_completer(model, add_bos)
    from ...models._gguf import GGUFChatModel
    from ...models._transformers import TransformersChatModel

    if isinstance(model, TransformersChatModel):
        return _transformers_completer(model, add_bos)
    if isinstance(model, GGUFChatModel):
        return _gguf_completer(model, add_bos)
    raise ClassifierError(
        f"completion mode needs a model that takes raw prompt text; {model.name} ({type(model).__name__}) does not. "
        "Use an openai/, hf/ or gguf/ model, or mode='chat'"
    )


def _transformers_completer(model: Any, add_bos: bool) -> RawComplete:
    async def complete(prompt: str, params: GenerateParams) -> Completion:
        if getattr(model, "_closed", False):
            raise ModelError(f"{model.name}: the model was closed")
        bos = getattr(model._tokenizer, "bos_token", None)
        text = f"{bos}{prompt}" if add_bos and bos and not prompt.startswith(bos) else prompt
        async with model._alocks.current():
            result: Completion = await asyncio.to_thread(model._generate_sync, text, params)
        return result

    return complete


def _openai_completer(model: OpenAIChatModel, add_bos: bool) -> RawComplete:
    async def complete(prompt: str, params: GenerateParams) -> Completion:
        body: dict[str, Any] = {
            "model": model.model, "prompt": prompt, "temperature": params.temperature,
            "max_tokens": params.max_tokens, "add_special_tokens": add_bos,
        }
        if params.seed is not None:
            body["seed"] = params.seed
        if params.top_p is not None:
            body["top_p"] = params.top_p
        if params.stop:
            body["stop"] = list(params.stop)
        if params.logprobs is not None:
            body["logprobs"] = params.logprobs
        body.update(params.extra)
        data = await model.post_json("/completions", body)
        try:
            choice = data["choices"][0]
            text = str(choice.get("text") or "")
        except (KeyError, IndexError, TypeError, AttributeError) as e:
            raise ModelRequestError(f"{model.name}: malformed response: {str(data)[:200]!r}", retryable=True) from e
        usage = {k: int(v) for k, v in (data.get("usage") or {}).items() if isinstance(v, int)}
        return Completion(
            text=text, finish_reason=choice.get("finish_reason"),
            logprobs=legacy_logprobs(choice.get("logprobs"), params.logprobs or 0), usage=usage,
            model=data.get("model") or model.model,
        )

    return complete


def _gguf_completer(model: Any, add_bos: bool) -> RawComplete:
    def run(prompt: str, params: GenerateParams) -> Completion:
        llm = model._llm
        if llm is None:
            raise ModelError(f"{model.name}: the model was closed")
        if params.logprobs is not None and not model.logits_all:
            raise ModelRequestError(f"{model.name}: log-probabilities need the model loaded with logits_all=True")
        tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=add_bos, special=True)
        kwargs: dict[str, Any] = {
            "prompt": tokens, "max_tokens": params.max_tokens, "temperature": max(params.temperature, 0.0),
            "top_p": 1.0 if params.top_p is None else params.top_p, "top_k": 0, "min_p": 0.0,
        }
        if params.seed is not None:
            kwargs["seed"] = params.seed
        if params.stop:
            kwargs["stop"] = list(params.stop)
        if params.logprobs is not None:
            kwargs["logprobs"] = params.logprobs
        kwargs.update(params.extra)
        with model._lock:
            try:
                data = llm.create_completion(**kwargs)
            except (ValueError, RuntimeError, TypeError, KeyError) as e:
                raise ModelRequestError(f"{model.name}: generation failed: {type(e).__name__}: {e}") from e
        choice = data["choices"][0]
        usage = {k: int(v) for k, v in (data.get("usage") or {}).items() if isinstance(v, int)}
        return Completion(
            text=str(choice.get("text") or ""), finish_reason=choice.get("finish_reason"),
            logprobs=legacy_logprobs(choice.get("logprobs"), params.logprobs or 0), usage=usage, model=model.spec,
        )

    async def complete(prompt: str, params: GenerateParams) -> Completion:
        async with model._alocks.current():
            return await asyncio.to_thread(run, prompt, params)

    return complete
