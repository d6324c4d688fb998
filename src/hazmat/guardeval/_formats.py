"""Loaders for labelled guard-evaluation files: hazmat's chat JSON lines and public benchmarks' own files.

Each format is detected by its columns (or named with ``format=``) and turned into :class:`LabelledItem` s.
A row whose label is missing is skipped and counted with the reason; a row that is malformed (a label
value the format does not define, a wrong type) is an :class:`InputError` naming the file and line.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import HazmatError, InputError
from ..taxonomy import Taxonomy
from ..types import Conversation, Message
from ._items import LabelledData, LabelledItem, Task, check_task, resolve_taxonomy
from ._read import Row, read_rows


@dataclass
class Options:
    """Settings a loader may need, and what it noted while reading."""

    path: Path
    task: Task | None = None
    taxonomy: Taxonomy | None = None
    stated: Taxonomy | None = None
    needs_caution: str = "unsafe"
    partial_refusal: str = "refusal"
    behaviors: Path | None = None
    skipped: Counter[str] = field(default_factory=Counter)
    unknown_categories: Counter[str] = field(default_factory=Counter)


class Skip:
    """Marker for a row (or one item of it) left out, with the reason."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


Converted = Iterator[LabelledItem | Skip]
Converter = Callable[[list[Row], Options], Converted]

_MISSING = (None, "", "none", "null", "nan", "n/a")
_POSITIVE = {"1", "true", "yes", "unsafe", "harmful", "toxic", "refusal", "refused", "flagged", "1.0"}
_NEGATIVE = {"0", "false", "no", "safe", "unharmful", "benign", "non-toxic", "compliance", "complied", "0.0"}


def _missing(value: Any) -> bool:
    if isinstance(value, float) and value != value:  # NaN from a Parquet/CSV export
        return True
    return value is None or (isinstance(value, str) and value.strip().lower() in _MISSING)


def parse_binary(value: Any, where: str, column: str) -> int | None:
    """0 / 1 from a 0/1 number, a bool, or a word (safe/unsafe, harmful/unharmful, refusal/compliance, ...);
    None when missing. Anything else is an :class:`InputError`."""
    if _missing(value):
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and value in (0, 1):
        return int(value)
    if isinstance(value, str):
        v = value.strip().lower()
        if v in _POSITIVE:
            return 1
        if v in _NEGATIVE:
            return 0
    raise InputError(f"{where}: {column} must be 0/1, true/false or safe/unsafe, got {value!r}")


def _text(row: Row, *keys: str, required: bool = True) -> str:
    for k in keys:
        v = row.data.get(k)
        if isinstance(v, str):
            return v
        if v is not None and not _missing(v):
            raise InputError(f"{row.where}: {k!r} must be a string, got {type(v).__name__}")
    if required:
        raise InputError(f"{row.where}: missing {' or '.join(repr(k) for k in keys)}")
    return ""


def _row_id(row: Row, *keys: str) -> str:
    for k in keys:
        v = row.data.get(k)
        if not _missing(v):
            return str(v)
    return str(row.line)


def prompt_conversation(prompt: str) -> Conversation:
    """A single user turn."""
    return Conversation.of(prompt)


def response_conversation(prompt: str, response: str) -> Conversation:
    """A user turn and the assistant's answer (the answer alone when there is no prompt)."""
    if prompt.strip():
        return Conversation.of(("user", prompt), ("assistant", response))
    return Conversation.of(("assistant", response))


def _categories(tax: Taxonomy, names: Any, opts: Options, where: str) -> frozenset[str]:
    """Category ids of ``tax`` for a list or comma-separated string of ids, names or aliases; unknown names
    are counted (reported in the notes), not fatal: public files spell categories loosely."""
    if _missing(names):
        return frozenset()
    if isinstance(names, str):
        parts = [p.strip() for p in names.split(",")]
    elif isinstance(names, list | tuple):
        parts = [str(p).strip() for p in names]
    else:
        raise InputError(f"{where}: categories must be a list or a comma-separated string, got {type(names).__name__}")
    out = set()
    for p in parts:
        if not p:
            continue
        cid = tax.resolve(p)
        if cid is None:
            opts.unknown_categories[p] += 1
        else:
            out.add(cid)
    return frozenset(out)


