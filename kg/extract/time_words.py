"""The word lists of dates and tense: weekday and month names, number words, the future's auxiliaries.

Read by :mod:`kg.extract.time` and :mod:`kg.extract.time_grammar`. Imported from :mod:`kg.extract.lexicon`,
where every word list can be found.
"""

from __future__ import annotations

import calendar

# Weekday names and their three-letter forms -> Monday = 0 (time).
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = {**{name: i for i, name in enumerate(_DAY_NAMES)}, **{name[:3]: i for i, name in enumerate(_DAY_NAMES)}}

# Month names and their short forms ("sept" too) -> January = 1 (time).
MONTHS = {**{name.lower(): i for i, name in enumerate(calendar.month_name) if name},
          **{name.lower()[:3]: i for i, name in enumerate(calendar.month_name) if name}, "sept": 9}

# Number words of relative dates ("three days ago", "a couple of weeks") -> their value (time).
NUMBERS = {**{w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())},
           "a": 1, "an": 1, "a few": 3, "several": 3, "couple of": 2, "a couple of": 2}

# Units of relative dates -> days (time).
DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}

# Auxiliaries of the future tense ("will", "'ll", "wo" of "won't", time).
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})

# Verbs whose infinitive complement lies ahead ("is set to", "plans to", time).
FUTURE_HEADS = frozenset({"be", "go", "plan", "intend", "expect", "schedule", "set"})

# Words naming a day relative to the publication date, which spaCy may leave untagged (time).
RELATIVE_DAY_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow"})

# Conjunctions of an adverbial clause that happens at its main clause's time (time).
SAME_TIME_MARKERS = frozenset({"when", "as", "while", "before"})
