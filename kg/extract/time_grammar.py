"""Which time expression dates an event or a statement: grammar over spaCy's parse.

The candidates of a sentence are its DATE/TIME entities and the bare "today"-like
words the recogniser left untagged; :mod:`kg.extract.time` resolves each against the
document date. Which one dates an event (:func:`date_in`): the event's own phrase,
then its clause and the clauses above, nearest first; the setting a participle names
("In a statement issued Monday, X confirmed") and a participle phrase share their
clause's time. A dateline (a date alone on its line) dates the report, not its events;
a date that modifies another noun ("last week's shooting", "the 2020 census") is that
noun's. The tense helpers (:func:`is_future`, :func:`is_simple_past`,
:func:`in_past_narrative`) tell planned events and the narrative's past.
"""

from __future__ import annotations

from datetime import date

from kg.extract.lexicon import FUTURE_AUX, FUTURE_HEADS, RELATIVE_DAY_WORDS, SAME_TIME_MARKERS, WEEKDAYS
from kg.extract.time import anaphoric_shift, resolve
from kg.extract.tokens import doc_ents, doc_lowers, doc_tokens, sentence_of

# Prepositions of a clause's setting: "In a statement issued Monday, X confirmed", "spoke at Tuesday's rally".
SETTING_PREPS = ("in", "at", "during")

DATE_LABELS = ("DATE", "TIME")


def date_for_span(spacy_doc, start: int, end: int, doc_date: str | None, future: bool | None = None) -> str | None:
    """The date of the sentence holding the character span [start, end).

    The DATE/TIME entity of that sentence nearest the span that resolves
    against ``doc_date``; ``future`` (when None) is read from the verb that
    governs the entity ("will meet on Monday"). None when the sentence has none.
    """
    span = spacy_doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = sentence_of(span[0])
    return date_in(sent, span.start, span.end, doc_date, future)


def date_in(region, tok_start: int, tok_end: int, doc_date: str | None, future: bool | None = None,
            focus=None, own_only: bool = False, own_end: int | None = None,
            own_skip: range = range(0), reference: str | None = None) -> str | None:
    """The first resolvable date expression of a token region (a Span).

    Candidates are DATE/TIME entities and bare "today"/"yesterday" words.
    Without ``focus`` the one nearest [tok_start, tok_end) wins; with a focus
    token (an event trigger) only dates of its own phrase or clause, then of
    the clauses above it (up to one in the past perfect, whose time lies before theirs), count,
    nearest clause first (with ``own_only``
    only those inside the focus's own phrase; ``own_end``, a token index,
    stretches a noun's own phrase to the right, over a modifier the parser
    hung elsewhere; ``own_skip``, token indices of a nested event's phrase
    whose dates are its own: "the withdrawal beyond the withdrawal announced
    on May 1"); of the dates of the nearest such clause the most precise wins
    (the day "on August 27", not the year "1930" of a clock time beside it).
    ``reference`` is the day the narrative is at, which "the previous day"
    and "two days later" count from (see :func:`resolve`).
    """
    candidates = _candidates(region)
    if not candidates:
        return None
    if focus is None:
        candidates.sort(key=lambda c: max(c.start - tok_end, tok_start - c.end, 0))
        return next((v for v in (_value(c, doc_date, future, reference) for c in candidates) if v), None)
    ranked = []
    own = range(0)
    if focus.pos_ in ("NOUN", "PROPN"):
        own = range(focus.left_edge.i, max(focus.right_edge.i, own_end or 0) + 1)
    chain = _clause_chain(focus)
    cut = next((i + 1 for i, head in enumerate(chain) if _past_perfect(head)), None)
    if cut is not None:  # "said yesterday they had arrested a man": the arrest is before the saying
        chain = chain[:cut]
    for c in candidates:
        if c.root.i in own and c.root.i not in own_skip and not _names_other_noun(c, focus) and not (
                c.root.i <= focus.right_edge.i and _in_nested_clause(c.root, focus)):
            ranked.append((0, c))
        elif own_only or c.root.i in own or _names_other_noun(c, focus):
            continue
        elif (head := clause_head(c.root)) in chain:
            ranked.append((1 + chain.index(head), c))
        elif head.dep_ == "advcl" and head.head in chain and _marker(head) in SAME_TIME_MARKERS:
            # "hours before the jet crashed on Wednesday", "when the talks began on Monday"
            ranked.append((len(chain) + 1, c))
        elif (frame := _framing_clause(head) or _participle_of(head)) in chain:
            ranked.append((1 + chain.index(frame), c))
    best_rank, best, best_precision = None, None, -1.0
    for rank, cand in sorted(ranked, key=lambda rc: (rc[0], abs(rc[1].start - tok_start))):
        if best_rank is not None and rank > best_rank:
            break
        # a date of a clause above the event's own has that clause's tense: "On Wednesday, she announced
        # that the bill will be withdrawn" is last Wednesday even for the planned withdrawal
        value = _value(cand, doc_date, future if rank <= 1 else None, reference)
        if value is None:
            continue
        precision = _precision(value) - (0.5 if anaphoric_shift(cand.text.lower()) is not None else 0)
        if best is None or precision > best_precision:
            # the most precise date of the nearest clause that has one; a named day before a counted one
            best_rank, best, best_precision = rank, value, precision
    return best


