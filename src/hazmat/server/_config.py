"""Configuration of ``hazmat serve``: one pydantic model, loadable from YAML, and API-key hashing.

Keys are never stored in the clear: the config holds a hash, either ``sha256`` hex of the key (fine for
the random, high-entropy keys ``hazmat serve-key`` makes) or ``pbkdf2_sha256$ITERATIONS$SALT$HASH``
(for keys a person chose). :func:`new_key` makes a key and its hash; :func:`verify_key` checks a
presented key against one stored hash in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import HazmatError

KEY_PREFIX = "hzm-"
PBKDF2_PREFIX = "pbkdf2_sha256"
PBKDF2_ITERATIONS = 600_000
DEFAULT_REFUSAL = "I can't help with that."


class ServeConfigError(HazmatError):
    """The ``hazmat serve`` configuration is malformed or inconsistent."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KeySpec(_Strict):
    """One API key: a name (shown in metrics and logs), its hash, and its rate limits."""

    name: str = Field(min_length=1, description="Name of the key's holder; appears in metrics and logs.")
    hash: str = Field(description="sha256 hex of the key, or pbkdf2_sha256$ITERATIONS$SALT$HASH.")
    rpm: int | None = Field(default=600, ge=1, description="Requests per minute (token bucket); null: unlimited.")
    tpm: int | None = Field(default=None, ge=1, description="Input tokens per minute (~4 characters a token).")

    @field_validator("hash")
    @classmethod
    def _check_hash(cls, v: str) -> str:
        v = v.strip()
        if v.startswith(PBKDF2_PREFIX + "$"):
            parts = v.split("$")
            if len(parts) != 4 or not parts[1].isdigit() or not parts[2] or not parts[3]:
                raise ValueError("expected pbkdf2_sha256$ITERATIONS$SALT$HASH")
            return v
        if len(v) != 64 or any(c not in "0123456789abcdef" for c in v.lower()):
            raise ValueError("expected 64 hex digits (sha256 of the key) or pbkdf2_sha256$ITERATIONS$SALT$HASH; "
                             "make one with `hazmat serve-key`")
        return v.lower()


class UpstreamSettings(_Strict):
    """The OpenAI-compatible chat server that ``/v1/chat/completions`` forwards to."""

    base_url: str = Field(description="e.g. http://127.0.0.1:8001/v1 (vLLM, Ollama, llama.cpp, OpenAI).")
    api_key_env: str | None = Field(default=None, description="Environment variable holding the upstream key.")
    timeout: float = Field(default=120.0, gt=0, description="Seconds for one upstream request.")


class ProxySettings(_Strict):
    """How the guarded chat proxy checks prompts and (streamed) answers."""

    refusal_message: str = DEFAULT_REFUSAL
    hold_back_tokens: int = Field(default=16, ge=0)
    check_every_tokens: int = Field(default=8, ge=1)
    check_prompt: bool = True
    check_response: bool = True
    fail_open: bool = False


