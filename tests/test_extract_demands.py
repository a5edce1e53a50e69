"""Demands listed: what someone's demands are said to include."""

from __future__ import annotations

import pytest

from kg.extract.demands import demands


def _read(nlp, text):
    return {(ev.target.text, ev.polarity, ev.holder.text) for ev in demands(nlp(text)[:])}


@pytest.mark.parametrize("text, reading", [
    ("The strikers' demands include a pay rise and the repeal of the curfew.", ("rise", "positive", "strikers")),
    ("The strikers' demands include a pay rise and the repeal of the curfew.", ("curfew", "negative", "strikers")),
    ("The union's main demand is a shorter week.", ("week", "positive", "union")),
    ("Their demands have expanded to an inquiry into the raids.", ("inquiry", "positive", "Their")),
])
def test_each_item_of_someones_demands_is_theirs(nlp, text, reading):
    assert reading in _read(nlp, text)


@pytest.mark.parametrize("text", [
    "The demands of the job include long hours.",  # no one's demands
    "The strikers' demands did not include a pay rise.",  # negated
    "The strikers' demands angered the owners.",  # not a list of what is demanded
])
def test_no_item_without_someone_demanding_it(nlp, text):
    assert _read(nlp, text) == set()


def test_the_repeal_of_something_demanded_is_against_it_only(nlp):
    assert _read(nlp, "The strikers' demands include the repeal of the curfew.") == {("curfew", "negative", "strikers")}
