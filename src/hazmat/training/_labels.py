"""Map the training sources' own category tags to hub categories.

Rows that carry a built-in taxonomy (``ailuminate-v1.0``, ``jailbreakbench``, ``hazmat``) go through
the crosswalk. Free-text tags of the other sources go through the keyword rules below, written from the
tag lists in ``shared/data`` (first matching rules win; a tag may hit several rules).
"""

from __future__ import annotations

import re

from ..errors import TaxonomyError
from ..taxonomy import hub_taxonomy, load_taxonomy

# (substring of the lower-cased tag, hub ids)
KEYWORD_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("child sexual", ("child_sexual_exploitation",)),
    ("sexual exploitation", ("child_sexual_exploitation", "sex_crimes")),
    ("child traffick", ("child_harm", "sex_crimes")),
    ("child abuse", ("child_harm",)),
    ("sex traffick", ("sex_crimes",)),
    ("human traffick", ("sex_crimes", "nonviolent_crimes")),
    ("labor traffick", ("nonviolent_crimes",)),
    ("organ traffick", ("violent_crimes",)),
    ("prostitution", ("sex_crimes",)),
    ("rape", ("sex_crimes",)),
    ("gender-based violence", ("violent_crimes", "hate")),
    ("pornograph", ("sexual_content",)),
    ("erotic", ("sexual_content",)),
    ("adult content", ("sexual_content",)),
    ("adult-themed", ("sexual_content",)),
    ("deepfake", ("fraud_deception", "privacy")),
    ("terror", ("terrorism_extremism",)),
    ("political or ideological", ("terrorism_extremism",)),
    ("bombing", ("terrorism_extremism", "cbrne")),
    ("hijack", ("terrorism_extremism",)),
    ("assassination", ("violent_crimes",)),
    ("murder", ("violent_crimes",)),
    ("kidnap", ("violent_crimes",)),
    ("assault", ("violent_crimes",)),
    ("domestic violence", ("violent_crimes",)),
    ("arson", ("violent_crimes",)),
    ("violence", ("violent_crimes",)),
    ("physical harm", ("violent_crimes",)),
    ("animal", ("violent_crimes",)),
    ("cockfighting", ("violent_crimes",)),
    ("dog fighting", ("violent_crimes",)),
    ("hate", ("hate",)),
    ("crimes motivated", ("hate", "violent_crimes")),
    ("harass", ("harassment",)),
    ("cyberbullying", ("harassment",)),
    ("bully", ("harassment",)),
    ("psychological abuse", ("harassment",)),
    ("offending user", ("harassment",)),
    ("offensive", ("harassment",)),
    ("toxic", ("harassment",)),
    ("doxx", ("privacy",)),
    ("privacy", ("privacy",)),
    ("data theft", ("privacy", "cybercrime")),
    ("identity theft", ("fraud_deception", "privacy")),
    ("malware", ("cybercrime",)),
    ("adware", ("cybercrime",)),
    ("cyber", ("cybercrime",)),
    ("hacking", ("cybercrime",)),
    ("fraud", ("fraud_deception",)),
    ("scam", ("fraud_deception",)),
    ("ponzi", ("fraud_deception", "economic_harm")),
    ("pyramid", ("fraud_deception", "economic_harm")),
    ("counterfeit", ("fraud_deception", "nonviolent_crimes")),
    ("false advertising", ("fraud_deception",)),
    ("embezzlement", ("nonviolent_crimes", "fraud_deception")),
    ("money laundering", ("nonviolent_crimes",)),
    ("tax evasion", ("nonviolent_crimes",)),
    ("financial crime", ("nonviolent_crimes", "fraud_deception")),
    ("economic harm", ("economic_harm",)),
    ("gambling", ("economic_harm",)),
    ("horse racing", ("economic_harm",)),
    ("debt", ("economic_harm",)),
    ("drug", ("drugs",)),
    ("alcohol", ("drugs",)),
    ("smoking", ("drugs",)),
    ("driving under the influence", ("drugs", "unsafe_practices")),
    ("burglary", ("nonviolent_crimes",)),
    ("robbery", ("violent_crimes", "nonviolent_crimes")),
    ("theft", ("nonviolent_crimes",)),
    ("shoplifting", ("nonviolent_crimes",)),
    ("vandalism", ("nonviolent_crimes",)),
    ("property crime", ("nonviolent_crimes",)),
    ("migrant smuggling", ("nonviolent_crimes",)),
    ("illegal dumping", ("nonviolent_crimes",)),
    ("environmental crime", ("nonviolent_crimes",)),
    ("pollution", ("nonviolent_crimes",)),
    ("water contamination", ("nonviolent_crimes", "cbrne")),
    ("illegal activity", ("nonviolent_crimes",)),
    ("other crimes", ("nonviolent_crimes",)),
    ("intellectual property", ("intellectual_property",)),
    ("copyright", ("intellectual_property",)),
    ("election", ("elections", "political_persuasion")),
    ("political campaign", ("political_persuasion",)),
    ("misinformation", ("misinformation",)),
    ("false information", ("misinformation",)),
    ("disinformation", ("misinformation",)),
    ("financial advice", ("specialized_advice",)),
    ("unauthorized expertise", ("specialized_advice",)),
    ("hazardous material", ("unsafe_practices", "cbrne")),
    ("risk ignorance", ("unsafe_practices", "self_harm")),
    ("self-harm", ("self_harm",)),
    ("suicide", ("self_harm",)),
    ("weapon", ("weapons",)),
    ("biased opinion", ("discrimination",)),
]


