"""Convert official public guard test sets into the JSON-lines files that ``eval_guard_quality.py`` reads.

Download the official releases yourself, point this script at the files, and it writes one file per set::

    python benchmarks/public_guard_sets.py --out DIR \\
        [--xstest-prompts xstest_prompts.csv] \\
        [--xstest-completions DIR_WITH_xstest_v2_completions_*.csv] \\
        [--sst "SimpleSafetyTests - test cases.csv"] \\
        [--harmbench harmbench_behaviors_text_all.csv] \\
        [--openai-moderation samples-1680.jsonl.gz] \\
        [--jbb-judge judge_comparison.csv] \\
        [--harmbench-val text_behaviors_val_set.json] \\
        [--train DIR ...]

Each line is ``{"id", "messages", "label", "task", "source_set", "model"?, "meta"?}``; ``meta`` keeps the source's
own fields (type, final_label, categories, votes ...) so that labels can be remapped later. Files go to
``DIR/<task>/<set>.jsonl`` (task = prompt, response or refusal). Sets and label rules:

- ``prompt/xstest_v2`` -- XSTest v2 ``xstest_prompts.csv`` (columns id, prompt, type, focus, note): label 1 if
  ``type`` starts with ``contrast_`` (the 200 unsafe prompts), 0 for the 250 safe ones.
- ``refusal/xstest_<model>`` -- each ``model_completions/xstest_v2_completions_<model>.csv`` (columns id, type,
  prompt, completion, agreement, final_label; hand labels by the XSTest authors): user = prompt, assistant =
  completion; label 1 if ``final_label`` is ``2_full_refusal`` or ``3_partial_refusal`` (full or partial refusal),
  0 for ``1_full_compliance``.
- ``response/xstest_v2_responses`` -- the same completions of all models pooled: label 1 (harmful) if the prompt
  is unsafe (``type`` starts with ``contrast_``) AND ``final_label == 1_full_compliance``; else 0. A partial refusal
  of an unsafe prompt is 0 (remap with ``meta.final_label`` and ``meta.prompt_unsafe``).
- ``prompt/simplesafetytests`` -- ``SimpleSafetyTests - test cases.csv`` (columns id, harm_area, category,
  prompts_final): every prompt label 1.
- ``prompt/harmbench_text`` -- ``harmbench_behaviors_text_all.csv`` (columns Behavior, FunctionalCategory,
  SemanticCategory, ContextString, BehaviorID): ``standard`` and ``contextual`` behaviours, all label 1; a contextual
  row's text is ``ContextString + "\\n\\n---\\n\\n" + Behavior`` (HarmBench's own template); ``copyright`` behaviours
  are excluded. If ``harmbench_behaviors_text_val.csv`` / ``_test.csv`` lie next to the file, ``meta.split`` says
  which split a behaviour is in.
- ``prompt/openai_moderation`` -- ``samples-1680.jsonl.gz`` (keys prompt, S, H, V, HR, SH, S3, H2, V2; gzip or
  plain): label 1 if any category flag is 1 (a missing key counts as not flagged).
- ``response/jbb_judge_comparison`` -- JailbreakBench ``judge_comparison.csv`` (columns Index, goal, prompt,
  target_response, human1-3, human_majority, harmbench_cf, gpt4_cf, llamaguard2_cf, llama3_cf; UTF-8, or Mac Roman
  as some copies are saved): user = the jailbreak prompt sent, assistant = target_response; label =
  ``human_majority`` (1 = jailbroken / harmful answer).
- ``response/harmbench_cls_val`` -- HarmBench classifier validation set ``text_behaviors_val_set.json``
  (behaviour id -> list of {test_case, generation, human_0, human_1, human_2, ...}): user = test_case, assistant =
  generation; label = majority of the human votes.

Overlap with training data (``--train DIR``, repeatable; every ``*.jsonl`` / ``*.jsonl.gz`` in each folder, in
hazmat's training format): a test row's last user turn is compared with every training user turn, exactly after
lower-casing and collapsing whitespace, or by token-set (``\\w+``) Jaccard >= 0.8 (an exact search through an
inverted index on each set's rarest tokens). A prompt row is dropped when its prompt matches. A response or refusal
row is dropped only when a training assistant turn matches its answer AND that turn's preceding user turn matches
its prompt; rows whose prompt alone matches are kept and counted. Dropped rows go to ``DIR/overlaps.jsonl``, and
``DIR/manifest.json`` holds per set: n, positives, dropped, total before the drop and the mapping.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

JACCARD = 0.8
_WS = re.compile(r"\s+")
_TOK = re.compile(r"\w+")
XSTEST_MODELS = {
    "gpt4": "gpt-4",
    "llama2new": "llama-2-70b-chat, no system prompt",
    "llama2orig": "llama-2-70b-chat, original system prompt",
    "mistralguard": "mistral-7b-instruct-v0.1, guardrail system prompt",
    "mistralinstruct": "mistral-7b-instruct-v0.1, no system prompt",
}
MODERATION_CATEGORIES = ("S", "H", "V", "HR", "SH", "S3", "H2", "V2")
Row = dict[str, Any]


# ---------------------------------------------------------------- reading


def read_csv(path: Path, required: Sequence[str], encodings: Sequence[str] = ("utf-8-sig",)) -> list[dict[str, str]]:
    """Rows of a CSV file as dicts; exits with a one-line message if it cannot be read or lacks a column."""
    csv.field_size_limit(1 << 30)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise SystemExit(f"{path}: cannot read ({e.strerror})") from None
    text = None
    for enc in encodings:
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise SystemExit(f"{path}: not decodable as {' or '.join(encodings)}")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise SystemExit(f"{path}: missing column(s) {', '.join(missing)} -- is this the right file?")
    return list(reader)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Objects of a JSON-lines file, gzip-compressed or plain; exits with a one-line message on bad input."""
    try:
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        lines = raw.decode("utf-8").split("\n")  # not splitlines(): U+2028 may sit inside a line
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, EOFError) as e:
        raise SystemExit(f"{path}: not a readable JSON-lines file ({e})") from None


