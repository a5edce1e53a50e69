"""Tests for kg.extract.plover_lexicon: the shipped event lexicon built from public resources."""

from __future__ import annotations

import pytest

from kg.extract.plover_lexicon import (
    GSR_MIN_VOTES,
    LexiconEntry,
    gsr_choice,
    gsr_votes,
    pattern_category,
    pattern_sets,
    plover_lexicon,
    read_table,
    verb_patterns,
)
from kg.namespaces import PLOVER_CATEGORIES


@pytest.mark.parametrize("lemma, pos, category", [
    ("invade", "VERB", "ASSAULT"),
    ("attack", "VERB", "ASSAULT"),
    ("bomb", "VERB", "ASSAULT"),
    ("meet", "VERB", "CONSULT"),
    ("visit", "VERB", "CONSULT"),
    ("accuse", "VERB", "ACCUSE"),
    ("criticize", "VERB", "ACCUSE"),
    ("reject", "VERB", "REJECT"),
    ("decline", "VERB", "REJECT"),
    ("threaten", "VERB", "THREATEN"),
    ("protest", "VERB", "PROTEST"),
    ("demand", "VERB", "REQUEST"),
    ("arrest", "VERB", "COERCE"),
    ("deploy", "VERB", "MOBILIZE"),
    ("invasion", "NOUN", "ASSAULT"),
    ("sanction", "NOUN", "SANCTION"),   # spaCy's lemma of "sanctions"
    ("arrest", "NOUN", "COERCE"),
    ("protest", "NOUN", "PROTEST"),
    ("meeting", "NOUN", "CONSULT"),
    ("aid", "NOUN", "AID"),
    ("withdrawal", "NOUN", "RETREAT"),
    ("crash", "NOUN", "OTHER"),
    ("earthquake", "NOUN", "OTHER"),
])
def test_general_words_map_to_their_category(lemma, pos, category):
    assert plover_lexicon()[(lemma, pos)].category == category


def test_a_category_the_sources_rank_second_is_an_alternative():
    entry = plover_lexicon()[("abandon", "VERB")]
    assert (entry.category, entry.alternatives[0]) == ("CONCEDE", "RETREAT")


def test_plovers_coders_settle_a_word_the_sources_disagree_on():
    entry = plover_lexicon()[("agree", "VERB")]  # CAMEO's block AGREE is 050, diplomatic cooperation: SUPPORT
    assert (entry.category, entry.alternatives[0], entry.source) == ("AGREE", "SUPPORT", "plover-gsr")
    assert gsr_votes()[("agree", "VERB")] == {"AGREE": 14}


def _entry(category, alternatives):
    return LexiconEntry("agree", "VERB", category, alternatives, "050", "cameo", "agree")


@pytest.mark.parametrize("entry, category", [
    (_entry("SUPPORT", ("AGREE", "CONCEDE")), "AGREE"),   # the coders' category is an alternative
    (_entry("SUPPORT", ("CONCEDE",)), "SUPPORT"),         # ... or it is not: the sources' stays
])
def test_gsr_choice(entry, category):
    assert gsr_choice(entry).category == category


def test_gsr_choice_needs_enough_votes_all_alike():
    few = next((lemma, pos) for (lemma, pos), votes in gsr_votes().items()
               if len(votes) == 1 and sum(votes.values()) < GSR_MIN_VOTES)
    split = next((lemma, pos) for (lemma, pos), votes in gsr_votes().items() if len(votes) > 1)
    for lemma, pos in (few, split):
        entry = LexiconEntry(lemma, pos, "OTHER", tuple(gsr_votes()[(lemma, pos)]), "000", "cameo", lemma)
        assert gsr_choice(entry) == entry


def test_the_verb_aid_keeps_cameos_code():
    entry = plover_lexicon()[("aid", "VERB")]  # CAMEO's block AID is 060, material cooperation
    assert (entry.category, entry.code) == ("COOPERATE", "060")


def test_every_category_is_a_plover_category_or_other():
    categories = {c for e in plover_lexicon().values() for c in (e.category,) + e.alternatives}
    assert categories <= set(PLOVER_CATEGORIES) | {"OTHER"}


