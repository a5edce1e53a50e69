"""What a capitalised name's words say it is: an actor's name, or a common word, a happening, a role or a tag.

spaCy tags capitalised phrases as people and organisations that are none:
a storm ("Hurricane Lorenzo"), a programme or a thing ("Medicare",
"Photographs"), a campaign ("Mass Vaccination Campaign"), a role
("Republican Assemblywoman"), a portfolio ("Interior" in "Interior Minister
X"), a hashtag ("#LetHerSpeak"). The words are judged by the kinds of
meaning WordNet 3.0 gives them (its noun lexicographer files, through
:func:`kg.extract.lexicon.noun_senses`), never by a list of names:

* a one-word name whose word has no sense that can act (person, group,
  location) is no actor, unless it speaks ("Twitter said");
* a name with a natural phenomenon's noun before its last word ("Storm",
  "Hurricane") names that storm, and common words ending in a happening's
  noun that the article also writes lower-case ("Vaccination Campaign")
  name that happening;
* a name ending in a noun that only names a person ("Assemblywoman",
  "Player") is a role, unless a place begins it (a newspaper: "X Inquirer");
* a noun for a person's role before a full name ("Broadcaster Jane Roe") is
  no part of the name;
* a name after "#" or "@" is a tag or handle, and "County X" / "X Parish"
  is a place;
* an "organisation" named by a given name and a word that is no common noun
  ("Jasim Uddin") is a person (given names: Faker's lists, see
  :func:`kg.extract.lexicon.given_names`).

:func:`judge_names` applies these to the mentions of :mod:`kg.extract.mentions`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import gazetteer as gz
from kg.extract.cut_names import join_cut_names
from kg.extract.lexicon import (
    AGENT_SENSES, CREDIT_LABELS, EVIDENCE_VERBS, HAPPENING_SENSES, NAME_CONNECTORS, ORG_DESIGNATORS, PERSONAL_TITLES,
    PLACE_NOUNS, PORTFOLIO_HEADS, SPEECH_VERBS, given_names, instrument_nouns, noun_senses,
)
from kg.extract.tokens import doc_lowers, doc_tokens, entity_texts

ACRONYM = re.compile(r"[A-Z][A-Z.&-]*[A-Z]\.?$")
TAG_MARKS = ("#", "@")
SPELLED_ACRONYM = re.compile(r"\b((?:[a-z][a-z-]*\s+){1,6}[a-z][a-z-]*)\s*\(([A-Z][A-Z.]*[A-Z]\.?)s?\)")
BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Z.]*[A-Z]\.?s?\)")  # the end of SPELLED_ACRONYM
DESIGNATION = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Za-z]?")  # 'COVID-19', 'F-35', 'Su-24': a disease's or model's code
NUMBER = re.compile(r"\d[\d.,]*")
BODY_LIKE_SENSES = frozenset({  # WordNet's kinds of common noun a body's name ends in ('Herald', 'Forum', 'Network')
    "group", "artifact", "communication", "act", "location", "event", "possession", "cognition", "state", "process",
    "attribute", "relation"})
PLURAL_ENDINGS = (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"), ("s", ""))


def senses(word: str) -> tuple[str, ...] | None:
    """The kinds of meaning WordNet gives a noun and its singular ('Photographs' -> artifact; 'Services' ->
    act, group, person ...), most frequent first, '^' before those of a capitalised name ('Franklin' ->
    ^person, person); None if no noun."""
    table, word = noun_senses(), word.casefold()
    found = list(table.get(word, ()))
    for ending, base in PLURAL_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] + base in table:
            found += table[word[: -len(ending)] + base]
            break
    return tuple(dict.fromkeys(found)) or None


def common_senses(word: str) -> tuple[str, ...]:
    """The senses of a word as a common noun ('Dana', a name only, has none)."""
    return tuple(s for s in senses(word) or () if not s.startswith("^"))


def cannot_act(word: str) -> bool:
    """A noun with no sense that names who or where ('Medicare', 'Photographs'; not 'Army', 'Lion', 'Nike'),
    nor a named building, which news uses for those inside ('the Kremlin said')."""
    found = senses(word)
    return found is not None and not {s.lstrip("^") for s in found} & AGENT_SENSES and "^artifact" not in found


def names_happening(word: str) -> bool:
    """A common noun whose main sense is something that happens or is done ('Hurricane', 'Campaign')."""
    found = common_senses(word)
    return bool(found) and found[0] in HAPPENING_SENSES and not set(senses(word)) & AGENT_SENSES


def names_weather(word: str) -> bool:
    """A common noun for a natural phenomenon and nothing that acts ('Hurricane', 'Storm', 'Typhoon')."""
    return "phenomenon" in common_senses(word) and not set(senses(word)) & AGENT_SENSES


def names_role(word: str) -> bool:
    """A common noun whose main sense is a kind of person and that names nobody ('Broadcaster', 'Voter';
    not 'Franklin')."""
    found = senses(word)
    return found is not None and found[0] == "person" and "^person" not in found


def only_a_role(word: str) -> bool:
    """A noun whose every sense is a kind of person ('Assemblywoman', 'Player'; not 'Guard', 'Monitor')."""
    found = senses(word)
    return found is not None and set(found) == {"person"}


def body_word(token) -> bool:
    """A word that ends a body's name, not a person's: a plural proper noun ('Forces'), a firm's or body's
    designator ('Society', 'Airlines') or a common noun whose main sense is a group ('Committee')."""
    if token.tag_ == "NNPS" or token.text.casefold() in ORG_DESIGNATORS:
        return True
    found = common_senses(token.text)
    return bool(found) and found[0] == "group"


def is_common(word: str) -> bool:
    """A word used as a common noun ('Press', 'Briefing'), not only as a name ('Dana')."""
    return bool(common_senses(word))


def judge_names(mentions: list, text: str) -> None:
    """Retype or drop (kind "") the person and organisation mentions whose words say they are no actor's name;
    cut a leading role noun off a person's full name. Changes the mentions in place."""
    join_cut_names(mentions, body_word)
    people = {w for m in mentions if m.kind == "Person" and len(m.tokens) > 1 for w in m.tokens}
    names = people | {w for m in mentions if m.kind == "Organization" and len(m.tokens) > 1 for w in m.tokens}
    acting = {m.text for m in mentions if len(m.tokens) == 1 and _acts(m)}  # one mention that acts saves the name
    happenings = set()
    for i, m in enumerate(mentions):
        if m.kind not in ("Person", "Organization") or m.key is not None or not m.tokens:
            continue
        if m.label == "PATTERN":  # a spelled-out acronym: 'MP (Member of Parliament)'
            m.kind = "" if _is_role(m, people) else m.kind
        elif _is_happening(m):
            happenings.add(m.tokens[-1])
            m.kind = ""
        elif _tagged(m, text) or DESIGNATION.fullmatch(m.text) or _numbered(m) or _names_instrument(m) or _a_title(m) or _is_thing(m, names | acting) or _is_role(m, people) or _is_portfolio(m):
            m.kind = ""
        elif _is_place(m):
            m.kind = "Place"
        elif _common_words_only(m):
            m.kind = "Organization"
        elif _is_persons_name(m):
            m.kind = "Person"
        else:
            mentions[i] = _without_leading_role(m, text)
    for m in mentions:  # 'Lorenzo' after 'Hurricane Lorenzo'
        if m.kind in ("Person", "Organization") and m.key is None and m.tokens == [m.text] and m.text in happenings:
            m.kind = ""
    _drop_thing_modifiers(mentions)
    _drop_sentence_capitals(mentions)
    common = _common_acronyms(text)
    for m in mentions:
        if m.kind in ("Person", "Organization") and m.key is None and m.text in common:
            m.kind = ""


