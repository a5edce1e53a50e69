"""Polarity toward a target (the NewsMTSC path): evaluations aimed at it plus the valence of its neighbourhood."""

from __future__ import annotations

import pytest

from kg.extract.polarity import neighbourhood_score, polarity_toward, valences


@pytest.mark.parametrize("text, mention, expected", [
    ("Critics slammed Dan Ortiz over the scandal.", "Dan Ortiz", "negative"),
    ("Voters praised Lucy Wong for her honesty.", "Lucy Wong", "positive"),
    ("Lucy Wong met Dan Ortiz in the capital.", "Dan Ortiz", "neutral"),
])
def test_polarity_toward(nlp, text, mention, expected):
    start = text.index(mention)
    assert polarity_toward(nlp(text), start, start + len(mention)) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # verbs the target is subject of
    ("Tom Reyes lied to the investigators.", "Tom Reyes", "negative"),
    ("Tom Reyes excelled in the debate.", "Tom Reyes", "positive"),
    # verbs the target is object of
    ("Critics mocked Tom Reyes on Tuesday.", "Tom Reyes", "negative"),
    ("Tom Reyes was admired by the staff.", "Tom Reyes", "positive"),
    # adjectives and appositions attached to the target
    ("The disgraced Tom Reyes left the town.", "Tom Reyes", "negative"),
    ("Tom Reyes, a fraud, left the town.", "Tom Reyes", "negative"),
    ("The brilliant Tom Reyes left the town.", "Tom Reyes", "positive"),
    # possessed nouns
    ("Tom Reyes's failure shocked the town.", "Tom Reyes", "negative"),
    ("Tom Reyes's courage impressed the town.", "Tom Reyes", "positive"),
    # negation
    ("Tom Reyes is not honest.", "Tom Reyes", "negative"),
    ("Tom Reyes is honest.", "Tom Reyes", "positive"),
    # tone rows of polarity.tsv (words the VADER lexicon lacks)
    ("The embattled Tom Reyes spoke to the press.", "Tom Reyes", "negative"),
    # neutral: nothing evaluative, or only what the target itself says
    ("Tom Reyes met Ana Cruz in the capital on Monday.", "Tom Reyes", "neutral"),
    ("The plan is a terrible disaster, Tom Reyes said.", "Tom Reyes", "neutral"),
])
def test_polarity_toward_neighbourhood(nlp, text, mention, expected):
    start = text.index(mention)
    assert polarity_toward(nlp(text), start, start + len(mention)) == expected


def test_intensifier_strengthens_and_far_words_count_less(nlp):
    def score(text, mention="Tom Reyes"):
        start = text.index(mention)
        return neighbourhood_score(nlp(text), start, start + len(mention))

    plain, found = score("Tom Reyes is good.")
    assert found and plain > 0
    assert score("Tom Reyes is very good.")[0] > plain
    assert score("Tom Reyes met Ana Cruz.") == (0.0, False)
    near = score("Critics attacked Tom Reyes.")[0]
    far = score("Critics attacked the plan that Tom Reyes wrote in his office.")[0]
    assert near < far <= 0


def test_valences_come_from_vader_and_the_lexicon():
    table = valences()
    assert table["fraud"] < 0 < table["praise"]  # VADER
    assert table["embattled"] < 0  # a tone row of polarity.tsv


def test_a_word_only_for_what_its_clause_says_has_no_valence():
    """'vowed to ...', 'plans to ...' are stances toward the clause; the words themselves are neither good nor bad."""
    from kg.extract.polarity import valences

    table = valences()
    assert "vow" not in table and "plan" not in table
    assert table["condolence"] > 0  # a word of polarity.tsv that VADER lacks still counts