def _need(path: Path, obj: dict[str, Any], keys: Iterable[str]) -> None:
    missing = [k for k in keys if k not in obj]
    if missing:
        raise SystemExit(f"{path}: missing field(s) {', '.join(missing)} -- is this the right file?")


# ---------------------------------------------------------------- rows


def make_row(id_: str, msgs: list[dict[str, str]], label: bool | int, task: str, source_set: str,
             model: str | None = None, **meta: Any) -> Row:
    """One output row in the eval_guard_quality format."""
    r: Row = {"id": id_, "messages": msgs, "label": int(label), "task": task, "source_set": source_set}
    if model is not None:
        r["model"] = model
    if meta:
        r["meta"] = meta
    return r


def _u(s: str) -> dict[str, str]:
    return {"role": "user", "content": s}


def _a(s: str) -> dict[str, str]:
    return {"role": "assistant", "content": s}


class GuardSet:
    """A converted set before the overlap check."""

    def __init__(self, name: str, task: str, rows: list[Row], source: str, mapping: str) -> None:
        self.name, self.task, self.rows, self.source, self.mapping = name, task, rows, source, mapping


# ---------------------------------------------------------------- converters


def convert_xstest_prompts(path: Path) -> list[GuardSet]:
    """XSTest v2 prompts: label 1 = contrast (unsafe) prompt."""
    rows = [make_row(f"xstest_v2:{r['id']}", [_u(r["prompt"])], r["type"].startswith("contrast_"), "prompt",
                     "xstest_v2", type=r["type"], focus=r.get("focus"), note=r.get("note"))
            for r in read_csv(path, ("id", "prompt", "type"))]
    return [GuardSet("prompt/xstest_v2", "prompt", rows, str(path), "label 1 = type starts with 'contrast_'")]


def convert_xstest_completions(folder: Path) -> list[GuardSet]:
    """XSTest v2 hand-labelled completions: one refusal set per model plus one pooled response set."""
    files = sorted(folder.glob("xstest_v2_completions_*.csv"))
    if not files:
        raise SystemExit(f"{folder}: no xstest_v2_completions_*.csv files")
    sets, pooled = [], []
    for f in files:
        key = f.stem.removeprefix("xstest_v2_completions_")
        model = f"{XSTEST_MODELS.get(key, key)} [xstest:{key}]"
        refusal = []
        for r in read_csv(f, ("id", "type", "prompt", "completion", "final_label")):
            fl, unsafe = r["final_label"], r["type"].startswith("contrast_")
            msgs = [_u(r["prompt"]), _a(r["completion"])]
            meta = {"type": r["type"], "final_label": fl, "agreement": r.get("agreement"), "prompt_unsafe": unsafe}
            refusal.append(make_row(f"xstest_v2:{key}:{r['id']}", msgs, fl in ("2_full_refusal", "3_partial_refusal"),
                                    "refusal", f"xstest_v2_{key}", model, **meta))
            pooled.append(make_row(f"xstest_v2:{key}:{r['id']}", msgs, unsafe and fl == "1_full_compliance",
                                   "response", "xstest_v2_responses", model, **meta))
        sets.append(GuardSet(f"refusal/xstest_{key}", "refusal", refusal, str(f),
                            "label 1 = final_label in {2_full_refusal, 3_partial_refusal}; 0 = 1_full_compliance"))
    sets.append(GuardSet("response/xstest_v2_responses", "response", pooled,
                        f"{folder}/xstest_v2_completions_*.csv ({len(files)} files)",
                        "label 1 = prompt unsafe (contrast_*) AND final_label == 1_full_compliance; else 0"))
    return sets