def _bool_dict(value: Any, where: str, column: str) -> dict[str, bool]:
    if _missing(value):
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise InputError(f"{where}: {column} must be a JSON object of booleans") from None
    if not isinstance(value, Mapping):
        raise InputError(f"{where}: {column} must be an object of category: true/false, got {type(value).__name__}")
    return {str(k): bool(parse_binary(v, where, f"{column}[{k!r}]")) for k, v in value.items()}


def _dict_categories(tax: Taxonomy, flags: dict[str, bool], opts: Options) -> frozenset[str]:
    out = set()
    for k, on in flags.items():
        if on:
            cid = tax.resolve(k) if k not in tax else k
            if cid is None:
                opts.unknown_categories[k] += 1
            else:
                out.add(cid)
    return frozenset(out)


# ---- hazmat's own format ----------------------------------------------------------------------------------


def convert_chat(rows: list[Row], opts: Options) -> Converted:
    """``{"id", "messages" | "text", "label", "labels", "taxonomy", "task"}`` per line. Without ``task``, a row
    ending with a user turn is a prompt item and one ending with an assistant turn a response item (a
    refusal item under ``--task refusal``)."""
    for row in rows:
        d = row.data
        try:
            if "messages" in d:
                conv = Conversation.from_messages(d["messages"], where="messages")
            elif isinstance(d.get("text"), str):
                conv = Conversation.of(d["text"])
            else:
                raise InputError("needs 'messages' (a list of chat messages) or 'text' (a string)")
        except HazmatError as e:
            raise InputError(f"{row.where}: {e}") from None
        task = check_task(d["task"]) if isinstance(d.get("task"), str) else None
        if task is None:  # by the last turn; an answer's label is a refusal label under --task refusal
            task = "prompt" if conv.last.role != "assistant" else "refusal" if opts.task == "refusal" else "response"
        tax: Taxonomy | None = opts.taxonomy
        if not _missing(d.get("taxonomy")):
            try:
                tax = resolve_taxonomy(str(d["taxonomy"]))
            except HazmatError as e:
                raise InputError(f"{row.where}: {e}") from None
            if opts.stated is None:
                opts.stated = tax
            elif tax.id != opts.stated.id:
                raise InputError(f"{row.where}: taxonomy {tax.id!r} differs from {opts.stated.id!r} of earlier "
                                 "rows; one file states one taxonomy")
        names = d.get("labels", d.get("categories"))
        labels: frozenset[str] = frozenset()
        if not _missing(names) and names != []:
            if tax is None:
                raise InputError(f"{row.where}: 'labels' need a taxonomy: add \"taxonomy\" to the row, "
                                 "or pass --taxonomy")
            labels = _categories(tax, names, opts, row.where)
        label = parse_binary(d.get("label"), row.where, "label")
        if label is None and labels and task != "refusal":
            label = 1  # a harm category implies unsafe
        yield LabelledItem(_row_id(row, "id"), conv, task, label, labels, tax.id if tax and labels else None, row.line)


# ---- public benchmark files ---------------------------------------------------------------------------------


def convert_toxicchat(rows: list[Row], opts: Options) -> Converted:
    """ToxicChat (lmsys/toxic-chat): user_input, toxicity (0/1), jailbreaking (0/1); label = toxicity."""
    for row in rows:
        label = parse_binary(row.data.get("toxicity"), row.where, "toxicity")
        meta = {"jailbreaking": parse_binary(row.data.get("jailbreaking"), row.where, "jailbreaking")}
        yield LabelledItem(_row_id(row, "conv_id", "id"), prompt_conversation(_text(row, "user_input")), "prompt",
                           label, line=row.line, meta=meta)


