"""Who a statement is by: the cue's subject resolved to an actor, or kept as its phrase.

:func:`candidate` is where every rule turns (cue, content, subject) into a
statement: the speaker is the subject of the cue, resolved by
:class:`~kg.extract.coref.MentionIndex` (names, pronouns but "they", role nouns,
a title phrase naming a person, "he"/"she" of a speech verb for the last
speaker of that gender in the paragraph); an
unresolved subject ("officials", "a spokesperson", "some of the voters") is
kept as its phrase with ``speaker=None``; a subject that is no one
("estimates by organisers") gives way to its owner, or, with no owner who can
speak, gives no statement ("the footage shows that ...": the narrator's own
evidence, as the gold files read it), and "the statement said"
to whoever issued the statement a sentence or paragraph before. Each resolution has a weight that scales the confidence.
:func:`co_speakers` gives the statement of "X and Y said" to each of them.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import (
    COLLECTIVES, DOCUMENT_SOURCES, NOT_SPEAKERS, NOUN_CUES, PERSON_ROLES, PRONOUN_KINDS, REPRESENTATIVES,
    TITLE_PREPS,
    PRONOUN_GENDERS, QUANTIFIER_PRONOUNS, QUANTIFIER_SUBJECTS, UNNAMED_SOURCES, agent_nouns,
)
from kg.extract.quotes import quoted_share
from kg.extract.records import Span, Statement
from kg.extract.statements.context import Candidate, Page
from kg.extract.statements.grammar import (
    according_pobj, capital_by_position, cue_span, lower_initial, owner, subject as subject_of, without_trailing_places, words,
)
from kg.extract.tokens import paragraph_of


def candidate(page: Page, cue_token, content: Span | None, direct: bool, kind: str,
              subject=None, confidence: float = 0.8) -> Candidate | None:
    """The statement of a cue and its content, or None when the content is too short or nobody said it."""
    if content is None or len(words(content.text)) < 2:
        return None
    subject = subject if subject is not None else subject_of(cue_token)
    found = speaker(page, subject, cue_token)
    if found is None:
        return None
    actor, speaker_text, weight = found
    if actor is None and not speaker_text:
        return None
    direct = direct or quoted_share(page.in_quote, content) >= 0.6
    cue = cue_span(cue_token, page.text)
    confidence = round(min(0.95, confidence * weight + (0.1 if direct else 0.0)), 2)
    statement = Statement(actor.key if actor else None, actor.name if actor else speaker_text,
                          cue, content, direct, confidence)
    return Candidate(statement, cue_token.i, kind)


def speaker(page: Page, subject, cue_token):
    """(actor or None, speaker text, weight) for a cue's subject, or None."""
    index = page.index
    if subject is None:
        return None
    if subject.lower_ in ("who", "that", "which") and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if subject.lemma_.lower() in NOUN_CUES:
        found = owner(subject) or (issuer(page, subject) if index.named_actor(subject) is None else None)
        if found is None and index.named_actor(subject) is None:
            return None
        subject = found if found is not None else subject
    actor = index.named_actor(subject) if not members_of_a_name(page, subject) else None
    if actor is not None and is_persons_people(page, subject, actor) and not any(
            c.dep_ == "appos" for c in subject.children):
        return None, phrase(page, subject), 0.6
    if actor is None or actor.type != "Person":
        actor = title_person(page, subject) or named_by_participle(page, subject) or \
            appositive_person(page, subject) or actor
    if actor is not None:
        return actor, actor.name, 1.0
    lower = subject.lower_
    if lower in PRONOUN_KINDS:
        return _pronoun_speaker(page, subject)
    if lower in NOT_SPEAKERS or subject.pos_ not in ("NOUN", "PROPN"):
        return quantified_group(page, subject)
    actor = index.role_antecedent(subject)
    if actor is not None:
        return actor, actor.name, 0.8
    found = owner(subject)
    if found is not None:
        actor = index.named_actor(found)
        if actor is not None and subject.pos_ == "NOUN" and (subject.tag_ != "NNS" or subject.lower_ in REPRESENTATIVES) \
                and not is_persons_people(page, subject, actor):
            return actor, actor.name, 0.75
    if not can_speak(subject):
        return non_agent_owner(page, subject, found)       # "the footage shows ...": the narrator's evidence
    return None, phrase(page, subject), 0.6


