"""Name mentions of one document, each typed as a person, organisation, country, group or place.

Mentions come from spaCy's entities plus a few patterns it misses (an
acronym's spelled-out form in brackets, "<Name> Foundation"-style names,
"the Kenyan government"). Each mention is then typed with the context the
parse gives:

* countries, capitals and demonyms are looked up in ``data/countries.tsv``
  (all UN members): "Nairobi rejected" and "Kenyan officials said" stand for the
  country; a capital used as a location ("talks in Nairobi") stays a place;
  a demonym that does not stand for its country ("a Kenyan jet") is dropped;
* international organisations are linked through ``data/organizations.tsv``;
* spaCy's slips are corrected: a surname tagged ORG/GPE is the person, a
  capitalised common word ("Trade", "State" in "Secretary of State") or a
  role ("National Security Advisor") is not an organisation, a town tagged
  PERSON is a place when the context says so (votes over all its mentions;
  the corrections live in :mod:`kg.extract.mention_fixes` and
  :mod:`kg.extract.place_votes`).

:mod:`kg.extract.actors` merges the mentions into actors and places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import gazetteer as gz
from kg.extract.noun_bodies import armed_forces, led_body
from kg.extract.lexicon import (
    ACTOR_LABELS, AGENT_NOUNS, MOTION_VERBS, NAME_CONNECTORS, ORG_SUFFIXES, PEOPLE_NOUNS, PLACE_VOTE_PREPS, TITLES,
)
from kg.extract.mention_fixes import (
    after_title_of, drop_common_words, drop_credits_and_zones, drop_non_names, retype_people,
)
from kg.extract.name_kinds import body_word, judge_names, senses, surname_words
from kg.extract.place_votes import vote_places
from kg.extract.records import Span
from kg.extract.tokens import doc_ents, doc_lowers, doc_tokens, doc_words, entity_start, entity_text, entity_texts, paragraph_runs

GOVERNMENT = "government"
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
ACRONYM = re.compile(r"[A-Z][A-Z.&-]*[A-Z]\.?$")
FUNCTION_POS = ("ADP", "SCONJ", "ADV", "PRON", "DET", "CCONJ")  # capitalised only when they open a sentence


@dataclass
class Mention:
    """One name in the text, as typed so far (the rules below retype or drop it: kind "" is dropped)."""

    span: Span
    kind: str                      # Person Organization Country Group Place, or "" to drop
    label: str                     # spaCy label (or PATTERN)
    root: object                   # the spaCy token heading the mention
    tokens: list[str] = field(default_factory=list)
    code: str | None = None        # country code for Country mentions
    name: str | None = None        # forced canonical name
    qid: str | None = None
    key: tuple | None = None       # forced merge key
    weak: bool = False             # a group adjective that only joins a group named otherwise
    located: bool = False          # part of '<place> in <region>'

    @property
    def text(self) -> str:
        return self.span.text


def find_mentions(spacy_doc, text: str) -> list[Mention]:
    """The typed name mentions of one parsed document, spaCy's slips corrected, dropped ones left out."""
    mentions = _entity_mentions(spacy_doc, text) + _pattern_mentions(spacy_doc, text)
    mentions = _national_branches(_split_hyphens(_drop_nested(mentions), text), text)
    judge_names(mentions, text)
    mentions += _untagged_surnames(spacy_doc, mentions, text)
    drop_non_names(mentions)
    vote_places(mentions)
    retype_people(mentions)
    drop_common_words(mentions, spacy_doc)
    drop_credits_and_zones(mentions, text)
    return [m for m in mentions if m.kind]


# ------------------------------------------------------------------ mentions