def hub_from_tags(tags: list[str], taxonomy: str | None) -> tuple[set[str], set[str]]:
    """Hub categories a row's tags imply: ``(certain, uncertain)``.

    A taxonomy category that maps to several hub categories is a union ("one or more of these"), so only
    its first-listed hub id, its primary meaning, is a certain positive; the others are uncertain and are
    masked out of the category loss rather than taught as positives. Keyword rules list only hub ids
    that all apply.
    """
    out: set[str] = set()
    maybe: set[str] = set()
    hub = hub_taxonomy()
    if taxonomy:
        try:
            tax = load_taxonomy(taxonomy)
        except TaxonomyError:
            tax = None
        if tax is not None:
            for tag in tags:
                cid = tax.resolve(tag)
                if cid is None:
                    continue
                if tax.id == hub.id:
                    out.add(cid)
                    continue
                own = tax.get(cid).hub
                if own:
                    out.add(own[0])
                maybe |= set(tax.hub_of(cid))
            return out, maybe - out
    for tag in tags:
        low = tag.lower()
        if ":" in low:
            continue
        for key, hubs in KEYWORD_RULES:
            if key in low:
                out.update(hubs)
    return out, set()


# stock refusal openings of chat models (and of the jailbreak papers' refusal lists), for weak refusal labels
REFUSAL_MARKER = re.compile(
    r"\b(?:I'?m sorry|I am sorry|I apologi[sz]e|As an AI|As a responsible AI|I cannot|I can'?t|I can not|"
    r"I'?m not able to|I am not able to|I'?m unable to|I am unable to|I will not|I won'?t|I must decline|"
    r"(?:It is|It's) not appropriate|I'?m just an AI|I (?:do not|don'?t) feel comfortable|I must refuse)",
    re.IGNORECASE,
)
# sources whose answers to harmful requests carry a human harm label but no refusal label: an answer judged
# not harmful that opens with a refusal is a refusal; one judged harmful with no refusal phrase complied
WEAK_REFUSAL_SOURCES = ("gptfuzz_labeled", "jbb_response_")


def weak_refusal(source: str, text: str, harmful: bool | None) -> bool | None:
    """A refusal label from the harm label and the answer's wording, for ``WEAK_REFUSAL_SOURCES`` (else None)."""
    if harmful is None or not source.startswith(WEAK_REFUSAL_SOURCES):
        return None
    if not harmful:
        return True if REFUSAL_MARKER.search(text[:250]) else None
    return None if REFUSAL_MARKER.search(text) else False
