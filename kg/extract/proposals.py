"""Proposals: what someone says must, should or needs to be done, as evaluations for the act.

"We have to bring back law and order", "we must end the shutdown", "the law
should be repealed", "we need to invest in schools": the speaker is for the act
(and, when the act stops or removes something, against what it stops: "the law
should be repealed" is against the law). Only where the grammar says whose
duty it is: the speaker's own ("we", "I") or an act with no doer named (a
passive), so the holder is the one who speaks; a duty laid on someone else ("Y
must resign") is left to the request rules. Not in a question ("How many must
die before we act?"), a condition ("if we must go"), or of a verb that acts on
nothing ("we must be careful", "I should say").

:mod:`kg.extract.stances` reads these beside :func:`kg.extract.evaluations.evaluations`.
"""

from __future__ import annotations

from kg.extract.evaluations import Evaluation, _negated
from kg.extract.lexicon import CESSATION_VERBS, COPULAS, EMPTY_REQUESTED_VERBS, REPORT_VERBS
from kg.extract.tokens import sentence_of, span_tokens

# Modal auxiliaries of duty ("we must act", "it should be lifted").
DUTY_MODALS = frozenset({"must", "should", "ought"})
# Verbs of duty taking an infinitive ("we have to act", "we need to act").
DUTY_VERBS = frozenset({"have", "need"})
# Subjects whose duty is the speaker's own.
SPEAKER_SUBJECTS = frozenset({"we", "i"})
# Dependents that say what the act is done to or with.
ACT_OBJECTS = frozenset({"dobj", "prep", "prt", "ccomp", "xcomp", "attr", "dative"})
PROPOSAL_CONFIDENCE = 0.6


def proposals(sent) -> list[Evaluation]:
    """The acts a sentence says must, should or need to be done by the speaker or by no one named."""
    found: list[Evaluation] = []
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not _proposed(verb):
            continue
        polarity = "negative" if _negated(verb) else "positive"
        holder = _speaker_subject(verb)
        stopped = _stopped_thing(verb) if polarity == "positive" else None
        if stopped is not None:  # "we have to stop the violence": against the violence
            found.append(Evaluation(verb, stopped, "negative", holder, PROPOSAL_CONFIDENCE, expand=False))
        else:
            found.append(Evaluation(verb, verb, polarity, holder, PROPOSAL_CONFIDENCE, expand=False))
    return found


def _stopped_thing(verb):
    """What an act of stopping or removing is done to ("end the shutdown", "the law should be repealed"), or None."""
    if verb.lemma_.lower() not in CESSATION_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _proposed(verb) -> bool:
    """Whether a verb is an act said to be due, by the speaker or with no doer named, that acts on something."""
    if verb.lemma_ in REPORT_VERBS or verb.lemma_ in COPULAS or verb.lemma_ in EMPTY_REQUESTED_VERBS \
            or verb.dep_ == "relcl":
        return False  # "the masks we must keep": the clause describes a noun
    if not any(c.dep_ in ACT_OBJECTS for c in verb.children) and not _passive(verb):
        return False
    if not _due(verb) or _asked_or_conditional(verb) or (verb.dep_ == "xcomp" and _negated(verb.head)):
        return False  # "we don't have to go" is no duty
    return _passive(verb) or _speaker_subject(verb) is not None


def _due(verb) -> bool:
    """"must act", "should be lifted", "have to act", "need to act"."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in DUTY_MODALS for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_ in DUTY_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _speaker_subject(verb):
    """The subject "we" or "I" of the act (or of "have"/"need" before it), or None."""
    for tok in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.lower_ in SPEAKER_SUBJECTS else None
    return None


def _asked_or_conditional(verb) -> bool:
    """A question ("How many must die before we strike back?") or a condition ("if we must go")."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in clause.children):
        return True
    after = sentence_of(clause)[-1]
    return after.text == "?" or any(t.text == "?" for t in clause.subtree)