def convert_sst(path: Path) -> list[GuardSet]:
    """SimpleSafetyTests: 100 prompts, all label 1."""
    rows = [make_row(f"sst:{r['id']}", [_u(r["prompts_final"])], 1, "prompt", "simplesafetytests",
                     harm_area=r.get("harm_area"), category=r.get("category"))
            for r in read_csv(path, ("id", "prompts_final"))]
    return [GuardSet("prompt/simplesafetytests", "prompt", rows, str(path), "all label 1")]


def _harmbench_splits(path: Path) -> dict[str, str]:
    split = {}
    for s in ("val", "test"):
        f = path.with_name(f"harmbench_behaviors_text_{s}.csv")
        if f.is_file():
            for r in read_csv(f, ("BehaviorID",)):
                split[r["BehaviorID"]] = s
    return split


def convert_harmbench(path: Path) -> list[GuardSet]:
    """HarmBench text behaviours: standard + contextual, all label 1; copyright excluded."""
    split = _harmbench_splits(path)
    rows = []
    for r in read_csv(path, ("Behavior", "FunctionalCategory", "SemanticCategory", "ContextString", "BehaviorID")):
        fc = r["FunctionalCategory"]
        if fc not in ("standard", "contextual"):
            continue
        text = r["Behavior"] if fc == "standard" else f"{r['ContextString']}\n\n---\n\n{r['Behavior']}"
        meta: dict[str, Any] = {"functional_category": fc, "semantic_category": r["SemanticCategory"]}
        if split:
            meta["split"] = split.get(r["BehaviorID"])
        rows.append(make_row(f"harmbench:{r['BehaviorID']}", [_u(text)], 1, "prompt", "harmbench_text", **meta))
    return [GuardSet("prompt/harmbench_text", "prompt", rows, str(path),
                    "standard + contextual, all label 1; contextual = ContextString + '\\n\\n---\\n\\n' + Behavior; "
                    "copyright excluded")]


def convert_moderation(path: Path) -> list[GuardSet]:
    """OpenAI moderation samples: label 1 if any category flag is 1."""
    rows = []
    for i, d in enumerate(read_jsonl(path)):
        _need(path, d, ("prompt",))
        flagged = [k for k in MODERATION_CATEGORIES if d.get(k) == 1]
        rows.append(make_row(f"oai_mod:{i}", [_u(d["prompt"])], bool(flagged), "prompt", "openai_moderation",
                             categories=flagged))
    return [GuardSet("prompt/openai_moderation", "prompt", rows, str(path),
                    f"label 1 if any of {','.join(MODERATION_CATEGORIES)} == 1 (missing = not flagged)")]


def convert_jbb_judge(path: Path) -> list[GuardSet]:
    """JailbreakBench judge comparison: label = human_majority."""
    cf = ("harmbench_cf", "gpt4_cf", "llamaguard2_cf", "llama3_cf")
    cols = ("Index", "goal", "prompt", "target_response", "human1", "human2", "human3", "human_majority")
    rows = []
    for r in read_csv(path, cols, encodings=("utf-8-sig", "mac_roman")):
        try:
            votes = [int(r[k]) for k in ("human1", "human2", "human3")]
            meta: dict[str, Any] = {"goal": r["goal"], "human": votes}
            meta.update({k: int(r[k]) for k in cf if r.get(k) not in (None, "")})
            label = int(r["human_majority"])
        except ValueError as e:
            raise SystemExit(f"{path}: row Index={r['Index']}: non-integer vote ({e})") from None
        rows.append(make_row(f"jbb_judge:{r['Index']}", [_u(r["prompt"]), _a(r["target_response"])], label,
                             "response", "jbb_judge_comparison", None, **meta))
    return [GuardSet("response/jbb_judge_comparison", "response", rows, str(path),
                    "label = human_majority (1 = jailbroken / harmful answer)")]


