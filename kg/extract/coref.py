"""Which actor a token stands for: a named mention, a pronoun's or a role noun's antecedent.

Shared by the statement, event and stance extractors. Resolution is local and
rule-based:

* a token inside an actor mention is that actor (also through its compound
  modifiers and appositions: "Foreign Minister X", "the company's chief, X");
* a personal pronoun goes to the nearest earlier actor of a fitting kind
  (the subject of a speech verb "he said" to the latest earlier source in its
  paragraph: a speech verb's subject or the X of "according to X"),
  preferring actors that were grammatical subjects (the usual antecedent in
  news prose), and skipping a person whose gender the text shows to differ
  from the pronoun's ("Mrs X", a first name Faker's lists give one gender,
  or "she" where X is the only person near);
* a definite role noun ("the president", "the ministry") goes to the nearest
  earlier actor introduced with that title ("President X") or, for
  organisations, whose name holds the word ("the Foreign Ministry").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from kg.extract.lexicon import (
    HONORIFIC_GENDERS,
    NOUN_SUBJECT_DEPS,
    ORG_ROLES,
    PERSON_ROLES,
    PRONOUN_GENDERS,
    PRONOUN_KINDS,
    REPORT_VERBS,
)
from kg.extract.quotes import covered, quoted_spans
from kg.extract.records import Actor
from kg.extract.tokens import doc_ents, doc_lowers, doc_text, per_document, span_tokens
from kg.extract.word_files import given_name_genders

NAME_PARTS = ("compound", "appos", "flat")
FIRST_NAME_WEIGHT = 3                   # a first name outweighs two pronouns; an honorific (10) outweighs both


class MentionIndex:
    """Actor mentions of one document, sorted by offset."""

    def __init__(self, actors: list[Actor]):
        self.mentions = sorted(((s.start, s.end, a) for a in actors for s in a.mentions), key=lambda m: m[:2])
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

    def named_actor(self, token) -> Actor | None:
        """The actor a noun names itself or through its name parts; no pronouns or roles."""
        actor = self.actor_in(token.idx, token.idx + len(token.text))
        if actor is not None:
            return actor
        for child in token.children:
            if child.dep_ in NAME_PARTS:
                actor = self.actor_in(child.idx, child.idx + len(child.text)) or (
                    self.named_actor(child) if child.dep_ == "appos" else None)
                if actor is not None:
                    return actor
        return None

    def actor_for(self, token) -> Actor | None:
        """The actor a (subject) token names, or its antecedent if it is a pronoun or role noun."""
        actor = self.named_actor(token)
        if actor is not None:
            return actor
        kind = PRONOUN_KINDS.get(token.lower_)
        if kind:
            return self.antecedent(token, kind)
        return self.role_antecedent(token)

    def antecedent(self, pronoun, kind: str, before: int | None = None) -> Actor | None:
        """Nearest earlier actor of the pronoun's kind (before offset ``before`` if given).

        Subjects of main clauses come first, then other subjects, then the nearest mention.
        """
        doc = pronoun.doc
        wants_person = kind == "Person"
        limit = pronoun.idx if before is None else min(before, pronoun.idx)
        gender = PRONOUN_GENDERS.get(pronoun.lower_)
        genders = self.genders(doc) if gender else {}
        recent = [(s, a) for s, _, a in self.mentions[:bisect_left(self.starts, limit)]
                  if (a.type == "Person") == wants_person and genders.get(a.key, gender) == gender][-12:]
        roles = [(_subject_role(doc, s), s, a) for s, a in recent]
        for wanted in ("main", "subject"):
            for role, _, a in reversed(roles):
                if role == wanted:
                    return a
        return recent[-1][1] if recent else None

    def speaker_antecedent(self, pronoun, kind: str) -> Actor | None:
        """The antecedent of the subject pronoun of a speech verb ("he added"): the latest earlier speaker
        (subject of a speech verb) of its kind and gender in this paragraph, else
        :meth:`antecedent`.
        """
        doc, text = pronoun.doc, doc_text(pronoun.doc)
        since = text.rfind("\n", 0, pronoun.idx) + 1
        gender = PRONOUN_GENDERS.get(pronoun.lower_)
        genders = self.genders(doc) if gender else {}
        earlier = self.mentions[bisect_left(self.starts, since):bisect_left(self.starts, pronoun.idx)]
        for start, _, actor in reversed(earlier):
            if (actor.type == "Person") == (kind == "Person") and genders.get(actor.key, gender) == gender \
                    and _speaks(doc, start):
                return actor
        return self.antecedent(pronoun, kind)

    def genders(self, doc) -> dict[str, str]:
        """Each person's gender as the text shows it ("m"/"f"), computed once per document; see :func:`person_genders`."""
        if getattr(self, "_gender_doc", None) is not doc:
            self._gender_doc, self._genders = doc, person_genders(doc, self.mentions, doc_text(doc))
        return self._genders

    def role_antecedent(self, token) -> Actor | None:
        """The earlier actor a definite role noun ("the president", "the ministry") stands for."""
        role = token.lower_
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return None
        text = doc_text(token.doc)
        earlier = self.mentions[:bisect_left(self.starts, token.idx)]
        if role in PERSON_ROLES:
            for start, _, actor in reversed(earlier):
                if actor.type == "Person" and _word_before(text, start) == role:
                    return actor
        if role in ORG_ROLES:
            for _, _, actor in reversed(earlier):
                if actor.type != "Person" and role in actor.name.lower().split():
                    return actor
        return None


