"""Statements carried by a noun of saying or thinking: "X's claim that Y", "her warning that Y", "his plan to Y".

The nouns are WordNet's whose main sense is in noun.communication, noun.cognition
or noun.feeling (``wordnet_report_verbs()["noun"]``, built by
:mod:`kg.train.report_verbs`). A noun speaks only with a complement that is
its content: a that-clause with its own subject (not a relative clause,
"the claim that he made") or an infinitive; and only with someone who holds it:
its owner ("X's", "by X", "from X") or the subject of the light verb taking it
("X expressed hope that Y", ``ATTITUDE_LIGHT_VERBS``). A that-clause is its
holder's even inside another statement's content ("critics dismissed X's claim
that Y"; kind "noun"); an infinitive there is part of that content.
"""

from __future__ import annotations

from kg.extract.lexicon import ATTITUDE_LIGHT_VERBS, wordnet_report_verbs
from kg.extract.statements.context import Candidate, Page, clause_span
from kg.extract.statements.grammar import subject
from kg.extract.statements.speakers import candidate
from kg.extract.tokens import doc_tokens

OWNER_PREPS = ("by", "from")
CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def noun_complements(page: Page) -> list[Candidate]:
    """A statement for each noun of saying or thinking with a content complement and a holder."""
    nouns = wordnet_report_verbs()["noun"]
    found = []
    for noun in doc_tokens(page.doc):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or page.in_quote[noun.idx]:
            continue
        clause = content_complement(noun)
        holder = noun_holder(noun) if clause is not None else None
        if holder is None:
            continue
        kind = "reported" if clause.tag_ == "VB" and clause.left_edge.lower_ == "to" else "noun"
        cand = candidate(page, noun, clause_span(page, clause, noun.i), False, kind, subject=holder, confidence=0.7)
        if cand:
            found.append(cand)
    return found


def content_complement(noun):
    """The that-clause ("the claim that prices rose", "his bet is that prices rise") or infinitive ("a plan to cut
    taxes") after a noun."""
    children = list(noun.children)
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        children += [c for c in noun.head.children if c.dep_ == "ccomp"]
    for child in children:
        if child.i < noun.i or child.pos_ not in ("VERB", "AUX") or child.dep_ not in ("acl", "ccomp", "relcl"):
            continue
        kids = list(child.children)
        if any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) and any(k.dep_ in CLAUSE_SUBJECTS for k in kids):
            return child
        if child.dep_ == "acl" and child.tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids) \
                and child.left_edge.lower_ == "to":
            return child
    return None


def noun_holder(noun):
    """Who holds what a noun says: its possessor, the object of "by"/"from", or the subject of a light verb."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS and child.i < noun.i + 3:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ATTITUDE_LIGHT_VERBS:
        return subject(noun.head)
    return None
