"""The title line's "X says Y" / "X denounces Y" (headline grammar: present tense, no article)."""

from __future__ import annotations

from kg.extract.lexicon import HEADLINE_CUES, HEADLINE_OBJECT_CUES, NOT_SPEAKERS, PREP_CUES
from kg.extract.quotes import TRIM, balance, quoted_share, trimmed
from kg.extract.records import Statement
from kg.extract.statements.context import Candidate, Page
from kg.extract.statements.grammar import cue_span, words
from kg.extract.statements.speakers import speaker


def present_forms(lemma: str) -> list[str]:
    """A verb's present-tense forms in a headline: "say", "says"."""
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return [lemma, third]


HEADLINE_FORMS = {form: lemma for lemma in HEADLINE_CUES for form in present_forms(lemma)}


def headline(page: Page) -> list[Candidate]:
    """The statement of the title line, if it reports one."""
    if page.title is None:
        return []
    start, end = page.title
    span = page.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    tokens = [t for t in span if not t.is_space]
    for n, cue in enumerate(tokens):
        lemma = HEADLINE_FORMS.get(cue.lower_)
        if lemma is None or n == 0 or page.in_quote[cue.idx] or not cue.text.islower():
            continue
        rest = n + 1
        if rest < len(tokens) and tokens[rest].lower_ in set(PREP_CUES.get(lemma, ())) | {"that"}:
            rest += 1
        elif lemma in PREP_CUES and lemma not in HEADLINE_OBJECT_CUES:
            continue
        if rest >= len(tokens):
            return []
        return _statement(page, tokens, n, rest, end)
    return []


def _statement(page: Page, tokens, n: int, rest: int, end: int) -> list[Candidate]:
    """The headline's statement with its cue at ``tokens[n]`` and content from ``tokens[rest]`` to the title end."""
    cue = tokens[n]
    content = trimmed(page.text, tokens[rest].idx, end, TRIM + ".")
    found = headline_speaker(page, tokens[:n], cue)
    if content is None or found is None or len(words(content.text)) < 2:
        return []
    actor, speaker_text, weight = found
    statement = Statement(actor.key if actor else None, actor.name if actor else speaker_text,
                          cue_span(cue, page.text), balance(page.text, content) or content,
                          quoted_share(page.in_quote, content) >= 0.6, round(0.7 * weight, 2))
    return [Candidate(statement, cue.i, "reported")]


def headline_speaker(page: Page, before, cue):
    """Who a headline's cue is said by: the parsed subject, else the words before the cue."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subject is not None and subject.i >= before[0].i:
        found = speaker(page, subject, cue)
        if found is not None:
            return found
    if len(before) > 6 or any(t.is_punct for t in before):
        return None
    last = before[-1]
    actor = page.index.actor_in(last.idx, last.idx + len(last.text))
    if actor is None:
        people = [page.index.actor_in(t.idx, t.idx + len(t.text)) for t in before]
        actor = next((a for a in reversed(people) if a is not None and a.type == "Person"), None)
    if actor is not None:
        return actor, actor.name, 0.9
    if last.pos_ not in ("NOUN", "PROPN") or last.lower_ in NOT_SPEAKERS:
        return None
    first = 1 if before[0].lower_ in ("a", "an", "the") and len(before) > 1 else 0
    return None, page.text[before[first].idx:last.idx + len(last.text)], 0.7
