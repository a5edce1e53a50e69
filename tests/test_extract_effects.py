"""Effects: what someone's words say a doer did to something, as a judgement of the doer."""

from __future__ import annotations

import pytest

from kg.extract.effects import effects


def _read(nlp, text):
    return {(ev.target.text, ev.polarity, ev.holder) for ev in effects(nlp(text)[:])}


@pytest.mark.parametrize("text, reading", [
    ("Leo Park said the new tariffs have weakened the farm economy.", ("tariffs", "negative", None)),
    ("Leo Park said the governor stifled local growth.", ("governor", "negative", None)),
    ("Leo Park said the rules that have damaged the harbour must go.", ("rules", "negative", None)),  # relative
    ("Leo Park said the new clinic revitalized the town.", ("clinic", "positive", None)),
])
def test_a_doer_is_judged_by_what_it_did(nlp, text, reading):
    assert reading in _read(nlp, text)


@pytest.mark.parametrize("text", [
    "Leo Park said the workers lost their jobs.",  # the object is the subject's own: they undergo it
    "Leo Park said the army destroyed the corrupt regime.",  # harm to something bad
    "Leo Park said the fishermen suffered heavy losses.",
    "Leo Park said the tariffs did not weaken the economy.",  # negated
    "Leo Park said the tariffs may weaken the economy.",  # possible, not done
    "Leo Park went to the coast to protect the wetlands.",  # meant, not done
    "Leo Park said we damaged the harbour.",  # the speaker's own act
])
def test_no_judgement_where_the_doer_did_no_harm_or_good(nlp, text):
    assert _read(nlp, text) == set()


def test_a_question_judges_no_one(nlp):
    assert _read(nlp, "Did the new tariffs weaken the farm economy?") == set()
