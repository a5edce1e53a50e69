"""Proposals: what the speaker says must, should or needs to be done."""

from __future__ import annotations

import pytest

from kg.extract.proposals import proposals


def _read(nlp, text):
    return {(ev.target.text, ev.polarity, ev.holder.text if ev.holder is not None else None)
            for ev in proposals(nlp(text)[:])}


@pytest.mark.parametrize("text, reading", [
    ("We have to rebuild the harbour.", ("rebuild", "positive", "We")),
    ("We must invest in rural schools.", ("invest", "positive", "We")),
    ("I need to protect the wetlands.", ("protect", "positive", "I")),
    ("We should not raise the fuel tax.", ("raise", "negative", "We")),  # a duty not to: against the act
    ("We have to end the curfew.", ("curfew", "negative", "We")),  # stopping something: against it
    ("The toll should be abolished.", ("abolished", "positive", None)),  # no doer named: whoever says it
    ("The fuel tax must be repealed.", ("tax", "negative", None)),
])
def test_a_duty_of_the_speaker_or_of_no_one_named_is_a_proposal(nlp, text, reading):
    assert reading in _read(nlp, text)


@pytest.mark.parametrize("text", [
    "How many people must suffer before we rebuild the harbour?",  # a question
    "If we must close the harbour, we will.",  # a condition
    "We must be careful.",  # no act on anything
    "We have to say that the harbour is old.",  # saying
    "The mayor must resign.",  # a duty laid on someone else: the request rules read it
    "We don't have to close the harbour.",  # no duty
    "The boats we must keep for the festival are old.",  # a clause describing a noun
])
def test_no_proposal_without_a_duty_the_speaker_proposes(nlp, text):
    assert _read(nlp, text) == set()
