"""Actors and places from spaCy's named entities, merged into one node each.

Within a document, "Trump", "President Trump" and "Donald Trump" become one
Person whose canonical name is the longest form; an acronym joins the name it
abbreviates ("NATO" and "North Atlantic Treaty Organization"); countries are
recognised from the ISO 3166 list (pycountry) and places are kept apart from
actors. Titles, articles and possessives are trimmed off mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.records import Actor, Place, Span

ENTITY_TYPES = {"PERSON": "Person", "ORG": "Organization", "NORP": "Group", "GPE": "GPE", "LOC": "Place", "FAC": "Place"}
LEADING_WORDS = {"the", "a", "an"}
TITLES = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "king", "queen", "prince",
    "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "governor", "gov", "general",
    "gen", "pope", "sheikh", "ayatollah", "premier", "mayor", "judge", "justice", "speaker", "leader",
    "foreign", "defense", "defence", "state", "of", "former", "supreme", "chief", "ambassador",
}
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass
class _Mention:
    span: Span
    kind: str
    tokens: list[str]


def find_actors(spacy_doc, text: str) -> tuple[list[Actor], list[Place]]:
    """Actors and places of one parsed document, mentions merged per entity."""
    mentions = _retype_surnames([m for ent in spacy_doc.ents if ent.label_ in ENTITY_TYPES for m in _mentions(ent, text)])
    actors = _merge_people([m for m in mentions if m.kind == "Person"])
    actors += _merge_by_name([m for m in mentions if m.kind in ("Organization", "Group")])
    countries, places = _split_places([m for m in mentions if m.kind in ("GPE", "Place")])
    return actors + countries, places


def _mentions(ent, text: str) -> list[_Mention]:
    """Trim an entity span to its name and split joined names ("Trump-Putin")."""
    start, end = _trim(ent, text)
    if start >= end:
        return []
    kind = ENTITY_TYPES[ent.label_]
    if kind == "Person" and "-" in text[start:end]:
        return [_mention(text, s, e, kind) for s, e in _split_hyphen(text, start, end)]
    return [_mention(text, start, end, kind)]


def _trim(ent, text: str) -> tuple[int, int]:
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in LEADING_WORDS or not tokens[0].text[0].isalnum()):
        tokens.pop(0)
    if ent.label_ == "PERSON":
        while len(tokens) > 1 and tokens[0].lower_.rstrip(".") in TITLES:
            tokens.pop(0)
    while tokens and not tokens[-1].text[-1:].isalnum():
        tokens.pop()
    if not tokens:
        return 0, 0
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    match = POSSESSIVE.search(text[start:end])
    return start, end - (len(match.group(0)) if match else 0)


def _retype_surnames(mentions: list[_Mention]) -> list[_Mention]:
    """A one-word mention that is a person's surname elsewhere in the text is that person."""
    surnames = {m.tokens[-1].casefold() for m in mentions if m.kind == "Person" and len(m.tokens) > 1}
    people = {m.span.text.casefold() for m in mentions if m.kind == "Person"}
    for m in mentions:
        word = m.span.text.casefold()
        if m.kind != "Person" and len(m.tokens) == 1 and (word in surnames or word in people):
            m.kind = "Person"
    return mentions


def _split_hyphen(text: str, start: int, end: int):
    pos = start
    for part in text[start:end].split("-"):
        if part[:1].isupper():
            yield pos, pos + len(part)
        pos += len(part) + 1


def _mention(text: str, start: int, end: int, kind: str) -> _Mention:
    surface = text[start:end]
    return _Mention(Span(start, end, surface), kind, re.findall(r"[\w.']+", surface))


def actor_key(kind: str, name: str) -> str:
    return f"{kind}:{name.casefold()}"


def _merge_people(mentions: list[_Mention]) -> list[Actor]:
    """Group person mentions by surname; the longest form is the canonical name."""
    groups: dict[str, list[_Mention]] = {}
    for m in sorted(mentions, key=lambda m: -len(m.tokens)):
        surname = m.tokens[-1].casefold()
        key = next((k for k in groups if k.split()[-1] == surname and _compatible(k, m.tokens)), None)
        groups.setdefault(key or " ".join(t.casefold() for t in m.tokens), []).append(m)
    return [_actor(group, "Person") for group in groups.values()]


def _compatible(full: str, tokens: list[str]) -> bool:
    """'Putin' and 'Vladimir Putin' agree; 'Hunter Biden' and 'Joe Biden' do not."""
    given = full.split()[:-1]
    return len(tokens) == 1 or " ".join(t.casefold() for t in tokens[:-1]) in (" ".join(given), "")


def _merge_by_name(mentions: list[_Mention]) -> list[Actor]:
    """Group organisation and group mentions by name, acronyms with their long form."""
    groups: dict[tuple[str, str], list[_Mention]] = {}
    for m in sorted(mentions, key=lambda m: -len(m.span.text)):
        name = m.span.text.casefold()
        key = next((k for k in groups if k[1] == name or _acronym(k[1]) == name), (m.kind, name))
        groups.setdefault(key, []).append(m)
    return [_actor(group, group[0].kind) for group in groups.values()]


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"\w+", name) if w not in {"of", "and", "the", "for"}]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _split_places(mentions: list[_Mention]) -> tuple[list[Actor], list[Place]]:
    """Countries become actors; other locations stay places."""
    countries: dict[str, list[_Mention]] = {}
    places: dict[str, list[_Mention]] = {}
    for m in mentions:
        code = country_code(m.span.text) if m.kind == "GPE" else None
        (countries if code else places).setdefault(code or m.span.text.casefold(), []).append(m)
    actors = [_actor(group, "Country", name=country_name(code)) for code, group in countries.items()]
    return actors, [_place(group) for group in places.values()]


def _actor(group: list[_Mention], kind: str, name: str | None = None) -> Actor:
    canonical = name or max((m.span.text for m in group), key=len)
    aliases = sorted({m.span.text for m in group} - {canonical})
    spans = sorted((m.span for m in group), key=lambda s: s.start)
    return Actor(actor_key(kind, canonical), canonical, kind, aliases, spans, confidence=0.8)


def _place(group: list[_Mention]) -> Place:
    canonical = max((m.span.text for m in group), key=len)
    spans = sorted((m.span for m in group), key=lambda s: s.start)
    return Place(f"Place:{canonical.casefold()}", canonical, spans)


def country_code(name: str) -> str | None:
    """ISO 3166 alpha-3 code of a country name or common abbreviation, else None."""
    from kg.extract.gazetteer import country_lookup

    return country_lookup(name)


def country_name(code: str) -> str:
    from kg.extract.gazetteer import country_display_name

    return country_display_name(code)