OPENAI_CODES = {"S": "sexual", "H": "hate", "V": "violence", "HR": "harassment", "SH": "self-harm",
                "S3": "sexual/minors", "H2": "hate/threatening", "V2": "violence/graphic"}


def convert_openai(rows: list[Row], opts: Options) -> Converted:
    """OpenAI moderation eval (samples-1680.jsonl.gz): prompt and S, H, V, HR, SH, S3, H2, V2 (0/1 or missing).
    Label = 1 if any present code is 1; categories in the ``openai`` taxonomy; no code present: skipped."""
    for row in rows:
        present = {c: parse_binary(row.data.get(c), row.where, c) for c in OPENAI_CODES}
        present = {c: v for c, v in present.items() if v is not None}
        if not present:
            yield Skip("no category label present")
            continue
        labels = frozenset(OPENAI_CODES[c] for c, v in present.items() if v == 1)
        yield LabelledItem(_row_id(row, "id"), prompt_conversation(_text(row, "prompt")), "prompt",
                           int(bool(labels)), labels, "openai", row.line, meta={"present": sorted(present)})


_ROLE_MARKERS = {"user": "user", "human": "user", "assistant": "assistant", "agent": "assistant", "bot": "assistant",
                 "ai": "assistant", "response": "assistant", "system": "system"}


def split_dialogue(text: str) -> Conversation:
    """Turns of a dialogue written as ``User: ...`` / ``Assistant: ...`` (or Human/Agent/Bot) lines; the
    whole text as one user turn when it has no such markers."""
    messages: list[Message] = []
    role: str | None = None
    buf: list[str] = []
    for line in text.splitlines():
        head, sep, rest = line.partition(":")
        marker = _ROLE_MARKERS.get(head.strip().lower()) if sep and len(head) <= 12 else None
        if marker is not None:
            if role is not None:
                messages.append(Message(role=role, content="\n".join(buf).strip()))  # type: ignore[arg-type]
            role, buf = marker, [rest.strip()]
        elif role is not None:
            buf.append(line)
    if role is None:
        return Conversation.of(text)
    messages.append(Message(role=role, content="\n".join(buf).strip()))  # type: ignore[arg-type]
    return Conversation(messages=tuple(m for m in messages if m.text or m is messages[-1]))


def convert_aegis1(rows: list[Row], opts: Options) -> Converted:
    """Aegis 1.0 (nvidia/Aegis-AI-Content-Safety-Dataset-1.0, HF export): id, text, text_type, num_annotations,
    labels_0..labels_4 (one annotator each: "Safe", "Needs Caution", or category names, comma-separated;
    "None" or empty when that annotator did not label). Label: unsafe when at least half of the annotators
    who labelled voted anything but "Safe" (a tie is unsafe; "Needs Caution" votes count as unsafe unless
    ``needs_caution="safe"``); categories: the union of those the unsafe voters named. ``user_message`` rows
    are prompts, ``llm_response`` rows responses without their prompt, and ``combined``/``multi_turn``
    rows dialogues split on ``User:``/``Assistant:``-style line prefixes (a response item when the last turn
    is the assistant's). Rows nobody labelled are skipped."""
    tax = resolve_taxonomy("aegis1")
    for row in rows:
        text = _text(row, "text")
        kind = str(row.data.get("text_type") or "").strip().lower()
        votes: list[frozenset[str] | None] = []  # None: a safe vote; a set: unsafe with those categories
        i = 0
        while f"labels_{i}" in row.data:
            raw = row.data[f"labels_{i}"]
            i += 1
            if _missing(raw):
                continue
            names = [p.strip() for p in str(raw).split(",") if p.strip()]
            low = {n.lower() for n in names}
            if low <= {"safe"} or (low <= {"needs caution", "safe"} and opts.needs_caution == "safe"):
                votes.append(None)
            else:
                votes.append(_categories(tax, [n for n in names if n.lower() != "safe"], opts, row.where))
        if not votes:
            yield Skip("no annotation")
            continue
        unsafe = [v for v in votes if v is not None]
        label = int(2 * len(unsafe) >= len(votes))  # majority; a tie counts as unsafe
        labels = frozenset().union(*unsafe) if label else frozenset()
        if kind == "user_message":
            conv = prompt_conversation(text)
        elif kind == "llm_response":
            conv = Conversation.of(("assistant", text))
        else:  # combined / multi_turn: a written dialogue
            conv = split_dialogue(text)
        task: Task = "response" if conv.last.role == "assistant" else "prompt"
        yield LabelledItem(_row_id(row, "id"), conv, task, label, labels, tax.id, row.line,
                           meta={"text_type": kind, "votes": len(votes), "unsafe_votes": len(unsafe)})