def issuer(page: Page, noun):
    """Who issued the document a definite noun without owner refers back to ("X issued a statement on Monday. The
    statement said ..."): the owner, or the subject of the verb taking it as object, of the same noun earlier in
    the paragraph or the one before."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    lemma, since = noun.lemma_.lower(), paragraph_before(page.text, noun.idx)
    for token in reversed(page.doc[:noun.i]):
        if token.idx < since:
            break
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
            continue
        found = owner(token)
        if found is None and token.dep_ == "dobj":             # "X issued a statement"
            found = subject_of(token.head)
        elif found is None and token.dep_ == "pobj" and token.head.dep_ == "prep":     # "In a statement, X said"
            found = subject_of(token.head.head)
        return found if found is not None and found.pos_ in ("NOUN", "PROPN") else None
    return None


def paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before the one holding offset ``at`` starts."""
    start = text.rfind("\n", 0, at) + 1
    while start > 0 and text[start - 1] in "\n \t":
        start -= 1
    return text.rfind("\n", 0, start) + 1 if start > 0 else 0


def quantified_group(page: Page, subject):
    """An unnamed share of people as speaker: the people ("women" of "some of the women", "voters" of "one in
    four voters"), or the share itself ("nearly a third"); a bare "some" or "several" is no one."""
    if subject.lower_ not in QUANTIFIER_SUBJECTS and subject.pos_ != "NUM":
        return None
    if subject.lower_ in ("one", "two") and not any(c.dep_ == "prep" for c in subject.children):
        return None
    group = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "out")
                  for p in c.subtree if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
    if group is not None:
        return None, phrase(page, group), 0.5
    if subject.lower_ in QUANTIFIER_PRONOUNS:
        return None
    tokens = paragraph_of(list(subject.subtree), subject)
    return None, lower_initial(page.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]), 0.5


def can_speak(noun) -> bool:
    """Whether an unnamed subject stands for people: a name, a person or group noun, or "a majority of voters";
    not a document ("a new poll", "reports", "hypothesis of the study")."""
    if noun.lower_ in DOCUMENT_SOURCES or noun.lemma_.lower() in DOCUMENT_SOURCES:
        return False
    if noun.pos_ == "PROPN" or noun.lower_ in UNNAMED_SOURCES or noun.lemma_.lower() in UNNAMED_SOURCES:
        return True
    if noun.lemma_.lower() in agent_nouns():
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj is not None and can_speak(pobj)


def non_agent_owner(page: Page, subject, found):
    """The speaker behind a subject that is no one ("estimates by organisers"): its owner if that can speak."""
    if found is None or found.lower_ in NOT_SPEAKERS or found.pos_ not in ("NOUN", "PROPN"):
        return None
    actor = page.index.named_actor(found)
    if actor is not None:
        return actor, actor.name, 0.7
    return (None, phrase(page, found), 0.55) if can_speak(found) else None


def _pronoun_speaker(page: Page, pronoun):
    """A pronoun subject: its antecedent. "They" gives no speaker: its antecedent is a group the text seldom
    names as one actor (the nearest organisation or the plural subject before was wrong five times in six)."""
    lower = pronoun.lower_
    if lower in ("i", "we") and page.in_quote[pronoun.idx] or lower == "they":
        return None
    if lower in PRONOUN_GENDERS:
        actor = page.index.speaker_antecedent(pronoun, PRONOUN_KINDS[lower])
    else:
        actor = page.index.antecedent(pronoun, PRONOUN_KINDS[lower])
    return (actor, actor.name, 0.85) if actor else None


def title_person(page: Page, subject):
    """The person a title phrase names ("US Ambassador to Germany Jane Doe", "the envoy, Jane Doe")."""
    if subject.tag_ in ("NNS", "NNPS"):
        return None
    for child in subject.children:
        if child.dep_ == "appos":
            actor = page.index.named_actor(child)
            if actor is not None and actor.type == "Person":
                return actor
        elif child.dep_ == "prep" and child.lower_ in TITLE_PREPS and subject.text[:1].isupper():
            actor = _person_ending_title(page, child)
            if actor is not None:
                return actor
    return None


def appositive_person(page: Page, subject):
    """The person named at the end of a subject's title phrase, where the parse hung the name deeper in it or
    beside it: "the director of X, Jane Doe, said" (the name an apposition of X), "X's president Jane Doe said"
    (title and name two subjects of one verb)."""
    heads = [subject]
    if subject.dep_ == "nsubj":
        heads += [c for c in subject.head.children if c.dep_ == "nsubj" and c is not subject and c.i < subject.head.i]
    for head in heads[1:]:
        actor = page.index.named_actor(head)
        if actor is not None and actor.type == "Person" and head.pos_ == "PROPN":
            return actor
    for head in heads:
        for token in head.subtree:
            if token.dep_ == "appos" and token.pos_ == "PROPN" and _closes_phrase(token, head) \
                    and _inside_noun_phrase(token, head):
                actor = page.index.named_actor(token)
                if actor is not None and actor.type == "Person":
                    return actor
    return None


