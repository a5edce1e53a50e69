"""kg.eval.matching: the name and word rules of gold/README.md."""

from __future__ import annotations

import pytest

from kg.eval.matching import contains_sequence, content_words, jaccard, normalize_name, target_matches, word_overlap


@pytest.mark.parametrize(
    "name, expected",
    [
        ("President Donald Trump", ("donald", "trump")),
        ("Secretary of State Marco Rubio", ("marco", "rubio")),
        ("Prime Minister Jane Doe", ("jane", "doe")),
        ("Russian President Vladimir Putin", ("vladimir", "putin")),
        ("Chinese Minister Wang Yi", ("wang", "yi")),
        ("Iraqi Prime Minister Adil Abdul-Mahdi", ("adil", "abdul", "mahdi")),
        ("French Chancellor X", ("x",)),
        ("the Kremlin", ("kremlin",)),
        ("Mr. Smith", ("smith",)),
        ("Dr Jones", ("jones",)),
        ("U.S.", ("us",)),
        ("Syrian Army", ("syrian", "army")),  # adjective not before a title stays
        ("Charité", ("charite",)),
        ("President", ()),
    ],
)
def test_normalize_name(name, expected):
    assert normalize_name(name) == expected


def test_word_overlap_values():
    assert word_overlap("a b c d e f g h i j", "a b c d e f y1 y2 y3 y4") == pytest.approx(0.6)
    assert word_overlap("a b", "a b c d") == 1.0
    assert word_overlap("", "a") == 0.0


def test_jaccard_and_content_words():
    assert jaccard("the peace talks", "peace talks fail") == pytest.approx(2 / 4)
    assert jaccard("", "") == 0.0
    assert content_words("The talks between them") == {"talks"}


def test_contains_sequence_needs_consecutive_words():
    assert contains_sequence(["the", "peace", "talks"], ["peace", "talks"])
    assert not contains_sequence(["peace", "and", "talks"], ["peace", "talks"])
    assert not contains_sequence(["talks"], [])
    assert contains_sequence(["peace", "talks"], ["peace", "talk"], prefix_last=True)
    assert not contains_sequence(["peace", "talks"], ["peace", "talk"])


@pytest.mark.parametrize(
    "target, keywords, ok",
    [
        ("the peace negotiations", ["negotiation"], True),  # last word as prefix
        ("peace in the middle eastern region", ["Middle East"], True),  # multi-word, prefix on last
        ("the east of the middle", ["Middle East"], False),  # order matters
        ("renegotiation", ["negotiation"], False),  # prefix, not substring
        ("THE WAR", ["war"], True),
    ],
)
def test_stance_target_keyword_prefix(target, keywords, ok):
    assert target_matches(target, keywords) is ok
