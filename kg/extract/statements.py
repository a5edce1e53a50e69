"""Statements (attribution): who said what, direct quotes and reported speech.

Rules over spaCy's dependency parse, in the spirit of textacy's
``direct_quotations`` and of PARC/PolNeAR attribution (source, cue,
content), widened to reported speech:

* direct quotes: text between straight or curly double quote marks (in the
  title also single ones), paired per paragraph; a quote left open at the
  end of its paragraph runs to the paragraph end (the news convention for a
  quote that goes on). The cue is the speech verb governing the quote, or
  one in the same or a touching sentence, or the "X said:" sentence before
  it; a paragraph that continues the previous paragraph's quote keeps its
  speaker;
* reported speech: a speech or cognition verb (``lexicon.SPEECH_VERBS``,
  ``COGNITION_VERBS``) with a clausal complement (the ccomp subtree, a
  leading "that" dropped), an infinitive complement ("urged X to ..."), a
  prepositional one ("called for ...") or, for some verbs, a noun object
  ("denied the accusation"); the inverted "Y, Smith said" / "said Smith";
* "according to X, Y" and "according to X's statement:" followed by a
  paragraph (a colon introducing a paragraph after any cue);
* noun cues: "X's statement said", "a statement from X said", "X issued a
  statement saying ...";
* agentless passive reports ("X is said to ...") with an unnamed source.

The speaker is the subject of the cue, resolved to an actor by
:class:`~kg.extract.coref.MentionIndex` (names, pronouns, role nouns); an
unresolved subject ("officials", "a spokesperson") is kept as its phrase with
``speaker=None``. Confidence is highest for direct quotes with a named
speaker and lower for resolved pronouns, role nouns and unnamed sources. A
quote inside reported speech from the same cue gives one statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.coref import MentionIndex
from kg.extract.lexicon import (
    COGNITION_VERBS, COLLECTIVES, CONTENT_NOUNS, HEADLINE_CUES, NOUN_CUES, OBJECT_CUES, PASSIVE_REPORT_VERBS, PREP_CUES, PRONOUN_KINDS,
    REPRESENTATIVES, SPEECH_VERBS, XCOMP_CUES,
)
from kg.extract.records import Actor, Span, Statement
from kg.extract.tokens import paragraph_of

CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS
HEADLINE_OBJECT_OK = frozenset({"warn", "argue", "complain"})


def _present_forms(lemma: str) -> list[str]:
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return [lemma, third]


HEADLINE_FORMS = {form: lemma for lemma in HEADLINE_CUES for form in _present_forms(lemma)}
ANY_CUE = CUE_VERBS | OBJECT_CUES | XCOMP_CUES | frozenset(PREP_CUES)
MIN_QUOTE_WORDS = 3
TRIM = " \t\n,;:—–-"
MARKS = "\"“”"
LEADING_ADVERBS = {"however", "also", "further", "furthermore", "moreover", "meanwhile", "instead", "still", "now", "then"}
OPENING, CLOSING, STRAIGHT = "“", "”", '"'
DOUBLED = {"``": OPENING, "''": STRAIGHT}      # typewriter quotes of some archives
QUOTE_MARK = re.compile(r"[“”\"]|``|''(?!')")
TITLE_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘]([^'‘’\n]+?)['’](?=[\s.,;:!?]|$)")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
NOT_SPEAKERS = {"it", "there", "this", "that", "what", "which", "you", "one"}
CLAUSE_CUTS = ("relcl", "appos", "punct", "acl", "advcl", "cc", "conj", "prep")
GERUND_PREPS = ("by", "after", "before", "while", "in", "when")
TITLE_PREPS = ("to", "of", "for", "at")
LOCATIVE_PREPS = ("in", "at", "near", "outside", "inside")
PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass
class _Candidate:
    statement: Statement
    cue_i: int | None
    kind: str                           # "reported", "quote", "colon", "according"


def find_statements(spacy_doc, document, actors: list[Actor]) -> list[Statement]:
    """Every statement of one document, ordered by content offset."""
    finder = _Finder(spacy_doc, document.text, MentionIndex(actors), document)
    found = finder.colon_paragraphs()
    found += finder.reported() + finder.according() + finder.noun_lists() + finder.headline()
    found += finder.direct(found)
    return [c.statement for c in _dedupe(found)]


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[Span, bool]]:
    """(span inside the quote marks, closed?) for the double quotes of ``text[start:end]``.

    Marks pair within a paragraph: a curly opening mark opens, a curly closing
    mark closes, a straight mark does what is due. A quote still open at the
    paragraph end runs to it; stray closing marks are ignored.
    """
    end = len(text) if end is None else end
    spans = []
    for para_start, para_end in _paragraphs(text, start, end):
        open_at = None
        for m in QUOTE_MARK.finditer(text, para_start, para_end):
            i, ch = m.start(), DOUBLED.get(m.group(), m.group())
            if open_at is not None and ch != OPENING:
                spans.append((_trimmed(text, open_at, i), True))
                open_at = None
            elif ch != CLOSING:
                open_at = m.end()
        if open_at is not None:
            spans.append((_trimmed(text, open_at, para_end), False))
    return [(s, closed) for s, closed in spans if s is not None]


def _paragraphs(text: str, start: int, end: int):
    for m in re.finditer(r"[^\n]+", text[start:end]):
        yield start + m.start(), start + m.end()


def _trimmed(text: str, start: int, end: int, chars: str = " \t\n,") -> Span | None:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


class _Finder:
    """The rules, over one parsed document."""

    def __init__(self, doc, text: str, index: MentionIndex, document=None):
        self.doc, self.text, self.index = doc, text, index
        self.title = _title_range(document)
        self.quotes = quoted_spans(text, self.title[1] if self.title else 0)
        if self.title:
            self.quotes += _title_quotes(text, *self.title)
        self.in_quote = _covered(self.quotes, len(text))
        self.sent_of = [None] * len(doc)    # token index -> its sentence (Token.sent is slow)
        for sent in doc.sents:
            self.sent_of[sent.start:sent.end] = [sent] * (sent.end - sent.start)

    # ---------------------------------------------------------- reported speech

    def reported(self) -> list[_Candidate]:
        found = []
        for token in self.doc:
            if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in ANY_CUE:
                continue
            if self.in_quote[token.idx]:
                continue
            for content, direct in self._verb_contents(token):
                cand = self._candidate(token, content, direct, "reported")
                if cand:
                    found.append(cand)
        return found

    def _verb_contents(self, verb):
        """Content spans a cue verb introduces."""
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        if lemma in PASSIVE_REPORT_VERBS:
            subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
            xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if subject is not None and xcomp is not None and not any(c.dep_ == "agent" for c in children):
                yield self._tokens_span(subject.left_edge.i, xcomp.right_edge.i, verb.i), False
                return
        if lemma in CUE_VERBS:
            clauses = [c for c in children if c.dep_ == "ccomp" and not (
                c.lemma_.lower() in SPEECH_VERBS and _subject(c) is not None and c.i < verb.i)]
            for clause in clauses:
                yield self._clause_span(clause, verb.i), False
            if clauses:
                return
            if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and _subject(verb) is not None \
                    and verb.left_edge.i > 0 and self.doc[verb.left_edge.i - 1].is_punct:
                head = verb.head
                yield self._tokens_span(head.left_edge.i, verb.left_edge.i - 1, verb.i), False
                return
            inserted = self._inserted(verb)
            if inserted is not None:
                head, before, after = inserted
                left = self._tokens_span(head.left_edge.i, before - 1, verb.i)
                right = self._tokens_span(after + 1, head.right_edge.i, verb.i)
                parts = [p for p in (left, right) if p is not None]
                if parts:
                    yield max(parts, key=lambda p: len(_words(p.text))), False
                    return
        if lemma in XCOMP_CUES:
            xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if xcomp is not None:
                obj = next((c for c in children if c.dep_ in ("dobj", "dative") and c.i < xcomp.i), None)
                first = obj.left_edge.i if obj is not None and lemma != "tell" else xcomp.left_edge.i
                yield self._tokens_span(first, xcomp.right_edge.i, verb.i), False
                return
        for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in PREP_CUES.get(lemma, ())):
            pobj = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if pobj:
                last = pobj[0].right_edge.i
                for child in children:
                    if child.dep_ in ("advcl", "xcomp") and child.left_edge.i == last + 1:
                        last = child.right_edge.i
                yield self._tokens_span(pobj[0].left_edge.i, last, verb.i), False
                return
        if lemma in OBJECT_CUES or lemma == "call":
            obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
            if obj is not None and obj.pos_ != "PRON" or lemma == "call" and obj is not None:
                last = next((c for c in children if c.dep_ in ("oprd", "xcomp") and c.i > obj.i), obj)
                if lemma != "call" or last is not obj:
                    yield self._tokens_span(obj.left_edge.i, last.right_edge.i, verb.i), False

    def _inserted(self, verb):
        """(head, comma before, comma after) of a cue set off by commas inside its clause: "X, she said, Y"."""
        head = verb.head
        if verb.dep_ not in ("parataxis", "advcl", "ccomp") or head.pos_ not in ("VERB", "AUX") or head.i <= verb.i:
            return None
        lo, hi = verb.left_edge.i, verb.right_edge.i
        before = lo if self.doc[lo].text == "," else lo - 1
        after = hi if self.doc[hi].text == "," else hi + 1
        subject = _subject(verb)
        if before <= 0 or after >= len(self.doc) or self.doc[before].text != "," or self.doc[after].text != "," \
                or subject is None or not before < subject.i < after or after >= head.i \
                or head.left_edge.i >= before or self.sent_of[head.left_edge.i] is not self.sent_of[verb.i]:
            return None
        return head, before, after

    def _clause_span(self, clause, anchor: int) -> Span | None:
        first, last = clause.left_edge.i, clause.right_edge.i
        while first < last and (self.doc[first].is_punct or self.doc[first].dep_ == "mark" and self.doc[first].lower_ in ("that", "if")):
            first += 1
        return self._tokens_span(first, last, anchor)

    def _tokens_span(self, first: int, last: int, anchor: int | None = None) -> Span | None:
        """The text of tokens first..last, trimmed, kept within one paragraph (the anchor token's)."""
        if last < first:
            return None
        while first < last and (self.doc[first].is_punct or self.doc[first].is_space or
                                self.doc[first].lower_ in LEADING_ADVERBS and self.doc[first + 1].text == ","):
            first += 1
        while last > first and (self.doc[last].is_space or self.doc[last].is_punct and self.doc[last].text not in MARKS + ")]"):
            last -= 1
        start = self.doc[first].idx
        end = self.doc[last].idx + len(self.doc[last].text)
        para = self.text.rfind("\n", 0, self.doc[anchor].idx if anchor is not None else start) + 1
        para_end = self.text.find("\n", max(para, self.doc[anchor].idx if anchor is not None else start))
        start, end = max(start, para), min(end, para_end if para_end >= 0 else end)
        span = _trimmed(self.text, start, end, TRIM) if end > start else None
        return _balance(self.text, span) if span else None

    def _candidate(self, cue_token, content: Span | None, direct: bool, kind: str,
                   subject=None, confidence: float = 0.8) -> _Candidate | None:
        if content is None or len(_words(content.text)) < 2:
            return None
        subject = subject if subject is not None else _subject(cue_token)
        speaker = self._speaker(subject, cue_token)
        if speaker is None:
            return None
        actor, speaker_text, weight = speaker
        if actor is None and not speaker_text:
            return None
        direct = direct or _quoted_share(self.in_quote, content) >= 0.6
        cue = _cue_span(cue_token, self.text)
        confidence = round(min(0.95, confidence * weight + (0.1 if direct else 0.0)), 2)
        statement = Statement(actor.key if actor else None, actor.name if actor else speaker_text,
                              cue, content, direct, confidence)
        return _Candidate(statement, cue_token.i, kind)

    # ------------------------------------------------------------- speakers

    def _speaker(self, subject, cue_token):
        """(actor or None, speaker text, weight) for a cue's subject, or None."""
        if subject is None:
            return self._passive_source(cue_token)
        if subject.lower_ in ("who", "that", "which") and subject.head.dep_ == "relcl":
            subject = subject.head.head
        if subject.lemma_.lower() in NOUN_CUES:
            owner = _owner(subject)
            if owner is None and self.index.named_actor(subject) is None:
                return None
            subject = owner if owner is not None else subject
        actor = self.index.named_actor(subject)
        if actor is None or actor.type != "Person":
            actor = self._title_person(subject) or actor
        if actor is not None:
            return actor, actor.name, 1.0
        lower = subject.lower_
        if lower in PRONOUN_KINDS:
            if lower in ("i", "we") and self.in_quote[subject.idx]:
                return None
            if lower == "they":
                group = self._plural_subject_before(subject)
                if group is not None:
                    actor = self.index.named_actor(group)
                    return (actor, actor.name, 0.8) if actor else (None, self._phrase(group), 0.55)
            actor = self.index.antecedent(subject, PRONOUN_KINDS[lower])
            return (actor, actor.name, 0.85) if actor else None
        if lower in NOT_SPEAKERS or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        actor = self.index.role_antecedent(subject)
        if actor is not None:
            return actor, actor.name, 0.8
        owner = _owner(subject)
        if owner is not None:
            actor = self.index.named_actor(owner)
            if actor is not None and subject.pos_ == "NOUN" and (subject.tag_ != "NNS" or subject.lower_ in REPRESENTATIVES):
                return actor, actor.name, 0.75
        return None, self._phrase(subject), 0.6

    def _title_person(self, subject):
        """The person a title phrase names ("US Ambassador to Germany Jane Doe", "the envoy, Jane Doe")."""
        if subject.tag_ in ("NNS", "NNPS"):
            return None
        for child in subject.children:
            if child.dep_ == "appos":
                actor = self.index.named_actor(child)
                if actor is not None and actor.type == "Person":
                    return actor
            elif child.dep_ == "prep" and child.lower_ in TITLE_PREPS and subject.text[:1].isupper():
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None or pobj.pos_ != "PROPN" or pobj.left_edge.i == pobj.i:
                    continue
                # the name ends the title's place or body: "... to Germany Jane Doe"
                for token in reversed(list(pobj.subtree)):
                    actor = self.index.actor_in(token.idx, token.idx + len(token.text))
                    if actor is not None and actor.type == "Person" and token.i > pobj.left_edge.i:
                        return actor
                    if token.i <= pobj.i:
                        break
        return None

    def _plural_subject_before(self, pronoun):
        """The plural (or collective "a meeting of ministers") subject of the sentence before a "they"."""
        sent = self.sent_of[pronoun.i]
        if sent.start == 0:
            return None
        before = self.sent_of[sent.start - 1]
        while before.start > 0 and not any(t.is_alpha for t in before):
            before = self.sent_of[before.start - 1]
        root = before.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        if subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
            return subject
        for child in subject.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.tag_ in ("NNS", "NNPS") and subject.lower_ in COLLECTIVES:
                    return subject
        return None

    def _passive_source(self, cue_token):
        """An agentless passive report ("X is said to ...") has an unnamed source."""
        if cue_token.lemma_.lower() in PASSIVE_REPORT_VERBS and any(c.dep_ in ("nsubjpass", "auxpass") for c in cue_token.children):
            return None, "unnamed sources", 0.5
        return None

    def _phrase(self, head) -> str:
        """The noun phrase of an unnamed source, without clauses, appositions or leading article."""
        tokens = [head]
        for child in head.children:
            if child.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"):
                tokens += list(child.subtree)
            elif child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of", "in", "from", "at", "for"):
                tokens += list(child.subtree)
        tokens = paragraph_of(sorted(tokens, key=lambda t: t.i), head)
        if head.lemma_.lower() in COLLECTIVES:        # where a body met is no part of its name
            tokens = _without_trailing_places(tokens)
        starts_sentence = self._opens_sentence(tokens[0])
        if tokens[0].dep_ == "det" and tokens[0].lower_ in ("a", "an", "the"):
            tokens = tokens[1:]
        if not tokens:
            return head.text
        phrase = self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
        return _lower_initial(phrase) if starts_sentence and _capital_by_position(tokens[0]) else phrase

    def _opens_sentence(self, token) -> bool:
        """True when only spaces, line breaks and punctuation stand between the sentence start and ``token``."""
        start = self.sent_of[token.i].start
        return all(t.is_space or t.is_punct for t in token.doc[start:token.i])

    # ------------------------------------------- "X's demands include ..."

    def noun_lists(self) -> list[_Candidate]:
        """A content noun with an owner that lists what was said: "X's demands include Y"."""
        found = []
        for verb in self.doc:
            if verb.lemma_.lower() != "include" or verb.pos_ != "VERB" or self.in_quote[verb.idx]:
                continue
            noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if noun is None or obj is None or noun.lemma_.lower() not in CONTENT_NOUNS:
                continue
            owner = _owner(noun)
            if owner is None:
                continue
            content = self._tokens_span(obj.left_edge.i, self.sent_of[verb.i].end - 1, verb.i)
            cand = self._candidate(noun, content, False, "reported", subject=owner, confidence=0.7)
            if cand:
                found.append(cand)
        return found

    # ----------------------------------------------- headline "X says Y"

    def headline(self) -> list[_Candidate]:
        """The title line's "X says Y" / "X denounces Y" (headline grammar: present tense, no article)."""
        if self.title is None:
            return []
        start, end = self.title
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        words = [t for t in span if not t.is_space]
        for n, cue in enumerate(words):
            form = cue.lower_
            lemma = HEADLINE_FORMS.get(form)
            if lemma is None or n == 0 or self.in_quote[cue.idx] or not cue.text.islower():
                continue
            rest = n + 1
            if rest < len(words) and words[rest].lower_ in set(PREP_CUES.get(lemma, ())) | {"that"}:
                rest += 1
            elif lemma in PREP_CUES and lemma not in HEADLINE_OBJECT_OK:
                continue
            if rest >= len(words):
                return []
            content = _trimmed(self.text, words[rest].idx, end, TRIM + ".")
            speaker = self._headline_speaker(words[:n], cue)
            if content is None or speaker is None or len(_words(content.text)) < 2:
                return []
            actor, speaker_text, weight = speaker
            statement = Statement(actor.key if actor else None, actor.name if actor else speaker_text,
                                  _cue_span(cue, self.text), _balance(self.text, content) or content,
                                  _quoted_share(self.in_quote, content) >= 0.6, round(0.7 * weight, 2))
            return [_Candidate(statement, cue.i, "reported")]
        return []

    def _headline_speaker(self, before, cue):
        """Who a headline's cue is said by: the parsed subject, else the words before the cue."""
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
        if subject is not None and subject.i >= before[0].i:
            found = self._speaker(subject, cue)
            if found is not None:
                return found
        if len(before) > 6 or any(t.is_punct for t in before):
            return None
        last = before[-1]
        actor = self.index.actor_in(last.idx, last.idx + len(last.text))
        if actor is None:
            people = [self.index.actor_in(t.idx, t.idx + len(t.text)) for t in before]
            actor = next((a for a in reversed(people) if a is not None and a.type == "Person"), None)
        if actor is not None:
            return actor, actor.name, 0.9
        if last.pos_ not in ("NOUN", "PROPN") or last.lower_ in NOT_SPEAKERS:
            return None
        first = 1 if before[0].lower_ in ("a", "an", "the") and len(before) > 1 else 0
        return None, self.text[before[first].idx:last.idx + len(last.text)], 0.7

    # -------------------------------------------------------- according to X

    def according(self) -> list[_Candidate]:
        found = []
        for token in self.doc:
            if token.lower_ != "according" or self.in_quote[token.idx]:
                continue
            to = next((c for c in token.children if c.lower_ == "to"), None)
            pobj = _according_pobj(token)
            if pobj is None or self._reports_itself(token.head, token):
                continue
            sent = self.sent_of[token.i]
            left = self._tokens_span(sent.start, token.left_edge.i - 1, token.i)
            right = self._tokens_span(to.right_edge.i + 1, sent.end - 1, token.i)
            content = max((s for s in (left, right) if s), key=lambda s: s.end - s.start, default=None)
            cand = self._candidate(token, content, False, "according", subject=pobj)
            if cand:
                cand.statement.cue = Span(token.idx, to.idx + len(to.text), self.text[token.idx:to.idx + len(to.text)])
                found.append(cand)
        return found

    def _reports_itself(self, verb, according) -> bool:
        """Whether the clause "according to X" hangs on is itself a report with its own speaker."""
        if not _is_cue(verb) or not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return False
        subject = _subject(verb)
        return subject is not None and subject.i > according.i and subject.lower_ not in NOT_SPEAKERS

    # ---------------------------------------------- "X said:" + a paragraph

    def colon_paragraphs(self) -> list[_Candidate]:
        found = []
        for colon in self.doc:
            if colon.text != ":" or not _ends_line(self.text, colon.idx + 1) or self.in_quote[colon.idx]:
                continue
            cue = self._sentence_cue(self.doc[self.sent_of[colon.i].start:colon.i])
            content = _next_paragraph(self.text, colon.idx + 1)
            if cue is None or content is None:
                continue
            subject = _according_pobj(cue) if cue.lower_ == "according" else None
            cand = self._candidate(cue, content, True, "colon", subject=subject, confidence=0.85)
            if cand:
                found.append(cand)
                self.in_quote[content.start:content.end] = b"\x01" * (content.end - content.start)
        return found

    def _sentence_cue(self, sent):
        """The cue token of a sentence that introduces what follows it."""
        for token in sent:
            if token.lower_ == "according" and _according_pobj(token) is not None:
                return token
        for token in reversed(sent):
            if token.lemma_.lower() in CUE_VERBS and token.pos_ in ("VERB", "AUX") and not self.in_quote[token.idx]:
                return token
        return None

    # ---------------------------------------------------------- direct quotes

    def direct(self, found: list[_Candidate]) -> list[_Candidate]:
        quotes = []
        previous = None
        for content, closed in sorted(self.quotes, key=lambda q: q[0].start):
            cand = self._quote(content, closed, previous)
            if cand:
                quotes.append(cand)
                previous = cand
        return quotes

    def _quote(self, content: Span, closed: bool, previous: _Candidate | None) -> _Candidate | None:
        span = self.doc.char_span(content.start, content.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        long_enough = len(_words(content.text)) >= MIN_QUOTE_WORDS
        inside = range(span.start, span.end)
        governor = self._governing_cue(span, inside)
        if governor is not None:
            cand = self._candidate(governor, content, True, "quote", confidence=0.9 if closed else 0.75)
            if cand and (long_enough or _is_whole_complement(span, governor)):
                return cand
        if not long_enough:
            return None
        for cue, confidence in self._nearby_cues(span, inside):
            cand = self._candidate(cue, content, True, "quote", confidence=confidence)
            if cand:
                return cand
        return self._continuation(content, previous)

    def _governing_cue(self, span, inside):
        """A cue verb outside the quote that governs it or hangs on it ("X," he said)."""
        for token in span:
            head = token.head
            if head.i not in inside and not self.in_quote[head.idx] and (
                    _is_cue(head) or head.lemma_.lower() in NOUN_CUES and head.pos_ == "NOUN"):
                return head
        for token in span:
            for child in token.children:
                if child.i not in inside and _is_cue(child) and child.dep_ in ("parataxis", "ccomp", "conj", "advcl") \
                        and _subject(child) is not None and not self.in_quote[child.idx]:
                    return child
        return None

    def _nearby_cues(self, span, inside):
        """Cue verbs of the quote's own sentences, then of the sentence before (if it ends with ':') and after."""
        doc = self.doc
        first, last = self.sent_of[span.start], self.sent_of[span.end - 1]
        own = [t for t in doc[first.start:last.end] if t.i not in inside and _is_cue(t) and not self.in_quote[t.idx]]
        own.sort(key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
        for token in own:
            yield token, 0.8
        if first.start > 0:
            before = self.sent_of[first.start - 1]
            end_word = _last_word(before)
            if end_word is not None and end_word.text in (":", ","):
                cue = self._sentence_cue(before)
                if cue is not None and cue.lower_ != "according":
                    yield cue, 0.75
        if last.end < len(doc):
            after = self.sent_of[last.end]
            if len(after) <= 8:
                for token in after:
                    if _is_cue(token) and not self.in_quote[token.idx] and not any(c.dep_ == "ccomp" for c in token.children):
                        yield token, 0.7

    def _continuation(self, content: Span, previous: _Candidate | None) -> _Candidate | None:
        """A quote opening a paragraph right after a quoted paragraph goes on with its speaker."""
        if previous is None or previous.kind not in ("quote", "colon"):
            return None
        between = self.text[previous.statement.content.end:content.start]
        if between.count("\n") < 1 or len(between.strip(TRIM + MARKS + "\n")) > 0:
            return None
        st = previous.statement
        return _Candidate(Statement(st.speaker, st.speaker_text, st.cue, content, True,
                                    round(st.confidence * 0.8, 2)), previous.cue_i, "quote")


# ---------------------------------------------------------------- helpers


def _is_cue(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_VERBS


def _subject(verb):
    """The subject of a cue verb, inherited through conjunctions and participles."""
    seen = 0
    if verb.pos_ == "NOUN":
        owner = _owner(verb)
        if owner is not None:
            return owner
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "attr") else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in NOUN_CUES:
            noun = verb.head
            owner = _owner(noun)
            if owner is not None:
                return owner
            verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            return verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in GERUND_PREPS \
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


def _capital_by_position(token) -> bool:
    """A common word capitalised only because it opens the sentence ("Police said", "Sources say")."""
    return (token.pos_ != "PROPN" and token.tag_ not in ("NNP", "NNPS") and not token.ent_type_
            and token.text[:1].isupper() and token.text[1:].islower())


def _lower_initial(text: str) -> str:
    return text[:1].lower() + text[1:]


def _owner(noun):
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


def _without_trailing_places(tokens):
    """A phrase without its trailing locative phrases ("ministers in Cairo" -> "ministers")."""
    while len(tokens) > 2:
        cut = next((i for i, t in enumerate(tokens) if i > 0 and t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS
                    and t.i == tokens[i - 1].i + 1 and all(u in t.subtree for u in tokens[i:])), None)
        if cut is None:
            return tokens
        pobj = next((c for c in tokens[cut].children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.ent_type_ in PLACE_LABELS or pobj.pos_ == "PROPN"):
            return tokens
        tokens = tokens[:cut]
    return tokens


def _according_pobj(token):
    """X of "according to X" (of "according to more from X", X)."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is not None and pobj.pos_ not in ("NOUN", "PROPN", "PRON"):
        pobj = _owner(pobj) or pobj
    return pobj


def _cue_span(token, text: str) -> Span:
    """The cue verb, with its particle or preposition for phrasal cues ("called for")."""
    end = token.idx + len(token.text)
    for child in token.children:
        if child.i == token.i + 1 and (child.dep_ == "prt" or child.dep_ == "prep" and child.lower_ in PREP_CUES.get(token.lemma_.lower(), ())):
            end = child.idx + len(child.text)
    return Span(token.idx, end, text[token.idx:end])


def _last_word(sent):
    for token in reversed(sent):
        if not token.is_space:
            return token
    return None


def _ends_line(text: str, at: int) -> bool:
    rest = text[at:at + 200].lstrip(" \t")
    return rest.startswith("\n")


def _next_paragraph(text: str, start: int) -> Span | None:
    m = re.compile(r"\s*\n\s*([^\n]+)").match(text, start)
    if not m:
        return None
    return _trimmed(text, m.start(1), m.end(1), " \t\"“”")


def _is_whole_complement(span, governor) -> bool:
    return any(t.head.i == governor.i and t.dep_ in ("ccomp", "dobj", "oprd", "xcomp", "attr") for t in span)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _balance(text: str, span: Span) -> Span | None:
    """Drop quote marks at either end that have no partner inside the span."""
    start, end = span.start, span.end
    for _ in range(3):
        inner = text[start:end]
        if sum(inner.count(c) for c in MARKS) % 2 == 0 and not (
                inner[:1] in MARKS and inner[-1:] in MARKS and sum(inner.count(c) for c in MARKS) == 2):
            break
        if inner[:1] in MARKS and (inner[-1:] in MARKS or sum(inner.count(c) for c in MARKS) % 2):
            start += 1
        if text[start:end][-1:] in MARKS and sum(text[start:end].count(c) for c in MARKS) % 2:
            end -= 1
        if (start, end) == (span.start, span.end):
            break
        trimmed = _trimmed(text, start, end, TRIM)
        if trimmed is None:
            return None
        start, end = trimmed.start, trimmed.end
    return Span(start, end, text[start:end]) if end > start else None


def _title_range(document):
    if document is None or not getattr(document, "title", None):
        return None
    at = document.text.find(document.title, getattr(document, "header_end", 0))
    return (at, at + len(document.title)) if at >= 0 else None


def _title_quotes(text: str, start: int, end: int) -> list[tuple[Span, bool]]:
    spans = [(s, True) for s, _ in quoted_spans(text, start, end)]
    for m in TITLE_QUOTE.finditer(text, start, end):
        spans.append((Span(m.start(1), m.end(1), m.group(1)), True))
    return spans


def _covered(quotes, length: int) -> bytearray:
    """1 for each character inside a quote."""
    marks = bytearray(length + 1)
    for span, _ in quotes:
        marks[span.start:span.end] = b"\x01" * (span.end - span.start)
    return marks


def _quoted_share(in_quote: bytearray, span: Span) -> float:
    if span.end <= span.start:
        return 0.0
    return sum(in_quote[span.start:span.end]) / (span.end - span.start)


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _dedupe(found: list[_Candidate]) -> list[_Candidate]:
    """One statement per content: a quote inside reported speech of the same cue or speaker merges into it."""
    found.sort(key=lambda c: (-(c.statement.content.end - c.statement.content.start), -c.statement.confidence))
    kept: list[_Candidate] = []
    for cand in found:
        st = cand.statement
        twin = next((k for k in kept if _same_statement(k, cand)), None)
        if twin is None:
            kept.append(cand)
        elif st.direct and not twin.statement.direct and \
                _overlap(st.content, twin.statement.content) >= 0.6 * (twin.statement.content.end - twin.statement.content.start):
            twin.statement.direct = True
    kept.sort(key=lambda c: (c.statement.content.start, c.statement.content.end))
    return kept


def _same_statement(kept: _Candidate, cand: _Candidate) -> bool:
    a, b = kept.statement, cand.statement
    shorter = min(a.content.end - a.content.start, b.content.end - b.content.start)
    overlap = _overlap(a.content, b.content)
    if overlap == 0:
        return False
    if a.content == b.content:
        return True
    if kept.cue_i is not None and kept.cue_i == cand.cue_i:
        return True
    same_speaker = a.speaker == b.speaker if a.speaker or b.speaker else a.speaker_text == b.speaker_text
    return same_speaker and overlap >= 0.5 * shorter and (cand.kind in ("quote", "colon") or kept.kind in ("quote", "colon"))
