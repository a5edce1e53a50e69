"""Evaluations: the evaluative lexicon and what one sentence's evaluative words aim at."""

from __future__ import annotations

from kg.extract.evaluations import evaluations, lexicon


def test_lexicon_rows_are_well_formed():
    for (lemma, pos), entries in lexicon().items():
        assert lemma == lemma.lower()
        assert all(e.polarity in {"positive", "negative"} and e.slots for e in entries)
        tone_only = all(e.slots == ("tone",) for e in entries)
        assert pos in ({"VERB", "ADJ", "NOUN", "ADV"} if tone_only else {"VERB", "ADJ", "NOUN"})


def test_an_evaluative_verb_aims_at_its_object_and_is_held_by_its_subject(nlp):
    (ev,) = evaluations(nlp("Maria Lopez condemned the strike."))
    assert (ev.cue.text, ev.target.text, ev.polarity, ev.holder.text) == ("condemned", "strike", "negative", "Lopez")


def test_negation_flips_an_evaluation(nlp):
    (ev,) = evaluations(nlp("Maria Lopez did not welcome the plan."))
    assert (ev.target.text, ev.polarity) == ("plan", "negative")


def test_a_sentence_without_evaluative_words_has_no_evaluation(nlp):
    assert evaluations(nlp("Maria Lopez met the board on Monday.")) == []