def _entity_mentions(doc, text: str) -> list[Mention]:
    out: list[Mention] = []
    people = {ent.start: _whole_person(ent) for ent in doc_ents(doc) if ent.label_ == "PERSON"}
    owner: dict[int, int] = {}
    for start, words in people.items():
        for i in range(words.start, words.end):
            owner.setdefault(i, start)
    for ent in doc_ents(doc):
        if ent.label_ not in ACTOR_LABELS or owner.get(ent.start, ent.start) != ent.start:
            continue  # a word of a person's name made whole
        words = _whole_name(ent) if ent.label_ == "ORG" else people.get(ent.start, ent)
        for run in paragraph_runs(words):  # 'A (blank line) B': two names
            out += _run_mentions(_trim(run, ent.label_), ent.label_, text)
    return out


def _whole_person(ent):
    """A person's entity with the name's words spaCy left out: a capitalised proper noun before a lower-case
    particle it begins with ('|dela Vega|' after 'Arnel'), untagged capitalised proper nouns after it
    ('|Superintendent Graciano| Mijares'), the person's entity after a particle it ends with ('|Maria dos| |Santos|')."""
    doc, start, end = ent.doc, ent.start, ent.end
    if doc[start].is_lower and len(doc[start]) <= 4 and start > 0 and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].is_title:
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ \
            and not doc[end].is_sent_start and doc[end].lower_.rstrip(".") not in TITLES:
        end += 1
    if doc[end - 1].is_lower and len(doc[end - 1]) <= 4 and end < len(doc) and doc[end].ent_iob_ == "B" \
            and doc[end].ent_type_ == "PERSON":  # '|Maria dos| |Santos|'
        end = next(e.end for e in doc.ents if e.start == end)
    return doc[start:end]


def _whole_name(ent):
    """An organisation's entity with the untagged proper nouns spaCy cut off its front ('House Oversight and
    |Reform Committee|'), or off its end after a dangling 'and'/'of' ('|Operation Red and| Blue')."""
    doc, start, end = ent.doc, ent.start, ent.end
    def name_word(i):
        return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and not doc[i].ent_type_ \
            and doc[i].lower_.rstrip(".") not in TITLES
    while name_word(start - 1) or doc[start - 1].lower_ == "and" and name_word(start - 2):
        start -= 1
    while doc[end - 1].lower_ in ("and", "of") and name_word(end):
        end += 1
    return doc[start:end]


def _run_mentions(tokens: list, label: str, text: str) -> list[Mention]:
    if not tokens or not tokens[0].text[0].isupper() and not tokens[0].text[0].isdigit():
        return []
    out = []
    parts = _split(tokens, label, text)
    for part, part_label in parts:
        m = _classify(part, part_label, text)
        if m is not None:
            m.located = len(parts) > 1 and any(t.text == "in" for t in tokens)
            out.append(m)
    return out


def _trim(tokens: list, label: str) -> list:
    tokens = list(tokens)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_lower and tokens[0].tag_ in ("DT", "PRP$")
                      or not tokens[0].text[0].isalnum()
                      or tokens[0].is_sent_start and tokens[0].pos_ in FUNCTION_POS):  # '|Unlike| red algae, ...'
        tokens.pop(0)
    if label == "PERSON":
        while len(tokens) > 1 and tokens[0].lower_.rstrip(".") in TITLES:
            tokens.pop(0)
        if len(tokens) > 2 and _is_state(tokens[0].text) and not re.fullmatch(r"\w\.?", tokens[1].text):
            tokens.pop(0)  # 'Ruritania Ana Ruiz': a state's name run into the person's
    while tokens and not tokens[-1].text[-1:].isalnum() and tokens[-1].text not in ("'s", "’s", "'", "’") \
            and not re.fullmatch(r"\w[\w.]*\.", tokens[-1].text):
        tokens.pop()
    of = next((i for i, t in enumerate(tokens) if i and t.lower_ == "of"), None)
    if label == "ORG" and of is not None and all(t.is_lower for t in tokens[of + 1:]):
        tokens = tokens[:of]  # '|Acme Press of bank| robberies': a name's words after 'of' are capitalised
    while tokens and (tokens[-1].text in ("'s", "’s", "'", "’") or tokens[-1].is_lower and tokens[-1].lower_ in NAME_CONNECTORS):
        tokens.pop()  # 'Ana Ruiz of' (Ruritania): no name ends in a connector
    if len(tokens) > 2 and tokens[-1].like_num and tokens[-2].text in ("-", "–", "—"):  # 'Green Party - 4' (a tally)
        tokens = _trim(tokens[:-2], label)
    return tokens


