"""Time: date expressions resolved against the document date.

A small deterministic resolver (no clock, no network): the document's own
date is the only base. Results are ISO 8601 dates (``2019-10-06``) or
intervals ``start/end`` (``2019-09-16/2019-09-22`` for "next week"; weeks run
Monday to Sunday, months and years cover all their days), the forms that
``kg.emit`` writes as ``sem:hasTimeStamp`` or begin/end stamps.

Covered: today/tonight/this morning, yesterday/last night, tomorrow; weekday
names (past by default, future when ``future`` is true), optionally with a
part of day or a possessive ("Monday night", "late on Sunday", "Monday's");
this/next/last week, month, year, weekend; "earlier this week", "later this
month"; "N days/weeks ago", "N months/years ago"; days counted from the day
the narrative is at ("the previous day", "the next day", "two days later");
explicit dates ("September 12, 2019", "12 September", "Oct. 6", "2019-10-06"),
"the 5th", months ("in April 2018", "mid-June", "last October", a bare "in
December" on the side of the document's month the tense points to), years
("in 2018") and stretches of days ("July 13-24", "from Monday to Wednesday").

Which expression dates an event is grammar (:func:`date_in`): the event's own
phrase, then its clause and the clauses above; a dateline (a date alone on its
line) dates the report, not its events; a date that modifies another noun
("last week's shooting", "the 2020 census") is that noun's.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.lexicon import DAY_UNITS, FUTURE_AUX, FUTURE_HEADS, MONTHS, NUMBERS, RELATIVE_DAY_WORDS, SAME_TIME_MARKERS, WEEKDAYS
from kg.extract.tokens import doc_ents, doc_lowers, doc_tokens, sentence_of

# Words around a date expression that do not change the day it names.
# A clock time or a time of day, and a hedge before it, within a day's expression: "shortly before
# midnight Wednesday", "around 10:30 p.m. on Tuesday", "at noon Friday" name that day.
_CLOCK = (r"\b(?:(?:shortly|just|soon|right|moments?|minutes|hours)\s+(?:before|after)|around|about|approximately|roughly)\b"
          r"|\b(?:midnight|noon|midday|dawn|daybreak|dusk|sunrise|sunset|o'clock)\b"
          r"|\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?=\s|,|$)")
_FILLER = re.compile(
    r"\b(?:on|in|at|by|since|from|until|till|as of|during|late|early|earlier|later|the|of|"
    r"morning|afternoon|evening|night|overnight|mid|last night)\b|[,.]|" + _CLOCK, re.I)
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"


@lru_cache(maxsize=4096)  # a pure function of strings, asked again for every event and statement near a date
def resolve(expression: str, doc_date: str | None, future: bool | None = None,
            reference: str | None = None) -> str | None:
    """The ISO date or ``start/end`` interval an expression names, or None.

    Days counted from another day ("the previous day", "the next day", "two days
    later") count from ``reference``, the day the narrative is at; without one
    they name no date.

    >>> resolve("next week", "2025-10-16")
    '2025-10-20/2025-10-26'
    >>> resolve("on Sunday", "2019-10-15")
    '2019-10-13'
    """
    base = _parse_iso(doc_date)
    text = " ".join((expression or "").lower().replace("’", "'").split())
    text = re.sub(r"\bmid-(?=[a-z])", "mid ", re.sub(r"(?<=[a-z])'s\b", "", text))  # "Monday's", "mid-June"
    if not text:
        return None
    explicit = _range(text, base, future, reference) or _explicit(text, base, future)
    if explicit:
        return explicit
    shift = _anaphoric_shift(text)
    if shift is not None:
        anchor = _parse_iso(reference)
        return (anchor + timedelta(days=shift)).isoformat() if anchor else None
    if base is None:
        return None
    return _relative(text, base, future)


_NUMBER_RE = r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ANAPHORIC = (
    (re.compile(r"\b(?:the\s+)?(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b"), -1),
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+day\b|\bthe\s+day\s+after\b"), 1),
)
_COUNTED = re.compile(_NUMBER_RE + r"\s+(days?|weeks?)\s+(earlier|later|before|after)\b")


def _anaphoric_shift(text: str) -> int | None:
    """Days from the narrative's day that an expression counts ("the previous day": -1), or None."""
    for pattern, shift in _ANAPHORIC:
        if pattern.search(text):
            return shift
    m = _COUNTED.search(text)
    if not m:
        return None
    word = m.group(1)
    n = int(word) if word.isdigit() else 1 if word in ("a", "one") else NUMBERS[word]
    days = n * DAY_UNITS[m.group(2)]
    return -days if m.group(3) in ("earlier", "before") else days


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _relative(text: str, base: date, future: bool | None) -> str | None:
    if re.search(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|now|currently)\b", text):
        return base.isoformat()
    if re.search(r"\b(?:yesterday|last night)\b", text):
        return (base - timedelta(days=1)).isoformat()
    if re.search(r"\btomorrow\b", text):
        return (base + timedelta(days=1)).isoformat()
    m = re.search(r"\b(earlier|later)\s+(?:this|in\s+the)\s+(week|month|year)\b", text)
    if m:  # "earlier this week": the period's days before the document's; "later this month": those after it
        start, end = _period(base, m.group(2), 0).split("/")
        start, end = (start, (base - timedelta(days=1)).isoformat()) if m.group(1) == "earlier" \
            else ((base + timedelta(days=1)).isoformat(), end)
        return (start if start == end else f"{start}/{end}") if start <= end else None
    m = re.search(r"\b(?:(this|next|last|past|coming|the)\s+)?(past\s+)?weekend\b", text)
    if m:  # "this past weekend" lies behind, whatever the tense
        return _weekend(base, m.group(1), False if m.group(2) else future)
    m = re.search(r"\b(this|next|last|past|previous|coming)\s+(week|month|year)\b", text)
    if m:
        step = {"this": 0, "next": 1, "coming": 1}.get(m.group(1), -1)
        return _period(base, m.group(2), step)
    m = re.search(_NUMBER_RE + r"\s+(months?|years?)\s+ago\b", text)
    if m:  # "three months ago": that month; "a year ago": that year
        n = int(m.group(1)) if m.group(1).isdigit() else 1 if m.group(1) in ("a", "an") else NUMBERS[m.group(1)]
        return _period(base, m.group(2).rstrip("s"), -n)
    m = re.search(r"\b(\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) +
                  r")\s+(days?|weeks?)\s+(ago|from now)\b", text)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1)]
        delta = timedelta(days=n * DAY_UNITS[m.group(2)])
        return (base - delta if m.group(3) == "ago" else base + delta).isoformat()
    m = re.search(r"\b(next|last|this|coming|past)?\s*(" + "|".join(WEEKDAYS) + r")\b", text)
    if m and _only_filler(text.replace(m.group(0), " ")):
        when = m.group(1)
        ahead = True if when in ("next", "coming") else False if when in ("last", "past") else future
        day = _weekday(base, WEEKDAYS[m.group(2)], bool(ahead))
        return (day - timedelta(days=7) if day == base and when in ("last", "past") else day).isoformat()
    return None