def surname_words(people: list) -> set[str]:
    """The words (case-folded) that may stand alone for the persons of these full-name mentions: the last,
    and one inside that is no given name, the first of two surnames ('Quintero' of 'Wanda Quintero Salgado')."""
    words = set()
    for m in people:
        if len(m.tokens) > 1:
            words.add(m.tokens[-1].casefold())
            words.update(w.casefold() for w in m.tokens[1:-1] if w[:1].isupper() and len(w) > 2 and w not in given_names())
    return words


def retype_bodies(mentions: list) -> None:
    """A 'person' of two or more words ending in a noun for a body and for no kind of person ('Lakeview
    Hospital', 'Zell Institute', 'Acme Holdings'; not 'Condoleezza Rice', 'Jane Guard'), not opening with a
    given name, is an organisation (in place)."""
    for m in mentions:
        if m.kind == "Person" and len(m.tokens) > 1 and m.key is None and m.tokens[0] not in given_names():
            last = senses(m.tokens[-1]) or ()
            if m.tokens[-1].casefold() in ORG_DESIGNATORS or "group" in last and not {"person", "^person"} & set(last):
                m.kind = "Organization"


def _common_acronyms(text: str) -> set[str]:
    """Acronyms the text spells out in lower-case words right before them ('liquefied natural gas (LNG)',
    'an exclusive economic zone (EEZ)'): short for a thing, no one's name."""
    found = set()
    if not BRACKETED_ACRONYM.search(text):
        return found  # every match holds one: this search skips the slow pattern in most texts
    for match in SPELLED_ACRONYM.finditer(text):
        letters = match.group(2).replace(".", "")
        initials = "".join(w[0] for w in re.split(r"[\s-]+", match.group(1)) if w not in ("of", "and", "the", "for"))
        if initials.endswith(letters.casefold()) and letters.isupper():
            found.add(match.group(2))
    return found