def _is_state(word: str) -> bool:
    """A country's name or demonym, or a US state's name."""
    return bool(gz.country_lookup(word) or gz.demonym_lookup(word) or gz.is_us_state(word))


def _split(tokens: list, label: str, text: str) -> list[tuple[list, str]]:
    """'Perm in Urals' -> Perm, Urals; 'Lyon France'; 'Ghana John Mahama' after 'President of'."""
    for i, tok in enumerate(tokens[1:-1], 1):
        if tok.text == "(":  # 'World Health Organization (WHO'
            return [(tokens[:i], label), ([t for t in tokens[i + 1:] if t.text != ")"], label)]
        if tok.text in ("in", ",") and tokens[i + 1].text[:1].isupper() or tok.text == "and" and \
                gz.country_lookup(_text(tokens[i + 1:], text)) and not gz.country_lookup(_text(tokens, text)):
            # 'Zell and Kenya': a country is no word of a name ('Trinidad and Tobago' is one country)
            return [(tokens[:i], label), (tokens[i + 1:], label)]
    if label != "PERSON" and len(tokens) > 1 and not gz.country_lookup(_text(tokens, text)):
        for cut in range(len(tokens) - 1, 0, -1):  # the longest head first: 'Amnesty International' before 'Amnesty'
            head, tail = tokens[:cut], tokens[cut:]
            body = _body_word(head, label, text)
            if body and len(tail) >= 2 and after_title_of(tokens[0]) and _person_like(tail):
                return [(head, body), (tail, "PERSON")]
            if gz.country_lookup(_text(tail, text)) and gz.capital_lookup(_text(head, text)):
                return [(head, "GPE"), (tail, "GPE")]
    return [(tokens, label)]


def _body_word(tokens: list, label: str, text: str) -> str | None:
    """The label of what a title is 'of': a country (GPE), or, in what spaCy took for one organisation, a
    listed organisation (ORG) or one proper noun (a region, GPE: 'Governor of |Ruritania| Ana Ruiz')."""
    if gz.country_lookup(_text(tokens, text)):
        return "GPE"
    if label != "ORG":
        return None
    if gz.organization_lookup(_text(tokens, text)):
        return "ORG"
    return "GPE" if len(tokens) == 1 and tokens[0].tag_ == "NNP" else None


def _person_like(tokens: list) -> bool:
    """Proper nouns, none a word the article tags as a nationality or religion elsewhere ('Catholic'), the
    last no word for a body ('Wellness Society', 'Mobilization Forces': see :func:`body_word`)."""
    groups = entity_texts(tokens[0].doc, frozenset({"NORP"}))
    return tokens[0].pos_ == "PROPN" and all(t.pos_ == "PROPN" and t.text not in groups or t.text == "-" for t in tokens) \
        and not body_word(tokens[-1])


def _text(tokens: list, text: str) -> str:
    return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]


def _mention(tokens: list, kind: str, label: str, text: str, **kw) -> Mention:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    surface = text[start:end]
    match = POSSESSIVE.search(surface)
    if match and len(surface) > len(match.group(0)):
        end -= len(match.group(0))
        surface = surface[: len(surface) - len(match.group(0))]
    root = min(tokens, key=lambda t: _depth(t, tokens))
    return Mention(Span(start, end, surface), kind, label, root, re.findall(r"[\w.']+", surface), **kw)


