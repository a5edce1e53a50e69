"""Actors and places: the typed name mentions of a document merged, one record per real entity.

Mentions come from :mod:`kg.extract.mentions`. People merge by surname
(titles, initials and possessives dropped; a lone first name joins the only
person with it), organisations by name, acronym, "Kenyan Parliament" =
"Parliament of Kenya", groups by stem ("Basque" joins "Basques"; a group
named only by its adjective takes its people's noun, "Republicans"). Canonical
names are stable across documents: the table name for countries and
organisations, the longest form seen otherwise; "President X" with only a
surname becomes the listed head of state X.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from kg.extract import gazetteer as gz
from kg.extract.groups import group_acts, group_mentions
from kg.extract.headlines import trim_title_case_names
from kg.extract.lexicon import ORG_DESIGNATORS, acronym_names, given_names
from kg.extract.mentions import ACRONYM, Mention, acronym, find_mentions
from kg.extract.name_kinds import is_common, retype_bodies, senses
from kg.extract.records import Actor, Place, name_key, visible
from kg.extract.tokens import doc_text


KEYS_ONCE = ("gov",)  # kinds of pattern-named body that must act when named once
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "acomp"})  # a word modifying another, no noun of its own


def find_actors(spacy_doc, text: str) -> tuple[tuple[Actor, ...], tuple[Place, ...]]:
    """Actors and places of one parsed document, mentions merged per entity."""
    mentions = trim_title_case_names(find_mentions(spacy_doc, text), text)
    retype_bodies(mentions)
    _one_kind_per_name(mentions)
    _first_word_of_a_body(mentions)
    actors = [_complete_leader(a, text) for a in _merge_people([m for m in mentions if m.kind == "Person"])]
    actors += _merge_orgs([m for m in mentions if m.kind == "Organization" and not _passing_government(m, mentions)])
    actors += _merge_groups([m for m in mentions if m.kind == "Group"])
    actors += _merge_countries([m for m in mentions if m.kind == "Country"])
    for name, kind, group in group_mentions(spacy_doc, mentions):
        body = _named_body(actors, name)
        actors.append(_actor(group, kind, name) if body is None else _actor(group, body.type, body.name))
    return tuple(_merge_same_name(actors)), tuple(_merge_places([m for m in mentions if m.kind == "Place"]))


def _one_kind_per_name(mentions: list[Mention]) -> None:
    """A one-word plural 'person' whose singular the article names as an organisation or group ('the Zorvis'
    beside 'Zorvi fighters', 'the Zorvi movement') is that group, and so is the singular (in place); a word of a
    person's full name ('Flowers' of 'Jane Flowers') stays the person; the plural of a surname the document gives
    in full ("the Marrows' son" beside 'Ilse Marrow') names a family, no actor, and is dropped."""
    in_names = {w.casefold() for m in mentions if m.kind == "Person" and len(m.tokens) > 1 for w in m.tokens}
    bodies = {m.text.casefold() for m in mentions if m.kind in ("Organization", "Group") and len(m.tokens) == 1}
    surnames = {m.tokens[-1].casefold() for m in mentions if m.kind == "Person" and len(m.tokens) > 1}
    for m in mentions:
        word = m.text.casefold()
        if m.kind == "Person" and len(m.tokens) == 1 and word not in in_names and word.endswith("s") \
                and word[:-1] in surnames:
            m.kind = ""  # 'the Marrows': a family, no one actor
            continue
        if m.kind == "Person" and len(m.tokens) == 1 and word not in in_names and word[:-1] in bodies \
                and word.endswith("s"):
            m.kind = "Group"
            for other in mentions:
                if other.text.casefold() == word[:-1] and other.key is None:
                    other.kind = "Group"


def _first_word_of_a_body(mentions: list[Mention]) -> None:
    """A one-word 'person' that opens the name of exactly one organisation of the document and is no given name nor a
    word of a person's full name ("Zorvair's permit" beside 'Zorvair Airlines'; not 'Ruiz' beside 'the Ruiz
    administration', a body the pattern rules name after its leader) is that organisation's short name, as an
    organisation (in place; :func:`_join_short_forms` then joins it to the organisation)."""
    in_names = {w for m in mentions if m.kind == "Person" and len(m.tokens) > 1 for w in m.tokens}
    bodies = {m.text: m.tokens[0] for m in mentions if m.kind == "Organization" and m.key is None and len(m.tokens) > 1}
    openers = Counter(bodies.values())
    for m in mentions:
        if m.kind == "Person" and m.key is None and len(m.tokens) == 1 and openers[m.text] == 1 \
                and m.text not in in_names and m.text not in given_names():
            m.kind = "Organization"


def _passing_government(m: Mention, mentions: list[Mention]) -> bool:
    """'traced to the Zorvian government': a country's government (named by the pattern rules) that the document
    names once, where it does not act (:func:`kg.extract.groups.group_acts`), is talked about, not an actor of the
    story (as a group named once: see :mod:`kg.extract.groups`)."""
    if m.key is None or m.key[0] not in KEYS_ONCE or group_acts(m.root):
        return False
    return sum(other.key == m.key for other in mentions) == 1


def _named_body(actors: list[Actor], name: str) -> Actor | None:
    """'police' (a common noun's group) in an article that names one police force ('Zell Police'): the named
    body, whose name ends in the noun and holds every other word of the group's name; None if not exactly one."""
    words = name.casefold().split()
    found = [a for a in actors if a.type == "Organization" and a.name.casefold().split()[-1] == words[-1]
             and set(words) <= set(a.name.casefold().split())]
    return found[0] if len(found) == 1 else None


# ------------------------------------------------------------------ merging


def actor_key(kind: str, name: str) -> str:
    """The actor's identity in its document: its kind and :func:`name_key` (as its IRI)."""
    return f"{kind}:{name_key(name)}"


def _merge_same_name(actors: list[Actor]) -> list[Actor]:
    """One actor per key: 'J.J. Abrams' and 'J.J Abrams', merged apart, are still one person.

    The fuller spelling (more characters, then the first found) is the name,
    the other spellings and aliases are aliases; mentions are pooled.
    """
    merged: dict[str, Actor] = {}
    for actor in actors:
        kept = merged.get(actor.key)
        if kept is None:
            merged[actor.key] = actor
            continue
        name = max((kept.name, actor.name), key=len)
        aliases = sorted({kept.name, actor.name, *kept.aliases, *actor.aliases} - {name})
        spans = sorted({*kept.mentions, *actor.mentions}, key=lambda s: (s.start, s.end))
        merged[actor.key] = Actor(actor.key, name, kept.type, aliases, spans, wikidata=kept.wikidata or actor.wikidata,
                                  confidence=max(kept.confidence, actor.confidence))
    return list(merged.values())


def _merge_people(mentions: list[Mention]) -> list[Actor]:
    """Group person mentions by surname with compatible given names; a lone first name joins its person."""
    groups: list[tuple[list[str], list[Mention]]] = []
    full = [m for m in mentions if len(m.tokens) > 1]
    surnames = {_plain(m.tokens[-1]) for m in full}
    for m in sorted(mentions, key=lambda m: -len(_names(m.tokens))):
        words = [_plain(t) for t in _names(m.tokens)] or [_plain(m.text)]
        group = next((g for g in groups if g[0][-1] == words[-1] and _compatible(g[0], words)), None)
        if group is None and len(words) == 1 and words[0] not in surnames:
            firsts = [g for g in groups if len(g[0]) > 1 and g[0][0] == words[0]]
            group = firsts[0] if len(firsts) == 1 else None
        if group is None and len(words) == 1 and m.text not in given_names():
            group = _first_surname(groups, words[0])
        if group is None:
            groups.append((words, [m]))
        else:
            group[1].append(m)
    return [_actor(g, "Person", name=_person_name(g)) for _, g in groups]


def _first_surname(groups: list, word: str):
    """'Quintero' of 'Wanda Quintero Salgado': a word inside one person's name of three or more words that is no
    given name is the first of two surnames, which news uses alone; the person if only one has it."""
    found = [g for g in groups if len(g[0]) > 2 and word in g[0][1:-1]]
    return found[0] if len(found) == 1 else None


LATIN_LETTERS = str.maketrans("łŁøØđĐı", "lLoOdDi")  # letters NFKD does not take apart


def _plain(word: str) -> str:
    """A name's word without case or accents: 'Kaczyński', 'Kaczynski' -> kaczynski; 'Jarosław' -> jaroslaw."""
    return name_key(word.translate(LATIN_LETTERS)) or word.casefold()


def _person_name(group: list[Mention]) -> str:
    """The longest form, without a state's name run in front ('Ohio Ana Ruiz' -> Ana Ruiz)."""
    longest = max((m.text for m in group), key=len)
    first, *rest = longest.split()
    stated = gz.country_lookup(first) or gz.demonym_lookup(first) or gz.is_us_state(first)
    return " ".join(rest) if stated and len(rest) > 1 else longest


LEADER_TITLE = re.compile(r"\b(President|Vice President|Prime Minister|Premier|Chancellor|King)\s+$")


def _complete_leader(actor: Actor, text: str) -> Actor:
    """'President X' with only a surname in the text: the listed head of state or government X.

    Applies when exactly one entry of the general leaders table has that
    surname and title; a full name already matching an entry gets its id.
    """
    if " " in actor.name:
        leader = next((gz.leader_lookup(actor.name.split()[-1], t) for t in ("President", "Prime Minister", "Chancellor")
                       if (found := gz.leader_lookup(actor.name.split()[-1], t)) and found.name == actor.name), None)
        return replace(actor, wikidata=actor.wikidata or (leader.qid if leader else None))
    for span in actor.mentions:
        title = LEADER_TITLE.search(text[max(0, span.start - 20):span.start])
        leader = title and gz.leader_lookup(actor.name, title.group(1))
        if leader:
            aliases = sorted({*actor.aliases, actor.name} - {leader.name})
            return Actor(actor_key("Person", leader.name), leader.name, "Person", aliases, actor.mentions,
                         wikidata=leader.qid, confidence=actor.confidence)
    return actor


def _names(tokens: list[str]) -> list[str]:
    """Name words without initials ('John F. Kennedy' -> John, Kennedy)."""
    return [t for t in tokens if not re.fullmatch(r"\w\.?", t)]


def _compatible(full: list[str], words: list[str]) -> bool:
    """'Merkel' and 'Angela Merkel' agree, so do 'Ana de Sousa' and 'Princess Ana de Sousa' (the shorter
    ends the longer); 'Hunter Biden' and 'Joe Biden' do not."""
    shorter, longer = sorted((full, words), key=len)
    return len(shorter) == 1 or full[0] == words[0] or longer[-len(shorter):] == shorter


def _merge_orgs(mentions: list[Mention]) -> list[Actor]:
    """Organisations by table entry, name, acronym (spelled out in the text, or paired in one WordNet synset: 'FBI'
    and 'Federal Bureau of Investigation'), bracketed acronym, or '<Demonym> X' = 'X of <Country>'."""
    groups: list[tuple[set, list[Mention]]] = []
    for m in sorted(mentions, key=lambda m: -len(m.text)):
        keys = _org_keys(m)
        group = next((g for g in groups if g[0] & keys), None)
        if group is None:
            group = next((g for g in groups if _abbreviates(m, g[1])), None)
        if group is None:
            groups.append((set(keys), [m]))
        else:
            group[0].update(keys)
            group[1].append(m)
    return [_actor(g, "Organization") for g in _join_short_forms([g for _, g in groups])]


def _join_short_forms(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A short form joins the one organisation of the article whose name it shortens ('Trade Board' of
    'Andean Trade Board', 'Tax Office' of 'Office of Tax', 'Acme' of 'Acme Corporation'); not a country's body
    of that name first named after it ('the Senate', then 'the U.S. Senate', a story about another senate)."""
    groups = sorted(groups, key=lambda g: -max(len(m.text) for m in g))
    for short in reversed(groups[:]):
        if any(m.key is not None for m in short):
            continue
        longer = [g for g in groups if g is not short and any(_shortens(s.text, m.text) for s in short for m in g)]
        if len(longer) == 1 and (_named_first(longer[0], short) or not _country_qualified(short, longer[0])):
            longer[0].extend(short)
            groups.remove(short)
    return groups


def _country_qualified(short: list[Mention], long: list[Mention]) -> bool:
    """Whether the long name is the short one with a country's name added ('U.S. Senate' of 'Senate')."""
    for s in short:
        for m in long:
            if s.text in m.text:
                extra = m.text.replace(s.text, " ").strip().removesuffix(" of").removeprefix("of ").strip()
                if gz.country_lookup(extra) or gz.demonym_lookup(extra):
                    return True
    return False


def _named_first(long: list[Mention], short: list[Mention]) -> bool:
    """Whether the long name comes before the short form in the body (the headline's line aside): a short form
    met before a country's body of that name ('the Senate' many times, then 'the U.S. Senate') is another body."""
    doc = short[0].root.doc
    body_start = doc_text(doc).find("\n") + 1
    first_short = min((m.span.start for m in short if m.span.start >= body_start), default=None)
    return first_short is None or min(m.span.start for m in long) < first_short


@lru_cache(maxsize=8192)
def _shortens(short: str, long: str) -> bool:
    """Whether ``short`` names ``long``: its words end the long name ("B of A" read as "A B") or are some of
    its words ending in its last ('Oversight Committee' of 'House Oversight and Reform Committee'), or begin it
    and leave one word that designates a firm or body ('Trade' of 'Trade Corporation', not 'Trade Power'), or are
    one word that is no common noun ('Acme' of 'Acme Power')."""
    short_words, long_words = _org_words(short), _org_words(long)
    if short_words == long_words:  # 'Tax Office' and 'Office of Tax'
        return True
    if len(short_words) >= len(long_words):
        return False
    if long_words[-len(short_words):] == short_words:
        return len(short_words) > 1 or not ACRONYM.match(short)  # not 'ABC' of 'League against ABC'
    if len(short_words) > 1 and short_words[-1] == long_words[-1] and _in_order(short_words, long_words):
        return True  # 'Oversight Committee' of 'House Oversight and Reform Committee'
    rest = long.split()[len(short.split()):]
    if long_words[:len(short_words)] != short_words:
        return False
    return len(rest) == 1 and rest[0].casefold() in ORG_DESIGNATORS or len(short_words) == 1 and not is_common(short)


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` all occur in ``long``, in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def _org_words(name: str) -> list[str]:
    """An organisation's words with 'B of A' turned into 'A B' ('Department of Tax' -> tax department)."""
    words = [w for w in re.findall(r"[^\W_]+", gz.fold(name)) if w != "the"]
    if "of" in words:
        at = len(words) - 1 - words[::-1].index("of")
        words = words[:at - 1] + words[at + 1:] + words[at - 1:at]
    return words


def _org_keys(m: Mention) -> set:
    if m.key is not None:
        return {m.key}
    name = gz.fold(m.text)
    keys = {("name", name)}
    synset = acronym_names().get(m.text if ACRONYM.match(m.text) else name)
    if synset is not None:  # 'FBI' and 'Federal Bureau of Investigation': one synset of WordNet
        keys.add(("acronym", synset))
    words = name.split()
    for cut in range(1, len(words)):  # 'Kenyan Parliament', 'U.S. Embassy', 'United States Embassy'
        code = gz.country_lookup(" ".join(words[:cut])) or cut == 1 and gz.demonym_lookup(words[0])
        if code:
            keys.add(("of", " ".join(words[cut:]), code))
    match = re.fullmatch(r"(.+) of (.+)", name)
    if match and gz.country_lookup(match.group(2)):
        keys.add(("of", match.group(1), gz.country_lookup(match.group(2))))
    return keys


def _abbreviates(m: Mention, group: list[Mention]) -> bool:
    """'NATO' for 'North Atlantic Treaty Organization', 'FARC (...)' beside its long form, 'Parliament' for
    'Parliament of Kenya'."""
    short = gz.fold(m.text)
    for other in group:
        long = gz.fold(other.text)
        if acronym(long) in (short.replace(".", ""), _singular(m.text).casefold()) or _bracketed(m, other):
            return True
        if ACRONYM.match(m.text) and " " in other.text and other.text.split()[0] == m.text or _initials_then_words(
                short, long):  # 'UR' of 'UR Zell', 'UR Zell' of 'University of Ruritania at Zell'
            return True
        if " " not in short and (long.split()[0] == short and " of " in long or long.split()[-1] == short
                                 and gz.demonym_lookup(long.split()[0]) and other.span.start < m.span.start):
            return True  # 'Parliament' after 'Kenyan Parliament' (not 'the Senate' before 'the U.S. Senate')
    return False


def _initials_then_words(short: str, long: str) -> bool:
    """'ur zell' of 'university of ruritania at zell': the first word gives the initials of the long name's
    first words, the others are its last words."""
    first, *rest = short.replace(".", "").split()
    words = [w for w in re.findall(r"[^\W_]+", long) if w not in ("of", "and", "the", "for", "at")]
    cut = len(words) - len(rest)
    return bool(rest) and cut >= 2 and words[cut:] == rest and "".join(w[0] for w in words[:cut]) == first


def _singular(name: str) -> str:
    """A plural acronym's singular ('NGOs' -> 'NGO'); other names as they are."""
    return name[:-1] if re.fullmatch(r"[A-Z]{2,}s", name) else name


def _bracketed(m: Mention, other: Mention) -> bool:
    """'the Revolutionary Armed Forces of Colombia (FARC)', 'the University of Ruritania at Zell (UR Zell)': a
    shorter name, opening with an acronym, in brackets right after the long form."""
    if other.span.end > m.span.start or m.span.start - other.span.end > 3 or not ACRONYM.match(m.text.split()[0]) \
            or len(m.text) >= len(other.text):
        return False
    doc = m.root.doc
    between = doc.char_span(other.span.end, m.span.start, alignment_mode="expand")
    after = doc.char_span(m.span.end, m.span.end + 1, alignment_mode="expand")
    return between is not None and between.text.strip() == "(" and after is not None and after.text == ")"


def _merge_groups(mentions: list[Mention]) -> list[Actor]:
    """Groups by stem: 'Basque' joins 'Basques'; the plural noun is the canonical name. A group named once is an
    actor only where that mention acts, or the noun for people it modifies does (:func:`kg.extract.groups.group_acts`:
    'Lutherans protested', 'Lutheran pastors protested'), not where it is only talked about ('the law worried
    Lutherans'); named several times, it is an actor if one mention acts or one names the people ('Lutherans'),
    not an adjective modifying something else each time ('Lutheran schools', 'the Lutheran economy')."""
    groups: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: (not m.text.endswith("s"), -len(m.text))):
        stem = _stem(m.text)
        group = next((g for g in groups if _stem(g[0].text) == stem), None)
        if group is None:
            groups.append([m])
        else:
            group.append(m)
    return [_actor(g, "Group", name=_people_noun(g[0].text)) for g in groups
            if not all(m.weak for m in g) and (any(_acts_as_group(m) for m in g) or len(g) > 1
                                               and not all(m.root.dep_ in MODIFIER_DEPS for m in g))]


def _acts_as_group(m: Mention) -> bool:
    """'Lutherans protested', 'Lutheran pastors protested': the mention, or the noun for people it modifies, acts."""
    root = m.root
    return group_acts(root) or root.dep_ in ("amod", "compound") and root.head.i > root.i and group_acts(root.head)


def _people_noun(name: str) -> str:
    """A group named only by its adjective is named by its people's plural noun where WordNet has one for a
    person: 'Republican' -> Republicans, 'Democratic' -> Democrats, 'Muslim' -> Muslims; 'Basques' stays."""
    if " " in name or name.endswith("s"):
        return name
    for noun in (name, name[:-2] if name.endswith("ic") else None):
        if noun and {s.lstrip("^") for s in senses(noun) or ()} & {"person"}:
            return noun + "s"
    return name


def _stem(word: str) -> str:
    """'Basques'/'Basque' -> basque, 'Democrats'/'Democratic' -> democrat."""
    word = word.casefold()
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in ("ish", "ian", "ese", "ic", "i", "an"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _merge_countries(mentions: list[Mention]) -> list[Actor]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.code, []).append(m)
    return [_actor(g, "Country") for g in groups.values()]


def _actor(group: list[Mention], kind: str, name: str | None = None) -> Actor:
    canonical = name or next((m.name for m in group if m.name), None) or max((m.text for m in group), key=len)
    canonical = visible(canonical)
    aliases = sorted({visible(m.text) for m in group} - {canonical})
    spans = sorted({m.span for m in group}, key=lambda s: s.start)
    qid = next((m.qid for m in group if m.qid), None)
    return Actor(actor_key(kind, canonical), canonical, kind, aliases, spans, wikidata=qid, confidence=0.8)


def _merge_places(mentions: list[Mention]) -> list[Place]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(name_key(gz.fold(m.text)), []).append(m)
    places = []
    for key, group in groups.items():
        canonical = max((m.text for m in group), key=len)
        spans = sorted({m.span for m in group}, key=lambda s: s.start)
        places.append(Place(f"Place:{key}", canonical, spans))
    return places