def _closes_phrase(token, head) -> bool:
    """Whether only punctuation follows ``token``'s own phrase up to the end of ``head``'s."""
    return all(t.is_punct or t.is_space for t in token.doc[token.right_edge.i + 1:head.right_edge.i + 1])


def _inside_noun_phrase(token, head) -> bool:
    """Whether ``token`` hangs on ``head`` through nouns and prepositions only, no clause."""
    while token.i != head.i:
        if token.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return True


def is_persons_people(page: Page, noun, actor) -> bool:
    """Whether a common noun a person's name only qualifies stands for others than that person: "the Trump
    campaign", "Scott's family", "her lawyer said" (not a title of the person: "the president", "his spokesman")."""
    return actor.type == "Person" and noun.pos_ == "NOUN" and noun.lemma_.lower() not in PERSON_ROLES \
        and noun.lower_ not in REPRESENTATIVES and page.index.actor_in(noun.idx, noun.idx + len(noun.text)) is None


def members_of_a_name(page: Page, noun) -> bool:
    """A share of the people a name qualifies ("some USDP members", "several Baker supporters"): a plural
    common noun with a quantifier, named only by its compound modifier, stands for those people, not for the name."""
    return noun.tag_ == "NNS" and page.index.actor_in(noun.idx, noun.idx + len(noun.text)) is None \
        and any(c.dep_ in ("det", "amod", "nummod") and c.lower_ in QUANTIFIER_SUBJECTS | QUANTIFIER_PRONOUNS
                for c in noun.children)


def named_by_participle(page: Page, noun):
    """The person a common noun is given a name by: a past participle's ("a protester named X", "a man identified
    as X") or a present participle's common-noun object's ("a driver using the pseudonym X")."""
    if noun.pos_ != "NOUN" or noun.tag_ in ("NNS", "NNPS"):
        return None
    for child in noun.children:
        if child.dep_ != "acl" or child.i < noun.i:
            continue
        if child.tag_ == "VBN":
            tokens = list(child.subtree)
        elif child.tag_ == "VBG":
            obj = next((c for c in child.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            tokens = [t for t in obj.subtree if t is not obj] if obj is not None else []
        else:
            continue
        for token in tokens:
            actor = page.index.actor_in(token.idx, token.idx + len(token.text)) if token.pos_ == "PROPN" else None
            if actor is not None and actor.type == "Person":
                return actor
    return None


def _person_ending_title(page: Page, prep):
    """The name that ends a title's place or body: "... to Germany Jane Doe"."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN" or pobj.left_edge.i == pobj.i:
        return None
    for token in reversed(list(pobj.subtree)):
        actor = page.index.actor_in(token.idx, token.idx + len(token.text))
        if actor is not None and actor.type == "Person" and token.i > pobj.left_edge.i:
            return actor
        if token.i <= pobj.i:
            break
    return None


def phrase(page: Page, head) -> str:
    """The noun phrase of an unnamed source, without clauses, appositions or leading article."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"):
            tokens += list(child.subtree)
        elif child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of", "in", "from", "at", "for"):
            tokens += list(child.subtree)
    tokens = paragraph_of(sorted(tokens, key=lambda t: t.i), head)
    if head.lemma_.lower() in COLLECTIVES:        # where a body met is no part of its name
        tokens = without_trailing_places(tokens)
    starts_sentence = page.opens_sentence(tokens[0])
    if tokens[0].dep_ == "det" and tokens[0].lower_ in ("a", "an", "the"):
        tokens = tokens[1:]
    if not tokens:
        return head.text
    text = page.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
    return lower_initial(text) if starts_sentence and capital_by_position(tokens[0]) else text


def co_speakers(page: Page, cand: Candidate) -> list[Candidate]:
    """The same statement by each other named actor coordinated with its speaker in the cue's subject ("X and Y
    said", "according to X and Y"): each of them said it."""
    if cand.cue_i is None or cand.statement.speaker is None:
        return []
    cue = page.doc[cand.cue_i]
    subj = according_pobj(cue) if cue.lower_ == "according" else subject_of(cue)
    named = page.index.named_actor(subj) if subj is not None else None
    if named is None or named.key != cand.statement.speaker:
        return []
    found, seen = [], {named.key}
    for conj in (c for c in subj.conjuncts if c.pos_ in ("NOUN", "PROPN")):  # "X, Y and Z": Y and Z
        actor = page.index.named_actor(conj)
        if actor is not None and actor.key not in seen and not page.in_quote[conj.idx]:
            seen.add(actor.key)
            found.append(replace(cand, statement=replace(cand.statement, speaker=actor.key, speaker_text=actor.name)))
    return found

