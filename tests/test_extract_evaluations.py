"""Evaluations: the evaluative lexicon and what one sentence's evaluative words aim at."""

from __future__ import annotations

import pytest

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


def test_the_opinion_lexicon_is_broad_and_well_formed():
    from kg.extract.evaluations import opinion_words

    words = opinion_words()
    assert len(words) > 6000
    assert set(words.values()) == {"positive", "negative"}
    assert all(w == w.strip().lower() and w for w in words)


@pytest.mark.parametrize("text, target, polarity", [
    ('Leo Park called the plan "reckless".', "plan", "negative"),  # adjective, parsed as a complement or after the noun
    ("Leo Park called the admission a farce.", "admission", "negative"),  # noun
    ("Leo Park called the plan a triumph of common sense.", "plan", "positive"),
    ("Leo Park found the plan reckless.", "plan", "negative"),  # "find": judge
    ("Leo Park referred to the vote as a stunt.", "vote", "negative"),  # "refer to Y as"
    ("The vote, which Leo Park referred to as a stunt, passed.", "vote", "negative"),  # ... in a relative clause
])
def test_a_characterisation_reads_the_broad_opinion_lexicon(nlp, text, target, polarity):
    found = [(ev.target.text, ev.polarity) for ev in evaluations(nlp(text))]
    assert (target, polarity) in found


@pytest.mark.parametrize("text", [
    "Leo Park had a lengthy meeting with the board.",  # attributive adjective of the broad lexicon: describes
    "The river is important, Leo Park said.",  # predicative, of a thing: not read from the broad lexicon
    'Leo Park named the operation "Peace Shield".',  # a name judges nothing
    "Leo Park spoke about less controversial issues.",  # a noun in a prepositional phrase: a topic, not judged
    "Leo Park concluded his lengthy conversation.",  # an object's adjective describes it
])
def test_the_broad_opinion_lexicon_is_read_only_in_characterisations_and_of_propositions(nlp, text):
    assert evaluations(nlp(text)) == []


@pytest.mark.parametrize("text, target, polarity", [
    ("The plan is vague about who would be eligible.", "plan", "negative"),  # predicated of a plan (cognition)
    ("This impulsive decision has undone all the gains.", "decision", "negative"),  # modifying a decision (act)
    ("The claim was false and the proposal unclear.", "claim", "negative"),  # of a claim (communication)
    ("The right decision was made for his family.", "decision", "positive"),
    ("A responsible and transparent process will follow.", "process", "positive"),  # conjoined adjectives
])
def test_a_judgement_of_a_proposition_act_or_idea_reads_the_broad_opinion_lexicon(nlp, text, target, polarity):
    found = [(ev.target.text, ev.polarity) for ev in evaluations(nlp(text))]
    assert (target, polarity) in found


def test_a_request_aims_at_the_clause_it_asks_for_not_at_the_holders_next_act(nlp):
    found = [(ev.target.text, ev.polarity) for ev in evaluations(nlp("Ana Ruiz urged the board to reconsider and "
                                                                      "spoke with reporters."))]
    assert found == [("reconsider", "positive")]


@pytest.mark.parametrize("text", [
    "Ana Ruiz asked whether the plan was legal.",  # a question
    "I want to ask you, will the minister be there?",  # a question asked directly
    "Ana Ruiz suggested that the plan could fail.",  # a possibility
])
def test_a_clause_asked_about_or_said_possible_is_not_asked_for(nlp, text):
    assert [ev for ev in evaluations(nlp(text)) if ev.target.pos_ in ("VERB", "AUX")] == []


def test_a_clause_asked_for_is_the_target(nlp):
    doc = nlp("Ana Ruiz demanded that the government release the prisoners.")
    found = [(ev.target.text, ev.polarity) for ev in evaluations(doc)]
    assert ("release", "positive") in found


@pytest.mark.parametrize("text, against", [
    ("Ana Ruiz urged the council to lift the curfew.", "curfew"),  # the object of the stopping verb
    ("Ana Ruiz demanded that the charges be dropped.", "charges"),  # a passive clause: its subject
    ("Ana Ruiz asked the soldiers to withdraw.", "soldiers"),  # intransitive: who is to go
    ("Ana Ruiz called on the mayor to resign.", "mayor"),  # the one called on
])
def test_asking_for_something_to_stop_is_against_it_and_for_the_stopping(nlp, text, against):
    found = {(ev.target.text, ev.polarity) for ev in evaluations(nlp(text))}
    assert (against, "negative") in found
    assert any(p == "positive" for _, p in found)  # still for the act asked for