def _depth(token, tokens) -> int:
    depth, inside = 0, {t.i for t in tokens}
    while token.head.i in inside and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _classify(tokens: list, label: str, text: str) -> Mention | None:
    surface = _text(tokens, text)
    if label == "PERSON" and len(tokens) > 1 and "-" in surface:
        return _mention(tokens, "Person", label, text)
    single = len(tokens) == 1
    if label == "PERSON" and any(c.isdigit() for c in surface):  # 'COVID-19'
        return None
    code = gz.country_lookup(surface)
    if code and gz.is_us_state(surface) and _us_context(tokens[0].doc):
        code = None  # 'Georgia' in an American election story
    if code and (label != "PERSON" or single):
        return _country(tokens, code, label, text)
    org = gz.organization_lookup(surface)
    if org and label != "PERSON":
        return _mention(tokens, "Organization", label, text, name=org.name, qid=org.qid, key=("org", org.name))
    if label != "PERSON" or single:
        adj = gz.demonym_lookup(surface)
        if adj:
            return _demonym(tokens, adj, label, text)
        people = gz.plural_demonym_lookup(surface)
        if people:
            subject = tokens[-1].dep_ in ("nsubj", "nsubjpass")
            return _mention(tokens, "Group" if subject else "", label, text)
        capital = gz.capital_lookup(surface)
        if capital:
            return _country(tokens, capital, label, text) if _acts(tokens[-1]) else _mention(tokens, "Place", label, text)
    if label == "NORP":
        return _mention(tokens, "Organization", label, text) if _firm_after_demonym(tokens) else _group(tokens, text)
    kind = {"PERSON": "Person", "ORG": "Organization"}.get(label, "Place")
    return _mention(tokens, kind, label, text)


def _firm_after_demonym(tokens: list) -> bool:
    """'Saudi Aramco', 'Zorvian Petrol' tagged as a nationality: a demonym, then a proper noun that WordNet does not
    know, heading its own phrase (not 'Greek Orthodox church') and no people's plural ('New Yorkers'), is a firm."""
    last = tokens[-1]
    return len(tokens) > 1 and bool(gz.demonym_lookup(tokens[0].text)) and last.pos_ == "PROPN" and \
        last.tag_ == "NNP" and senses(last.text) is None and last.dep_ not in ("amod", "compound", "nmod")


def _us_context(doc) -> bool:
    """Whether the document names another US state (then 'Georgia' is the state)."""
    return sum(1 for e in doc.ents if e.label_ == "GPE" and gz.is_us_state(e.text)) > 1 or any(
        e.label_ == "GPE" and gz.is_us_state(e.text) and not gz.country_lookup(e.text) for e in doc.ents)


def _country(tokens, code: str, label: str, text: str) -> Mention:
    c = gz.country(code)
    return _mention(tokens, "Country", label, text, code=code, name=c.name, qid=c.qid, key=("country", code))


def _demonym(tokens, code: str, label: str, text: str) -> Mention | None:
    """'Kenyan government' -> Government of Kenya; 'Kenyan officials' -> Kenya; else dropped."""
    word = tokens[-1]
    head = word.head
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
    if head.i > word.i and head.lower_ == GOVERNMENT:
        return _government(tokens + list(word.doc[word.i + 1: head.i + 1]), code, text)
    if head.i > word.i and head.lower_ in AGENT_NOUNS:
        return _country(tokens, code, label, text)
    return None


def _government(tokens, code: str, text: str) -> Mention:
    name = f"Government of {gz.country(code).name}"
    return _mention(tokens, "Organization", "PATTERN", text, name=name, key=("gov", code))


def _group(tokens, text: str) -> Mention:
    """A non-national NORP: plural nouns ('Basques') and people-modifiers ('Basque fighters') are groups."""
    word = tokens[-1]
    plural = word.tag_ in ("NNPS", "NNS") or (word.text.endswith("s") and not word.text.endswith("ss"))
    while word.dep_ == "conj" and word.head.i < word.i:  # 'Basque and Catalan MPs'
        word = word.head
    names_people = word.head.i != word.i and word.head.lower_ in PEOPLE_NOUNS
    return _mention(tokens, "Group", "NORP", text, weak=not (plural or names_people))