class ServeConfig(_Strict):
    """Everything ``hazmat serve`` needs; every field has a safe default."""

    guard: str = "hazmat-minilm"
    guard_options: dict[str, Any] = Field(default_factory=dict, description="Keyword options of the guard.")
    guard_profile: str | None = Field(default=None, description="A hazmat.guard-profile/1 file (`hazmat calibrate`) "
                                      "applied to the guard: calibrated score, fitted thresholds.")
    taxonomy: str = Field(default="openai", description="Taxonomy of /v1/moderations results.")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    batching: bool = True
    max_batch: int = Field(default=32, ge=1)
    max_wait_ms: float = Field(default=5.0, ge=0)
    batch_concurrency: int = Field(default=1, ge=1, le=64, description="Guard calls that may run at once.")
    fair_queueing: bool = Field(default=True, description="Serve clients (API keys, else addresses) round-robin, "
                                "so a heavy client cannot make the others wait for all its inputs.")
    max_batch_chars: int = Field(default=50_000, ge=1, description="A batch stops growing at this many characters.")
    max_body_bytes: int = Field(default=1_000_000, ge=1)
    max_input_chars: int = Field(default=100_000, ge=1, description="Per input (or per conversation); 413 over it.")
    max_inputs: int = Field(default=256, ge=1, description="Inputs in one /v1/moderations request.")
    keys: list[KeySpec] = Field(default_factory=list)
    auth_failures_per_minute: int = Field(default=10, ge=1, description="Failed key checks allowed per client "
                                          "address and minute; past it, unknown tokens get 429 before hashing.")
    max_pending_key_checks: int = Field(default=8, ge=1, description="PBKDF2 key checks that may wait for the "
                                        "key-check thread; more unknown tokens get 429 at once.")
    require_auth: bool | None = Field(default=None, description="Default: true when keys are given.")
    metrics_require_auth: bool = False
    upstream: UpstreamSettings | None = None
    proxy: ProxySettings = Field(default_factory=ProxySettings)
    log_level: Literal["critical", "error", "warning", "info", "debug"] = "info"
    access_log: bool = True
    forwarded_allow_ips: str = Field(default="127.0.0.1", description="Proxies trusted for X-Forwarded-For.")
    graceful_timeout_s: int = Field(default=10, ge=0, description="Seconds to finish requests in flight.")

    @model_validator(mode="after")
    def _check(self) -> ServeConfig:
        if self.require_auth and not self.keys:
            raise ValueError("require_auth is true but no keys are configured; add keys (`hazmat serve-key`)")
        names = [k.name for k in self.keys]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ValueError(f"duplicate key names: {', '.join(dup)}")
        return self

    @property
    def auth_required(self) -> bool:
        """Whether every /v1 request needs a valid key."""
        return bool(self.keys) if self.require_auth is None else self.require_auth

    @classmethod
    def from_yaml(cls, path: str | Path) -> ServeConfig:
        """Load a YAML file; errors name the file and the field."""
        p = Path(path)
        if not p.is_file():
            raise ServeConfigError(f"config file {p} does not exist")
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            raise ServeConfigError(f"config file {p} is not valid YAML: {e}") from None
        if not isinstance(data, dict):
            raise ServeConfigError(f"config file {p}: expected a mapping of settings at the top level")
        return cls.load(data, where=str(p))

    @classmethod
    def load(cls, data: dict[str, Any], where: str = "config") -> ServeConfig:
        """Validate a mapping, turning pydantic's errors into one readable :class:`ServeConfigError`."""
        try:
            return cls.model_validate(data)
        except ValidationError as e:
            problems = "; ".join(
                f"{'.'.join(str(x) for x in err['loc']) or 'config'}: {err['msg']}" for err in e.errors()
            )
            raise ServeConfigError(f"{where}: {problems}") from None


def _sha256_hex(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def hash_key(key: str, scheme: Literal["sha256", "pbkdf2_sha256"] = "sha256",
             iterations: int = PBKDF2_ITERATIONS) -> str:
    """The stored form of ``key``: sha256 hex, or ``pbkdf2_sha256$ITERATIONS$SALT$HASH`` (slow on purpose)."""
    if scheme == "sha256":
        return _sha256_hex(key)
    salt = secrets.token_hex(16)
    dk = hashlib.pbkdf2_hmac("sha256", key.encode("utf-8"), salt.encode("ascii"), iterations)
    return f"{PBKDF2_PREFIX}${iterations}${salt}${base64.b64encode(dk).decode('ascii')}"


def verify_key(key: str, stored: str) -> bool:
    """Whether ``key`` hashes to ``stored``; the comparison takes the same time wherever they differ."""
    if stored.startswith(PBKDF2_PREFIX + "$"):
        _, iters, salt, expected = stored.split("$")
        dk = hashlib.pbkdf2_hmac("sha256", key.encode("utf-8"), salt.encode("ascii"), int(iters))
        return hmac.compare_digest(base64.b64encode(dk).decode("ascii"), expected)
    return hmac.compare_digest(_sha256_hex(key), stored)


def new_key(scheme: Literal["sha256", "pbkdf2_sha256"] = "sha256") -> tuple[str, str]:
    """A fresh random API key (256 bits) and its hash for the config's ``keys``."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    return key, hash_key(key, scheme)


def print_new_key(name: str = "default", rpm: int = 600, scheme: Literal["sha256", "pbkdf2_sha256"] = "sha256") -> str:
    """Text announcing a new key and the YAML lines to paste under ``keys:`` (the key is shown only once)."""
    key, hashed = new_key(scheme)
    return (
        f"key:  {key}\n"
        f"hash: {hashed}\n\n"
        "# add under `keys:` in the serve config (the key itself is not stored anywhere):\n"
        f"  - name: {name}\n"
        f"    hash: \"{hashed}\"\n"
        f"    rpm: {rpm}\n"
    )
