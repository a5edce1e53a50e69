"""Linking tables from general lists: every country, major international organisations.

``data/countries.tsv`` holds all UN member states plus observers (Palestine,
the Vatican), Taiwan and Kosovo, and the four countries of the United Kingdom
(England, Scotland, Wales, Northern Ireland, coded GB-ENG ...): canonical English short name, other names
and spellings, demonym adjectives and plural nouns, capitals (with
transliteration variants such as Beijing|Peking) and the Wikidata id.
``data/leaders.tsv`` lists the heads of state and government of the G20 and
the permanent Security Council members since 2009, to complete "President X"
into a full name. ``data/organizations.tsv`` holds the UN system, regional and international
organisations, courts and forums with acronyms and Wikidata ids. Only
whole-list sources go in here, never names picked from articles or gold files.
Tables are read once per process.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    qid: str | None


@dataclass(frozen=True)
class Organization:
    name: str
    qid: str | None


@dataclass(frozen=True)
class Leader:
    name: str
    titles: frozenset[str]
    qid: str | None


@dataclass(frozen=True)
class _Tables:
    countries: dict[str, Country]        # alpha3 -> Country
    names: dict[str, str]                # folded name or other name -> alpha3
    capitals: dict[str, str]             # folded capital -> alpha3
    adjectives: dict[str, str]           # folded demonym adjective -> alpha3
    plurals: dict[str, str]              # folded demonym plural noun -> alpha3
    org_names: dict[str, Organization]   # folded full name -> Organization
    org_acronyms: dict[str, Organization]  # acronym exactly as written -> Organization
    leaders: dict[str, list[Leader]]     # folded surname -> leaders with it


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("kg.extract").joinpath("data", filename).read_text(encoding="utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    return list(rows)[1:]


def _values(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def fold(name: str) -> str:
    """Lookup key: case-folded, curly apostrophes straightened, leading 'the' dropped."""
    key = " ".join(name.replace("’", "'").split()).casefold()
    return key[4:] if key.startswith("the ") else key


def _unambiguous(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """key -> code, leaving out keys that name more than one country ('Congolese')."""
    seen: dict[str, set[str]] = {}
    for key, code in pairs:
        seen.setdefault(key, set()).add(code)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


@lru_cache(maxsize=1)
def tables() -> _Tables:
    countries, names, caps, adjs, plurals = {}, [], [], [], []
    for code, name, others, adjectives, nouns, capitals, qid in _rows("countries.tsv"):
        countries[code] = Country(code, name, qid or None)
        names += [(fold(n), code) for n in [name, *_values(others)]]
        caps += [(fold(c), code) for c in _values(capitals)]
        adjs += [(fold(a), code) for a in _values(adjectives)]
        plurals += [(fold(p), code) for p in _values(nouns)]
    org_names: dict[str, Organization] = {}
    org_acronyms: dict[str, Organization] = {}
    for acronyms, name, others, qid in _rows("organizations.tsv"):
        org = Organization(name, qid or None)
        for n in [name, *_values(others)]:
            org_names[fold(n)] = org
        for a in _values(acronyms):
            org_acronyms[a] = org
    leaders: dict[str, list[Leader]] = {}
    for surname, name, titles, _country, qid in _rows("leaders.tsv"):
        leaders.setdefault(fold(surname), []).append(Leader(name, frozenset(fold(t) for t in _values(titles)), qid or None))
    name_map = _unambiguous(names)
    return _Tables(countries, name_map, {k: v for k, v in _unambiguous(caps).items() if k not in name_map},
                   _unambiguous(adjs), _unambiguous(plurals), org_names, org_acronyms, leaders)


def country_lookup(name: str) -> str | None:
    """ISO alpha-3 code for a country name ('Russia', 'the U.S.', 'Türkiye'), or None."""
    return tables().names.get(fold(name))


def capital_lookup(name: str) -> str | None:
    """Code of the country whose capital this is ('Beijing', 'Peking' -> 'CHN'), or None."""
    return tables().capitals.get(fold(name))


def demonym_lookup(word: str) -> str | None:
    """Code of the country a demonym adjective names ('Kenyan' -> 'KEN'), or None."""
    return tables().adjectives.get(fold(word))


def plural_demonym_lookup(word: str) -> str | None:
    """Code of the country whose people a plural noun names ('Kenyans'), or None."""
    return tables().plurals.get(fold(word))


def country(code: str) -> Country:
    """The table entry of an alpha-3 code."""
    return tables().countries[code]


def country_display_name(code: str) -> str:
    """The canonical English short name: 'Russia', 'Iran', 'United States'."""
    return country(code).name


def organization_lookup(name: str) -> Organization | None:
    """A major international organisation by name or acronym ('UN', 'the World Bank')."""
    t = tables()
    stripped = name.strip()
    return t.org_acronyms.get(stripped) or t.org_names.get(fold(stripped))


# The 50 US states, to tell the state of Georgia from the country.
US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
virginia washington wisconsin wyoming""".split()) | {"new hampshire", "new jersey", "new mexico", "new york",
                                                     "north carolina", "north dakota", "rhode island",
                                                     "south carolina", "south dakota", "west virginia"}


def is_us_state(name: str) -> bool:
    return fold(name) in US_STATES


def leader_lookup(surname: str, title: str) -> Leader | None:
    """The one listed leader with this surname who held this title ("Prime Minister"), else None."""
    found = [leader for leader in tables().leaders.get(fold(surname), ()) if fold(title) in leader.titles]
    return found[0] if len({leader.name for leader in found}) == 1 else None
