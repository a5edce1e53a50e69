"""Subjects: who does what a verb says, through the clauses spaCy's parse hangs it in, and prepositions' objects.

Read by the evaluation, proposal, effect and demand rules (:mod:`kg.extract.evaluations` and its neighbours)
and by :mod:`kg.extract.stances`.
"""

from __future__ import annotations

from kg.extract.lexicon import NOUN_CUES, RELATIVES, agent_nouns


def prep_object(tok, preps):
    """The object of a preposition of a token ('to X' as a dative too), the first of ``preps`` found."""
    for child in tok.children:
        preposition = child.dep_ in ("prep", "agent") or (child.dep_ == "dative" and child.pos_ == "ADP")  # "to X"
        if preposition and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def subject(verb):
    """The subject of a verb, inherited through conjoined, participial and control clauses."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None:
            if subject.lower_ in RELATIVES and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj":
            verb = clause_verb(verb.head)  # "posted a message on Twitter blaming Y": who posts it blames
            if verb is None:
                return None
        elif verb.dep_ == "acl":
            noun = verb.head
            if noun.lemma_.lower() not in NOUN_CUES and (noun.pos_ != "NOUN" or noun.lemma_.lower() in agent_nouns()):
                return noun
            verb = noun.head  # "carrying placards asking X to ...": who carries them asks
        elif verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acomp") and verb.head.i != verb.i:
            verb = verb.head  # "acomp": "Y was wrong to back it" (Y backs it)
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "Y contributed to it by supporting Z": Y supports Z
        else:
            return None
    return None


def clause_verb(tok):
    """The verb of the clause a token stands in."""
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def agent(verb):
    """Who does what a passive verb says (its 'by' object)."""
    return prep_object(verb, {"by"})
