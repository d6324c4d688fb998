"""What every guard format shares: categories, the request it builds, its parser and the decision score.

A :class:`GuardFormat` knows one guard family's contract: which categories it checks by default, the exact
prompt text it was trained on (:meth:`GuardFormat.render_prompt`, byte for byte what a completion endpoint or
a local model must receive), the same instruction in chat form (:meth:`GuardFormat.chat_request`), the tokens
that carry its decision, and how to read its answer (:meth:`GuardFormat.parse`). It does no I/O.
"""

from __future__ import annotations

import json
import math
import re
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from ...errors import ClassifierError, InputError
from ...taxonomy import Taxonomy, load_taxonomy
from ...types import Conversation, Message

Task = Literal["prompt", "response"]
ChatStyle = Literal["template", "instruction"]
#: what ``categories=`` accepts: codes/names of the family's categories, a ``{code: name}`` mapping, or
#: :class:`GuardCategory` objects for new ones
CategorySpec = Sequence["str | GuardCategory"] | Mapping[str, str] | None


class GuardInputError(InputError):
    """The conversation cannot be put in this guard's format (wrong roles, images, nothing to judge)."""


class GuardParseError(ValueError):
    """The guard's output is not in its documented format."""


@dataclass(frozen=True)
class GuardCategory:
    """One category (policy, risk) a guard is asked about.

    ``code`` is what the guard writes in its answer (``S1``, ``O3``) or the risk name it is called with
    (``harm``, ``dangerous_content``); ``name`` a readable name. ``label`` is the text the prompt shows after
    ``code: `` exactly as the guard was trained on (``"Violent Crimes."``, Llama Guard 1's quirky
    ``"Violence and Hate. "``); when ``None`` it is ``name + "."``. ``description`` is the policy text under
    the label (Llama Guard 1's "Should not / Can" block), ShieldGemma's guideline or Granite Guardian's
    risk definition for prompt classification; ``response_description`` its wording for response
    classification where the guard words it differently. ``taxonomy_id`` is the category id in the guard's
    taxonomy (for the crosswalk); ``None`` for a custom category outside it.
    """

    code: str
    name: str
    description: str | None = None
    response_description: str | None = None
    taxonomy_id: str | None = None
    label: str | None = None

    @property
    def prompt_label(self) -> str:
        """The text after ``code: `` in a category list."""
        return self.label if self.label is not None else f"{self.name}."

    def text_for(self, task: Task) -> str | None:
        """The policy text for prompt or response classification."""
        if task == "response" and self.response_description is not None:
            return self.response_description
        return self.description


@dataclass
class ParsedOutput:
    """What a guard's text says: unsafe or not, the codes it listed, further heads (refusal, ...)."""

    unsafe: bool
    codes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Turn:
    """One message of the conversation under judgement, text only."""

    role: Literal["user", "assistant"]
    text: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Decision:
    """P(unsafe) read from the decision token's log-probabilities.

    ``p_unsafe`` is the unsafe mass over unsafe + safe mass at the decision position; ``mass`` that sum of
    raw probabilities (near 1 when the guard answered in format, small when it did not); ``index`` the
    position of the decision token among the generated tokens and ``token`` its text.
    """

    p_unsafe: float
    mass: float
    index: int
    token: str