def convert_aegis2(rows: list[Row], opts: Options) -> Converted:
    """Aegis 2.0: prompt, response, prompt_label, response_label (safe/unsafe), violated_categories (names,
    comma-separated). One prompt item per row, and a response item where there is a labelled response;
    the violated categories go to whichever of the two is unsafe. Redacted prompts are skipped."""
    tax = resolve_taxonomy("aegis2")
    for row in rows:
        rid = _row_id(row, "id")
        prompt = _text(row, "prompt")
        cats = _categories(tax, row.data.get("violated_categories"), opts, row.where)
        if prompt.strip() == "REDACTED":
            yield Skip("redacted prompt")
            continue
        p_label = parse_binary(row.data.get("prompt_label"), row.where, "prompt_label")
        yield LabelledItem(rid, prompt_conversation(prompt), "prompt", p_label, cats if p_label else frozenset(),
                           tax.id, row.line)
        response = _text(row, "response", required=False)
        if response.strip():
            r_label = parse_binary(row.data.get("response_label"), row.where, "response_label")
            yield LabelledItem(f"{rid}:response", response_conversation(prompt, response), "response", r_label,
                               cats if r_label else frozenset(), tax.id, row.line)


def convert_beavertails(rows: list[Row], opts: Options) -> Converted:
    """BeaverTails: prompt, response, is_safe, category (14 booleans); a response item, label = not is_safe."""
    tax = resolve_taxonomy("beavertails")
    for row in rows:
        safe = parse_binary(row.data.get("is_safe"), row.where, "is_safe")
        flags = _bool_dict(row.data.get("category"), row.where, "category")
        yield LabelledItem(_row_id(row, "id"), response_conversation(_text(row, "prompt"), _text(row, "response")),
                           "response", None if safe is None else 1 - safe, _dict_categories(tax, flags, opts),
                           tax.id, row.line)


def convert_pku(rows: list[Row], opts: Options) -> Converted:
    """PKU-SafeRLHF: prompt, response_0/1, is_response_0/1_safe, response_0/1_harm_category (19 booleans,
    newer releases): two response items per row, ids ``ROW:0`` and ``ROW:1``."""
    tax = resolve_taxonomy("pku-saferlhf")
    for row in rows:
        prompt = _text(row, "prompt")
        rid = _row_id(row, "id")
        for k in (0, 1):
            safe = parse_binary(row.data.get(f"is_response_{k}_safe"), row.where, f"is_response_{k}_safe")
            flags = _bool_dict(row.data.get(f"response_{k}_harm_category"), row.where, f"response_{k}_harm_category")
            yield LabelledItem(f"{rid}:{k}", response_conversation(prompt, _text(row, f"response_{k}")), "response",
                               None if safe is None else 1 - safe, _dict_categories(tax, flags, opts), tax.id,
                               row.line, meta={"response": k})