@pytest.mark.parametrize("text", [
    "Ana Ruiz urged the council to extend the curfew.",  # not a stopping verb
    "Ana Ruiz urged the council not to lift the curfew.",  # negated: for keeping it
])
def test_asking_for_anything_else_is_against_nothing(nlp, text):
    assert [ev for ev in evaluations(nlp(text)) if ev.polarity == "negative" and ev.target.text == "curfew"] == []


def test_a_call_asks_only_of_someone_it_addresses(nlp):
    called = evaluations(nlp("Ana Ruiz called to say the plan would go ahead."))
    assert [ev for ev in called if ev.target.pos_ == "VERB"] == []
    called_on = evaluations(nlp("Ana Ruiz called on the council to halt the plan."))
    found = {(ev.target.text, ev.polarity) for ev in called_on}
    assert ("halt", "positive") in found and ("plan", "negative") in found


@pytest.mark.parametrize("text, against", [
    ("Ana Ruiz asked for the mayor's resignation.", "mayor"),
    ("Ana Ruiz called for the withdrawal of the troops.", "troops"),
])
def test_asking_for_someone_to_go_by_a_noun_is_against_them(nlp, text, against):
    assert (against, "negative") in {(ev.target.text, ev.polarity) for ev in evaluations(nlp(text))}


def test_not_agreeing_on_a_topic_judges_nothing_but_not_agreeing_with_someone_does(nlp):
    assert [ev for ev in evaluations(nlp("Ana Ruiz and Leo Park could not agree on a budget."))
            if ev.target.text == "budget"] == []
    found = {(ev.target.text, ev.polarity) for ev in evaluations(nlp("Ana Ruiz did not agree with the plan."))}
    assert found == {("plan", "negative")}


@pytest.mark.parametrize("text, target, polarity", [
    ("Ana Ruiz's demand for a recount was heard.", "recount", "positive"),  # REQUEST's noun
    ("Leo Park's accusation against the mayor was dropped.", "mayor", "negative"),  # ACCUSE's noun
    ("Greenwatch held a protest against the dam.", "dam", "negative"),  # polarity.tsv
])
def test_the_noun_of_a_side_taking_verb_takes_its_side(nlp, text, target, polarity):
    assert (target, polarity) in {(ev.target.text, ev.polarity) for ev in evaluations(nlp(text))}


def test_the_noun_of_an_event_takes_a_side_only_with_a_holder_of_its_own(nlp):
    """'the demand for ballots' is how many want them, not anyone's request; 'a demand for X' as a statement's
    words, with no holder of its own, would be read as its speaker's."""
    assert evaluations(nlp("The post office could handle the increased demand for ballots.")) == []


def test_a_noun_the_event_lexicon_took_from_cameo_objects_takes_no_side(nlp):
    """'intervention' is filed under REJECT because CAMEO 'launch an intervention' is; it judges nothing."""
    assert evaluations(nlp("Ana Ruiz's intervention of a political character surprised many.")) == []


@pytest.mark.parametrize("text, against", [
    ("Ana Ruiz asked for Leo Park's resignation.", "Park"),
    ("Ana Ruiz asked for his resignation.", "his"),
    ("Ana Ruiz urged Leo Park to resign.", "Park"),
])
def test_asking_a_named_one_to_go_is_against_them_and_for_nothing(nlp, text, against):
    found = {(ev.target.text, ev.polarity) for ev in evaluations(nlp(text))}
    assert found == {(against, "negative")}


def test_a_characterisation_reads_each_conjoined_word(nlp):
    """'gamesmanship' is in no lexicon, 'stunt' is: the characterisation is negative."""
    doc = nlp('Ana Ruiz criticised the vote, which Leo Park referred to as "gamesmanship" and a "stunt".')
    found = {(ev.holder.text, ev.target.text, ev.polarity) for ev in evaluations(doc) if ev.holder is not None}
    assert ("Park", "vote", "negative") in found


@pytest.mark.parametrize("text", [
    "Leo Park expressed a similar view.",  # "express": CAMEO's disapproval needs its object ("expressed concern")
    "Leo Park filed his resignation on Monday.",  # "file": CAMEO's accusation is "filed a complaint"
])
def test_a_light_verb_takes_no_side_by_itself(nlp, text):
    assert evaluations(nlp(text)) == []


def test_a_light_verbs_attitude_noun_still_does(nlp):
    found = {(ev.target.text, ev.polarity) for ev in evaluations(nlp("Leo Park expressed support for the plan."))}
    assert ("plan", "positive") in found


@pytest.mark.parametrize("text, judged", [
    ("The aggression from Norland continued.", True),  # whose act: judged
    ("The Norland aggression continued.", True),
    ("A violation of the rules took place.", True),  # what it is aimed at
    ("A civil war broke out in the region.", False),  # a word for a kind of thing
    ("This crime shocked the town.", False),
])
def test_an_evaluative_noun_judges_only_an_act_it_attributes(nlp, text, judged):
    found = [ev for ev in evaluations(nlp(text)) if ev.cue is ev.target]
    assert bool(found) is judged


