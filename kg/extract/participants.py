"""Participants of an event mention: the actors its trigger's arguments name, with PLOVER's roles.

A verb's subject, objects, agent and "with/between/against" phrases (its subject found
through control and relative clauses when it has none of its own); an event noun's
possessive, compounds, nationality adjectives and prepositional phrases, and the subject of
the light verb that governs it ("Chad began an offensive"). The source does the event, the
target undergoes it (a passive verb's subject, the object of "against/on/of"). Pronouns take their
antecedents from :mod:`kg.extract.coref`, except "it"/"they" in a spokesperson's words, which is the body
named in the speaker's phrase. Read by :mod:`kg.extract.events`.
"""

from __future__ import annotations

from kg.extract.coref import MentionIndex
from kg.extract.lexicon import (
    CONTROL_PREPS,
    EVENT_ARGUMENT_PREPS,
    EVENT_LIGHT_VERBS,
    EVENT_NOUN_PREPS,
    LIGHT_VERB_PARTNER_PREPS,
    OBJECT_DEPS,
    PRONOUN_KINDS,
    REPORT_VERBS,
    SOURCE_PREPS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    TARGET_PREPS,
    TRAILING_PLACE_PREPS,
)


class Roles:
    """The actors an event mention names, in order, with PLOVER's source and target roles where the parse shows them."""

    def __init__(self, index: MentionIndex, skip: set):
        self.index, self.skip = index, skip
        self.keys: list[str] = []
        self.sources: list[str] = []
        self.targets: list[str] = []

    def add(self, token, role: str | None = None, depth: int = 0) -> None:
        if token in self.skip:
            return
        actor = self.index.named_actor(token) if not_a_pronoun(token) else (
            speakers_body(token, self.index) or self.index.actor_for(token))
        if actor is None and depth < 1 and token.pos_ in ("NOUN", "PROPN"):
            for child in token.children:  # "X's resignation", "the government of X"
                if child.dep_ in ("poss", "compound", "amod"):
                    self.add(child, role, depth + 1)
                elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                    for obj in child.children:
                        self.add(obj, role, depth + 1)
        if actor is not None:
            self._keep(actor.key, role)
        for conj in token.children:
            if conj.dep_ == "conj":
                self.add(conj, role, depth)

    def _keep(self, key: str, role: str | None) -> None:
        if key not in self.keys:
            self.keys.append(key)
        chosen = self.sources if role == "source" else self.targets if role == "target" else None
        other = self.targets if role == "source" else self.sources
        if chosen is not None and key not in chosen and key not in other:
            chosen.append(key)


def not_a_pronoun(token) -> bool:
    """A word spelled like a pronoun that the parser does not read as one ("an IT consultant"): it names, it has no antecedent."""
    return token.lower_ in PRONOUN_KINDS and token.pos_ != "PRON"


def speakers_body(pronoun, index: MentionIndex):
    """The body a spokesperson speaks for, for "it"/"they" in what they say ("the Interpol spokesman said it
    had arrested ..."): a non-person actor inside the phrase of the speech verb's subject, else None."""
    if PRONOUN_KINDS.get(pronoun.lower_) != "Organization" or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    clause = pronoun.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        for part in subject.doc[subject.left_edge.i:subject.i]:  # "the rebel group's military spokesperson Ali Noor"
            body = index.named_actor(part)
            if body is not None and body.type != "Person":
                return body
    return None


def find_participants(head, anchor, verb, index: MentionIndex, skip: set, clause_fallback: bool = True) -> Roles:
    """The actors an event mention names, with their roles.

    An event noun that names no one itself ("the debate", "the deployment") takes the doers of the
    clause it is an object or complement of ("X and Y clashed in the debate", "X ordered the
    deployment"), as a light verb's noun does, unless that clause is a report of saying
    (``clause_fallback`` False: a happening that needs no doer, which stays without participants).
    """
    roles = Roles(index, skip)
    if head.pos_ in ("VERB", "AUX"):
        verb_arguments(head, roles)
        if not roles.keys and head.dep_ == "aux":  # a mis-parsed main verb ("X admits downing ...")
            verb_arguments(head.head, roles, objects=False)
    else:
        by_agent = any(c.dep_ == "prep" and c.lower_ == "by" for c in anchor.children)
        for child in anchor.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):  # "Iran's attack"; "X's arrest by police": the patient
                roles.add(child, "target" if by_agent else "source", 1)
            elif child.dep_ == "prep" and child.lower_ in EVENT_NOUN_PREPS:
                for obj in child.children:
                    roles.add(obj, prep_role(child))
            elif child.dep_ == "acl" and child.tag_ == "VBN":  # "a summit, overseen by the Pope": its doer
                for obj in (o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
                    roles.add(obj, "source")
        for child in head.children if head.i != anchor.i else ():
            if child.dep_ in ("compound", "amod"):
                roles.add(child, "source", 1)
        if verb is not None and verb.lemma_.lower() in EVENT_LIGHT_VERBS and anchor.dep_ in ("dobj", "pobj", "attr") \
                and not (anchor.dep_ == "pobj" and anchor.head.lower_ in ("of", "after", "before", "following")):
            verb_arguments(verb, roles, objects=False)
        if not roles.keys and clause_fallback and verb is not None and anchor.dep_ in ("dobj", "pobj", "attr") \
                and verb.lemma_.lower() not in REPORT_VERBS:
            verb_arguments(verb, roles, objects=False)
    return roles


def prep_role(prep) -> str | None:
    word = prep.lower_
    return "source" if word in SOURCE_PREPS else "target" if word in TARGET_PREPS else None


def verb_arguments(verb, roles: Roles, objects: bool = True) -> None:
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    current = verb
    while not subjects and current.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl", "pcomp") and current.head.i != current.i:
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            subjects = [current.head]
            break
        if current.dep_ == "pcomp":  # "after being elected", "by refusing": the clause the preposition modifies
            prep = current.head
            if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
                break
            objects = [c for c in prep.head.children if c.dep_ == "dobj"]
            if objects and prep.lower_ in CONTROL_PREPS:  # "accused X of attacking Y": X attacked
                subjects = objects
                break
            current = prep
        current = current.head
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if current.dep_ == "xcomp":
            subjects += [c for c in current.head.children if c.dep_ == "dobj"]
    subject_role = "target" if passive(verb) else "source"
    for subject in subjects:
        for token in phrase(subject):
            roles.add(token, subject_role)
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and objects:
            roles.add(child, "target")
        elif child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    roles.add(obj, "source")
        elif child.dep_ in ("prep", "prt") and child.lower_ in (EVENT_ARGUMENT_PREPS if objects else LIGHT_VERB_PARTNER_PREPS):
            # a particle with an object of its own is a preposition the parser mislabelled ("called on X")
            for obj in child.children:
                if obj.dep_ == "pobj":
                    roles.add(obj, prep_role(child))


def passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def phrase(token) -> list:
    """The tokens of a noun phrase, without the clauses inside it."""
    tokens = [token]
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj") \
                and not (child.dep_ == "prep" and child.lower_ in TRAILING_PLACE_PREPS):  # where, not who
            tokens += phrase(child)
    return tokens
