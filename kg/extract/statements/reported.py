"""Reported speech: a cue verb and the content it introduces; "X's demands include Y".

A speech or cognition verb (``lexicon.SPEECH_VERBS``, ``COGNITION_VERBS``,
widened by WordNet's verbs of saying and thinking, ``lexicon.wordnet_report_verbs``)
with a clausal complement (the ccomp subtree, a leading "that" and a trailing
"citing X" dropped), the
inverted "Y, Smith said" / "said Smith", a cue set off by commas inside its
clause ("X, she said, Y"), an infinitive complement ("urged X to ..."), a
prepositional one ("called for ...") or, for some verbs, a noun object
("denied the accusation"; for a verb of saying outside the object cues, of
four words at least: "stressed the need for talks", not "explained his
decision"). An agentless passive report ("X is said to ...") is the
narrator's hedge and gives no statement.
"""

from __future__ import annotations

from kg.extract.lexicon import (
    CONTENT_NOUNS, DOCUMENT_SOURCES, GROUND_PREPS, OBJECT_CUES, PASSIVE_REPORT_VERBS, PREP_CUES, SOURCE_CITING_VERBS,
    SPEECH_VERBS, UNNAMED_SOURCES, agent_nouns, wordnet_report_verbs,
)
from kg.extract.statements.context import Candidate, Page, clause_span, tokens_span
from kg.extract.statements.grammar import ANY_CUE, CLAUSE_CUES, CUE_VERBS, INFINITIVE_CUES, owner, subject, words
from kg.extract.statements.speakers import candidate
from kg.extract.tokens import doc_tokens

SAYING_OBJECT_CUES = SPEECH_VERBS & wordnet_report_verbs()["object"]   # "stressed the need": communication verbs
MIN_OBJECT_WORDS = 4        # a SAYING_OBJECT_CUES object says something when it has a head and a complement


def reported(page: Page) -> list[Candidate]:
    """Statements of cue verbs outside quotes."""
    found = []
    for token in doc_tokens(page.doc):
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in ANY_CUE:
            continue
        if page.in_quote[token.idx]:
            continue
        for content, direct, kind in verb_contents(page, token):
            cand = candidate(page, token, content, direct, kind)
            if cand:
                found.append(cand)
    return found


def verb_contents(page: Page, verb):
    """Content spans a cue verb introduces, each with whether it is direct and the candidate's kind ("object" for the
    noun phrase of a speech verb that is no object cue: what it names is said, no report told inside it); the first
    rule that fits wins."""
    lemma = verb.lemma_.lower()
    if is_agentless_passive_report(verb, lemma):
        return
    for rule in (_clausal, _infinitive, _prepositional, _nominal):
        found = list(rule(page, verb, lemma, list(verb.children)))
        if found:
            kind = "object" if rule is _nominal and lemma not in OBJECT_CUES and lemma != "call" else "reported"
            if kind == "object":          # "explained his decision": too short to say what was said
                found = [(c, d) for c, d in found if c is not None and len(words(c.text)) >= MIN_OBJECT_WORDS]
            yield from ((content, direct, kind) for content, direct in found)
            return


def is_agentless_passive_report(verb, lemma: str) -> bool:
    """"X is said to ...", "it is believed that ...": the narrator's hedge, no one's statement."""
    return lemma in PASSIVE_REPORT_VERBS and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _clausal(page: Page, verb, lemma, children):
    """A clausal complement; else the clause the cue follows ("Y, Smith said") or sits inside ("X, she said, Y")."""
    if lemma not in CLAUSE_CUES:
        return
    clauses = [c for c in children if c.dep_ == "ccomp" and not (
        c.lemma_.lower() in SPEECH_VERBS and subject(c) is not None and c.i < verb.i)]
    for clause in clauses:
        yield clause_span(page, clause, verb.i), False
    if clauses or lemma not in CUE_VERBS:
        return
    doc = page.doc
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and subject(verb) is not None \
            and verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].is_punct:
        head = verb.head
        yield tokens_span(page, head.left_edge.i, verb.left_edge.i - 1, verb.i), False
        return
    found = inserted(page, verb)
    if found is not None:
        head, before, after = found
        left = tokens_span(page, head.left_edge.i, before - 1, verb.i)
        right = tokens_span(page, after + 1, head.right_edge.i, verb.i)
        parts = [p for p in (left, right) if p is not None]
        if parts:
            yield max(parts, key=lambda p: len(words(p.text))), False