def _drop_thing_modifiers(mentions: list) -> None:
    """A name used only to modify a noun for a thing or a happening names that thing, no actor: 'the Acme gas
    pipeline', 'the Acme pandemic', 'Acme payments' (not 'the Acme spokesman', 'the Acme administration'); so
    does one used only after an indefinite article (:func:`_a_kind`). Every mention of the name must be such;
    a person's full name stays, so does a name whose last word says it is a body ('the Acme Council think tank')."""
    uses: dict[str, list[bool]] = {}
    for m in mentions:
        if m.kind == "Organization" and m.key is None or m.kind == "Person" and len(m.tokens) == 1:
            uses.setdefault(m.text, []).append(_modifies_thing(m) or _a_kind(m))
    for m in mentions:
        if m.kind in ("Person", "Organization") and all(uses.get(m.text, [False])):
            m.kind = ""


def _drop_sentence_capitals(mentions: list) -> None:
    """A plural common noun capitalised only because it opens its sentence every time ('Millions fled', 'Households
    paid') is no name: one word with no sense WordNet writes capitalised, never an acronym, that does not speak
    ('Observers said'); a singular one may be a name ('Politico regarded')."""
    opening: dict[str, list[bool]] = {}
    for m in mentions:
        if m.kind in ("Person", "Organization") and m.key is None and len(m.tokens) == 1 and m.label != "PATTERN":
            root, speaks = m.root, m.root.dep_ == "nsubj" and m.root.head.lemma_ in SPEECH_VERBS
            opening.setdefault(m.text, []).append(not speaks and (root.is_sent_start or root.i > 0 and (
                root.doc[root.i - 1].is_sent_start and root.doc[root.i - 1].is_quote)))
    for m in mentions:
        if all(opening.get(m.text, [False])) and not ACRONYM.match(m.text) and _plural_noun(m.text) \
                and not any(s.startswith("^") for s in senses(m.text) or ()):
            m.kind = ""


