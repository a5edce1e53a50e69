"""Tests for kg.train.cameo: PETRARCH2's verb dictionary and PLOVER's CAMEO tables."""

from __future__ import annotations

import pytest

from kg.train.cameo import (
    Pattern,
    Verb,
    parse_pattern,
    parse_verb,
    plover_category,
    read_cue_mapping,
    read_detailed_mapping,
    read_dictionary,
)
from tests.train_sources import write_sources


@pytest.fixture
def sources(tmp_path):
    return write_sources(tmp_path)


@pytest.mark.parametrize("line, verb", [
    ("INVADE ", Verb("invade", "invade", None)),
    ("HURRY {HURRIES HURRYING HURRIED }", Verb("hurry", "hurry", None)),
    ("ASK     [020]", Verb("ask", "ask", "020")),
    ("+CALL_OFF [160]", Verb("call off", "call", "160")),
    ("WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}", Verb("wire tap", "tap", None)),
    ("DUEL [042:043]", Verb("duel", "duel", "042")),
    ("+KILLED_AND {}", None),
])
def test_verb_lines(line, verb):
    assert parse_verb(line) == verb


@pytest.mark.parametrize("line, pattern", [
    ("- * AID   [070]   # RUSH", Pattern("070", object="aid", found_under="rush")),
    ("- * {HUMANITARIAN AID} [073]", Pattern("073", object="aid")),
    ("- * OUT VIEWS [010] # SET", Pattern("010", particle="out", object="views", found_under="set")),
    ("- * (FOR {FINANCIAL AID}) [0231] # ASK",
     Pattern("0231", preposition="for", prep_object="aid", found_under="ask")),
    ("- PROTESTOR * [144] # INVADE", Pattern("144", subject="protestor", found_under="invade")),
    ("- * &FOOD [073] # RUSH", Pattern("073", object="&food", found_under="rush")),
    ("- * (BEFORE COURT) [:173] # APPEAR", Pattern("173", preposition="before", prep_object="court",
                                                   found_under="appear")),
])
def test_pattern_lines(line, pattern):
    assert parse_pattern(line, {"&FOOD": ["food"]}) == pattern


def test_a_pattern_naming_an_undefined_set_is_dropped():
    assert parse_pattern("- * &TOWN [192] # OCCUPY", {}) is None


def test_dictionary_blocks_and_sets(sources):
    petrarch, _, _ = sources
    dictionary = read_dictionary(petrarch / "petrarch2/data/dictionaries/CAMEO.2.0.txt")
    assert dictionary.synonyms == {"&FOOD": ("food", "rice")}
    invade, supply = dictionary.blocks
    assert (invade.name, invade.code, supply.code) == ("INVADE", "192", "---")
    assert [v.phrase for v in invade.verbs] == ["invade", "overrun", "reside"]
    assert [v.phrase for v in supply.verbs] == ["hand over", "supply"]  # "+KILLED_AND {}" is no verb
    assert len(invade.patterns) == 1 and len(supply.patterns) == 7       # transformations are not read


def test_cue_mapping_splits_yield_and_renames_fight(sources):
    _, plover, _ = sources
    detailed = read_detailed_mapping(plover / "CAMEO2PLOVER-2021.txt")
    cue = read_cue_mapping(plover / "PLOVER_MANUAL.tex", detailed)
    assert cue["01"] == "dropped" and cue["082"] == "CONCEDE" and cue["085"] == "RETREAT"
    assert cue["20"] == "ASSAULT"  # the manual's "FIGHT (see Note 1)" is ASSAULT in the detailed table
    assert detailed["192"] == "COERCE" and detailed["08"] == "CONCEDE"


@pytest.mark.parametrize("code, category", [
    ("192", "ASSAULT"), ("1923", "ASSAULT"), ("083", "CONCEDE"), ("086", "RETREAT"),
    ("010", None), ("---", None), ("99", None),
])
def test_category_by_longest_known_prefix(sources, code, category):
    _, plover, _ = sources
    cue = read_cue_mapping(plover / "PLOVER_MANUAL.tex", read_detailed_mapping(plover / "CAMEO2PLOVER-2021.txt"))
    assert plover_category(code, cue) == category


def test_fallback_table_answers_what_the_first_lacks(sources):
    _, plover, _ = sources
    detailed = read_detailed_mapping(plover / "CAMEO2PLOVER-2021.txt")
    cue = read_cue_mapping(plover / "PLOVER_MANUAL.tex", detailed)
    assert plover_category("080", cue) is None
    assert plover_category("080", cue, detailed) == "CONCEDE"
    assert plover_category("010", cue, detailed) is None  # dropped stays dropped
