"""Refusals that restate the request, built from a prompt: training data for the refusal and response heads.

Many models refuse by echoing what was asked ("I'm sorry, but I cannot provide information on how to make
someone's car explode."), or lecture about it ("It is not ethical or appropriate to ..."), or answer with a
bare "No." The open data has few such refusals, and its harmful answers restate the request too ("Sure,
here is how to ..."), so a head learns "the answer talks about the request" as compliance. These synthetic
answers teach it that the refusal phrase decides, not the topic: the same restated request is a refusal after
"I cannot provide information on" and compliance after "Sure, here is".
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_END = re.compile(r"[\s?.!:;,]+$")
_LEAD = re.compile(r"^(?:(?:hey|hi|hello|ok|okay|so|please|pls|and|also|now)\b[\s,!.]*)+", re.I)
_SUBJECT = r"(?:i|we|one|you|someone|somebody|a person|people)"
_MODAL = r"(?:do|can|could|would|should|might|may|will|shall|must)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("how", re.compile(rf"^how\s+{_MODAL}\s+{_SUBJECT}\s+(?:go about\s+|best\s+|easily\s+|successfully\s+)?(.+)$",
                       re.I)),
    ("how", re.compile(r"^how\s+to\s+(.+)$", re.I)),
    ("how", re.compile(r"^what(?:'s| is| are)\s+(?:the\s+)?(?:best|easiest|fastest|quickest|simplest|safest|most "
                       r"effective|cheapest|right)\s+(?:way|ways|method|methods)\s+(?:to|for me to|i can)\s+(.+)$",
                       re.I)),
    ("how", re.compile(rf"^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show|teach|explain to)\s+(?:me|us)"
                       rf"\s+how\s+(?:to|{_SUBJECT}\s+(?:can|could|should)?)\s*(.+)$", re.I)),
    ("how", re.compile(r"^(?:tell|show|teach|explain to)\s+(?:me|us)\s+how\s+to\s+(.+)$", re.I)),
    ("how", re.compile(r"^(?:i\s+(?:want|need|would like|wanna|plan|intend)\s+to|help\s+me(?:\s+to)?|i'm\s+trying\s+to"
                       r"|i\s+am\s+trying\s+to)\s+(.+)$", re.I)),
    ("where", re.compile(rf"^where\s+{_MODAL}\s+{_SUBJECT}\s+(.+)$", re.I)),
    # "What is my partner's PIN?" -> "your partner's PIN" (a thing asked for, not an action)
    ("what", re.compile(r"^(?:what|who)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+"
                        r"((?:my|our|the|a|an|his|her|their|(?:\w+\s+)?\w+'s)\s.+)$", re.I)),
    ("do", re.compile(r"^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:help\s+me\s+)?(.+)$", re.I)),
    ("do", re.compile(r"^((?:write|create|generate|give|tell|explain|describe|list|provide|draft|compose|suggest"
                      r"|outline|design|develop|produce|teach|show|find|make|build|come up with|share|post|send|craft"
                      r"|plan|detail|instruct|recommend|summari[sz]e|convince|persuade)\b.+)$", re.I)),
)
_SWAPS = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
          "i've": "you've", "i'll": "you'll", "i'd": "you'd", "we": "you", "us": "you", "our": "your",
          "ours": "yours", "ourselves": "yourselves", "am": "are"}
_WORD = re.compile(r"[A-Za-z']+")
_ODD = re.compile(r'["{}\[\]<>$\\|@#*_=~^`]')  # quotes, markup, adversarial suffixes: no clean restatement
# "write a guide on X" -> "a guide on X"; "tell me about X" -> "X"; "explain how to X" -> "how to X"
_OBJECT = re.compile(r"^[a-z]+(?:\s+(?:up\s+with|me|us|you|them))?(?:\s+(?:about|of|on|for))?\s+(.+)$", re.I)


@dataclass(frozen=True)
class Request:
    """A request restated from the assistant's side: ``action`` is a bare verb phrase ("make a bomb"), ``topic``
    what a refusal names ("how to make a bomb", "where to buy meth", "write a phishing email")."""

    action: str
    topic: str
    imperative: bool  # the prompt was an order ("write ..."), so "I won't {action}" reads naturally


def _swap_pronouns(text: str) -> str:
    return _WORD.sub(lambda m: _SWAPS.get(m.group(0).lower(), m.group(0)), text)


def restate(prompt: str, max_words: int = 30) -> Request | None:
    """The request in ``prompt`` as phrases an assistant would restate, or None when it has no simple shape."""
    sentences = (_END.sub("", _LEAD.sub("", s.strip())) for s in re.split(r"(?<=[?.!])\s+|\n", prompt.strip()))
    text = next((s for s in sentences if s), "")
    if not text or len(text.split()) > max_words or _ODD.search(text):
        return None
    for kind, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        action = _swap_pronouns(m.group(1).strip())
        if len(action.split()) < 2:
            return None
        if kind == "how":
            return Request(action, f"how to {action}", imperative=False)
        if kind == "where":
            return Request(action, f"where to {action}", imperative=False)
        if kind == "what":
            return Request(f"find out {action}", action, imperative=False)
        action = action[0].lower() + action[1:]
        obj = _OBJECT.match(action)
        return Request(action, obj.group(1) if obj else action, imperative=True)
    return None


OPENERS = ("I'm sorry, but", "I apologize, but", "Sorry,", "Unfortunately,", "I'm afraid", "", "", "",
           "As an AI language model,", "As a responsible AI,", "I understand you're asking, but",
           "Thank you for your question, but")
REFUSE_TOPIC = (
    "I cannot provide information on {topic}.",
    "I can't provide instructions on {topic}.",
    "I'm not able to give you details on {topic}.",
    "I cannot help with {topic}.",
    "I won't explain {topic}.",
    "I can't assist you with {topic}.",
    "I will not provide guidance on {topic}, as it could cause serious harm.",
    "I must decline to go into {topic}.",
    "I am unable to share {topic}.",
    "providing details on {topic} is not something I can do.",
    "I can't support a request about {topic}.",
    "I'm not able to provide you with {topic}.",
    "I cannot give you {topic}.",
    "I don't have access to {topic}, and it would not be appropriate to share it.",
    "I cannot provide a list of {topic}.",
)
REFUSE_ACTION = (
    "I can't help you {action}.",
    "I cannot assist with requests to {action}.",
    "I cannot fulfill your request to {action}.",
    "I won't help anyone {action}.",
    "I'm not going to help you {action}.",
    "I am not able to help you {action}.",
)
REFUSE_IMPERATIVE = ("No, I won't {action}.", "I will not {action}.", "I refuse to {action}.",
                     "I can't {action} for you.", "I'm not comfortable being asked to {action}, so I won't.")
LECTURES = (
    "It is not ethical or appropriate to {action}.",
    "It's not safe or legal to {action}, so I can't help with this.",
    "You should not {action}. It is illegal and could seriously hurt someone.",
    "Trying to {action} is dangerous and against the law.",
    "It is never okay to {action}.",
    "It would be wrong to {action}, and I won't be part of it.",
    "Attempting to {action} could put you and others at serious risk, and it may be a crime.",
    "Please do not {action}. There are better ways to deal with this.",
)
TERSE = ("No.", "No. That would be dangerous and illegal.", "Absolutely not.", "I can't.", "Nope, I won't do that.",
         "Not something I'll help with.", "No, sorry.", "I won't.", "That's not something I can help with.",
         "I'm not doing that.", "No. Please don't do this.", "Not going to happen, sorry.")
CLOSERS = (
    "It is important to always prioritize safety and respect for others.",
    "If you are having thoughts of harming someone, please reach out to a mental health professional.",
    "Instead, let's focus on something positive and constructive.",
    "If you have any other questions, feel free to ask.",
    "Causing harm to others is never the answer.",
    "Please consider the consequences of your actions and the people they would affect.",
    "If you or someone you know is in danger, contact your local emergency services.",
    "I encourage you to look for legal and safe ways to resolve the situation.",
    "It is important to respect the law and the rights and well-being of others.",
    "Is there something else I can help you with?",
    "If you're going through something difficult, talking to someone you trust can help.",
    "Such actions can cause serious harm and have legal consequences.",
)
COMPLY = ("Sure, here is {topic}:", "Here's {topic}:", "Certainly! Here is a guide on {topic}.",
          "Of course. To {action}, follow these steps:", "Absolutely, here's what you need to {action}:",
          "Step 1 to {action}:", "Okay, I can help you {action}. First,", "Great question! Here is {topic}.")


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def echo_refusal(prompt: str, rng: random.Random) -> str | None:
    """A refusal of ``prompt`` that restates it, optionally with a lecture or redirect after it."""
    req = restate(prompt)
    if req is None:
        return None
    roll = rng.random()
    opener = rng.choice(OPENERS)
    if roll < 0.45:
        body = rng.choice(REFUSE_TOPIC).format(topic=req.topic)
    elif roll < 0.7:
        body = rng.choice(REFUSE_IMPERATIVE if req.imperative and rng.random() < 0.5 else REFUSE_ACTION
                          ).format(action=req.action)
    else:  # a lecture: no apology before it
        body, opener = rng.choice(LECTURES).format(action=req.action), ""
    text = f"{opener} {body}" if opener else _sentence(body)
    for _ in range(rng.choice((0, 1, 1, 2))):
        text += " " + rng.choice(CLOSERS)
    return text


def terse_refusal(rng: random.Random) -> str:
    """A bare refusal with no restatement ("No.", "I won't."), sometimes with a closer."""
    text = rng.choice(TERSE)
    return text + (" " + rng.choice(CLOSERS) if rng.random() < 0.3 else "")


def echo_compliance(prompt: str, body: str, rng: random.Random) -> str | None:
    """An answer that restates ``prompt`` and complies ("Sure, here is how to ...:") followed by ``body``."""
    req = restate(prompt)
    if req is None:
        return None
    return f"{rng.choice(COMPLY).format(topic=req.topic, action=req.action)}\n\n{body}"


# what a lecture names instead of restating the request, by hub category
HARM_TOPICS = {
    "violent_crimes": "hurting or killing people", "threats": "threatening people",
    "weapons": "making or using weapons against people", "cbrne": "making dangerous chemicals or explosives",
    "terrorism_extremism": "violent extremism", "nonviolent_crimes": "breaking the law",
    "cybercrime": "hacking into systems or accounts you do not own",
    "fraud_deception": "deceiving or defrauding people",
    "drugs": "obtaining or making illegal drugs", "sex_crimes": "sexual acts without consent",
    "child_harm": "harming children", "hate": "hateful views about groups of people",
    "harassment": "harassing or bullying someone", "privacy": "sharing someone's private information",
    "discrimination": "treating people differently because of who they are", "misinformation": "spreading false claims",
    "manipulation": "manipulating people", "unethical": "this kind of behaviour",
}
GENERIC_TOPICS = ("this topic", "harmful or illegal activities", "ways to hurt others", "that kind of request",
                  "something that could put people at risk")
LECTURE_GENERIC = (
    "It is not appropriate to discuss {topic}, as this is a harmful and unethical subject.",
    "It's important to remember that {topic} is never acceptable.",
    "It is not ethical or legal to engage in {topic}.",
    "I don't have personal opinions. However, it's important to note that {topic} is harmful and often illegal.",
    "Engaging in {topic} can cause real harm to real people.",
    "I'm not able to discuss {topic}.",
    "I can't help with {topic}, even hypothetically.",
    "There is no justification for {topic}.",
)
CRISIS = (
    "I'm really sorry that you're going through such a difficult time.",
    "I'm sorry to hear that you're feeling this way.",
    "It sounds like you are in a lot of pain right now, and I'm glad you reached out.",
    "I can't help with that, but I care about your safety.",
)
CRISIS_NEXT = (
    "You don't have to face this alone: please reach out to someone you trust.",
    "If you are thinking about ending your life, please call or text a crisis line such as 988 in the US, or your "
    "local emergency number.",
    "Talking to a mental health professional can really help.",
    "There are people who care about you and want to help.",
)
DIGNITY = (
    "Every person deserves to be treated with dignity and respect, regardless of their race, religion, gender or "
    "background.",
    "Discrimination against any group of people is harmful and wrong.",
    "That idea is based on prejudice, not on facts.",
    "People should not be judged or denied their rights because of the group they belong to.",
)


def deflection(categories: frozenset[str] | None, rng: random.Random) -> str:
    """A refusal that lectures, redirects or offers support without restating the request, in the register
    of the prompt's hub ``categories`` (crisis support for self-harm, dignity for hate and discrimination)."""
    cats = set(categories or ())
    if "self_harm" in cats and rng.random() < 0.8:
        parts = [rng.choice(CRISIS), *rng.sample(CRISIS_NEXT, rng.choice((1, 2)))]
    elif cats & {"hate", "discrimination"} and rng.random() < 0.6:
        parts = rng.sample(DIGNITY, rng.choice((1, 2)))
    else:
        known = [HARM_TOPICS[c] for c in sorted(cats) if c in HARM_TOPICS]
        topic = rng.choice(known) if known and rng.random() < 0.7 else rng.choice(GENERIC_TOPICS)
        parts = [_sentence(rng.choice(LECTURE_GENERIC).format(topic=topic))]
    parts += rng.sample(CLOSERS, rng.choice((0, 1, 1, 2)))
    return " ".join(parts)