def _past_perfect(head) -> bool:
    """A clause in the past perfect ("had arrested"): its time lies before that of the clauses above it."""
    return head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)


def _framing_clause(participle):
    """The verb whose setting a participle's noun names: "In a statement issued on Monday, X confirmed"
    (the statement is where X confirmed, so its day is X's), else None."""
    if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):  # "issued" is often tagged VBD
        return None
    noun = participle.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head.head


def _participle_of(verb):
    """The clause a participle phrase without subject or conjunction accompanies, which shares its time
    ("Clinton, speaking at a rally on Tuesday, criticized Trump"; "X left Paris on Monday, heading
    home"), else None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl":  # on the subject of the clause
        return head.head if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") else None
    return head if head.pos_ in ("VERB", "AUX") else None


def _in_nested_clause(token, noun) -> bool:
    """Whether a token of a noun's phrase lies in a finite clause inside it, whose time is its own
    ("the referendum on whether to remain in the union, which it joined in 1973")."""
    current = token
    while current.i != noun.i and current.head.i != current.i:
        if current.dep_ in ("relcl", "ccomp", "advcl", "csubj") and current.pos_ in ("VERB", "AUX"):
            return True
        current = current.head
    return False


def _names_other_noun(span, focus) -> bool:
    """Whether a date is the modifier of a noun other than the focus and its heads ("the December 31
    attack" dates that attack, not "the attacks" later in the sentence). A date right after "on" is
    that preposition's object, whatever noun the parser hung it on ("on Sunday Presidents X and Y signed")."""
    token = span.root
    if span.start > 0 and span.doc[span.start - 1].lower_ == "on":
        return False
    head = token.head
    if token.dep_ not in ("compound", "nmod", "npadvmod", "amod", "nummod", "poss") or head.pos_ not in ("NOUN", "PROPN") \
            or head.ent_type_ in ("DATE", "TIME"):  # "Saturday morning" is one time
        return False
    return head.i != focus.i and head not in list(focus.ancestors) and not _setting_of(head, focus)


def _setting_of(noun, focus) -> bool:
    """Whether a noun names where the focus's clause happened ("cited the figure at last week's forum", "voted
    in Tuesday's session"): its date is the clause's, as a participle's setting is (:func:`_framing_clause`)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in SETTING_PREPS and prep.head.pos_ in ("VERB", "AUX") \
        and prep.head in _clause_chain(focus)


def _value(cand, doc_date: str | None, future: bool | None, reference: str | None) -> str | None:
    text = cand.text
    before = cand.doc[cand.start - 1] if cand.start > 0 else None
    if before is not None and before.lower_ in ("last", "next", "this", "the", "late", "early", "earlier", "later"):
        text = f"{before.lower_} {text}"
    return resolve(text, doc_date, is_future(cand.root) if future is None else future, reference=reference)


def _precision(value: str) -> float:
    """3 for a day, 2 for up to a week, 1 for up to a month, 0 for longer ("1930" beside "August 27")."""
    if "/" not in value:
        return 3
    start, end = (date.fromisoformat(v) for v in value.split("/"))
    days = (end - start).days
    return 2 if days < 7 else 1 if days < 31 else 0


def _candidates(region) -> list:
    doc = _doc_of(region)
    entities, words = _time_expressions(doc)
    start, end = _bounds(region)
    return [doc[s:e] for s, e in entities if s >= start and e <= end] + [doc[i:i + 1] for i in words if start <= i < end]


def _doc_of(region):
    return getattr(region, "doc", region)


def _bounds(region) -> tuple[int, int]:
    """Token bounds of a Span, or of a whole Doc."""
    return getattr(region, "start", 0), getattr(region, "end", len(region))


def _time_expressions(doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Token bounds of the doc's DATE/TIME entities, and indices of its bare "today"-like words.

    Found once per Doc: reading ``Span.ents`` for every event and statement
    walks all the entities of the document again. Kept as plain numbers, not
    Spans, in ``doc.user_data``: a Span there would point back at its Doc, and
    the cycle would keep every parsed Doc alive until the garbage collector ran.
    """
    key = "newskg.time_expressions"
    if key not in doc.user_data:
        entities = [(e.start, _possessive_cut(doc, e.start, _line_end(doc, e.start, e.end)))
                    for e in doc_ents(doc) if e.label_ in DATE_LABELS]
        entities = [(s, e) for s, e in entities if not _own_line(doc, s, e)]
        words = [t.i for t, lower in zip(doc_tokens(doc), doc_lowers(doc))
                 if not t.ent_type_ and (lower in RELATIVE_DAY_WORDS or _weekday_name(t))]
        doc.user_data[key] = (entities, words)
    return doc.user_data[key]


def _line_end(doc, start: int, end: int) -> int:
    """Where an entity stops at the end of its line: a date never runs on over a line break
    ("Wednesday, July 10, 2019" and the paragraph below it taken as one entity)."""
    return next((i for i in range(start + 1, end) if doc[i].is_space and "\n" in doc[i].text), end)


def _possessive_cut(doc, start: int, end: int) -> int:
    """Where an entity stops before an "of" that opens a possessive: in "on Monday of last week's
    shooting" the day is "Monday", and "last week's" belongs to the shooting."""
    if end - start < 3 or doc[end - 1].tag_ != "POS":
        return end
    return next((i for i in range(start + 1, end) if doc[i].lower_ == "of"), end)


def _weekday_name(token) -> bool:
    """A weekday's full name the entity recogniser left untagged ("earlier Thursday morning")."""
    return token.pos_ == "PROPN" and len(token.lower_) > 3 and token.lower_ in WEEKDAYS


def _own_line(doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) stand alone on their line: a dateline, which dates the report, not
    an event in it."""
    def breaks(i: int) -> bool:
        return i < 0 or i >= len(doc) or (doc[i].is_space and "\n" in doc[i].text)
    return breaks(start - 1) and breaks(end)


def _marker(clause_head) -> str:
    return next((c.lower_ for c in clause_head.children if c.dep_ in ("mark", "advmod")), "")


CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "conj"}


# Prepositions whose clause ("after being elected", "before leaving") names a time other than its head's.
TIME_SHIFT_PREPS = frozenset({"after", "before", "since", "following", "until"})


def clause_head(token):
    """The head verb of the clause a token belongs to (xcomp chains count as one clause; a gerund
    after a preposition of time is a clause of its own: "serving his term after being elected in 2005")."""
    current = token
    while current.head.i != current.i:
        if current.pos_ in ("VERB", "AUX") and (current.dep_ in CLAUSE_DEPS or (
                current.dep_ == "pcomp" and current.head.lower_ in TIME_SHIFT_PREPS)):
            return current
        current = current.head
    return current


def _clause_chain(token) -> list:
    """The token's clause head, then the clause heads above it."""
    chain = [clause_head(token)]
    while chain[-1].head.i != chain[-1].i and len(chain) < 6:
        chain.append(clause_head(chain[-1].head))
    return chain


def is_future(token) -> bool:
    """Whether the verb governing a token is future or planned ("will", "to be", "going to")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_ in FUTURE_HEADS and any(c.lower_ == "to" for c in verb.children):
            return True
        if verb.tag_ in ("VBD", "VBN") or verb.head.i == verb.i:
            break
        verb = verb.head
    return False


def is_simple_past(verb) -> bool:
    """A finite past-tense verb that is not perfect or modal: "met", "was boycotted", "were flying"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lemma_ == "have" or a.lower_ in FUTURE_AUX for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ in ("VBN", "VBG") and any(a.lemma_ == "be" and a.tag_ == "VBD" for a in auxes)


def in_past_narrative(verb) -> bool:
    """The verb and every clause above it are in the simple past ("NPR reported X recommended Y")."""
    if not is_simple_past(verb):
        return False
    return all(is_simple_past(head) for head in _clause_chain(verb)[1:] if head.pos_ in ("VERB", "AUX")) \
        and all(head.pos_ in ("VERB", "AUX") for head in _clause_chain(verb))


def has_unresolved_time(region, doc_date: str | None, clause=None) -> bool:
    """Whether a region (with ``clause``, a verb: that verb's clause in it) holds a time expression that
    names no date ("for several days", "two hours"); a frequency ("daily briefing") is no time of the clause."""
    doc = _doc_of(region)
    entities, _ = _time_expressions(doc)
    start, end = _bounds(region)
    return any(s >= start and e <= end and doc[s:e].root.pos_ != "ADJ"
               and (clause is None or clause_head(doc[s:e].root) == clause_head(clause))
               and resolve(doc[s:e].text, doc_date) is None for s, e in entities)
