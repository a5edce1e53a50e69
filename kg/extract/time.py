"""Time: date expressions resolved against the document date.

A small deterministic resolver (no clock, no network): the document's own
date is the only base. Results are ISO 8601 dates (``2019-10-06``) or
intervals ``start/end`` (``2019-09-16/2019-09-22`` for "next week"; weeks run
Monday to Sunday, months and years cover all their days), the forms that
``kg.emit`` writes as ``sem:hasTimeStamp`` or begin/end stamps.

Covered: today/tonight/this morning, yesterday/last night, tomorrow; weekday
names (past by default, future when ``future`` is true), optionally with a
part of day or a possessive ("Monday night", "late on Sunday", "Monday's");
this/next/last week, month, year, weekend (what happened "this week" happened by the
document's day: Monday to that day); "earlier this week", "later this
month"; "N days/weeks ago", "N months/years ago"; days counted from the day
the narrative is at ("the previous day", "the next day", "two days later");
explicit dates ("September 12, 2019", "12 September", "Oct. 6", "2019-10-06"),
"the 5th", months ("in April 2018", "mid-June", "last October", a bare "in
December" on the side of the document's month the tense points to, "March of last
year"), years ("in 2018") and stretches of days ("July 13-24", "July 13 to 17 of last
year", "from Monday to Wednesday").

Which expression of a sentence dates an event is grammar, :mod:`kg.extract.time_grammar`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.lexicon import DAY_UNITS, MONTHS, NUMBERS, WEEKDAYS

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
    text = _named_year(text, base)  # "July 13 of last year": "july 13 2018"
    explicit = _range(text, base, future, reference) or _explicit(text, base, future)
    if explicit:
        return explicit
    shift = anaphoric_shift(text)
    if shift is not None:
        anchor = _parse_iso(reference)
        return (anchor + timedelta(days=shift)).isoformat() if anchor else None
    if base is None:
        return None
    return _relative(text, base, future)


def _named_year(text: str, base: date | None) -> str:
    """The expression with "(of) last/this/next year" after a month written as that year's number: the year
    of "July 13 of last year", "in March last year", "January next year" (alone, "last year" is the period)."""
    m = re.search(r"(?:,?\s+of)?\s+(last|this|next|past|coming)\s+year\b", text)
    if m is None or base is None or not re.search(rf"\b{_MONTH_RE}", text[:m.start()]):
        return text
    year = base.year + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(m.group(1), 0)
    return f"{text[:m.start()]} {year}{text[m.end():]}"


_NUMBER_RE = r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ANAPHORIC = (
    (re.compile(r"\b(?:the\s+)?(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b"), -1),
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+day\b|\bthe\s+day\s+after\b"), 1),
)
_COUNTED = re.compile(_NUMBER_RE + r"\s+(days?|weeks?)\s+(earlier|later|before|after)\b")


def anaphoric_shift(text: str) -> int | None:
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
        if step == 0 and future is False and m.group(2) == "week":  # "met this week": Monday up to today
            start = _period(base, "week", 0).split("/")[0]
            return start if start == base.isoformat() else f"{start}/{base.isoformat()}"
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
    m = re.search(rf"\b{_MONTH_RE}\s+{_DAY_RE}\s*(?:[-–]|\s(?:to|through|until)\s)\s*{_DAY_RE}\b(?:,?\s+{_YEAR_RE}\b)?", text)
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