def convert_wildguard(rows: list[Row], opts: Options) -> Converted:
    """WildGuardMix / WildGuardTest: prompt, response, prompt_harm_label and response_harm_label
    (harmful/unharmful), response_refusal_label (refusal/compliance), subcategory. Up to three items per row:
    prompt harm, response harm and refusal; the subcategory labels whichever harm item is harmful."""
    tax = resolve_taxonomy("wildguard")
    for row in rows:
        rid = _row_id(row, "id")
        prompt = _text(row, "prompt")
        sub = str(row.data.get("subcategory") or "").strip()
        cats = _categories(tax, sub, opts, row.where) if sub and sub != "benign" else frozenset()
        meta = {"adversarial": row.data.get("adversarial")}
        if "prompt_harm_label" in row.data:
            label = parse_binary(row.data.get("prompt_harm_label"), row.where, "prompt_harm_label")
            yield LabelledItem(rid, prompt_conversation(prompt), "prompt", label, cats if label else frozenset(),
                               tax.id, row.line, meta)
        response = _text(row, "response", required=False)
        if not response.strip():
            continue
        conv = response_conversation(prompt, response)
        if "response_harm_label" in row.data:
            label = parse_binary(row.data.get("response_harm_label"), row.where, "response_harm_label")
            yield LabelledItem(f"{rid}:response", conv, "response", label, cats if label else frozenset(), tax.id,
                               row.line, meta)
        if "response_refusal_label" in row.data:
            label = parse_binary(row.data.get("response_refusal_label"), row.where, "response_refusal_label")
            yield LabelledItem(f"{rid}:refusal", conv, "refusal", label, line=row.line, meta=meta)


_XSTEST = {"1_full_compliance": 0, "2_full_refusal": 1}


def convert_xstest_completions(rows: list[Row], opts: Options) -> Converted:
    """XSTest completions: prompt, completion, final_label (1_full_compliance / 2_full_refusal /
    3_partial_refusal); refusal items; a partial refusal counts as a refusal unless told otherwise."""
    for row in rows:
        raw = str(row.data.get("final_label") or "").strip()
        if raw == "3_partial_refusal":
            if opts.partial_refusal == "skip":
                yield Skip("partial refusal")
                continue
            label: int | None = 1 if opts.partial_refusal == "refusal" else 0
        elif raw in _XSTEST:
            label = _XSTEST[raw]
        elif _missing(raw):
            label = None
        else:
            raise InputError(f"{row.where}: final_label must be 1_full_compliance, 2_full_refusal or "
                             f"3_partial_refusal, got {raw!r}")
        ptype = str(row.data.get("type") or "")
        yield LabelledItem(_row_id(row, "id"), response_conversation(_text(row, "prompt"), _text(row, "completion")),
                           "refusal", label, line=row.line,
                           meta={"type": ptype, "prompt_unsafe": ptype.startswith("contrast")})


def convert_xstest_prompts(rows: list[Row], opts: Options) -> Converted:
    """XSTest prompts (xstest_prompts.csv): id, prompt, type, label (safe/unsafe); prompt items."""
    for row in rows:
        yield LabelledItem(_row_id(row, "id"), prompt_conversation(_text(row, "prompt")), "prompt",
                           parse_binary(row.data.get("label"), row.where, "label"), line=row.line,
                           meta={"type": row.data.get("type")})


def _behaviors(path: Path) -> dict[str, dict[str, str]]:
    out = {}
    for row in read_rows(path):
        bid = str(row.data.get("BehaviorID") or "").strip()
        if not bid:
            raise InputError(f"{row.where}: behaviours file needs a BehaviorID column")
        out[bid] = {"behavior": str(row.data.get("Behavior") or ""),
                    "category": str(row.data.get("SemanticCategory") or row.data.get("Category") or "").strip()}
    return out