def _plural_noun(word: str) -> bool:
    """'Households', 'Millions': a common noun's plural (its singular is in WordNet, the word itself is not)."""
    table, word = noun_senses(), word.casefold()
    return word not in table and any(word.endswith(e) and word[: -len(e)] + b in table for e, b in PLURAL_ENDINGS)


def _modifies_thing(m) -> bool:
    root, head = m.root, m.root.head
    if body_word(root.doc[root.doc.char_span(m.span.start, m.span.end, alignment_mode="expand").end - 1]):
        return False
    if root.dep_ not in ("compound", "nmod", "amod") or head.i <= root.i or head.pos_ != "NOUN":
        return False
    if m.span.start <= head.idx < m.span.end:
        return False
    found = senses(head.lemma_) or senses(head.text)
    return found is not None and not {s.lstrip("^") for s in found} & AGENT_SENSES


def _names_instrument(m) -> bool:
    """'Wildlife Protection Act', 'Treaty of Zell', 'X Regulations for Buses', 'the Constitution': an organisation's
    name headed (before 'of' or 'for') by a noun for a law or an agreement (:func:`kg.extract.lexicon.instrument_nouns`)
    names that law, no actor."""
    words = [w.casefold() for w in m.tokens]
    at = next((i for i, w in enumerate(words) if i and w in ("of", "for")), None)
    head = words[at - 1] if at else words[-1]  # 'X Act', 'Treaty of X', 'X Regulations for Y'
    return m.kind == "Organization" and (head in instrument_nouns() or head[-1:] == "s" and head[:-1] in instrument_nouns())


def _numbered(m) -> bool:
    """'Acme Air Flight 211', 'Zellcon 2019', 'Ruiz 47.3 percent': an organisation's name with a number of three or
    more characters after its first word names a flight, an edition or a figure, no body ('116th Congress' stays)."""
    return m.kind == "Organization" and any(NUMBER.fullmatch(w) and len(w) > 2 for w in m.tokens[1:])


def _a_kind(m) -> bool:
    """'a designated Foreign Terrorist Organization', 'an Acme': a capitalised category or a product after an
    indefinite article, no one's name (not 'a Acme spokesman': the name heads its phrase; nor 'an attendee Jane Roe':
    a noun for a kind of person before the name)."""
    root = m.root
    if _after_role_noun(m):
        return False  # 'an attendee Jane Roe said': a role noun, then the person's name
    return root.dep_ not in ("compound", "nmod", "amod", "poss") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)


def _tagged(m, text: str) -> bool:
    """'#LetHerSpeak', '@Acme': a hashtag or a handle, no actor."""
    return m.span.start > 0 and text[m.span.start - 1] in TAG_MARKS


def _is_thing(m, names: set[str]) -> bool:
    """A one-word name that is a common noun with no sense that acts ('Photographs', 'Rage', 'Medicare').

    Not a word of a longer name of the document ('Kestrel' of 'Kestrel Broadcasting'), nor one that acts
    somewhere in it (:func:`_acts`). An organisation's name only when the document also writes it lower-case
    or WordNet knows it only as a name ('Medicare'): 'Airbus' stays.
    """
    if len(m.tokens) != 1 or ACRONYM.match(m.text) or m.text in names or not cannot_act(m.text):
        return False
    if m.kind == "Organization":
        root = m.root
        lowered = {lower for t, lower in zip(doc_tokens(root.doc), doc_lowers(root.doc)) if t.is_lower}
        return not common_senses(m.text) or bool({m.text.casefold(), root.lemma_.casefold()} & lowered)
    return True


def _common_words_only(m) -> bool:
    """'Evening Post', 'Tide Clock' tagged as a person: two or more words, each a noun WordNet knows only as a
    common noun (no sense of a capitalised name: not 'Rice', 'Young'), the first no given name, the last no
    noun for a body or a kind of person, is no person's name but an organisation's (news names papers and bodies
    so; measured: dropping such names lost a real actor on the dev check, so they are retyped, not dropped)."""
    words = [w for w in m.tokens if w.isalpha()]
    return m.kind == "Person" and len(words) >= 2 and words[0] not in given_names() and all(
        (found := senses(w)) is not None and not any(s.startswith("^") for s in found) for w in words) \
        and not set(senses(words[-1])) & {"group", "person"}


