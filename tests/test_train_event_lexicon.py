"""Tests for kg.train.event_lexicon: building the event lexicon from (stand-ins of) its sources."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from kg.extract import plover_lexicon as loader
from kg.train import event_lexicon
from kg.train.event_lexicon import Options, build, main
from tests.train_sources import write_sources

ROOTS = (("accident", "n", 1),)


@pytest.fixture
def sources(tmp_path):
    return write_sources(tmp_path)


def entries_of(sources, **options):
    entries, rows, sets = build(*sources, Options(other_roots=ROOTS, **options))
    return {(e.lemma, e.pos): e for e in entries}, rows, sets


def test_verbs_take_their_block_code_when_wordnet_relates_them_to_its_head(sources):
    entries, _, _ = entries_of(sources)
    assert entries[("invade", "VERB")].category == "ASSAULT"      # cue category 19
    assert entries[("overrun", "VERB")].category == "ASSAULT"     # a hyponym of invade
    assert ("reside", "VERB") not in entries                      # unrelated to invade
    assert entries_of(sources, synonym_depth=None)[0][("reside", "VERB")].category == "ASSAULT"


def test_detailed_table_gives_its_own_category(sources):
    assert entries_of(sources, mapping="detailed")[0][("invade", "VERB")].category == "COERCE"


def test_a_verb_without_a_code_takes_the_category_most_of_its_patterns_give(sources):
    entry = entries_of(sources)[0][("supply", "VERB")]
    assert (entry.category, entry.source) == ("AID", "cameo-patterns")
    assert entries_of(sources)[0][("hand over", "VERB")].code == "070"


def test_event_nouns_come_from_derivation_and_their_hyponyms(sources):
    entries, _, _ = entries_of(sources)
    assert (entries[("invasion", "NOUN")].category, entries[("invasion", "NOUN")].source) == \
        ("ASSAULT", "wordnet-derivation")
    assert ("incursion", "NOUN") not in entries
    assert entries_of(sources, hyponym_depth=1)[0][("incursion", "NOUN")].source == "wordnet-hyponym-of"


def test_events_outside_plover_come_from_root_synsets(sources):
    entries, _, _ = entries_of(sources)
    assert entries[("wreck", "NOUN")].category == "OTHER"
    assert entries[("crash", "VERB")].category == "OTHER"        # derived from the noun
    assert entries[("accident", "NOUN")].code == "n00000020"


def test_patterns_drop_statements_and_keep_sets_by_name(sources):
    _, rows, sets = entries_of(sources)
    assert ("supply", "", "aid", "", "", "", "AID", "070") in rows
    assert ("supply", "", "&food", "", "", "", "AID", "073") in rows
    assert ("supply", "out", "weapon", "", "", "", "AID", "072") in rows  # 072: by its cue category 07
    assert not any(row[2] == "speech" for row in rows)                         # 010: a statement
    assert sets == [("&food", "food"), ("&food", "rice")]


def test_main_writes_files_the_loader_reads(sources, tmp_path, monkeypatch):
    petrarch, plover, wordnet = sources
    real_build = event_lexicon.build
    monkeypatch.setattr(event_lexicon, "build",
                        lambda *args: real_build(*args[:3], replace(args[3], other_roots=ROOTS)))
    out = tmp_path / "out"
    main(["--petrarch", str(petrarch), "--plover", str(plover), "--wordnet", str(wordnet), "-o", str(out)])
    # the lexicon also reads PLOVER's gold-record votes, which kg.train.plover_gsr builds: the shipped ones
    shutil.copy(loader.DATA / "plover_gsr_votes.tsv", out)
    monkeypatch.setattr(loader, "DATA", out)
    cached = (loader.plover_lexicon, loader.gsr_votes, loader.verb_patterns, loader.pattern_sets)
    for function in cached:
        function.cache_clear()
    try:
        assert loader.plover_lexicon()[("invasion", "NOUN")].category == "ASSAULT"
        assert loader.pattern_category("supply", objects=("rice",)) == "AID"
    finally:
        for function in cached:
            function.cache_clear()
