"""Groups named by a common noun ("protesters", "Iraqi officials", "Hong Kong protesters"): actors that act.

spaCy names a group only when it has a proper name (NORP: "Basques", see
:mod:`kg.extract.mentions`); news more often names the crowd, the officials or
the police by a plural noun. A noun names such a group when

* it is plural (spaCy's tag NNS) and WordNet's most frequent common sense of
  its lemma is a kind of person ("officials", "protesters"), or a group when
  the word is its own lemma, a collective noun ("police"; not "meetings"),
  through :func:`kg.extract.name_kinds.common_senses`, never a list of words;
* it is not pronoun-like ("others", "people": :data:`kg.extract.lexicon.GROUP_PRONOUN_NOUNS`),
  not named by whose it is ("his associates", "relatives of X": the speaker
  phrase of :mod:`kg.extract.statements` names those better), nor part of a
  name the document already has ("Kenya Police Service");
* the document names it at least twice (:data:`MIN_MENTIONS`: a group
  mentioned once is rarely one of the article's actors), and in at least
  :data:`MIN_ACTING` mentions the parse shows it acting: subject of an active
  verb ("officials said"), agent of a passive ("by protesters"), the noun
  after "thousands of" in such a place, or a noun joined to one of these by
  "and". Objects of verbs alone do not make an actor (measured: more false
  actors than found), nor does one act (measured on 11 articles never read
  for tuning: the groups that acted only once were all false actors).

A mention's name is the noun with the words before it that make it specific:
compounds, proper-noun, place or nationality modifiers and plain adjectives
("Hong Kong protesters", "Iraqi officials", "anti-war protesters", "foreign
ministers"), never quantities, spaCy's stop words or words that judge (Hu and
Liu's opinion lexicon: "400 firefighters", "many officials", "arrogant
officials" -> firefighters, officials). All mentions
of one noun's lemma in a document are one group, unless places, names or
nationalities tell several apart ("Iraqi officials" and "American
officials"); a mention without one joins the first of them. A group is named
by its most frequent form with its place, name or nationality if it has one
("Hong Kong protesters", then "protesters"), the longer on a tie.

:func:`group_mentions` gives the mentions grouped per actor, each group with
its name and type: Group, or Organization for a collective noun that names
one body ("police", as the gold files type a police force);
:mod:`kg.extract.actors` makes the actors.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract.evaluations import opinion_words
from kg.extract.lexicon import GROUP_PRONOUN_NOUNS
from kg.extract.mentions import Mention
from kg.extract.name_kinds import common_senses
from kg.extract.records import Span
from kg.extract.tokens import doc_text, doc_tokens, sentence_of

MIN_MENTIONS = 2
MIN_ACTING = 2
NAMED_LABELS = ("NORP", "GPE", "LOC", "ORG", "FAC")


def group_mentions(spacy_doc, named: list[Mention]) -> list[tuple[str, str, list[Mention]]]:
    """(name, type, mentions) of each group the document names by a common noun that acts, in order of first
    mention; the type is Organization for a collective noun ('police': one body), else Group."""
    taken = [(m.span.start, m.span.end) for m in named]
    found = [_group_mention(t) for t in doc_tokens(spacy_doc) if _group_noun(t) and not _inside(t.idx, taken) and not _relational(t)]
    return [(name, _kind(group[0].root), group) for name, group in _merge(found)
            if len(group) >= MIN_MENTIONS and sum(group_acts(m.root) for m in group) >= MIN_ACTING]


def _kind(token) -> str:
    """A collective noun, its own lemma whose main sense is a group ('police'), names one body: Organization."""
    return "Organization" if token.lemma_.casefold() == token.lower_ else "Group"


def _group_mention(token) -> Mention:
    words = _specific(token) + [token]
    start, end = words[0].idx, token.idx + len(token.text)
    text = doc_text(token.doc)[start:end]
    return Mention(Span(start, end, text), "Group", "GROUP", token, text.split(), name=_name(words))


def _group_noun(token) -> bool:
    """A plural common noun whose main sense is a kind of person or a group ('officials', 'troops')."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lower_ in GROUP_PRONOUN_NOUNS:
        return False
    lemma = token.lemma_.casefold()
    if lemma in GROUP_PRONOUN_NOUNS:
        return False
    found = common_senses(lemma) or common_senses(token.lower_)
    return bool(found) and (found[0] == "person" or found[0] == "group" and lemma == token.lower_)


def _relational(token) -> bool:
    """A group named by whose it is ('his associates', "Acme's workers", 'relatives of the victims'): the speakers'
    phrase, not a group of its own."""
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _inside(offset: int, taken: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in taken)


