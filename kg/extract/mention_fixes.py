"""Corrections to typed name mentions: spaCy's slips that the words around a name reveal.

:func:`kg.extract.mentions.find_mentions` calls these after typing each mention:

* :func:`retype_people`: a non-person mention that is a known person's name or
  surname ("Lopez" tagged ORG), or a name in apposition to a role noun, is that person;
* :func:`drop_non_names`: roles ("National Security Advisor"), common-noun
  phrases ("Associates of X") and lone initials are no organisation;
* :func:`drop_common_words`: capitalised common words ("Trade", "State" in
  "Secretary of State") are no actors;
* :func:`drop_credits_and_zones`: a picture's credit and a time zone after a
  clock time name no actor; a facility's or street's name is a place.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.extract.lexicon import (
    CLOCK_WORDS, CREDIT_LABELS, FACILITY_NOUNS, ORG_SUFFIX_WORDS, ROLE_HEAD_NOUNS, TITLES, common_nouns,
    given_names, time_zone_abbreviations,
)
from kg.extract.name_kinds import ACRONYM, surname_words
from kg.extract.tokens import doc_words, sentence_of, span_tokens

if TYPE_CHECKING:
    from kg.extract.mentions import Mention

CLOCK_REACH = 5  # words between a clock time and its time zone ('2130 Tuesday night, UTC')
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d\d|\d{4}")  # '8:30', '1930'
CREDIT_LINE = re.compile(r"(?:^|[.!?)]\s)\s*(?:%s)\s*:[^\n]*$" % "|".join(sorted(w.capitalize() for w in CREDIT_LABELS)))


def after_title_of(token) -> bool:
    """'President of |Ghana ...', 'Speaker of the |House': the entity follows '<title> of (the)'."""
    i = token.i - (token.i > 0 and token.doc[token.i - 1].lower_ == "the")
    return i >= 2 and token.doc[i - 1].lower_ == "of" and token.doc[i - 2].lower_ in TITLES | ROLE_HEAD_NOUNS


def retype_people(mentions: list[Mention]) -> None:
    """A non-person mention that is a known person's name or surname, or a role's name, is that person; so is one
    word that is a given name (:func:`kg.extract.lexicon.given_names`) opening the full name of exactly one person
    of the document ("Ilse's claim" tagged ORG beside "Ilse Marrow")."""
    people = [m for m in mentions if m.kind == "Person"]
    surnames = surname_words(people)
    firsts = Counter(m.tokens[0] for m in {m.text: m for m in people if len(m.tokens) > 1}.values())
    names = {m.text.casefold() for m in people} | surnames | {w.casefold() for w, n in firsts.items()
                                                                   if n == 1 and w in given_names()}
    for m in mentions:
        if m.kind in ("", "Person", "Country", "Place") or m.key is not None or not m.tokens:
            continue
        word = m.text.casefold()
        if word in names or (len(m.tokens) > 1 and m.tokens[-1].casefold() in names and m.label != "NORP"):
            m.kind = "Person"
        elif m.label == "ORG" and len(m.tokens) in (2, 3) and _names_role(m.root):
            m.kind = "Person"


def _names_role(root) -> bool:
    """'a spokesperson, Jane Ortiz': the mention is in apposition to a role noun."""
    return root.dep_ == "appos" and root.head.lower_ in ROLE_HEAD_NOUNS | {"spokesperson", "spokesman", "spokeswoman"}


def drop_non_names(mentions: list[Mention]) -> None:
    """Roles ('National Security Advisor') and common-noun phrases ('Associates of X') are not organisations; a
    lone letter ('I.', an initial cut from its name) names no one."""
    for m in mentions:
        if m.kind in ("Person", "Organization") and m.key is None and re.fullmatch(r"\w\.?", m.text):
            m.kind = ""
        elif m.kind == "Organization" and m.key is None and m.label != "PATTERN" and (
                m.tokens and m.tokens[-1].casefold() in ROLE_HEAD_NOUNS or _starts_with_common_noun(m)):
            m.kind = ""


def drop_common_words(mentions: list[Mention], doc) -> None:
    """Capitalised common words are not actors ('Trade', 'Growth', 'State' in 'Secretary of State')."""
    lowered = {w for w in doc_words(doc) if w.islower()}
    names = {t.casefold() for m in mentions if m.kind == "Person" and len(m.tokens) > 1 for t in m.tokens}
    for m in mentions:
        if m.kind not in ("Organization", "Person") or m.key is not None or m.label == "PATTERN":
            continue
        if len(m.tokens) != 1 or ACRONYM.match(m.text) or m.text.casefold() in names:
            continue
        first, word = m.root, m.text.casefold()
        if first.is_stop or _number_forms(word) & lowered or after_title_of(first) or (
                word in common_nouns() and _noisy_capitals(first)):
            m.kind = ""


def drop_credits_and_zones(mentions: list[Mention], text: str) -> None:
    """Names that are no actors of the story: a picture's credit ('Image: Jane Roe.') and a time zone ('8 p.m.
    BST') go; a facility's or street's name ('Kings Square') is a place."""
    for m in mentions:
        if _in_credit(m, text) or _time_zone(m):
            m.kind = ""
        elif m.kind in ("Person", "Organization") and m.key is None and len(m.tokens) > 1 \
                and m.tokens[-1].casefold() in FACILITY_NOUNS:
            m.kind = "Place"


def _in_credit(m: Mention, text: str) -> bool:
    """'Marchers in the rain. Image: Jane Roe (flickr).': the mention follows a credit label on its line."""
    line_start = text.rfind("\n", 0, m.span.start) + 1
    return CREDIT_LINE.search(text[line_start:m.span.start]) is not None


def _time_zone(m: Mention) -> bool:
    """'8:30 p.m. BST (1930 UTC)', '(2130 Tuesday night, UTC)': a time zone's abbreviation after a clock time, right
    after it or a few words on (:data:`CLOCK_REACH`), when it is no verb's subject ('UTC said' is a firm)."""
    if len(m.tokens) != 1 or m.text not in time_zone_abbreviations():
        return False
    doc = m.root.doc
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in CLOCK_WORDS or any(c.isdigit() for c in before.text):
        return True
    window = doc[max(span.start - CLOCK_REACH, span.sent.start): span.start]
    return m.root.dep_ != "nsubj" and any(t.lower_ in CLOCK_WORDS or CLOCK_TIME.fullmatch(t.text) for t in window)


def _number_forms(word: str) -> set[str]:
    """A noun's singular and plural spellings: 'Protestor' is common when 'protestors' is written lower-case."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("s") and not word.endswith("ss"):
        forms |= {word[:-1], word[:-2] if word.endswith("es") else word}
    return forms


def _starts_with_common_noun(m: Mention) -> bool:
    """'Associates of X': an organisation name does not begin with a plural common noun."""
    doc = m.root.doc
    first = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return first is not None and len(first) > 1 and first[0].tag_ in ("NNS", "NN") and not first[0].is_upper


def _noisy_capitals(token) -> bool:
    """Whether the sentence capitalises common nouns outside entities ('the War with ...')."""
    nouns = common_nouns()
    for t in span_tokens(sentence_of(token)):
        if t.i == token.i or t.ent_type_ or t.is_sent_start or not t.text[:1].isupper() or t.is_upper:
            continue
        prev = t.doc[t.i - 1]
        if prev.is_punct and prev.text not in (",", ")"):
            continue
        if t.lower_ in nouns and t.lower_ not in TITLES | ROLE_HEAD_NOUNS and t.lower_ not in ORG_SUFFIX_WORDS:
            return True
    return False
