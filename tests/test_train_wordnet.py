"""Tests for kg.train.wordnet: reading WordNet's database files."""

from __future__ import annotations

import pytest

from kg.train.wordnet import WordNet, noun_synsets_as_written
from tests.train_sources import write_sources


@pytest.fixture
def wn(tmp_path):
    return WordNet(write_sources(tmp_path)[2])


def test_noun_synsets_keep_the_case_wordnet_writes(tmp_path):
    (tmp_path / "data.noun").write_text(
        "  1 licence header line  \n"
        "00000007 14 n 02 Zell_Union 0 ZU(p) 0 000 | a made-up union  \n"
        "00000008 04 n 01 march 0 000 | a walk  \n", encoding="latin-1")
    assert list(noun_synsets_as_written(tmp_path)) == [("00000007", 14, ("Zell Union", "ZU")),
                                                       ("00000008", 4, ("march",))]


def test_senses_words_and_lexicographer_files(wn):
    (invade,) = wn.senses("invade", "v")
    assert invade.id == "v00000001" and invade.words == ("invade", "occupy")
    assert invade.lexname == "verb.competition" and invade.gloss.startswith("march into")
    assert wn.senses("nothing", "v") == ()


@pytest.mark.parametrize("word, pos, base", [
    ("invaded", "v", "invade"), ("overran", "v", "overrun"), ("invasions", "n", "invasion"),
    ("crashes", "n", "crash"), ("supplies", "v", "supply"), ("flew", "v", None),
])
def test_morphy(wn, word, pos, base):
    assert wn.morphy(word, pos) == base


def test_derivation_links_one_word_to_another(wn):
    (invade,) = wn.senses("invade", "v")
    assert [(w, s.id) for w, s in wn.derived(invade, "invade", "n")] == [("invasion", "n00000010")]
    assert list(wn.derived(invade, "occupy", "n")) == []


def test_is_mainly_reads_only_the_most_frequent_senses(wn):
    assert wn.is_mainly("invade", "v", {"v00000001"})
    assert not wn.is_mainly("invade", "v", {"v00000002"})
    assert not wn.is_mainly("invade", "v", {"v00000001"}, top=0)
    assert not wn.is_mainly("nothing", "v", {"v00000001"})


def test_hyponyms_to_a_depth(wn):
    (accident,) = wn.senses("accident", "n")
    assert [s.id for s in wn.hyponyms(accident)] == ["n00000020", "n00000021"]
    assert [s.id for s in wn.hyponyms(accident, 0)] == ["n00000020"]


def test_neighbourhood(wn):
    assert wn.neighbourhood(["v00000002"], 1) == {"v00000001", "v00000002"}
    assert wn.neighbourhood(["v00000003"], 2) == {"v00000003"}
