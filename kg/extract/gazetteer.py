"""Country names from general lists: ISO 3166 (pycountry) plus common English forms.

Only whole-list sources go in here (every country, never names picked from
articles or gold files). Two-letter ISO codes are not matched, since "IT" or
"IN" are ordinary words; only the abbreviations listed in ``SHORT_FORMS`` are.
"""

from __future__ import annotations

from functools import lru_cache

# Common English short forms that ISO 3166's names do not carry.
SHORT_FORMS = {
    "us": "USA", "u.s.": "USA", "usa": "USA", "u.s.a.": "USA", "america": "USA",
    "united states of america": "USA", "uk": "GBR", "u.k.": "GBR", "britain": "GBR",
    "great britain": "GBR", "russia": "RUS", "turkey": "TUR", "türkiye": "TUR",
    "uae": "ARE", "north korea": "PRK", "south korea": "KOR", "taiwan": "TWN",
    "vatican": "VAT", "czech republic": "CZE", "ivory coast": "CIV", "laos": "LAO",
    "moldova": "MDA", "tanzania": "TZA", "bolivia": "BOL", "palestine": "PSE",
    "congo": "COG", "democratic republic of the congo": "COD", "drc": "COD",
    "burma": "MMR", "holland": "NLD", "the netherlands": "NLD", "macedonia": "MKD",
}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                table[value.casefold()] = c.alpha_3
    table.update(SHORT_FORMS)
    return table


def country_lookup(name: str) -> str | None:
    """ISO alpha-3 code for a country name ('Russia', 'the U.S.'), or None."""
    key = name.strip().casefold()
    if key.startswith("the "):
        key = key[4:]
    return _names().get(key)


@lru_cache(maxsize=None)
def country_display_name(code: str) -> str:
    """The common English name of a country: 'Russia', 'Iran', 'United States'."""
    import pycountry

    preferred = {v: k for k, v in SHORT_FORMS.items() if " " in k or len(k) > 4}
    country = pycountry.countries.get(alpha_3=code)
    common = getattr(country, "common_name", None) or country.name
    if "," in common or code in ("RUS", "TUR", "GBR"):
        return {"RUS": "Russia", "TUR": "Turkey", "GBR": "United Kingdom"}.get(code, preferred.get(code, common).title())
    return common
