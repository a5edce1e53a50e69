"""Grammar the statement rules share: cue verbs, subjects, owners, cue spans, small text tests.

Functions of spaCy tokens (and of the text) only; none reads a :class:`Page`.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import (
    COGNITION_VERBS, GERUND_CUE_PREPS, NOUN_CUES, OBJECT_CUES, PLACE_LABELS, PREP_CUES, SPEECH_VERBS,
    TRAILING_PLACE_PREPS, XCOMP_CUES, wordnet_report_verbs,
)
from kg.extract.quotes import trimmed
from kg.extract.records import Span

CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS
CLAUSE_CUES = CUE_VERBS | wordnet_report_verbs()["clause"]           # cues of a that-clause (WordNet widens the list)
INFINITIVE_CUES = XCOMP_CUES | wordnet_report_verbs()["infinitive"]  # cues of "X to ..."
ANY_CUE = CLAUSE_CUES | OBJECT_CUES | INFINITIVE_CUES | frozenset(PREP_CUES)
NEXT_PARAGRAPH = re.compile(r"\s*\n\s*([^\n]+)")


def is_cue(token) -> bool:
    """A speech or cognition verb."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_VERBS


def subject(verb):
    """The subject of a cue verb, inherited through conjunctions and participles."""
    seen = 0
    if verb.pos_ == "NOUN":
        found = owner(verb)
        if found is not None:
            return found
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "attr") else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
    while verb is not None and seen < 4:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if len(subjects) > 1:           # '"... mode," said X': the quote's own word is no subject of the cue
            subjects = [c for c in subjects if not _quote_between(c, verb)] or subjects
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj") and child == subjects[0]:
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if seen == 0 and inverted_subject(verb) is not None:
            return inverted_subject(verb)
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in NOUN_CUES:
            noun = verb.head
            found = owner(noun)
            if found is not None:
                return found
            verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and verb.head.i < verb.i \
                and verb.head.head.dep_ == "prep":
            if verb.head.head.lower_ in ("with", "without"):
                return verb.head                # "with officials saying": the officials say
            anchor = verb.head.head.head        # "posted a message on Twitter blaming X": the poster blames
            if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass"):
                return anchor
            verb = anchor.head if anchor.pos_ == "NOUN" and anchor.dep_ in ("dobj", "attr") else anchor
            if verb.pos_ not in ("VERB", "AUX"):
                return None
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            return verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in GERUND_CUE_PREPS \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head
        elif verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
            if any(c.dep_ == "nsubjpass" for c in verb.head.children):
                return None
            verb = verb.head
        else:
            return None
        seen += 1
    return None


def _quote_between(token, verb) -> bool:
    """Whether a quote mark stands between a token and the verb it hangs on."""
    lo, hi = sorted((token.i, verb.i))
    return any(t.is_quote for t in token.doc[lo + 1:hi])


def inverted_subject(verb):
    """The speaker a parse took for the object of an inverted cue ('...," said a driver using the name X'):
    the noun right after a speech verb that follows a closing quote mark and has no other complement."""
    if verb.i == 0 or verb.lemma_.lower() not in SPEECH_VERBS or not verb.doc[verb.i - 1].is_quote \
            or any(c.dep_ in ("ccomp", "xcomp", "oprd", "dative") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge.i == verb.i + 1), None)


def owner(noun):
    """Whose a noun is: its possessor, or the object of 'from'/'by' (also 'of'/'for' for people)."""
    preps = ("from", "by") if noun.lemma_.lower() in NOUN_CUES else ("from", "by", "of", "for")
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def according_pobj(token):
    """X of "according to X" (of "according to more from X", X)."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is not None and pobj.pos_ not in ("NOUN", "PROPN", "PRON"):
        pobj = owner(pobj) or pobj
    return pobj


def cue_span(token, text: str) -> Span:
    """The cue verb, with its particle or preposition for phrasal cues ("called for")."""
    end = token.idx + len(token.text)
    for child in token.children:
        if child.i == token.i + 1 and (child.dep_ == "prt" or child.dep_ == "prep" and child.lower_ in PREP_CUES.get(token.lemma_.lower(), ())):
            end = child.idx + len(child.text)
    return Span(token.idx, end, text[token.idx:end])


def capital_by_position(token) -> bool:
    """A common word capitalised only because it opens the sentence ("Police said", "Sources say")."""
    return (token.pos_ != "PROPN" and token.tag_ not in ("NNP", "NNPS") and not token.ent_type_
            and token.text[:1].isupper() and token.text[1:].islower())


def lower_initial(text: str) -> str:
    return text[:1].lower() + text[1:]


def without_trailing_places(tokens):
    """A phrase without its trailing locative phrases ("ministers in Cairo" -> "ministers")."""
    while len(tokens) > 2:
        cut = next((i for i, t in enumerate(tokens) if i > 0 and t.dep_ == "prep" and t.lower_ in TRAILING_PLACE_PREPS
                    and t.i == tokens[i - 1].i + 1 and all(u in t.subtree for u in tokens[i:])), None)
        if cut is None:
            return tokens
        pobj = next((c for c in tokens[cut].children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.ent_type_ in PLACE_LABELS or pobj.pos_ == "PROPN"):
            return tokens
        tokens = tokens[:cut]
    return tokens


def last_word(sent):
    """The sentence's last token that is not a space."""
    for token in reversed(sent):
        if not token.is_space:
            return token
    return None


def next_paragraph(text: str, start: int) -> Span | None:
    """The next non-empty line after ``start``, without spaces and quote marks around it."""
    m = NEXT_PARAGRAPH.match(text, start)
    if not m:
        return None
    return trimmed(text, m.start(1), m.end(1), " \t\"“”")


def is_whole_complement(span, governor) -> bool:
    """Whether the quote is itself a complement or object of the cue."""
    return any(t.head.i == governor.i and t.dep_ in ("ccomp", "dobj", "oprd", "xcomp", "attr") for t in span)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)