def _acts(token) -> bool:
    """Whether a capital's token stands for its government ('Nairobi rejected') rather than a location."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in PLACE_VOTE_PREPS - {"to", "for"} or prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
                and prep.head.lower_ not in AGENT_NOUNS | {GOVERNMENT}:  # 'the streets of X', not 'the leaders of X'
            return False
        return not (prep.lower_ in ("to", "for") and prep.head.pos_ in ("VERB", "AUX"))
    if token.dep_ == "compound":
        return token.head.lower_ in AGENT_NOUNS | {GOVERNMENT}
    if token.dep_ == "dobj":
        return token.head.lemma_ not in MOTION_VERBS
    return token.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "ROOT")


def _pattern_mentions(doc, text: str) -> list[Mention]:
    """Names spaCy does not tag as one entity."""
    out = []
    for tok, word, lower in zip(doc_tokens(doc), doc_words(doc), doc_lowers(doc)):
        if lower == GOVERNMENT:
            out += _government_of(tok, text) or _local_body(tok, text)
        elif word == "police":
            out += _local_body(tok, text)
        elif word == "(":
            out += _bracket_expansion(tok, text)
        elif word in ORG_SUFFIXES and tok.ent_type_ != "ORG":
            out += _suffixed_name(tok, text)
        elif forces := armed_forces(tok):
            words, code = forces
            out.append(_mention(words, "Organization", "PATTERN", text, key=("forces", code, tok.lower_)))
        elif led := led_body(tok):
            words, name = led
            out.append(_mention(words, "Organization", "PATTERN", text, key=("led", name.casefold(), tok.lower_)))
    return out


def _government_of(tok, text: str) -> list[Mention]:
    """'the government of Kenya', "Kenya's government"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            code = obj is not None and gz.country_lookup(entity_text(obj))
            if code:
                return [_government(list(tok.doc[tok.i: obj.i + 1]), code, text)]
        if child.dep_ == "poss":
            code = gz.country_lookup(entity_text(child))
            if code:
                return [_government(list(tok.doc[entity_start(child): tok.i + 1]), code, text)]
    return []


def _local_body(tok, text: str) -> list[Mention]:
    """'the Ruritania City government', "Zell's police": a place that is no country and its government or police."""
    prev = tok.doc[tok.i - 1] if tok.i else tok
    if prev.text in ("'s", "’s") and not prev.ent_type_ and prev.i:
        prev = tok.doc[prev.i - 1]
    if not tok.is_lower or tok.dep_ == "compound" or prev.ent_type_ != "GPE" or prev.i == tok.i:
        return []
    place = POSSESSIVE.sub("", entity_text(prev))
    if _is_state(place) and not gz.is_us_state(place) or gz.capital_lookup(place):
        return []
    return [_mention(list(tok.doc[entity_start(prev): tok.i + 1]), "Organization", "PATTERN", text,
                     name=f"{place} {tok.text}", key=("local", place.casefold(), tok.lower_))]


def _bracket_expansion(paren, text: str) -> list[Mention]:
    """'FARC (Fuerzas Armadas Revolucionarias de Colombia)': the bracketed words spell the acronym before them."""
    doc = paren.doc
    if paren.i == 0 or not ACRONYM.match(doc[paren.i - 1].text):
        return []
    close = next((t for t in doc[paren.i + 1: paren.i + 12] if t.text == ")"), None)
    if close is None or close.i - paren.i < 3:
        return []
    inner = list(doc[paren.i + 1: close.i])
    if acronym(" ".join(t.text for t in inner).casefold()) != doc[paren.i - 1].text.replace(".", "").casefold():
        return []
    return [_mention(inner, "Organization", "PATTERN", text)]