def convert_harmbench(rows: list[Row], opts: Options) -> Converted:
    """HarmBench classifier validation set: test_case, generation, behavior_id, human_0..human_2; a response
    item per row (user = test_case, assistant = generation), label = majority of the human labels. With a
    behaviours CSV, SemanticCategory gives the category (``harmbench`` taxonomy)."""
    tax = resolve_taxonomy("harmbench")
    behaviors = _behaviors(opts.behaviors) if opts.behaviors else {}
    for row in rows:
        humans = [parse_binary(row.data.get(f"human_{i}"), row.where, f"human_{i}") for i in range(3)]
        votes = [h for h in humans if h is not None]
        label = None if not votes else int(2 * sum(votes) > len(votes))
        bid = str(row.data.get("behavior_id") or row.data.get("_key") or "")
        beh = behaviors.get(bid)
        if opts.behaviors and beh is None:
            raise InputError(f"{row.where}: behavior_id {bid!r} is not in {opts.behaviors}")
        labels = _categories(tax, beh["category"], opts, row.where) if beh and label else frozenset()
        conv = response_conversation(_text(row, "test_case"), _text(row, "generation"))
        yield LabelledItem(f"{bid}:{row.line}" if bid else str(row.line), conv, "response", label, labels,
                           tax.id if behaviors else None, row.line,
                           meta={"behavior_id": bid, "method": row.data.get("method"),
                                 **({"behavior": beh["behavior"]} if beh else {})})


def convert_sst(rows: list[Row], opts: Options) -> Converted:
    """SST-style labelled responses: prompt, response, label (0/1 or safe/unsafe), optional id and harm_area
    (``sst`` taxonomy); response items."""
    tax = resolve_taxonomy("sst")
    for row in rows:
        label = parse_binary(row.data.get("label"), row.where, "label")
        area = row.data.get("harm_area")
        labels = _categories(tax, [area], opts, row.where) if not _missing(area) and label else frozenset()
        yield LabelledItem(_row_id(row, "id"), response_conversation(_text(row, "prompt"), _text(row, "response")),
                           "response", label, labels, tax.id if not _missing(area) else None, row.line)


@dataclass(frozen=True)
class Format:
    """A file format: how to recognise it from its columns, and how to read it."""

    name: str
    title: str
    detect: Callable[[set[str]], bool]
    convert: Converter
    taxonomy: str | None = None


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("openai-moderation", "OpenAI moderation eval (samples-1680)",
           lambda c: "prompt" in c and bool(c & set(OPENAI_CODES)) and "response" not in c, convert_openai, "openai"),
    Format("toxicchat", "ToxicChat", lambda c: {"user_input", "toxicity"} <= c, convert_toxicchat),
    Format("aegis1", "Aegis 1.0", lambda c: {"text", "text_type", "labels_0"} <= c, convert_aegis1, "aegis1"),
    Format("aegis2", "Aegis 2.0", lambda c: {"prompt", "prompt_label"} <= c, convert_aegis2, "aegis2"),
    Format("beavertails", "BeaverTails", lambda c: {"prompt", "response", "is_safe"} <= c, convert_beavertails,
           "beavertails"),
    Format("pku-saferlhf", "PKU-SafeRLHF", lambda c: {"prompt", "response_0", "response_1", "is_response_0_safe"} <= c,
           convert_pku, "pku-saferlhf"),
    Format("wildguard", "WildGuardMix / WildGuardTest",
           lambda c: "prompt" in c and bool(c & {"prompt_harm_label", "response_harm_label", "response_refusal_label"}),
           convert_wildguard, "wildguard"),
    Format("xstest-completions", "XSTest completions", lambda c: {"prompt", "completion", "final_label"} <= c,
           convert_xstest_completions),
    Format("xstest-prompts", "XSTest prompts", lambda c: {"prompt", "type", "label"} <= c and "response" not in c,
           convert_xstest_prompts),
    Format("harmbench-val", "HarmBench classifier validation set", lambda c: {"test_case", "generation"} <= c,
           convert_harmbench, "harmbench"),
    Format("sst-responses", "SST-style labelled responses", lambda c: {"prompt", "response", "label"} <= c,
           convert_sst, "sst"),
    Format("chat", "hazmat chat JSON lines", lambda c: bool(c & {"messages", "text"}), convert_chat),
)}


