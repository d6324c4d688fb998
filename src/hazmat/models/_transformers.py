"""Local causal LMs through Hugging Face transformers (spec ``hf/PATH_OR_NAME``)."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from pathlib import Path
from typing import Any, cast

from ..errors import ModelError, ModelRequestError
from ..types import Completion, Conversation
from ._protocol import GenerateParams
from ._serial import LoopLocks

#: files whose names and sizes fingerprint a checkpoint (cheap: nothing is read)
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".gguf", ".msgpack", ".h5")
_DTYPES = ("auto", "float32", "float16", "bfloat16", "float64")


def _looks_like_path(spec: str) -> bool:
    """A spec that can only be a filesystem path (a hub id is ``NAME`` or ``ORG/NAME``)."""
    return spec.startswith((".", "/", "~", "\\")) or spec.count("/") > 1 or "\\" in spec or spec.endswith("/")


def weights_fingerprint(directory: Path) -> str | None:
    """A short hash of the names and sizes of the weight files under ``directory`` (None when there are none)."""
    try:
        entries = sorted(
            (str(p.relative_to(directory)), p.stat().st_size)
            for p in directory.rglob("*")
            if p.is_file() and p.name.endswith(WEIGHT_SUFFIXES)
        )
    except OSError:
        return None
    if not entries:
        return None
    digest = hashlib.sha256("\n".join(f"{name}\t{size}" for name, size in entries).encode())
    return digest.hexdigest()[:16]


def _read_template(chat_template: str) -> str:
    """A Jinja template given inline, or read from a file when the string names one."""
    if "{{" in chat_template or "{%" in chat_template:
        return chat_template
    path = Path(chat_template).expanduser()
    if path.is_file():
        return path.read_text(encoding="utf-8")
    raise ModelError(
        f"chat_template {chat_template[:80]!r} is neither a Jinja template (it has no '{{{{' or '{{%') "
        "nor an existing file"
    )


class _StopOnStrings:
    """A transformers stopping criterion: stop once the generated text contains any of the stop strings."""

    def __init__(self, tokenizer: Any, prompt_len: int, stops: tuple[str, ...]) -> None:
        self.tokenizer = tokenizer
        self.prompt_len = prompt_len
        self.stops = stops

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        done = [
            any(s in self.tokenizer.decode(row[self.prompt_len :], skip_special_tokens=True) for s in self.stops)
            for row in input_ids
        ]
        return torch.tensor(done, dtype=torch.bool, device=input_ids.device)


class TransformersChatModel:
    """A causal LM run in-process with transformers (spec ``hf/PATH_OR_NAME``).

    ``path_or_name`` is a local directory saved with ``save_pretrained`` or a hub id (``ORG/NAME``, which
    needs the network or the hub cache; set ``HF_HUB_OFFLINE=1`` to fail fast when offline). ``device`` is
    any torch device (``cpu``, ``cuda``, ``cuda:1``, ``mps``); ``dtype`` one of ``auto``, ``float32``,
    ``float16``, ``bfloat16`` (``None``: transformers' default). The prompt is rendered with the
    tokenizer's chat template; ``chat_template`` (a Jinja string or a path to a ``.jinja`` file) supplies
    or replaces it.

    Generation: ``temperature`` 0 is greedy; otherwise sampling with that temperature, ``top_p`` (1.0 when
    unset) and no top-k cut (``params.extra={"top_k": 40}`` sets one). ``seed`` seeds torch for that
    call only (the global RNG state is restored). ``stop`` strings end generation and are cut from the
    text, like OpenAI's. ``logprobs=k`` returns, per generated token, the log-probability of the chosen
    token and the ``k`` most likely alternatives under the model's raw distribution (before temperature
    and top-p), in OpenAI's shape. Other ``extra`` keys go to ``model.generate`` unchanged (e.g.
    ``repetition_penalty``); the model's own ``generation_config`` supplies the rest. One generation runs
    at a time per model, in a worker thread.
    """

    def __init__(
        self,
        path_or_name: str,
        device: str = "cpu",
        dtype: str | Any | None = None,
        trust_remote_code: bool = False,
        chat_template: str | None = None,
    ) -> None:
        if not path_or_name:
            raise ModelError("hf/PATH_OR_NAME needs a model directory or hub id after 'hf/'")
        try:
            import torch
            import transformers
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ModelError(
                f"hf/ models need transformers and torch ({e}); install them with: pip install 'hazmat[hf]'"
            ) from e

        self.path_or_name = path_or_name
        self.name = f"hf/{path_or_name}"
        self.device = device
        self.trust_remote_code = trust_remote_code
        self._versions = {"transformers": transformers.__version__, "torch": torch.__version__}

        local = Path(path_or_name).expanduser()
        if local.exists():
            if not local.is_dir():
                raise ModelError(
                    f"hf/ expects a model directory (config.json, weights, tokenizer), but {str(local)!r} is a file"
                    + ("; use gguf/PATH for GGUF files" if local.suffix == ".gguf" else "")
                )
            if not (local / "config.json").is_file():
                raise ModelError(f"no config.json in model directory {str(local)!r}: is it a transformers checkpoint?")
            source = str(local)
            self._local_dir: Path | None = local.resolve()
        elif _looks_like_path(path_or_name):
            raise ModelError(f"model directory not found: {str(local)!r} (from spec {self.name!r})")
        else:
            source = path_or_name
            self._local_dir = None

        try:
            torch_device = torch.device(device)
        except (RuntimeError, TypeError) as e:
            raise ModelError(f"{self.name}: invalid device {device!r}: {e}") from e
        torch_dtype: Any = None
        if dtype is not None:
            if isinstance(dtype, torch.dtype) or dtype == "auto":
                torch_dtype = dtype
            elif isinstance(dtype, str) and dtype in _DTYPES:
                torch_dtype = getattr(torch, dtype)
            else:
                raise ModelError(f"{self.name}: unknown dtype {dtype!r}; expected one of {', '.join(_DTYPES)}")
        self.dtype = None if dtype is None else str(dtype).removeprefix("torch.")

        try:
            self._tokenizer: Any = cast(Any, AutoTokenizer.from_pretrained(source, trust_remote_code=trust_remote_code))
            load_kwargs: dict[str, Any] = {"trust_remote_code": trust_remote_code}
            if torch_dtype is not None:
                load_kwargs["dtype"] = torch_dtype
            self._model: Any = cast(Any, AutoModelForCausalLM.from_pretrained(source, **load_kwargs))
        except Exception as e:  # missing files, hub errors, corrupt weights, unknown architectures
            hint = ""
            if self._local_dir is None:
                hint = (
                    " (a hub id needs the network or a cached copy; offline, pass a local directory "
                    "saved with save_pretrained)"
                )
            raise ModelError(f"{self.name}: could not load model from {source!r}: {e}{hint}") from e
        try:
            self._model.to(torch_device)
        except (RuntimeError, AssertionError) as e:
            raise ModelError(f"{self.name}: could not move the model to device {device!r}: {e}") from e
        self._model.eval()

        self._template_source = "tokenizer"
        if chat_template is not None:
            self._tokenizer.chat_template = _read_template(chat_template)
            self._template_source = "argument"
        if not getattr(self._tokenizer, "chat_template", None):
            raise ModelError(
                f"{self.name}: the tokenizer has no chat template, so conversations cannot be rendered into a "
                "prompt (base models often ship none). Pass one with the chat_template option: a Jinja "
                "template string, or the path of a .jinja file"
            )

        config = self._model.config
        self._config_info = {
            "name_or_path": getattr(config, "_name_or_path", None),
            "architecture": (getattr(config, "architectures", None) or [None])[0],
            "commit": getattr(config, "_commit_hash", None),
        }
        template = self._tokenizer.chat_template
        self._template_sha = hashlib.sha256(str(template).encode()).hexdigest()[:16]
        self._eos_ids = self._collect_eos_ids()
        self._pad_id = self._tokenizer.pad_token_id
        if self._pad_id is None:
            self._pad_id = self._eos_ids[0] if self._eos_ids else 0
        self._lock = threading.Lock()
        self._alocks = LoopLocks()
        self._closed = False

    # -- prompt -----------------------------------------------------------------------------------------

    def _collect_eos_ids(self) -> list[int]:
        ids: list[int] = []
        for source in (self._model.generation_config.eos_token_id, self._tokenizer.eos_token_id):
            for i in source if isinstance(source, list | tuple) else [source]:
                if isinstance(i, int) and i not in ids:
                    ids.append(i)
        return ids

    def _messages(self, conversation: Conversation) -> list[dict[str, str]]:
        out = []
        for i, m in enumerate(conversation.messages):
            if not isinstance(m.content, str) and any(p.type != "text" for p in m.content):
                kinds = sorted({p.type for p in m.content if p.type != "text"})
                raise ModelRequestError(
                    f"{self.name}: message {i} has {', '.join(kinds)} content, but this provider is text-only"
                )
            out.append({"role": m.role, "content": m.text})
        return out

    def render_prompt(self, conversation: Conversation, params: GenerateParams | None = None) -> str:
        """The exact prompt text the model sees (chat template applied, generation prompt added)."""
        params = params or GenerateParams()
        messages = self._messages(params.apply_system_prompt(conversation))
        if not messages:
            raise ModelRequestError(f"{self.name}: empty conversation")
        try:
            text = self._tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        except Exception as e:  # a Jinja error, e.g. a template that rejects system messages
            raise ModelRequestError(f"{self.name}: the chat template failed on this conversation: {e}") from e
        return str(text)

    # -- generation -------------------------------------------------------------------------------------

    def _generate_sync(self, prompt: str, params: GenerateParams) -> Completion:
        import torch

        tok = self._tokenizer
        enc = tok(prompt, add_special_tokens=False, return_tensors="pt")
        input_ids = enc["input_ids"].to(self._model.device)
        attention_mask = enc["attention_mask"].to(self._model.device)
        prompt_len = int(input_ids.shape[1])

        kwargs: dict[str, Any] = {
            "attention_mask": attention_mask,
            "max_new_tokens": params.max_tokens,
            "eos_token_id": self._eos_ids or None,
            "pad_token_id": self._pad_id,
            "return_dict_in_generate": True,
            "output_logits": params.logprobs is not None,
        }
        if params.temperature > 0:
            kwargs.update(
                do_sample=True,
                temperature=params.temperature,
                top_p=1.0 if params.top_p is None else params.top_p,
                top_k=0,
            )
        else:
            kwargs["do_sample"] = False
        if params.stop:
            kwargs["stopping_criteria"] = [_StopOnStrings(tok, prompt_len, params.stop)]
        kwargs.update(params.extra)

        # a seeded call runs on a forked RNG so it leaves the global state alone; an unseeded one must not
        # (restoring the state would make every unseeded sample the same)
        rng = torch.random.fork_rng(devices=self._rng_devices(), enabled=params.seed is not None)
        with self._lock, rng, torch.inference_mode():
            if params.seed is not None:
                torch.manual_seed(params.seed)
            try:
                out = self._model.generate(input_ids, **kwargs)
            except (RuntimeError, ValueError, TypeError, IndexError) as e:
                raise ModelRequestError(f"{self.name}: generation failed: {type(e).__name__}: {e}") from e

        generated = [int(t) for t in out.sequences[0, prompt_len:].tolist()]
        # generate pads finished rows; with one row, anything after an end token is never produced
        finish_reason = "length"
        n_generated = len(generated)
        for i, t in enumerate(generated):
            if t in self._eos_ids:
                finish_reason, n_generated = "stop", i + 1
                break
        content_ids = [t for t in generated[:n_generated] if t not in self._eos_ids]
        text = tok.decode(content_ids, skip_special_tokens=True)
        cut = full = len(text)
        for s in params.stop:
            idx = text.find(s)
            if idx != -1 and idx < cut:
                cut = idx
        if cut < len(text):
            text = text[:cut]
            finish_reason = "stop"

        logprobs = None
        if params.logprobs is not None:
            context = [int(t) for t in input_ids[0, -4:].tolist()]
            logprobs = self._logprobs(out.logits, context, content_ids, params.logprobs, cut if cut < full else None)
        return Completion(
            text=text,
            finish_reason=finish_reason,
            logprobs=logprobs,
            usage={
                "prompt_tokens": prompt_len,
                "completion_tokens": n_generated,
                "total_tokens": prompt_len + n_generated,
            },
            model=self.path_or_name,
        )

    def _piece(self, context: list[int], token_id: int) -> str:
        """The text a token adds after ``context`` (keeps the leading space that decoding one token alone drops)."""
        tok = self._tokenizer
        before = tok.decode(context, skip_special_tokens=False)
        after = tok.decode([*context, token_id], skip_special_tokens=False)
        return str(after[len(before) :] if after.startswith(before) else tok.decode([token_id]))

    def _logprobs(
        self, logits: Any, context: list[int], content_ids: list[int], k: int, cut: int | None
    ) -> list[dict[str, Any]]:
        """OpenAI-shaped entries per content token; with a stop-string ``cut``, only tokens starting before it."""
        import torch

        tok = self._tokenizer
        entries: list[dict[str, Any]] = []
        for i, token_id in enumerate(content_ids):
            if cut is not None and i > 0 and len(tok.decode(content_ids[:i], skip_special_tokens=True)) >= cut:
                break
            window = [*context, *content_ids[:i]][-4:]
            step = torch.log_softmax(logits[i][0].float(), dim=-1)
            top: list[dict[str, Any]] = []
            if k > 0:
                values, indices = torch.topk(step, min(k, step.shape[-1]))
                top = [
                    {"token": self._piece(window, int(j)), "logprob": float(v)}
                    for v, j in zip(values.tolist(), indices.tolist(), strict=True)
                ]
            entries.append(
                {"token": self._piece(window, token_id), "logprob": float(step[token_id]), "top_logprobs": top}
            )
        return entries

    def _rng_devices(self) -> list[Any]:
        device = self._model.device
        return [device] if getattr(device, "type", "cpu") == "cuda" else []

    async def generate(self, conversation: Conversation, params: GenerateParams) -> Completion:
        """Generate one answer in a worker thread; concurrent calls wait their turn."""
        if self._closed:
            raise ModelError(f"{self.name}: the model was closed")
        prompt = self.render_prompt(conversation, params)
        async with self._alocks.current():
            return await asyncio.to_thread(self._generate_sync, prompt, params)

    # -- metadata ---------------------------------------------------------------------------------------

    def describe(self) -> dict[str, Any]:
        """Provider, model, the config's ``_name_or_path``, a weights fingerprint, template hash and versions."""
        directory = self._local_dir or self._hub_snapshot_dir()
        info: dict[str, Any] = {
            "provider": "transformers",
            "model": self.path_or_name,
            **self._config_info,
            "weights_hash": weights_fingerprint(directory) if directory else None,
            "chat_template_sha256": self._template_sha,
            "chat_template_source": self._template_source,
            "device": self.device,
            "dtype": self.dtype,
            **self._versions,
        }
        return info

    def _hub_snapshot_dir(self) -> Path | None:
        try:
            from huggingface_hub import try_to_load_from_cache

            hit = try_to_load_from_cache(self.path_or_name, "config.json")
        except Exception:
            return None
        return Path(hit).parent if isinstance(hit, str) else None

    async def aclose(self) -> None:
        """Drop the weights (and free accelerator memory)."""
        if self._closed:
            return
        self._closed = True
        async with self._alocks.current():
            on_cuda = getattr(self._model.device, "type", "cpu") == "cuda"
            self._model = None
            if on_cuda:
                import torch

                torch.cuda.empty_cache()