def _acts(m) -> bool:
    """A mention that stands for someone: after a personal title ('President Trump'), before a noun for people
    ('the Trump administration', "Acme's spokesman") or the subject of a saying verb ('Sanders said'; not
    'Photographs show')."""
    root = m.root
    if root.dep_ in ("compound", "poss") and {s.lstrip("^") for s in senses(root.head.lemma_) or ()} & AGENT_SENSES:
        return True
    if root.i > 0 and root.doc[root.i - 1].lower_.rstrip(".") in PERSONAL_TITLES:
        return True
    return root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS - EVIDENCE_VERBS


def _is_happening(m) -> bool:
    """'Hurricane Lorenzo', 'Tropical Storm Barry', 'Mass Vaccination Campaign' (not 'Campaign for X', 'Dana Bash')."""
    words = [w for w in m.tokens if w.casefold() not in NAME_CONNECTORS]
    if len(words) < 2 or len(words) < len(m.tokens) or any(w.casefold() in ORG_DESIGNATORS for w in words):
        return False
    if names_happening(words[-1]):  # not a campaign's own name, 'Ending Clergy Abuse', nor 'Acme Entertainment'
        return not words[0].casefold().endswith("ing") and _written_lower(words[-1], m) and all(is_common(w) or _adjective(w, m) for w in words[:-1])
    at = max((i for i, w in enumerate(words[:-1]) if names_weather(w)), default=None)  # 'Tropical |Storm| Zelda'
    return at is not None and not any(is_common(w) for w in words[at + 1:]) and all(
        is_common(w) or _adjective(w, m) or w[:1].isupper() for w in words[:at])


def _written_lower(word: str, m) -> bool:
    """Whether the document also writes the word (or its singular) as a common noun ('the campaign')."""
    forms = {word.casefold(), word.casefold().rstrip("s")}
    return any(t.is_lower and lower in forms for t, lower in zip(doc_tokens(m.root.doc), doc_lowers(m.root.doc)))


def _adjective(word: str, m) -> bool:
    return any(t.text == word and t.pos_ == "ADJ" for t in m.root.doc[max(0, m.root.i - 6): m.root.i + 1])


def _is_role(m, people: set[str]) -> bool:
    """'Republican Assemblywoman', 'Most Valuable Player', 'Member of Parliament': an organisation named by one
    person's role (not a person's name that spaCy took for one, ending in a surname of the document, nor
    'Marvel Comics' or 'Church of England', nor the subject of a saying verb: 'Acme Insider reported')."""
    words = m.tokens
    if m.kind != "Organization" or len(words) < 2:
        return False
    if "of" in words[1:-1]:  # the role is the first word, before 'of' (not 'Directorate General of X')
        head = words[0]
        return words[1] == "of" and not head.endswith("s") and names_role(head) and head not in people
    if ACRONYM.match(words[-1]) or not only_a_role(words[-1]) or words[-1] in people or words[-1].endswith("s"):
        return False
    if m.root.dep_ == "nsubj" and m.root.head.lemma_ in SPEECH_VERBS:
        return False  # 'Acme Insider reported': a source that speaks
    return all(w[:1].isupper() for w in words) and (not _begins_with_place(m) or _titles_a_person(m))


def _a_title(m) -> bool:
    """'Ruritania Police Constable' before 'Jane Roe': a name ending in a noun only for a kind of person, right
    before a person's name, is that person's title."""
    return set(common_senses(m.tokens[-1])) == {"person"} and _titles_a_person(m)


def _titles_a_person(m) -> bool:
    """'Ruritania Police Constable |Jane Roe|': a person's name follows the mention, so it is that person's title."""
    doc = m.root.doc
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].ent_type_ == "PERSON"


