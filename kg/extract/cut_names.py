"""Organisation names spaCy cut short, made whole again from the words around them.

spaCy's entity spans often stop inside a long name: "Ruritania |Grand Council|",
"the |Acme Center| for Rural Studies", "|Office of the Ruritania| High
Commissioner", "|Norland Maritime|, Fisheries and Coastal Organization". Such a fragment is no one's name, and beside the whole name it
becomes a second, false actor. :func:`join_cut_names` widens the mention over
the name's own words, read from the parse and the capitals, never from a list
of names:

* a capitalised proper noun right before the mention that modifies a word of
  it (and is no entity of its own) begins the name;
* "for", "of" or "and" followed by capitalised words continues the name when
  the continuation ends in a word for a body ("Organization"), or after a
  body's word with "for" ("Center for Rural Studies"); ", X and Y
  Organization" too, but "and" or a comma after a body's word, or before a
  name the model tags as an organisation of its own, joins two bodies ("the
  Senate and House", "the University of Zell and Brevik University"), and capitals before a common noun ("for
  All Souls school") modify it;
* capitalised words right after a name that already holds "of" or "and", when
  the name's words modify one of them ("the Fire and Rescue
  Commissioner"): the name is that of the whole phrase, a role or a body,
  judged afterwards as any name is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import ORG_DESIGNATORS

CONNECTORS = ("for", "of", "and")
LONGEST_TAIL = 6  # words a name may be continued by


def join_cut_names(mentions: list, body_word) -> None:
    """Widen organisation mentions cut short by spaCy over the rest of their name (in place).

    ``body_word`` tells whether a token ends a body's name (:func:`kg.extract.name_kinds.body_word`)."""
    for i, m in enumerate(mentions):
        if m.kind != "Organization" or m.key is not None or m.label == "PATTERN":
            continue
        doc = m.root.doc
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None:
            continue
        start, end = _name_start(doc, span), _name_end(doc, span, body_word)
        if (start, end) != (span.start, span.end):
            mentions[i] = _widened(m, doc[start:end])
            _drop_inside(mentions, mentions[i])


def _drop_inside(mentions: list, whole) -> None:
    """Other mentions within the widened name are words of it, no names of their own."""
    for other in mentions:
        if other is not whole and whole.span.start <= other.span.start and other.span.end <= whole.span.end:
            other.kind = ""


def _name_start(doc, span) -> int:
    """'Ruritania' of 'Ruritania |Grand Council|': capitalised proper nouns modifying a word of the name."""
    start = span.start
    while start > 0:
        word = doc[start - 1]
        if not (_capitalised(word) and word.pos_ == "PROPN" and not word.ent_type_ and span.start <= word.head.i < span.end):
            break
        start -= 1
    return start


def _name_end(doc, span, body_word) -> int:
    """Where the name really ends: after 'for Rural Studies', ', Scientific and Cultural Organization' or
    'High Commissioner' (see the module's docstring)."""
    at, ends_body = span.end, _ends_body(doc[span.end - 1], body_word)
    if at < len(doc) and doc[at].lower_ in CONNECTORS + (",",):
        if doc[at].lower_ in ("and", ",") and ends_body or doc[at].lower_ == "and" and _tagged_apart(doc, at + 1):
            return span.end  # 'the Senate and House of Representatives', 'X Hospital, Y Hospital': two bodies
        words = _capitalised_run(doc, at + 1 + (doc[at + 1].lower_ == "and" if at + 1 < len(doc) else 0))
        if not words or words[-1].i + 1 < len(doc) and doc[words[-1].i + 1].pos_ in ("NOUN", "PROPN"):
            return span.end  # 'for All Souls school': the capitals modify a common noun, no name's end
        if _ends_body(words[-1], body_word) or doc[at].lower_ == "for" and ends_body:
            return words[-1].i + 1
        return span.end
    inner = {t.lower_ for t in span[1:-1]}
    words = _capitalised_run(doc, at)
    if words and inner & {"of", "and"} and any(t.head in words for t in span):
        return words[-1].i + 1
    return span.end


def _tagged_apart(doc, at: int) -> bool:
    """Whether the model tags the words at ``at`` as an organisation of their own ('the University of Zell and
    |Brevik University|'): the name after 'and' is a second body, not the end of the first."""
    return at < len(doc) and doc[at].ent_iob_ == "B" and doc[at].ent_type_ == "ORG"


def _ends_body(word, body_word) -> bool:
    return body_word(word) or word.lower_ in ORG_DESIGNATORS


def _capitalised_run(doc, at: int) -> list:
    """The capitalised words from ``at`` on, through inner 'and', 'of', 'for' and commas, that no person's
    name, number or quote interrupts; empty if the first is none."""
    run, i = [], at
    while i < len(doc) and len(run) < LONGEST_TAIL:
        word = doc[i]
        if _capitalised(word) and word.ent_type_ not in ("PERSON", "GPE", "DATE", "CARDINAL"):
            run.append(word)
        elif not (run and word.lower_ in CONNECTORS + (",",) and i + 1 < len(doc) and _capitalised(doc[i + 1])):
            break
        i += 1
    return run


def _capitalised(word) -> bool:
    return word.is_title and word.is_alpha and not word.is_sent_start


def _widened(m, words):
    """The mention over ``words``: its span, surface, tokens and root."""
    text = words.text
    start = words.start_char
    return replace(m, span=replace(m.span, start=start, end=start + len(text), text=text), root=words.root,
                   tokens=re.findall(r"[\w.']+", text))