def group_acts(token, depth: int = 0) -> bool:
    """Subject of an active verb or agent of a passive one ('by protesters'); 'thousands of X' where 'thousands'
    is one; or a conjunct of one."""
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "VERB":
        return True
    if token.dep_ == "pobj" and head.dep_ == "agent":
        return True
    if depth > 3:
        return False
    if token.dep_ == "pobj" and head.lower_ == "of" and _quantity(head.head):
        return group_acts(head.head, depth + 1)
    return token.dep_ == "conj" and group_acts(head, depth + 1)


def _quantity(token) -> bool:
    """'thousands', 'hundreds', 'dozens', 'some', 'many': a number or quantity word heading 'of X'."""
    return token.like_num or token.pos_ in ("NUM", "PRON", "DET") or token.tag_ == "CD" or \
        "quantity" in (common_senses(token.lemma_.casefold()) or ())[:1]


def _specific(token) -> list:
    """The modifiers right before the noun that make the group specific, in text order (compounds, names,
    places, nationalities, 'anti-X', plain adjectives); the run stops at the first word that is none."""
    words = []
    for child in reversed([c for c in token.children if c.i < token.i]):
        if child.i != (words[0].i if words else token.i) - 1 or not _specifying(child):
            break
        words.insert(0, child)
        words[:0] = [t for t in token.doc[child.left_edge.i:child.i] if not t.is_space and (not t.is_punct or t.text == "-")]
    while words and _judges(words[0]):  # 'brave' of 'brave Lyon firefighters'
        words.pop(0)
    return words


def _specifying(child) -> bool:
    """A compound, or an adjective-like modifier that is a name, place, nationality, hyphenated word or plain
    adjective (JJ, not one of spaCy's stop words: 'many', 'other', 'several'); never a number or line break, nor
    a word of Hu and Liu's opinion lexicon ('arrogant', 'brave': it judges the group)."""
    if child.like_num or child.pos_ == "NUM" or child.is_space or "\n" in child.whitespace_:
        return False
    if _judges(child):
        return False
    if child.dep_ == "compound":
        return True
    if child.dep_ not in ("amod", "nmod", "npadvmod"):
        return False
    return child.pos_ == "PROPN" or child.ent_type_ in NAMED_LABELS or bool(gz.demonym_lookup(child.text)) or \
        _hyphenated(child) or child.pos_ == "ADJ" and child.tag_ == "JJ" and not child.is_stop


def _judges(token) -> bool:
    """'arrogant', 'brave': a word of Hu and Liu's opinion lexicon, not a name's, judges the group, no part of its name."""
    return token.lower_ in opinion_words() and token.pos_ != "PROPN" and not token.ent_type_


def _hyphenated(token) -> bool:
    """A word of a hyphenated modifier ('anti - war', 'pro-democracy')."""
    doc = token.doc
    return "-" in token.text or any(0 <= i < len(doc) and doc[i].text == "-" for i in (token.i - 1, token.i, token.i + 1))


def _name(words: list) -> str:
    """'Hong Kong protesters', 'foreign ministers': a common word that begins a sentence in lower case."""
    parts = [w.text for w in words]
    first = words[0]
    if first.i == sentence_of(first).start and first.pos_ != "PROPN" and not first.ent_type_ and not first.text.isupper():
        parts[0] = first.lower_
    return " ".join(parts).replace(" - ", "-").replace(" -", "-").replace("- ", "-")


def _merge(found: list[Mention]) -> list[tuple[str, list[Mention]]]:
    """One group per noun lemma and place, name or nationality modifier ('Iraqi officials', 'American officials');
    mentions without one join the first group of their lemma. Its name is its most frequent form (the longer on
    a tie), among those with the modifier if it has one."""
    by_lemma: dict[str, dict[tuple, list[Mention]]] = {}
    for m in found:
        by_lemma.setdefault(m.root.lemma_.casefold(), {}).setdefault(_anchor(m.root), []).append(m)
    groups: list[tuple[str, list[Mention]]] = []
    for by_anchor in by_lemma.values():
        bare = by_anchor.pop((), [])
        named = list(by_anchor.values()) or [[]]
        named[0] = named[0] + bare
        groups += [(_most_frequent_name([m for m in g if _anchor(m.root)] or g), g) for g in named]
    return sorted(groups, key=lambda g: min(m.span.start for m in g[1]))


def _anchor(token) -> tuple:
    """The words of a group noun's modifiers that tie it to a place, a name or a nationality ('Iraqi')."""
    return tuple(w.lower_ for w in _specific(token) if w.pos_ == "PROPN" or w.ent_type_ in NAMED_LABELS
                 or gz.demonym_lookup(w.text))


def _most_frequent_name(mentions: list[Mention]) -> str:
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.name] = counts.get(m.name, 0) + 1
    return max(counts, key=lambda name: (counts[name], len(name)))