def _begins_with_place(m) -> bool:
    """Whether a place the document names begins the mention ('Springfield Inquirer')."""
    places = entity_texts(m.root.doc, frozenset({"GPE", "LOC"}))
    return any(m.text.startswith(p + " ") for p in places) or bool(
        gz.country_lookup(m.tokens[0]) or gz.is_us_state(m.tokens[0]) or gz.capital_lookup(m.tokens[0]))


def _is_portfolio(m) -> bool:
    """'Interior' in 'Interior Minister Jane Roe': a common word naming a portfolio, modifying its minister."""
    root = m.root
    return len(m.tokens) == 1 and m.kind == "Organization" and senses(m.text) is not None and \
        root.dep_ in ("compound", "amod") and root.head.i > root.i and root.head.lower_ in PORTFOLIO_HEADS


def _is_persons_name(m) -> bool:
    """'Jasim Uddin' tagged as an organisation: two or three capitalised words, the first a given name (of
    :func:`kg.extract.lexicon.given_names`) or the name modified by a noun for a kind of person ('an attendee
    Vikram Sethi'), none a state's, capital's or people's name, an abbreviation or a common noun that may name
    a body, a thing or a work (:data:`BODY_LIKE_SENSES`: 'Georgia Power', 'Chelsea FC', 'Nova Gazette' and 'Ava
    Herald' stay organisations; 'Dominic Wolf', a surname that is an animal's name, is a person)."""
    words = m.text.split()
    if m.kind != "Organization" or len(words) not in (2, 3):
        return False
    if not _after_role_noun(m) and (words[0] not in given_names() or len(words[0]) < 3):
        return False
    if any(gz.country_lookup(w) or gz.capital_lookup(w) or gz.is_us_state(w) or gz.demonym_lookup(w) for w in words):
        return False  # 'Georgia Power', 'Zorin Australia'
    return all(w[:1].isupper() and not w.isupper() and not set(common_senses(w)) & BODY_LIKE_SENSES for w in words[1:])


def _after_role_noun(m) -> bool:
    """'an attendee |Vikram Sethi|', 'the analyst |Jon Roe|': a noun for a kind of person modifies the name."""
    root = m.root
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.idx < m.span.start and names_role(c.text)
               for c in root.children)


def _is_place(m) -> bool:
    """'County Kerry', 'Jefferson Parish': a kind of place begins or ends a name."""
    words = [w.casefold() for w in m.tokens]
    return len(words) > 1 and (words[-1] in PLACE_NOUNS or m.kind == "Person" and words[0] in PLACE_NOUNS)


def _without_leading_role(m, text: str):
    """'Broadcaster Jane Roe' -> Jane Roe (a person); 'Harry Roe Image' -> Harry Roe. A name of two words stays
    whole ('Hunter Roe'), so does one whose last word is a common noun ('National Safety Board')."""
    words = m.text.split()
    if len(words) >= 3 and words[-1].casefold() in CREDIT_LABELS:
        end = m.span.start + m.text.rindex(words[-1]) - 1
        m = _cut(m, m.span.start, end, "Person")
        words = words[:-1]
    if len(words) >= 3 and names_role(words[0]) and all(w[:1].isupper() for w in words[1:]) \
            and not is_common(words[-1]) and not any(w.casefold() in ORG_DESIGNATORS for w in words):
        m = _cut(m, m.span.start + m.text.index(words[1], len(words[0])), m.span.end, "Person")
    return m


def _cut(m, start: int, end: int, kind: str):
    surface = m.span.text[start - m.span.start: end - m.span.start].strip()
    end = start + len(surface)
    words = m.root.doc.char_span(start, end, alignment_mode="expand")
    return replace(m, span=replace(m.span, start=start, end=end, text=surface), kind=kind,
                   root=words.root if words is not None else m.root, tokens=re.findall(r"[\w.']+", surface))