def _only_filler(rest: str) -> bool:
    return not _FILLER.sub(" ", re.sub(_PART_OF_DAY, " ", rest)).strip()


def _weekend(base: date, when: str | None, future: bool | None) -> str:
    """Saturday and Sunday: the coming ones for "next weekend" (or a planned "this weekend"), else the
    latest on or before the document's day ("last weekend" on a Sunday is the one before)."""
    if when in ("next", "coming") or (when not in ("last", "past") and future):
        saturday = base + timedelta(days=(5 - base.weekday()) % 7)
    else:
        saturday = base - timedelta(days=(base.weekday() - 5) % 7)
        if when in ("last", "past") and base.weekday() >= 5:
            saturday -= timedelta(days=7)
    return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"


def _weekday(base: date, weekday: int, future: bool) -> date:
    """The nearest such day: on or before ``base`` in the past, after it in the future."""
    if future:
        return base + timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _period(base: date, unit: str, step: int) -> str:
    if unit == "week":
        start = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
        return f"{start.isoformat()}/{(start + timedelta(days=6)).isoformat()}"
    if unit == "month":
        index = base.year * 12 + base.month - 1 + step
        return _month(index // 12, index % 12 + 1)
    return f"{base.year + step}-01-01/{base.year + step}-12-31"


def _month(year: int, month: int) -> str:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01/{year:04d}-{month:02d}-{last:02d}"


_MONTH_RE = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"((?:1[89]|20)\d\d)"


def _explicit(text: str, base: date | None, future: bool | None) -> str | None:
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = (re.search(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?:,?\s+{_YEAR_RE}\b)?", text)
         or re.search(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}\b(?:,?\s+{_YEAR_RE}\b)?", text))
    if m:
        a, b, year = m.groups()
        month, day = (MONTHS[a], int(b)) if a in MONTHS else (MONTHS[b], int(a))
        return _with_year(year, month, day, base, future)
    m = re.search(rf"\b(?:(last|next|this|past|coming)\s+)?{_MONTH_RE}(?:,?\s+(?:of\s+)?{_YEAR_RE})?\b", text)
    if m and (m.group(3) or _only_filler(text.replace(m.group(0), " "))) \
            and (m.group(2) not in ("may", "mar") or m.group(1) or m.group(3)):  # "may" alone is a modal
        month = MONTHS[m.group(2)]
        year = int(m.group(3)) if m.group(3) else _month_year(base, month, m.group(1), future)
        return _month(year, month) if year else None
    m = re.search(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", text)
    if m and base is not None:
        return _nth_of_month(base, int(m.group(1)), future)
    m = re.fullmatch(rf"(?:(?:in|since|by|during|the year|the|of|early|late|mid)\s+)*{_YEAR_RE}", text)
    if m:
        return f"{m.group(1)}-01-01/{m.group(1)}-12-31"
    return None


def _range(text: str, base: date | None, future: bool | None, reference: str | None) -> str | None:
    """A stretch of days: "July 13-24", "13-24 July 2019", "from Monday to Wednesday", "between May 2 and
    May 5", "Monday through Friday": from the first day of its start to the last of its end."""
    m = re.search(rf"\b{_MONTH_RE}\s+{_DAY_RE}\s*[-–]\s*{_DAY_RE}\b(?:,?\s+{_YEAR_RE}\b)?", text)
    if m:
        month, first, last, year = m.groups()
        return _days(_with_year(year, MONTHS[month], int(first), base, future),
                     _with_year(year, MONTHS[month], int(last), base, future))
    m = re.search(rf"\b{_DAY_RE}\s*[-–]\s*{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+{_YEAR_RE}\b)?", text)
    if m:
        first, last, month, year = m.groups()
        return _days(_with_year(year, MONTHS[month], int(first), base, future),
                     _with_year(year, MONTHS[month], int(last), base, future))
    m = re.fullmatch(r"(?:(from|between)\s+)?(.+?)\s+(to|through|thru|until|till|and)\s+(.+)", text)
    if m and (m.group(1) or m.group(3) in ("through", "thru")) and (m.group(1) == "between") == (m.group(3) == "and"):
        ahead = future if future is not None else None
        return _days(resolve(m.group(2), base and base.isoformat(), ahead, reference),
                     resolve(m.group(4), base and base.isoformat(), ahead, reference))
    return None


def _days(start: str | None, end: str | None) -> str | None:
    """The interval from the first day of ``start`` to the last of ``end`` (both resolved), if in order."""
    if not start or not end:
        return None
    first, last = start.split("/")[0], end.split("/")[-1]
    return f"{first}/{last}" if first < last else first if first == last else None


def _with_year(year: str | None, month: int, day: int, base: date | None, future: bool | None) -> str | None:
    y = int(year) if year else _guess_year(base, month, day, future)
    return _safe_date(y, month, day) if y else None


def _guess_year(base: date | None, month: int, day: int, future: bool | None) -> int | None:
    """The document's year, moved by one where the date would fall on the wrong side of it."""
    if base is None:
        return None
    try:
        candidate = date(base.year, month, min(day, 28) if month == 2 else day)
    except ValueError:
        return base.year
    if future and candidate < base - timedelta(days=7):
        return base.year + 1
    if not future and candidate > base + timedelta(days=92):
        return base.year - 1
    return base.year


def _month_year(base: date | None, month: int, when: str | None, future: bool | None) -> int | None:
    """The year of a month named without one: "last October" is the latest October before the
    document's month, "next March" the first after it; a bare month is this year's unless that
    falls on the wrong side of the document's month (a past "December" in September is last year's)."""
    if base is None:
        return None
    if when in ("last", "past") or (when is None and not future and month > base.month):
        return base.year - 1 if month >= base.month else base.year
    if when in ("next", "coming") or (when is None and future and month < base.month):
        return base.year + 1 if month <= base.month else base.year
    return base.year


def _nth_of_month(base: date, day: int, future: bool | None) -> str | None:
    year, month = base.year, base.month
    if future and day < base.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not future and day > base.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return _safe_date(year, month, day)


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# ------------------------------------------------------------ spaCy helpers

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
    the clauses above it, count, nearest clause first (with ``own_only``
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
        precision = _precision(value) - (0.5 if _anaphoric_shift(cand.text.lower()) is not None else 0)
        if best is None or precision > best_precision:
            # the most precise date of the nearest clause that has one; a named day before a counted one
            best_rank, best, best_precision = rank, value, precision
    return best


def _framing_clause(participle):
    """The verb whose setting a participle's noun names: "In a statement issued on Monday, X confirmed"
    (the statement is where X confirmed, so its day is X's), else None."""
    if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):  # "issued" is often tagged VBD
        return None
    noun = participle.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "at", "during") or noun.head.head.pos_ not in ("VERB", "AUX"):
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
    return head.i != focus.i and head not in list(focus.ancestors)


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
