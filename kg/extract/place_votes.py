"""Place or actor: a name's mentions vote, by their spaCy labels and syntactic roles, whether it names a place.

spaCy tags the same name differently across a text ("Pelosi" GPE in one
sentence, PERSON in another; "Omsk" ORG after "in"). :func:`vote_places`
decides once per name, over all its mentions: a place label, "in"/"at" and the
other place prepositions, "the streets of X", a place joined by "and" and
"<place> in <region>" vote for a place; an actor's label and the subject's
role vote against; a name the model tags as an organisation that ends in
a body's word ("Institute", "Congress") stays one, and a building's name that
speaks ("the White House said") or ends in a firm's designator ("Tribune")
is an organisation. A name some mention gives as a person's (a full name's
surname, or after "President") stays that person. Used by
:func:`kg.extract.mentions.find_mentions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import (
    MOTION_VERBS, ORG_DESIGNATORS, PERSONAL_TITLES, PLACE_LABELS, PLACE_NOUNS, PLACE_VOTE_PREPS, SPEECH_VERBS,
    STRONG_PLACE_PREPS,
)
from kg.extract.name_kinds import common_senses
from kg.extract.tokens import entity_text

if TYPE_CHECKING:
    from kg.extract.mentions import Mention


def vote_places(mentions: list[Mention]) -> None:
    """Place or actor, decided over all mentions of the same name (labels and syntactic roles vote)."""
    votes: dict[str, int] = {}
    placey = {m.text.casefold() for m in mentions if m.label in PLACE_LABELS}
    candidates = [m for m in mentions if m.kind in ("Place", "Organization", "Person") and m.key is None
                  and m.label != "PATTERN"]
    for m in candidates:
        votes[m.text.casefold()] = votes.get(m.text.casefold(), 0) + _place_vote(m, placey)
    people = {m.tokens[-1].casefold() for m in mentions if m.label == "PERSON" and len(m.tokens) > 1}
    people |= {m.text.casefold() for m in mentions if m.label == "PERSON" and _after_personal_title(m)}
    speaking = {m.text.casefold() for m in candidates if m.label == "FAC" and _speaks(m)}
    for m in candidates:
        key = m.text.casefold()
        if votes[key] > 0 and key not in people | speaking and not _names_a_body(m):
            m.kind = "Place"
        elif key in people:
            m.kind = "Person"
        elif m.label == "FAC" and (key in speaking or _names_a_body(m)):
            m.kind = "Organization"
        elif m.kind == "Place":
            labels = [c.label for c in candidates if c.text.casefold() == key and c.label not in PLACE_LABELS]
            if labels:
                m.kind = "Person" if labels and labels.count("PERSON") > labels.count("ORG") else "Organization"


def _names_a_body(m: Mention) -> bool:
    """'the Cato Institute', 'the National Congress': a name the model tags as an organisation whose last word is
    a body's (a designator, or a noun whose main sense is a group) names that body even after 'at' or 'in'; so
    does one tagged as a building whose last word is a designator that names no building or place first ('the
    Chicago Tribune'; not 'X Hospital', 'X Center')."""
    if len(m.tokens) < 2:
        return False
    last = m.tokens[-1].casefold()
    if m.label == "ORG":
        return last in ORG_DESIGNATORS or common_senses(last)[:1] == ("group",)
    return m.label == "FAC" and last in ORG_DESIGNATORS and common_senses(last)[:1] not in (("artifact",), ("location",))


def _speaks(m: Mention) -> bool:
    """'Fars reported', 'the White House said': the subject of a verb of saying."""
    return m.root.dep_ == "nsubj" and m.root.head.lemma_ in SPEECH_VERBS


def _after_personal_title(m: Mention) -> bool:
    """'President |Ana Ruiz', 'Mr. |Berg': a title for people stands right before the mention."""
    doc = m.root.doc
    i = doc.char_span(m.span.start, m.span.end, alignment_mode="expand").start
    return i > 0 and doc[i - 1].lower_.rstrip(".") in PERSONAL_TITLES


def _place_vote(m: Mention, placey: set[str]) -> int:
    score = 1 if m.label in PLACE_LABELS else -1
    tok = m.root
    inside = set(range(tok.doc.char_span(m.span.start, m.span.end, alignment_mode="expand").start,
                       tok.doc.char_span(m.span.start, m.span.end, alignment_mode="expand").end))
    partners = [t.head for t in (tok.doc[i] for i in inside) if t.dep_ == "conj" and t.head.i not in inside]
    partners += [c for i in inside for c in tok.doc[i].children if c.dep_ == "conj" and c.i not in inside]
    if any(p.ent_type_ and entity_text(p).casefold().removeprefix("the ") in placey for p in partners):
        score += 1
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if m.located:
        score += 2
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lemma_ in PLACE_NOUNS:
            score += 2
        elif prep.lower_ in PLACE_VOTE_PREPS:
            score += 2 if prep.lower_ in STRONG_PLACE_PREPS else 1
    elif tok.dep_ == "dobj" and tok.head.lemma_ in MOTION_VERBS:
        score += 1
    elif tok.dep_ in ("nsubj", "nsubjpass"):
        score -= 1
    return score