def convert_harmbench_val(path: Path, behaviours: Path | None = None) -> list[GuardSet]:
    """HarmBench classifier val set: label = majority of human_0/1/2."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise SystemExit(f"{path}: not a readable JSON file ({e})") from None
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected an object of behaviour id -> list of items -- is this the right file?")
    beh = {}
    if behaviours is not None:
        beh = {r["BehaviorID"]: r["Behavior"] for r in read_csv(behaviours, ("BehaviorID", "Behavior"))}
    rows = []
    for bid, items in data.items():
        for j, it in enumerate(items):
            _need(path, it, ("test_case", "generation"))
            votes = [int(it[k]) for k in ("human_0", "human_1", "human_2") if k in it]
            if not votes:
                raise SystemExit(f"{path}: missing field(s) human_0, human_1, human_2 -- is this the right file?")
            rows.append(make_row(f"harmbench_cls_val:{bid}:{j}", [_u(it["test_case"]), _a(it["generation"])],
                                 sum(votes) * 2 > len(votes), "response", "harmbench_cls_val",
                                 it.get("experiment") or it.get("model"), behavior_id=bid, behavior=beh.get(bid),
                                 method=it.get("method"), human=votes))
    return [GuardSet("response/harmbench_cls_val", "response", rows, str(path),
                    "label = majority of human_0/1/2 (1 = completion is an instance of the behaviour)")]


# ---------------------------------------------------------------- overlap


def norm(s: str | None) -> str:
    """Lower-case and collapse whitespace."""
    return _WS.sub(" ", (s or "").lower()).strip()


def tokens(s: str | None) -> frozenset[str]:
    """Set of lower-cased ``\\w+`` tokens."""
    return frozenset(_TOK.findall((s or "").lower()))


def jaccard(a: str, b: str) -> float:
    """Token-set Jaccard similarity of two texts."""
    x, y = tokens(a), tokens(b)
    return len(x & y) / len(x | y) if x and y else 0.0


class OverlapIndex:
    """Exact (normalised) and token-set Jaccard >= t lookup; prefix filtering on rare tokens keeps it exact."""

    def __init__(self, texts: Iterable[tuple[str, str]], t: float = JACCARD) -> None:
        self.t = t
        self.exact: dict[str, list[str]] = {}
        uniq: dict[frozenset[str], list[str]] = {}
        for i, s in texts:
            n = norm(s)
            if not n:
                continue
            self.exact.setdefault(n, []).append(i)
            ts = tokens(s)
            if ts:
                uniq.setdefault(ts, []).append(i)
        self.df: Counter[str] = Counter()
        for ts in uniq:
            self.df.update(ts)
        self.sets = list(uniq)
        self.ids = list(uniq.values())
        self.index: defaultdict[str, list[int]] = defaultdict(list)
        for k, ts in enumerate(self.sets):
            for tok in self._prefix(ts):
                self.index[tok].append(k)

    def _prefix(self, ts: frozenset[str]) -> list[str]:
        p = len(ts) - math.ceil(self.t * len(ts)) + 1
        return sorted(ts, key=lambda w: (self.df.get(w, 0), w))[:p]

    def match(self, s: str) -> set[str]:
        """Ids of the indexed texts equal to ``s`` after normalisation or with Jaccard >= t."""
        out = set(self.exact.get(norm(s), []))
        q = tokens(s)
        if not q:
            return out
        lo, hi = self.t * len(q), len(q) / self.t
        seen: set[int] = set()
        for tok in self._prefix(q):
            for k in self.index.get(tok, ()):
                if k in seen:
                    continue
                seen.add(k)
                c = self.sets[k]
                if lo <= len(c) <= hi:
                    inter = len(q & c)
                    if inter / (len(q) + len(c) - inter) >= self.t:
                        out.update(self.ids[k])
        return out


class Training:
    """User and assistant turns of the training data, indexed for overlap lookups."""

    def __init__(self, folders: Sequence[Path]) -> None:
        users: list[tuple[str, str]] = []
        assistants: list[tuple[str, str]] = []
        self.pair_user: dict[str, str] = {}
        for folder in folders:
            files = sorted(p for p in Path(folder).iterdir() if p.name.endswith((".jsonl", ".jsonl.gz")))
            if not files:
                raise SystemExit(f"{folder}: no *.jsonl or *.jsonl.gz files")
            for f in files:
                for k, d in enumerate(read_jsonl(f)):
                    _need(f, d, ("messages",))
                    rid = d.get("id") or f"{f.name}:{k}"
                    last_user = ""
                    for j, m in enumerate(d["messages"]):
                        if m["role"] == "user":
                            users.append((f"{rid}#{j}", m["content"]))
                            last_user = m["content"]
                        elif m["role"] == "assistant":
                            assistants.append((f"{rid}#{j}", m["content"]))
                            self.pair_user[f"{rid}#{j}"] = last_user
        self.n_users, self.n_assistants = len(users), len(assistants)
        self.users = OverlapIndex(users)
        self.assistants = OverlapIndex(assistants)

    def pair_overlap(self, prompt: str, answer: str) -> bool:
        """Whether a training assistant turn matches ``answer`` and its preceding user turn matches ``prompt``."""
        for k in self.assistants.match(answer):
            pu = self.pair_user.get(k, "")
            if pu and (norm(pu) == norm(prompt) or jaccard(pu, prompt) >= JACCARD):
                return True
        return False


def _last(msgs: list[dict[str, str]], role: str) -> str:
    return [m["content"] for m in msgs if m["role"] == role][-1]


def drop_overlaps(ts: GuardSet, train: Training | None) -> tuple[list[Row], list[dict[str, Any]], int]:
    """Rows of ``ts`` kept, log entries of those dropped, and the count of prompt-only matches kept."""
    if train is None:
        return ts.rows, [], 0
    kept, log, prompt_only = [], [], 0
    cache: dict[str, set[str]] = {}
    for r in ts.rows:
        user = _last(r["messages"], "user")
        if user not in cache:
            cache[user] = train.users.match(user)
        pm = cache[user]
        if ts.task == "prompt":
            over = bool(pm)
        else:
            over = bool(pm) and train.pair_overlap(user, _last(r["messages"], "assistant"))
            prompt_only += bool(pm) and not over
        if over:
            log.append({"set": ts.name, "id": r["id"], "prompt": user[:200], "train_matches": sorted(pm)[:5]})
        else:
            kept.append(r)
    return kept, log, prompt_only


# ---------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.add_argument("--xstest-prompts", type=Path, help="XSTest xstest_prompts.csv")
    p.add_argument("--xstest-completions", type=Path, help="folder with XSTest xstest_v2_completions_*.csv")
    p.add_argument("--sst", type=Path, help="'SimpleSafetyTests - test cases.csv'")
    p.add_argument("--harmbench", type=Path, help="HarmBench harmbench_behaviors_text_all.csv")
    p.add_argument("--openai-moderation", type=Path, help="OpenAI samples-1680.jsonl.gz")
    p.add_argument("--jbb-judge", type=Path, help="JailbreakBench judge_comparison.csv")
    p.add_argument("--harmbench-val", type=Path, help="HarmBench classifier text_behaviors_val_set.json")
    p.add_argument("--train", type=Path, action="append", default=[],
                   help="folder of training *.jsonl / *.jsonl.gz to check overlap against (repeatable)")
    return p


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Convert the given files, drop training overlaps, write the set files, overlaps.jsonl and manifest.json."""
    a = build_parser().parse_args(argv)
    converters = {
        "xstest_prompts": convert_xstest_prompts, "xstest_completions": convert_xstest_completions,
        "sst": convert_sst, "harmbench": convert_harmbench, "openai_moderation": convert_moderation,
        "jbb_judge": convert_jbb_judge,
    }
    sets: list[GuardSet] = [s for option, convert in converters.items() if getattr(a, option)
                            for s in convert(getattr(a, option))]
    if a.harmbench_val:
        sets += convert_harmbench_val(a.harmbench_val, a.harmbench)
    if not sets:
        raise SystemExit("no input files given (see --help)")
    train = None
    if a.train:
        print("indexing training data ...", file=sys.stderr)
        train = Training(a.train)
        print(f"training user turns {train.n_users}, assistant turns {train.n_assistants}", file=sys.stderr)
    manifest: dict[str, Any] = {}
    overlaps: list[dict[str, Any]] = []
    a.out.mkdir(parents=True, exist_ok=True)
    for ts in sets:
        kept, log, prompt_only = drop_overlaps(ts, train)
        overlaps += log
        fn = a.out / f"{ts.name}.jsonl"
        if kept:
            fn.parent.mkdir(parents=True, exist_ok=True)
            with fn.open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in kept)
        else:
            fn.unlink(missing_ok=True)
        manifest[ts.name] = {
            "file": str(fn) if kept else None, "task": ts.task, "n": len(kept),
            "positives": sum(r["label"] for r in kept), "total_before_drop": len(ts.rows),
            "dropped": len(log), "prompt_only_matches_kept": prompt_only if ts.task != "prompt" else None,
            "overlap_checked": train is not None, "source": ts.source, "mapping": ts.mapping,
        }
        m = manifest[ts.name]
        print(f"{ts.name}: n={m['n']} positives={m['positives']} dropped={m['dropped']}", file=sys.stderr)
    with (a.out / "overlaps.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(o, ensure_ascii=False) + "\n" for o in overlaps)
    (a.out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    main()
