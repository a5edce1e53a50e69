"""Emotions: who is saddened, shocked or heartened by what."""

from __future__ import annotations

import pytest

from kg.extract.emotions import emotions
from kg.extract.word_files import emotion_verbs


def _read(nlp, text):
    return {(ev.target.text, ev.polarity, ev.holder.text if ev.holder is not None else None)
            for ev in emotions(nlp(text)[:])}


def test_the_emotion_verbs_are_feelings_with_a_polarity():
    verbs = emotion_verbs()
    assert len(verbs) > 100 and set(verbs.values()) == {"positive", "negative"}
    assert verbs["sadden"] == "negative" and verbs["hearten"] == "positive"
    assert "attack" not in verbs  # an act, not a feeling


@pytest.mark.parametrize("text, reading", [
    ("Deeply saddened by the loss of lives.", ("loss", "negative", None)),  # a speaker's fragment
    ("Leo Park was shocked at the verdict.", ("verdict", "negative", "Park")),
    ("We are heartened by the vote.", ("vote", "positive", "We")),
    ("Leo Park was not saddened by the result.", ("result", "positive", "Park")),  # negated
])
def test_a_feeling_about_a_cause_is_the_feelers_stance_toward_it(nlp, text, reading):
    assert reading in _read(nlp, text)


@pytest.mark.parametrize("text", [
    "The village was attacked by rebels.",  # an act, not a feeling
    "Leo Park was disappointed by the vote.",  # polarity.tsv's own adjective: the evaluation rules read it
    "The saddened crowd left.",  # no cause named
])
def test_no_feeling_read_without_a_verb_of_feeling_and_its_cause(nlp, text):
    assert _read(nlp, text) == set()