def person_genders(doc, mentions, text: str) -> dict[str, str]:
    """Actor key -> "m"/"f" from an honorific before a mention ("Mrs X"), the first name of the person's name
    ("Mary X", by Faker's male and female names) and the gendered pronouns outside quotes of sentences where that
    person is the only one named (actor or spaCy PERSON) so far in the sentence and the one before, and is a
    subject there; an honorific outweighs the rest, a first name two pronouns.
    """
    votes: dict[str, dict[str, int]] = {}
    for start, _, actor in mentions:
        honorific = HONORIFIC_GENDERS.get(_word_before(text, start))
        if actor.type == "Person" and honorific:
            _vote(votes, actor.key, honorific, 10)
    for actor in {a.key: a for _, _, a in mentions if a.type == "Person"}.values():
        first = first_name_gender(actor.name)
        if first:
            _vote(votes, actor.key, first, FIRST_NAME_WEIGHT)
    people = [(s, a) for s, _, a in mentions if a.type == "Person"]
    starts = [s for s, _ in people]
    in_quote = covered(quoted_spans(text), len(text))
    previous_start = 0
    lowers = doc_lowers(doc)
    for sent in doc.sents:
        for token in span_tokens(sent):
            gender = PRONOUN_GENDERS.get(lowers[token.i])
            if gender is None or in_quote[token.idx]:
                continue
            window = people[bisect_left(starts, previous_start):bisect_left(starts, token.idx)]
            near = {a.key for _, a in window}
            if len(near) == 1 and any(_subject_role(doc, s) for s, _ in window) \
                    and not _other_person(doc, people, previous_start, token.idx):
                _vote(votes, near.pop(), gender, 1)
        previous_start = sent.start_char
    return {key: max(v, key=v.get) for key, v in votes.items() if len(set(v.values())) == len(v)}


def first_name_gender(name: str) -> str | None:
    """"m"/"f" for a name of two words or more whose first word Faker's locales give one gender, else None.

    >>> first_name_gender("Mary Holm"), first_name_gender("Holm"), first_name_gender("Kim Holm")
    ('f', None, None)
    """
    parts = name.split()
    return given_name_genders().get(parts[0]) if len(parts) > 1 else None


def _vote(votes: dict, key: str, gender: str, weight: int) -> None:
    votes.setdefault(key, {}).setdefault(gender, 0)
    votes[key][gender] += weight


def _other_person(doc, people, start: int, end: int) -> bool:
    """Whether spaCy names a person in [start, end) that is no actor mention."""
    mention_starts = {s for s, _ in people}
    return any(ent.label_ == "PERSON" and start <= ent.start_char < end and ent.start_char not in mention_starts
               for ent in doc_ents(doc))


def _word_before(text: str, start: int) -> str:
    """The lower-cased word just before offset ``start`` (skipping spaces)."""
    end = len(text[:start].rstrip())
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "-."):
        begin -= 1
    return text[begin:end].strip(".").lower()


@per_document
def _subject_role(doc, start: int) -> str:
    """'main' for the subject of a main clause, 'subject' for another subject, else ''."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return ""
    for t in span:
        while t.dep_ in ("compound", "appos", "flat") and t.head.i != t.i:
            t = t.head
        if t.dep_ in NOUN_SUBJECT_DEPS:
            return "main" if t.head.dep_ in ("ROOT", "conj") else "subject"
    return ""


def _speaks(doc, start: int) -> bool:
    """Whether the mention at ``start`` is the subject of a speech or cognition verb, or the source of "according
    to X"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    t = span[0]
    while t.dep_ in ("compound", "appos", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        return True
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in REPORT_VERBS


def _is_subject(doc, start: int) -> bool:
    return bool(_subject_role(doc, start))
