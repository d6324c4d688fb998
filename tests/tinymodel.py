"""A tiny, random, fully local chat model for tests: no hub, no download, built in about a second.

``build_tiny_chat_model(dir)`` writes into ``dir`` a 2-layer Llama-architecture causal LM (hidden size 32,
random weights from a fixed seed) and a BPE tokenizer trained on the spot on invented sentences, wrapped as
a ``PreTrainedTokenizerFast`` with a small Jinja chat template::

    <|system|>
    You are terse.<|end|>
    <|user|>
    Hello<|end|>
    <|assistant|>

``<|end|>`` is the end-of-sequence token. The output is gibberish made of corpus words, but deterministic
for a given seed, which is all the plumbing tests need. Load it with ``hazmat.models.load_model("hf/DIR")``.
"""

from __future__ import annotations

import random
from pathlib import Path

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}<|end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
SPECIAL_TOKENS = ["<unk>", "<pad>", "<s>", "<|end|>", "<|system|>", "<|user|>", "<|assistant|>", "<|tool|>"]

_SUBJECTS = ["the robot", "a small cat", "my neighbour", "the river", "a quiet teacher", "the old lamp", "every bird"]
_VERBS = ["sees", "paints", "answers", "follows", "remembers", "builds", "carries", "refuses"]
_OBJECTS = ["a blue house", "the garden", "seven apples", "the question", "a long song", "the safe road", "it"]
_TAILS = ["today.", "at night.", "with care!", "again?", "slowly, then fast.", "because it can.", "in 2024."]


def _corpus(n: int = 400, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    lines = [
        f"{rng.choice(_SUBJECTS).capitalize()} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
        for _ in range(n)
    ]
    # every printable ASCII character, so that any English prompt tokenizes without <unk>
    lines.append("".join(chr(c) for c in range(32, 127)))
    lines.append("You are a helpful assistant. Answer yes or no.\nI can not help with that.")
    return lines


def build_tiny_chat_model(dir: Path, *, chat_template: bool = True, seed: int = 0, vocab_size: int = 300) -> Path:
    """Write a tiny random chat model (weights, config, tokenizer) into ``dir`` and return ``dir``.

    ``chat_template=False`` saves the tokenizer without a chat template (to test that error path).
    The same ``seed`` gives byte-identical weights.
    """
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    dir = Path(dir)
    dir.mkdir(parents=True, exist_ok=True)

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, show_progress=False)
    tok.train_from_iterator(_corpus(seed=seed), trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="<unk>",
        pad_token="<pad>",
        bos_token="<s>",
        eos_token="<|end|>",
        additional_special_tokens=SPECIAL_TOKENS[4:],
    )
    if chat_template:
        tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(dir)

    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=1024,
        initializer_range=0.2,  # less flat than the default 0.02: top-k orders and greedy runs are clear-cut
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=False,
    )
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = LlamaForCausalLM(config)
    model.save_pretrained(dir)
    return dir