@cache
def policies() -> dict[str, Any]:
    """The verbatim policy texts shipped with the package (``data/policies.json``)."""
    text = resources.files(__package__).joinpath("data", "policies.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def conversation_turns(conversation: Conversation) -> list[Turn]:
    """The user/assistant turns of ``conversation``; system messages are dropped (no guard format has them).

    Raises :class:`GuardInputError` for tool messages, non-text content, or a conversation without turns.
    """
    turns: list[Turn] = []
    for i, m in enumerate(conversation.messages):
        if m.role == "system":
            continue
        if m.role not in ("user", "assistant"):
            raise GuardInputError(f"message {i} has role {m.role!r}; guard formats judge user and assistant turns only")
        parts = _text_parts(m, i)
        turns.append(Turn(role="user" if m.role == "user" else "assistant", text=m.text, parts=parts))
    if not turns:
        raise GuardInputError("the conversation has no user or assistant message to judge")
    return turns


def _text_parts(m: Message, i: int) -> tuple[str, ...]:
    if isinstance(m.content, str):
        return (m.content,)
    kinds = sorted({p.type for p in m.content if p.type != "text"})
    if kinds:
        raise GuardInputError(f"message {i} has {', '.join(kinds)} content; these guard formats are text-only")
    return tuple(p.text or "" for p in m.content)


def task_of(turns: Sequence[Turn]) -> Task:
    """Prompt classification when the last turn is the user's, response classification otherwise."""
    return "prompt" if turns[-1].role == "user" else "response"


def check_alternating(turns: Sequence[Turn]) -> None:
    """Llama Guard's templates require user/assistant/user/... starting with the user."""
    for i, t in enumerate(turns):
        expected = "user" if i % 2 == 0 else "assistant"
        if t.role != expected:
            raise GuardInputError(
                f"turn {i} is from the {t.role}, but this guard's format needs turns that alternate "
                "user/assistant/user/... starting with the user"
            )


def last_pair(turns: Sequence[Turn]) -> tuple[Turn | None, Turn]:
    """The turn judged and, for a response, the user turn it answers (formats that see one exchange)."""
    last = turns[-1]
    if last.role == "user":
        return None, last
    if len(turns) < 2 or turns[-2].role != "user":
        raise GuardInputError("an assistant turn can only be judged after the user turn it answers")
    return turns[-2], last


def _norm(token: str) -> str:
    return token.strip().strip("\"'`:").strip().casefold()


def _side(token: str, unsafe: Sequence[str], safe: Sequence[str]) -> str | None:
    """``"unsafe"``/``"safe"`` when ``token`` is a (possibly partial) spelling of one side's label only."""
    t = _norm(token)
    if not t:
        return None
    is_unsafe = any(u.casefold().startswith(t) for u in unsafe)
    is_safe = any(s.casefold().startswith(t) for s in safe)
    if is_unsafe == is_safe:
        return None
    return "unsafe" if is_unsafe else "safe"


def decision_probability(
    logprobs: Sequence[Mapping[str, Any]] | None,
    unsafe_labels: Sequence[str],
    safe_labels: Sequence[str],
    marker: str | None = None,
) -> Decision | None:
    """P(unsafe) from OpenAI-style token log-probabilities at the guard's decision position.

    The decision position is the first generated token with visible text (whitespace, quotes and colons
    do not count: Llama Guard 3 and 4 write ``"\\n\\n"`` before ``safe``) after ``marker`` (e.g.
    ``"Harmful request:"`` for WildGuard; ``None``: the start of the output). There, every candidate (the
    chosen token and its ``top_logprobs``) that spells the start of an unsafe label (``unsafe``, ``uns``;
    ``Yes``) or of a safe label adds its probability to that side; the result is unsafe / (unsafe + safe).
    ``None`` when there are no log-probabilities, no such position, or no candidate of either side.
    """
    if not logprobs:
        return None
    pieces = [str(e.get("token") or "") for e in logprobs]
    start = 0
    if marker is not None:
        joined = "".join(pieces)
        at = joined.casefold().find(marker.casefold())
        if at < 0:
            return None
        start = at + len(marker)
    offset = 0
    for i, (entry, piece) in enumerate(zip(logprobs, pieces, strict=True)):
        begin, offset = offset, offset + len(piece)
        if offset <= start:
            continue
        visible = piece[max(0, start - begin):]
        if not _norm(visible):
            continue
        candidates: dict[str, float] = {}
        for alt in entry.get("top_logprobs") or []:
            if isinstance(alt, Mapping) and alt.get("token") is not None and alt.get("logprob") is not None:
                candidates.setdefault(str(alt["token"]), float(alt["logprob"]))
        if entry.get("logprob") is not None:
            candidates.setdefault(piece, float(entry["logprob"]))
        p_unsafe = p_safe = 0.0
        for tok, lp in candidates.items():
            side = _side(tok, unsafe_labels, safe_labels)
            if side == "unsafe":
                p_unsafe += math.exp(lp)
            elif side == "safe":
                p_safe += math.exp(lp)
        total = p_unsafe + p_safe
        if total <= 0.0:
            return None
        return Decision(p_unsafe=p_unsafe / total, mass=min(1.0, total), index=i, token=piece)
    return None


class GuardFormat(ABC):
    """One guard family's prompt format, decision tokens and output parser. Subclasses are stateless.

    Class attributes: ``family`` (the registry name), ``title``; ``taxonomy_id`` (the taxonomy its
    verdicts speak); ``unsafe_labels`` / ``safe_labels`` (decision words; partial tokens count);
    ``max_tokens`` (enough for a full answer); ``chat_style`` (what chat mode sends by default:
    ``"template"`` = the conversation itself, for servers that apply the guard's own chat template, which
    builds the prompt; ``"instruction"`` = the guard instruction as one user message, for servers whose
    template is a plain chat template); ``one_category_per_call`` (ShieldGemma, Granite Guardian);
    ``add_bos`` (whether the reference pipeline adds the tokenizer's BOS token to :meth:`render_prompt`'s
    text: ``False`` when the text is what a chat template renders, which already holds any BOS).
    """

    family: str = ""
    title: str = ""
    taxonomy_id: str = ""
    unsafe_labels: tuple[str, ...] = ("unsafe",)
    safe_labels: tuple[str, ...] = ("safe",)
    max_tokens: int = 32
    chat_style: ChatStyle = "template"
    one_category_per_call: bool = False
    add_bos: bool = False
    #: template kwargs accepted by the guard's own chat template for custom categories (None: none)
    template_categories: bool = False

    # ---- categories --------------------------------------------------------------------------------------

    @abstractmethod
    def default_categories(self) -> tuple[GuardCategory, ...]:
        """The categories checked when none are given."""

    def available_categories(self) -> tuple[GuardCategory, ...]:
        """Every category that can be selected by code or name (defaults and the guard's other ones)."""
        return self.default_categories()

    def taxonomy(self) -> Taxonomy:
        """The taxonomy this guard's verdicts speak."""
        return load_taxonomy(self.taxonomy_id)

    def resolve_categories(self, spec: CategorySpec = None) -> tuple[GuardCategory, ...]:
        """The categories ``spec`` names: ``None`` (defaults); codes, names or taxonomy ids of available
        categories (keeping their codes, as Llama Guard's ``excluded_category_keys`` does); a ``{code:
        name}`` mapping or :class:`GuardCategory` objects for new ones. Unknown names raise."""
        if spec is None:
            return self.default_categories()
        available = self.available_categories()
        lookup: dict[str, GuardCategory] = {}
        for c in available:
            for key in (c.code, c.name, c.prompt_label.strip().rstrip("."), c.taxonomy_id):
                if key:
                    lookup.setdefault(key.casefold(), c)
        out: list[GuardCategory] = []
        if isinstance(spec, Mapping):
            for code, text in spec.items():
                out.append(self.custom_category(str(code), str(text), lookup.get(str(code).casefold())))
        else:
            for item in spec:
                if isinstance(item, GuardCategory):
                    out.append(item)
                    continue
                found = lookup.get(str(item).strip().casefold())
                if found is None:
                    known = ", ".join(c.code for c in available)
                    raise ClassifierError(
                        f"{self.family}: unknown category {item!r}; known: {known}. For a new category pass "
                        "a {code: name} mapping or GuardCategory objects"
                    )
                out.append(found)
        if not out:
            raise ClassifierError(f"{self.family}: categories is empty; give at least one category")
        codes = [c.code for c in out]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise ClassifierError(f"{self.family}: category codes repeat: {', '.join(dupes)}")
        return tuple(out)

    def custom_category(self, code: str, text: str, known: GuardCategory | None) -> GuardCategory:
        """A category from a ``{code: text}`` entry: ``text`` is its prompt label (Llama Guard style)."""
        label = text if text.endswith((".", ". ")) else f"{text}."
        return GuardCategory(
            code=code, name=text.strip().rstrip("."), description=None,
            taxonomy_id=known.taxonomy_id if known is not None else None, label=label,
        )

    def category_groups(self, categories: Sequence[GuardCategory]) -> list[tuple[GuardCategory, ...]]:
        """How the categories are split into calls: all in one, or one per call."""
        if self.one_category_per_call:
            return [(c,) for c in categories]
        return [tuple(categories)]

    # ---- prompts -----------------------------------------------------------------------------------------

    def turns(self, conversation: Conversation) -> list[Turn]:
        """The turns this format accepts (subclasses add their checks)."""
        return conversation_turns(conversation)

    @abstractmethod
    def instruction(self, turns: Sequence[Turn], categories: Sequence[GuardCategory]) -> str:
        """The guard's instruction: the content of the user turn the guard was trained on."""

    @abstractmethod
    def wrap(self, instruction: str) -> str:
        """The instruction inside the guard's own chat markup: the full prompt text."""

    def render_prompt(self, conversation: Conversation, categories: CategorySpec = None) -> str:
        """The exact prompt text the guard receives for ``conversation`` (its reference format).

        Several categories of a one-category-per-call family (ShieldGemma, Granite Guardian) raise: render
        one category at a time.
        """
        cats = self.resolve_categories(categories)
        if self.one_category_per_call and len(cats) != 1:
            raise ClassifierError(f"{self.family} takes one category per call; got {len(cats)}")
        return self.wrap(self.instruction(self.turns(conversation), cats))

    def template_kwargs(self, categories: Sequence[GuardCategory], task: Task) -> dict[str, Any] | None:
        """The extra variables the guard's own chat template needs for these categories (``None``: none).

        Raises :class:`ClassifierError` when the template cannot express them.
        """
        if tuple(categories) == self.default_categories():
            return None
        raise ClassifierError(
            f"{self.family}: the model's own chat template has its categories built in, so custom categories "
            "cannot be sent in chat mode with chat_style='template'; use mode='completion' or "
            "chat_style='instruction'"
        )

    def template_messages(self, turns: Sequence[Turn]) -> list[Message]:
        """The messages sent when the server's template builds the prompt (the conversation itself)."""
        return [Message(role=t.role, content=t.text) for t in turns]

    def chat_request(
        self, conversation: Conversation, categories: Sequence[GuardCategory], style: ChatStyle | None = None
    ) -> tuple[Conversation, dict[str, Any] | None]:
        """The chat-endpoint form: the messages to send and the chat-template kwargs (``None``: none).

        ``"template"``: the conversation as is (the guard's template, applied by the server, builds the
        prompt; categories travel as template kwargs, e.g. vLLM's ``chat_template_kwargs``).
        ``"instruction"``: the guard instruction as a single user message (for a server whose template is a
        plain chat template).
        """
        style = style or self.chat_style
        turns = self.turns(conversation)
        if style == "instruction":
            body = self.instruction(turns, categories)
            return Conversation(messages=(Message(role="user", content=body),)), None
        return Conversation(messages=tuple(self.template_messages(turns))), self.template_kwargs(
            categories, task_of(turns)
        )

    # ---- output ------------------------------------------------------------------------------------------

    @abstractmethod
    def parse(self, text: str, task: Task, categories: Sequence[GuardCategory]) -> ParsedOutput:
        """Read the guard's answer; raise :class:`GuardParseError` when it is not in format."""

    def decision_marker(self, task: Task) -> str | None:
        """The output text after which the decision token comes (``None``: the first token)."""
        return None

    def describe(self) -> dict[str, Any]:
        """The format's settings, recorded with results."""
        return {
            "family": self.family, "title": self.title, "taxonomy": self.taxonomy_id,
            "decision": {"unsafe": list(self.unsafe_labels), "safe": list(self.safe_labels)},
            "chat_style": self.chat_style, "one_category_per_call": self.one_category_per_call,
            "add_bos": self.add_bos,
        }


def split_codes(line: str) -> list[str]:
    """``"S1, S10"`` / ``"S1 S10"`` / ``"S1,S10."`` -> ``["S1", "S10"]``."""
    return [c for c in (p.strip().strip(".") for p in re.split(r"[,;\s]+", line)) if c]
