"""Which actor a token stands for: a named mention, or a pronoun's antecedent.

Shared by the statement, event and stance extractors. Resolution is local and
rule-based: a token inside an actor mention is that actor; a personal pronoun
goes to the nearest earlier actor of a fitting kind, preferring actors that
were grammatical subjects (the usual antecedent in news prose).
"""

from __future__ import annotations

from bisect import bisect_right

from kg.extract.records import Actor

PRONOUNS = {"he": "Person", "she": "Person", "him": "Person", "her": "Person", "his": "Person",
            "i": "Person", "it": "Organization", "its": "Organization", "they": "Organization"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")


class MentionIndex:
    """Actor mentions of one document, sorted by offset."""

    def __init__(self, actors: list[Actor]):
        self.mentions = sorted((s.start, s.end, a) for a in actors for s in a.mentions)
        self.starts = [m[0] for m in self.mentions]

    def actor_in(self, start: int, end: int) -> Actor | None:
        """The actor of the first mention overlapping [start, end)."""
        i = bisect_right(self.starts, start) - 1
        for m_start, m_end, actor in self.mentions[max(i, 0):]:
            if m_start >= end:
                break
            if m_start < end and start < m_end:
                return actor
        return None

    def actor_for(self, token) -> Actor | None:
        """The actor a (subject) token names, or its antecedent if it is a pronoun."""
        actor = self.actor_in(token.idx, token.idx + len(token.text))
        if actor is None:
            for child in token.children:
                if child.dep_ == "compound":
                    actor = self.actor_in(child.idx, child.idx + len(child.text)) or actor
        if actor is not None:
            return actor
        kind = PRONOUNS.get(token.lower_)
        return self.antecedent(token, kind) if kind else None

    def antecedent(self, pronoun, kind: str) -> Actor | None:
        """Nearest earlier actor of the pronoun's kind, preferring grammatical subjects."""
        doc = pronoun.doc
        wants_person = kind == "Person"
        before = [(s, a) for s, _, a in self.mentions if s < pronoun.idx and (a.type == "Person") == wants_person]
        subjects = [a for s, a in before if _is_subject(doc, s)]
        candidates = subjects or [a for _, a in before]
        return candidates[-1] if candidates else None


def _is_subject(doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    return any(t.dep_ in SUBJECT_DEPS or (t.dep_ == "compound" and t.head.dep_ in SUBJECT_DEPS) for t in span)
