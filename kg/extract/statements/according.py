"""Attribution by phrase or colon: "according to X, Y" and "X said:" followed by a paragraph."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import NOT_SPEAKERS
from kg.extract.records import Span
from kg.extract.statements.context import Candidate, Page, tokens_span
from kg.extract.statements.grammar import CUE_VERBS, according_pobj, ends_line, is_cue, next_paragraph, subject
from kg.extract.statements.speakers import candidate


def according(page: Page) -> list[Candidate]:
    """"According to X, Y" / "Y, according to X": the longer side of the sentence is the content."""
    found = []
    for token in page.doc:
        if token.lower_ != "according" or page.in_quote[token.idx]:
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        pobj = according_pobj(token)
        if pobj is None or reports_itself(token.head, token):
            continue
        sent = page.sent_of[token.i]
        left = tokens_span(page, sent.start, token.left_edge.i - 1, token.i)
        right = tokens_span(page, to.right_edge.i + 1, sent.end - 1, token.i)
        content = max((s for s in (left, right) if s), key=lambda s: s.end - s.start, default=None)
        cand = candidate(page, token, content, False, "according", subject=pobj)
        if cand:
            cue = Span(token.idx, to.idx + len(to.text), page.text[token.idx:to.idx + len(to.text)])
            found.append(replace(cand, statement=replace(cand.statement, cue=cue)))
    return found


def reports_itself(verb, according_token) -> bool:
    """Whether the clause "according to X" hangs on is itself a report with its own speaker."""
    if not is_cue(verb) or not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    subj = subject(verb)
    return subj is not None and subj.i > according_token.i and subj.lower_ not in NOT_SPEAKERS


def colon_paragraphs(page: Page) -> list[Candidate]:
    """A sentence with a cue ending in a colon at the end of its line: the next paragraph is its content.

    The paragraph then counts as quoted for the other rules.
    """
    found = []
    for colon in page.doc:
        if colon.text != ":" or not ends_line(page.text, colon.idx + 1) or page.in_quote[colon.idx]:
            continue
        cue = sentence_cue(page, page.doc[page.sent_of[colon.i].start:colon.i])
        content = next_paragraph(page.text, colon.idx + 1)
        if cue is None or content is None:
            continue
        subj = according_pobj(cue) if cue.lower_ == "according" else None
        cand = candidate(page, cue, content, True, "colon", subject=subj, confidence=0.85)
        if cand:
            found.append(cand)
            page.mark_quoted(content)
    return found


def sentence_cue(page: Page, sent):
    """The cue token of a sentence that introduces what follows it."""
    for token in sent:
        if token.lower_ == "according" and according_pobj(token) is not None:
            return token
    for token in reversed(sent):
        if token.lemma_.lower() in CUE_VERBS and token.pos_ in ("VERB", "AUX") and not page.in_quote[token.idx]:
            return token
    return None