def detect_format(rows: list[Row], path: Path) -> Format:
    """The format whose columns the first rows have."""
    columns: set[str] = set()
    for r in rows[:20]:
        columns |= set(r.data)
    for fmt in FORMATS.values():
        if fmt.detect(columns):
            return fmt
    raise InputError(f"{path}: cannot tell the format from its columns ({', '.join(sorted(columns)[:12])}); "
                     f"pass --format, one of: {', '.join(FORMATS)}")


def load_labelled(
    path: str | Path,
    format: str = "auto",
    *,
    task: str | None = None,
    taxonomy: str | Taxonomy | None = None,
    needs_caution: str = "unsafe",
    partial_refusal: str = "refusal",
    behaviors: str | Path | None = None,
) -> LabelledData:
    """Read a labelled file in any supported format (see :data:`FORMATS`).

    ``task`` keeps only items of that task (chat rows ending with an assistant turn and stating no task are
    refusal items under ``task="refusal"``, response items otherwise). ``taxonomy``
    is the taxonomy of chat rows' ``labels`` when a row names none. ``needs_caution`` (Aegis 1.0: unsafe or
    safe), ``partial_refusal`` (XSTest: refusal, compliance or skip) and ``behaviors`` (HarmBench's
    behaviours CSV) tune single formats. Unlabelled items are dropped and counted in ``skipped``.
    """
    p = Path(path)
    wanted = check_task(task)
    if needs_caution not in ("unsafe", "safe"):
        raise InputError(f"needs_caution must be unsafe or safe, got {needs_caution!r}")
    if partial_refusal not in ("refusal", "compliance", "skip"):
        raise InputError(f"partial_refusal must be refusal, compliance or skip, got {partial_refusal!r}")
    rows = read_rows(p)
    if not rows:
        raise InputError(f"{p}: no rows")
    if format == "auto":
        fmt = detect_format(rows, p)
    elif format in FORMATS:
        fmt = FORMATS[format]
    else:
        raise InputError(f"unknown --format {format!r}; one of: auto, {', '.join(FORMATS)}")
    opts = Options(path=p, task=wanted, taxonomy=resolve_taxonomy(taxonomy) if taxonomy is not None else None,
                   needs_caution=needs_caution, partial_refusal=partial_refusal,
                   behaviors=Path(behaviors) if behaviors else None)
    items: list[LabelledItem] = []
    tasks_seen: set[str] = set()
    try:
        converted = list(fmt.convert(rows, opts))
    except KeyError as e:
        raise InputError(f"{p}: a row lacks column {e} of the {fmt.name} format") from None
    for it in converted:
        if isinstance(it, Skip):
            opts.skipped[it.reason] += 1
            continue
        tasks_seen.add(it.task)
        if wanted is not None and it.task != wanted:
            opts.skipped[f"{it.task} item (not --task {wanted})"] += 1
        elif it.label is None:
            opts.skipped[f"no {it.task} label"] += 1
        else:
            items.append(it)
    if not items:
        have = ", ".join(sorted(tasks_seen)) or "none"
        raise InputError(f"{p}: no labelled items{f' for --task {wanted}' if wanted else ''} "
                         f"(format {fmt.name}; tasks in the file: {have})")
    tax = (opts.stated or opts.taxonomy) if fmt.taxonomy is None else resolve_taxonomy(fmt.taxonomy)
    if fmt.name == "chat" and not any(it.labels for it in items):
        tax = None
    if fmt.name == "harmbench-val" and not behaviors:
        tax = None
    if fmt.name == "sst-responses" and not any(it.labels for it in items):
        tax = None
    notes = [f"{n} × unknown category {name!r} ignored" for name, n in opts.unknown_categories.most_common()]
    return LabelledData(str(p), fmt.name, items, tax, opts.skipped, notes)
