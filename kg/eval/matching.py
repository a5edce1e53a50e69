"""Name normalisation and word matching: the text rules of ``../shared/gold/README.md``.

* Names are case-folded, diacritics folded (``Charité`` = ``Charite``), dots
  and apostrophes dropped (``U.S.`` = ``US``), other punctuation split words
  (``al-Assad`` = ``al Assad``); leading titles are dropped: President,
  Secretary of State, Prime Minister, Chancellor, Minister, the, Mr, Mrs, Ms,
  Dr, and a nationality adjective directly before one of those titles (a
  capitalised word ending in -an, -ian, -ese, -ish, -i or -ch: "Russian
  President ..."). A name left empty matches nothing.
* Contents match by word sets (``\\w+``, lower-cased) P and G:
  |P & G| / min(|P|, |G|) >= 0.6.
* A stance target holds a keyword when the target's word sequence contains
  the keyword's word sequence, the keyword's last word allowed to be a prefix
  of the target's word ("negotiation" matches "negotiations").
* Content words are words outside a small English stopword list.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from typing import Iterable, Sequence

OVERLAP_THRESHOLD = 0.6

_TITLES = (
    ("secretary", "of", "state"),
    ("prime", "minister"),
    ("president",),
    ("chancellor",),
    ("minister",),
    ("the",),
    ("mr",),
    ("mrs",),
    ("ms",),
    ("dr",),
)
_TITLE_WORDS = frozenset(t[0] for t in _TITLES if t != ("the",))
_NATIONALITY = re.compile(r"[A-Z][a-z]*(?:an|ian|ese|ish|i|ch)")
_DROPPED = re.compile(r"[.'’‘`´]")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be
    been before being below between both but by can could did do does doing
    down during each few for from further had has have having he her here hers
    him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our ours out over own s same she should so
    some such t than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which
    while who whom why will with would you your""".split()
)


def words(text: str) -> list[str]:
    """Lower-cased ``\\w+`` words of a text."""
    return re.findall(r"\w+", (text or "").casefold())


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_titles(tokens: list[str]) -> list[str]:
    while tokens:
        lowered = [t.casefold() for t in tokens]
        title = next((t for t in _TITLES if tuple(lowered[: len(t)]) == t), None)
        if title:
            tokens = tokens[len(title):]
        elif len(tokens) > 1 and _NATIONALITY.fullmatch(tokens[0]) and lowered[1] in _TITLE_WORDS:
            tokens = tokens[1:]
        else:
            break
    return tokens


def normalize_name(name: str) -> tuple[str, ...]:
    """A name as case-folded words without punctuation and leading titles."""
    tokens = re.findall(r"[^\W_]+", _DROPPED.sub("", _fold(name or "")))
    return tuple(t.casefold() for t in _strip_titles(tokens))


def contains_sequence(haystack: Sequence[str], needle: Sequence[str], prefix_last: bool = False) -> bool:
    """Whether ``needle`` occurs as consecutive words in ``haystack``.

    With ``prefix_last`` the needle's last word need only begin the word it
    is set against.
    """
    n = len(needle)
    if n == 0:
        return False
    for i in range(len(haystack) - n + 1):
        last = haystack[i + n - 1]
        last_ok = last.startswith(needle[-1]) if prefix_last else last == needle[-1]
        if last_ok and list(haystack[i : i + n - 1]) == list(needle[:-1]):
            return True
    return False


def word_overlap(predicted: str, gold: str) -> float:
    """|P & G| / min(|P|, |G|) over lower-cased word sets; 0 if one is empty."""
    p, g = set(words(predicted)), set(words(gold))
    if not p or not g:
        return 0.0
    return len(p & g) / min(len(p), len(g))


def jaccard(a: str, b: str) -> float:
    """|A & B| / |A | B| over lower-cased word sets; 0 if both are empty."""
    x, y = set(words(a)), set(words(b))
    return len(x & y) / len(x | y) if x | y else 0.0


def content_words(text: str) -> set[str]:
    """The words of a text outside the stopword list."""
    return {w for w in words(text) if w not in _STOPWORDS}


def target_matches(target: str, keywords: Iterable[str]) -> bool:
    """Whether a target text holds a keyword (last keyword word as a prefix)."""
    target_words = words(target)
    return any(contains_sequence(target_words, words(k), prefix_last=True) for k in keywords)


def date_period(value: str) -> tuple[str, str] | None:
    """The first and last day an ISO 8601 date, reduced date ("2019-02", "2016") or interval "a/b" covers.

    >>> date_period("2018")
    ('2018-01-01', '2018-12-31')
    >>> date_period("2016-02/2016-03")
    ('2016-02-01', '2016-03-31')
    >>> date_period("next week") is None
    True
    """
    first, sep, last = value.strip().partition("/")
    start, end = _day_bounds(first), _day_bounds(last if sep else first)
    return (start[0], end[1]) if start and end else None


def _day_bounds(value: str) -> tuple[str, str] | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return value.strip(), value.strip()
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-{calendar.monthrange(int(year), int(month))[1]:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def same_date(predicted: str | None, gold: str) -> bool:
    """Whether a predicted date names the gold date's period: "2018" is "2018-01-01/2018-12-31".

    >>> same_date("2018", "2018-01-01/2018-12-31"), same_date("2018-05", "2018")
    (True, False)
    """
    if not predicted:
        return False
    periods = date_period(predicted), date_period(gold)
    return periods[0] == periods[1] if None not in periods else predicted.strip() == gold.strip()