def test_statements_and_generic_verbs_are_no_entries():
    table = plover_lexicon()
    for verb in ("say", "be", "have", "make", "take", "go", "get", "do"):
        assert (verb, "VERB") not in table
    assert not any(e.code.startswith("01") for e in table.values())


def test_the_mapping_is_immutable_and_read_once():
    table = plover_lexicon()
    assert table is plover_lexicon()
    assert isinstance(table[("invade", "VERB")], LexiconEntry)
    with pytest.raises(TypeError):
        table[("x", "VERB")] = table[("invade", "VERB")]


def test_every_entry_names_its_source():
    sources = {e.source for e in plover_lexicon().values()}
    assert sources <= {"cameo", "cameo-patterns", "cameo-object", "wordnet-derivation",
                       "wordnet-hyponym", "wordnet-hyponym-of", "plover-gsr"}


@pytest.mark.parametrize("verb, kwargs, category", [
    ("give", {"objects": ("aid",)}, "AID"),
    ("give", {"objects": ("speech",)}, None),  # a statement (CAMEO 01) is no event
    ("impose", {"objects": ("sanction",)}, "SANCTION"),
    ("impose", {"objects": ("curfew",)}, "COERCE"),
    ("hold", {"objects": ("rally",)}, "PROTEST"),
    ("launch", {"objects": ("airstrike",)}, "ASSAULT"),
    ("hold", {"objects": ("rally",), "prepositions": (("in", "city"),)}, "PROTEST"),
    ("hold", {"objects": ("summit",), "prepositions": (("in", "city"),)}, "CONSULT"),
])
def test_patterns_decide_verbs_that_need_their_object(verb, kwargs, category):
    assert pattern_category(verb, **kwargs) == category


def test_a_pattern_with_a_set_matches_any_word_of_the_set():
    with_set = next(p for ps in verb_patterns().values() for p in ps
                    if p.object and p.object.startswith("&") and not (p.particle or p.preposition or p.subject))
    word = min(pattern_sets()[with_set.object])
    assert pattern_category(with_set.verb, objects=(word,)) is not None


def test_a_verb_without_patterns_has_no_pattern_category():
    assert pattern_category("no-such-verb", objects=("aid",)) is None


@pytest.mark.parametrize("lemma, pos, sense", [
    ("die", "v", "verb.change"),         # an event word of the lexicons
    ("fire", "n", "noun.event"),
    ("corruption", "n", "noun.attribute"),  # an abstract noun
    ("hospital", "n", None),             # a thing: left out of the table
])
def test_supersenses_of_event_words_and_abstract_nouns(lemma, pos, sense):
    from kg.extract.plover_lexicon import supersense

    assert supersense(lemma, pos) == sense


def test_plover_modes_and_diplomat_nouns_are_read_apart():
    from kg.extract.plover_lexicon import diplomat_nouns, plover_modes
    assert plover_modes()[("convict", "VERB")].category == "SANCTION"
    assert plover_modes()[("expel", "VERB")].target == "collective"
    assert "ambassador" in diplomat_nouns() and ("ambassador", "NOUN") not in plover_modes()


@pytest.mark.parametrize("word, pos, category", [
    ("break down", "VERB", "OTHER"),   # WordNet's phrasal verb whose first sense "break" does not share
    ("beat up", "VERB", None),         # its first sense is also "beat": the bare verb's category stands
    ("bill", "NOUN", "OTHER"),         # first "a statute in draft", not the invoice "bill" (charge) derives
    ("invasion", "NOUN", None),        # its first sense is the one "invade" derives
])
def test_plover_senses(word, pos, category):
    from kg.extract.plover_lexicon import plover_senses
    assert plover_senses().get((word, pos)) == category


def test_read_table_skips_how_the_table_was_built_its_header_and_comments(tmp_path):
    table = tmp_path / "t.tsv"
    table.write_text("# built by a script\nlemma\tpos\nmarch\tVERB\n# a note\n\nrally\tNOUN\n", encoding="utf-8")
    assert read_table(table) == [["march", "VERB"], ["rally", "NOUN"]]