def _suffixed_name(tok, text: str) -> list[Mention]:
    """'Friends of the Earth Foundation': capitalised words (with for/of/and) ending in an organisation word."""
    doc, i = tok.doc, tok.i
    start = i
    while start > 0:
        prev = doc[start - 1]
        if prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start:
            start -= 1
        elif prev.text[:1].isupper() and prev.is_alpha:
            start -= 1
            break
        elif prev.lower_ in NAME_CONNECTORS and start >= 2 and doc[start - 2].text[:1].isupper() and prev.lower_ != "the":
            start -= 1
        else:
            break
    tokens = list(doc[start: i + 1])
    while tokens and tokens[0].lower_ in NAME_CONNECTORS:
        tokens.pop(0)
    if len(tokens) < 2 or any(t.ent_type_ in ("PERSON", "ORG") for t in tokens):
        return []
    return [_mention(tokens, "Organization", "PATTERN", text)]


def _national_branches(mentions: list[Mention], text: str) -> list[Mention]:
    """'according to CNN Philippines': an organisation's name right before a country's, whose head that country's
    name is, names the organisation's branch there: one organisation, no country."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "Country" and prev.kind == "Organization" and prev.label == "ORG" \
                and text[prev.span.end:m.span.start] == " " and prev.root.dep_ == "compound" \
                and m.span.start <= prev.root.head.idx < m.span.end:
            tokens = list(m.root.doc.char_span(prev.span.start, m.span.end, alignment_mode="expand"))
            out[-1] = _mention(tokens, "Organization", "ORG", text)
        else:
            out.append(m)
    return out


def _split_hyphens(mentions: list[Mention], text: str) -> list[Mention]:
    """'Biden-Xi summit': a hyphen joins two names known on their own (a person or a country)."""
    known = {t.casefold() for m in mentions if m.kind == "Person" and "-" not in m.text for t in m.tokens}
    out = []
    for m in mentions:
        parts = m.text.split("-")
        if m.kind != "Person" or len(parts) < 2 or not all(
                p[:1].isupper() and (p.casefold() in known or gz.country_lookup(p)) for p in parts):
            out.append(m)
            continue
        pos = m.span.start
        for p in parts:
            code = gz.country_lookup(p)
            c = gz.country(code) if code else None
            out.append(Mention(Span(pos, pos + len(p), p), "Country" if c else "Person", m.label, m.root, [p],
                                code=code, name=c and c.name, qid=c and c.qid, key=c and ("country", code)))
            pos += len(p) + 1
    return out


def _untagged_surnames(doc, mentions: list[Mention], text: str) -> list[Mention]:
    """A capitalised token outside entities that is a named person's surname ('Lopez said') is that person."""
    surnames = surname_words([m for m in mentions if m.label == "PERSON" and m.kind == "Person"])
    return [_mention([t], "Person", "SURNAME", text) for t, word in zip(doc_tokens(doc), doc_words(doc))
            if word.casefold() in surnames and word[:1].isupper() and not t.ent_type_ and t.pos_ == "PROPN"]


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """One mention per name: entity mentions inside a pattern-found name go ('Colombia' in 'Revolutionary
    Armed Forces of Colombia'); a pattern-found name that spaCy tagged as one entity goes (the entity is
    kept, so a span never denotes two things)."""
    outer = [m.span for m in mentions if m.label == "PATTERN" and m.key is None]
    tagged = {(m.span.start, m.span.end) for m in mentions if m.label != "PATTERN"}
    return [m for m in mentions
            if not any(o.start <= m.span.start and m.span.end <= o.end and o != m.span for o in outer)
            and not (m.label == "PATTERN" and m.key is None and (m.span.start, m.span.end) in tagged)]


def acronym(name: str) -> str:
    """The initials of a name's words, small words left out ("North Atlantic Treaty Organization" -> "nato")."""
    words = [w for w in re.findall(r"[^\W_]+", name) if w.casefold() not in {"of", "and", "the", "for", "s"}]
    return "".join(w[0] for w in words).casefold() if len(words) > 1 else ""
