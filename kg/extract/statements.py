"""Statements: direct quotations with their speakers.

A quotation is text between straight or curly double quote marks. It is a
statement when a speech verb in its sentence (or the next/previous one) has a
subject that resolves to an actor, directly or through a personal pronoun
(the nearest preceding person or, for "it", organisation/country). Short
scare quotes ("lengthy") are statements only when a speech verb governs them.
"""

from __future__ import annotations

import re

from kg.extract.coref import MentionIndex
from kg.extract.records import Actor, Span, Statement

SPEECH_VERBS = {
    "say", "tell", "declare", "announce", "state", "add", "claim", "warn", "deny", "insist", "emphasize",
    "emphasise", "stress", "note", "explain", "write", "tweet", "post", "call", "describe", "argue",
    "reply", "respond", "ask", "urge", "promise", "vow", "predict", "suggest", "admit", "acknowledge",
    "report", "confirm", "accuse", "allege", "comment", "remark", "continue", "conclude", "agree",
    "signal", "caution", "assert", "maintain", "contend", "recall", "believe", "think", "issue",
}
QUOTE = re.compile(r"[\"“”]")
MIN_WORDS = 3


def find_statements(spacy_doc, document, actors: list[Actor]) -> list[Statement]:
    """Every statement of one document."""
    return find_direct_quotes(spacy_doc, document.text, actors)


def find_direct_quotes(spacy_doc, text: str, actors: list[Actor]) -> list[Statement]:
    """Direct quotations with a resolved speaker."""
    mention_index = MentionIndex(actors)
    statements = []
    for content in _quoted_spans(text):
        found = _speaker_and_cue(spacy_doc, content, mention_index, actors)
        if found:
            speaker, cue, confidence = found
            statements.append(Statement(speaker.key, speaker.name, cue, content, True, confidence))
    return statements


def _quoted_spans(text: str) -> list[Span]:
    """Spans between pairs of quote marks, unbalanced marks ignored."""
    marks = [m.start() for m in QUOTE.finditer(text)]
    spans = []
    for open_, close in zip(marks[0::2], marks[1::2]):
        start, end = open_ + 1, close
        inner = text[start:end]
        if inner.strip() and "\n\n" not in inner and len(inner.split()) >= MIN_WORDS:
            spans.append(Span(start, end, inner))
    return spans


def _speaker_and_cue(spacy_doc, content: Span, mentions, actors):
    """The speech verb near the quote and its subject's actor."""
    sentence = spacy_doc.char_span(content.start, content.end, alignment_mode="expand")
    if sentence is None:
        return None
    for sent in _nearby_sentences(sentence.sent):
        for token in _speech_verbs(sent, sentence, content):
            actor = _subject_actor(token, mentions)
            if actor:
                cue = Span(token.idx, token.idx + len(token.text), token.text)
                return actor, cue, 0.9 if sent == sentence.sent else 0.7
    return None


def _speech_verbs(sent, quote, content: Span):
    """Speech verbs outside the quote: those governing it first, then the nearest."""
    verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS
             and not content.start <= t.idx < content.end]
    governing = {t.i for tok in quote for t in tok.ancestors}
    return sorted(verbs, key=lambda t: (t.i not in governing, abs(t.idx - content.start)))


def _nearby_sentences(sent):
    doc = sent.doc
    after = doc[sent.end].sent if sent.end < len(doc) else None
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    return [s for s in (sent, after, before) if s is not None]


def _subject_actor(verb, mentions: MentionIndex) -> Actor | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return mentions.actor_for(child)
    return None