def _infinitive(page: Page, verb, lemma, children):
    """"urged X to ...": the object (except after "tell") and the infinitive."""
    if lemma in INFINITIVE_CUES:
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if xcomp is not None:
            obj = next((c for c in children if c.dep_ in ("dobj", "dative") and c.i < xcomp.i), None)
            first = obj.left_edge.i if obj is not None and lemma != "tell" else xcomp.left_edge.i
            yield tokens_span(page, first, xcomp.right_edge.i, verb.i), False


def _prepositional(page: Page, verb, lemma, children):
    """"called for talks": the object of the cue's preposition, with a clause right after it."""
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in PREP_CUES.get(lemma, ())):
        pobj = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if pobj:
            last = pobj[0].right_edge.i
            for child in children:
                if child.dep_ in ("advcl", "xcomp") and child.left_edge.i == last + 1:
                    last = child.right_edge.i
            yield tokens_span(page, pobj[0].left_edge.i, last, verb.i), False
            return


def _nominal(page: Page, verb, lemma, children):
    """"denied the accusation": a noun object (not a pronoun) with its ground ("accused X of Y", "praised X for Y");
    "called X a Y" with its complement."""
    if lemma in OBJECT_CUES or lemma == "call" or lemma in SAYING_OBJECT_CUES:
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and lemma not in OBJECT_CUES and lemma != "call" and is_addressee(page, obj):
            return                      # "told reporters", "asked the minister": whom it was said to
        if obj is not None and lemma in SOURCE_CITING_VERBS and (
                page.index.named_actor(obj) or obj.lower_ in UNNAMED_SOURCES or obj.lower_ in DOCUMENT_SOURCES):
            return                      # "citing local groups": the source of a report, not what was said
        if obj is not None and obj.pos_ != "PRON" or lemma == "call" and obj is not None:
            last = next((c for c in children if c.dep_ in ("oprd", "xcomp") and c.i > obj.i), obj)
            if lemma != "call" or last is not obj:
                last = next((c for c in children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS and c.i > obj.i), last)
                yield tokens_span(page, obj.left_edge.i, aside_cut(obj, last.right_edge.i), verb.i), False


def aside_cut(obj, last: int) -> int:
    """Where an object's content ends: before a relative clause set off by a comma ("the risk, after which ...")."""
    for token in obj.subtree:
        if token.dep_ == "relcl" and token.left_edge.i > obj.i and token.doc[token.left_edge.i - 1].text == ",":
            return min(last, token.left_edge.i - 2)
    return last


def is_addressee(page: Page, obj) -> bool:
    """Whether a speech verb's object is whom something was said to, or no content: a person or group, a pronoun."""
    return obj.pos_ not in ("NOUN", "PROPN") or page.index.named_actor(obj) is not None \
        or obj.lemma_.lower() in agent_nouns() or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "DATE", "TIME")


def inserted(page: Page, verb):
    """(head, comma before, comma after) of a cue set off by commas inside its clause: "X, she said, Y"."""
    doc = page.doc
    head = verb.head
    if verb.dep_ not in ("parataxis", "advcl", "ccomp") or head.pos_ not in ("VERB", "AUX") or head.i <= verb.i:
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i
    before = lo if doc[lo].text == "," else lo - 1
    after = hi if doc[hi].text == "," else hi + 1
    subj = subject(verb)
    if before <= 0 or after >= len(doc) or doc[before].text != "," or doc[after].text != "," \
            or subj is None or not before < subj.i < after or after >= head.i \
            or head.left_edge.i >= before or page.sent_of[head.left_edge.i] is not page.sent_of[verb.i]:
        return None
    return head, before, after


def noun_lists(page: Page) -> list[Candidate]:
    """A content noun with an owner that lists what was said: "X's demands include Y"."""
    found = []
    for verb in doc_tokens(page.doc):
        if verb.lemma_.lower() != "include" or verb.pos_ != "VERB" or page.in_quote[verb.idx]:
            continue
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if noun is None or obj is None or noun.lemma_.lower() not in CONTENT_NOUNS:
            continue
        whose = owner(noun)
        if whose is None:
            continue
        content = tokens_span(page, obj.left_edge.i, page.sent_of[verb.i].end - 1, verb.i)
        cand = candidate(page, noun, content, False, "reported", subject=whose, confidence=0.7)
        if cand:
            found.append(cand)
    return found