@pytest.mark.parametrize("text, holder", [
    ("Norland said Skyline fuelled the war by supporting the rebels.", "Skyline"),  # "by": the means, same subject
    ("Norland stopped Skyline from supporting the rebels.", None),  # "from": the object's act, not the subject's
])
def test_a_means_clause_is_held_by_its_verbs_subject(nlp, text, holder):
    found = [ev for ev in evaluations(nlp(text)) if ev.cue.lemma_ == "support"]
    assert [ev.holder.text if ev.holder is not None else None for ev in found] == [holder]


@pytest.mark.parametrize("text, expected", [
    ("Leo Park vowed to build a new bridge.", {("build", "positive")}),  # for what one sets out to do
    ("Leo Park has been trying to add a question to the form.", {("add", "positive")}),
    ("Leo Park vowed to repeal the tax.", {("repeal", "positive"), ("tax", "negative")}),  # and against what it ends
    ("Leo Park tried to sleep.", set()),  # nothing named to be for
    ("How are they planning to build the bridge?", set()),  # a question
    ("It was a step intended to build a bridge.", set()),  # a participle describing a noun
])
def test_intending_and_trying_is_for_what_one_sets_out_to_do(nlp, text, expected):
    assert {(ev.target.text, ev.polarity) for ev in evaluations(nlp(text))} == expected


@pytest.mark.parametrize("text, target", [
    ("Leo Park expressed sympathy for the victims.", "victims"),
    ("Leo Park offered his condolences to the family.", "family"),
    ("Our sympathies are with the family of the victim.", "family"),  # the attitude noun as a copula's subject
])
def test_sympathy_and_condolences_are_for_whom_they_go_to(nlp, text, target):
    assert (target, "positive") in {(ev.target.text, ev.polarity) for ev in evaluations(nlp(text))}


@pytest.mark.parametrize("text, target, polarity", [
    ("Leo Park said Dana Wells was absolutely right.", "Wells", "positive"),  # a name
    ("Leo Park claimed that the judge was unfit to serve.", "judge", "negative"),  # a person noun; a 'tone' word
    ("Leo Park said they were deceitful.", "they", "negative"),  # someone else, by a pronoun
])
def test_an_adjective_said_of_someone_judges_them(nlp, text, target, polarity):
    found = [(ev.target.text, ev.polarity, ev.holder) for ev in evaluations(nlp(text))]
    assert (target, polarity, None) in found


@pytest.mark.parametrize("text", [
    "Leo Park said the river was muddy.",  # a thing, not someone
    "I am sorry, Leo Park said.",  # the speaker's own state
    "Leo Park said the children were safer because of the new law.",  # a comparison credits its cause
])
def test_an_adjective_said_of_no_one_else_judges_no_one(nlp, text):
    assert not [ev for ev in evaluations(nlp(text)) if ev.cue.pos_ == "ADJ"]


def test_an_intention_said_along_with_another_act_is_its_subjects(nlp):
    found = {(ev.target.text, ev.polarity, ev.holder.text) for ev in evaluations(
        nlp("Leo Park visited the plant on Monday, promising to repeal the fuel tax."))}
    assert ("tax", "negative", "Park") in found


@pytest.mark.parametrize("text", [
    "The festival was organised by Leo Park.",  # CAMEO's cooperation of no kind said (050)
    "The floods affected 76 villages.",
    "Leo Park revealed the plan.",
])
def test_a_verb_of_cooperation_of_no_kind_takes_no_side(nlp, text):
    assert evaluations(nlp(text)) == []


@pytest.mark.parametrize("text", [
    "This is a very dangerous time.",  # a time
    "This is a big win for the rebels.",  # good or bad for someone
])
def test_what_this_is_said_to_be_is_judged_only_when_it_can_be(nlp, text):
    assert [ev for ev in evaluations(nlp(text)) if ev.cue.dep_ == "attr"] == []


def test_what_this_is_said_to_be_can_be_judged(nlp):
    found = [(ev.target.text, ev.polarity) for ev in evaluations(nlp("It was a disastrous decision."))]
    assert ("decision", "negative") in found


def test_a_participle_on_where_something_was_posted_is_the_posters_act(nlp):
    """'posted a message on the site blaming Y': the parse hangs 'blaming' on 'site'; the poster blames."""
    found = {(ev.target.text, ev.polarity, ev.holder.text) for ev in evaluations(
        nlp("Leo Park posted a message on Twitter blaming Norland for the attacks."))}
    assert ("Norland", "negative", "Park") in found
