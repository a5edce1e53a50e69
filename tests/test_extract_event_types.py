"""Event typing in the sentence: the governing word's category, and happenings no one does."""

from __future__ import annotations

import pytest

from kg.extract.event_types import (
    agentless_subject,
    condition_compound,
    governed_category,
    governor,
    sense_category,
    without_recipient,
)
from kg.extract.triggers import checked_category


def _is_actor(token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, found", [
    ("The rebels demanded a recount of the votes.", "recount", ("demanded", None)),       # a verb's object
    ("The union called for talks with the owners.", "talks", ("called", "for")),          # a preposition's object
    ("The envoy urged the rebels to release the hostages.", "release", ("urged", None)),  # a clausal complement
    ("The rebels demanded a recount and an inquiry.", "inquiry", ("demanded", None)),     # a conjoined noun
    ("The envoy left the capital.", "left", None),                                        # the main verb
    ("The court declined the firm's offer to withdraw the claim.", "withdraw", ("offer", "to")),  # a noun's to-infinitive
])
def test_governor(nlp, text, word, found):
    result = governor(_token(nlp(text), word))
    assert (None if result is None else (result[0].text, result[1])) == found


def _governed(nlp, text, word, own):
    doc = nlp(text)
    return governed_category(_token(doc, word), own, lambda w, prep: {"demanded": "REQUEST", "rejected": "REJECT",
                                                                        "signed": "AGREE"}.get(w.text))


@pytest.mark.parametrize("text, word, own, category", [
    ("The rebels demanded the withdrawal of the troops.", "withdrawal", "RETREAT", "REQUEST"),  # asking for it
    ("The council rejected the agreement on Monday.", "agreement", "AGREE", "REJECT"),          # rejecting it
    ("The ministers signed the agreement on Monday.", "agreement", "AGREE", "AGREE"),          # signing is no stance
    ("The envoy did not demand a withdrawal.", "withdrawal", "RETREAT", "RETREAT"),            # negated governor
])
def test_governed_category(nlp, text, word, own, category):
    assert _governed(nlp, text, word, own) == category


@pytest.mark.parametrize("text, word, category", [
    ("The opposition demanded the resignation of the minister.", "resignation", "REQUEST"),
    ("The union called for a strike at the port.", "strike", "REQUEST"),
    ("The government rejected the demand for a referendum.", "demand", "REJECT"),
    ("The government threatened to impose sanctions on the company.", "impose", "THREATEN"),
    ("The senator accused the agency of spying on journalists.", "spying", "ACCUSE"),
    ("The court accused the mayor of taking bribes.", "taking", "ACCUSE"),  # "of" hung on the accused
    ("The government rejected an appeal for deploying troops.", "deploying", "REJECT"),    # the outermost act
    ("The ministers hoped to sign a trade agreement.", "agreement", "AGREE"),               # hoping is no act
    ("The rebels attacked the town on Monday.", "attacked", "ASSAULT"),                    # nothing governs it
    ("The court declined the firm's offer to withdraw the claim.", "withdraw", "REJECT"),  # through the offer
    ("The council rejected the plan to withdraw the troops.", "withdraw", "REJECT"),
    ("The union made a demand to release the prisoners.", "release", "REQUEST"),            # the noun asks
    ("The firms announced plans to pull out of the country.", "pull", "RETREAT"),           # announcing is no stance
    ("The governor instructed the police to investigate the fraud.", "investigate", "ACCUSE"),  # an order: its content
    ("The general ordered the troops to attack the town.", "attack", "ASSAULT"),
    ("The envoy urged the rebels to attack the town.", "attack", "REQUEST"),                # asking another actor
])
def test_checked_category_types_the_content_by_its_governor(nlp, text, word, category):
    doc = nlp(text)
    head = _token(doc, word)
    from kg.extract.triggers import lexicon, trigger
    found = trigger(head, lexicon())
    own = found[1] if found else "OTHER"
    assert checked_category(head, own, _is_actor) == category


@pytest.mark.parametrize("text, word, agentless", [
    ("A collision on the motorway killed two drivers.", "killed", True),       # an accident (WordNet)
    ("The earthquake destroyed the village.", "destroyed", True),
    ("The crash, which killed four people, closed the road.", "killed", True),  # a relative clause's noun
    ("The attack killed two soldiers.", "killed", False),                      # an act has a doer
    ("The explosion killed two soldiers.", "killed", False),                   # an explosion may be a bombing
    ("Gunmen killed two soldiers.", "killed", False),
])
def test_agentless_subject(nlp, text, word, agentless):
    assert agentless_subject(_token(nlp(text), word), _is_actor) is agentless


@pytest.mark.parametrize("text, category", [
    ("A collision on the motorway killed two drivers.", "OTHER"),
    ("Soldiers killed two drivers on the motorway.", "ASSAULT"),
])
def test_an_accident_that_kills_is_outside_plover(nlp, text, category):
    head = _token(nlp(text), "killed")
    assert checked_category(head, "ASSAULT", _is_actor) == category


@pytest.mark.parametrize("text, word, condition", [
    ("The former president died of a cardiac arrest.", "arrest", True),      # WordNet: noun.state
    ("He had a heart attack last year.", "attack", True),
    ("The opposition leader was placed under house arrest.", "arrest", False),  # noun.act: an arrest still
    ("The police made an arrest on Monday.", "arrest", False),               # no modifier
    ("A terrorist attack killed ten people.", "attack", False),
])
def test_condition_compound(nlp, text, word, condition):
    assert condition_compound(_token(nlp(text), word)) is condition


def test_a_condition_is_an_event_outside_plover(nlp):
    head = _token(nlp("The former president died of a cardiac arrest."), "arrest")
    assert checked_category(head, "COERCE", _is_actor) == "OTHER"



@pytest.mark.parametrize("text, word, category", [
    ("A grand jury indicted the senator.", "indicted", "ACCUSE"),                   # 'allege': indict
    ("The businessman plans to sue the newspaper.", "sue", "ACCUSE"),               # 'allege': sue
    ("The court convicted the former minister of fraud.", "convicted", "SANCTION"),  # 'convict'
    ("The ministry expelled two diplomats.", "expelled", "SANCTION"),               # 'expel' a diplomat
    ("France banned Northwind Airways from its airports.", "banned", "SANCTION"),  # 'discontinue' with an organisation
    ("The government expelled the journalist on Monday.", "expelled", "COERCE"),    # a person's expulsion
    ("The president threatened to expel the ambassador.", "expel", "THREATEN"),     # the governor still decides
    ("The police arrested the senator.", "arrested", "COERCE"),                     # no mode splits it
])
def test_checked_category_applies_the_plover_manuals_modes(nlp, text, word, category):
    doc = nlp(text)
    head = _token(doc, word)
    from kg.extract.triggers import lexicon, trigger
    assert checked_category(head, trigger(head, lexicon())[1], _is_actor) == category


@pytest.mark.parametrize("text, word, category", [
    ("The president attacked the proclamation.", "attacked", "ACCUSE"),       # words: a communication
    ("The senator attacked her remarks on Tuesday.", "attacked", "ACCUSE"),
    ("The rebels attacked the convoy.", "attacked", "ASSAULT"),              # a thing
    ("Gunmen attacked the rally.", "attacked", "ASSAULT"),                   # an act (a gathering)
    ("Protesters attacked the newspaper's offices.", "attacked", "ASSAULT"),
])
def test_an_attack_on_words_is_an_accusation(nlp, text, word, category):
    doc = nlp(text)
    head = _token(doc, word)
    from kg.extract.triggers import lexicon, trigger
    assert checked_category(head, trigger(head, lexicon())[1], _is_actor) == category


@pytest.mark.parametrize("text, word, category", [
    ("The ministry released a video of the ceremony on Friday.", "released", "OTHER"),    # information made public
    ("A survey released by the institute in May shows the rise.", "released", "OTHER"),  # the noun it describes
    ("The agency released its analysis of the data.", "released", "OTHER"),
    ("The newspaper revealed that the mayor had hired his cousin.", "revealed", "OTHER"),  # a clause
    ("The newspaper broke the news on Tuesday.", "broke", "OTHER"),
    ("The rebels released the hostages on Monday.", "released", "RETREAT"),              # people: freed
    ("The ministry released the prisoners and the documents.", "released", "RETREAT"),   # not only information
])
def test_making_information_public_is_outside_plover(nlp, text, word, category):
    doc = nlp(text)
    head = _token(doc, word)
    from kg.extract.triggers import lexicon, trigger
    assert checked_category(head, trigger(head, lexicon())[1], _is_actor) == category


@pytest.mark.parametrize("text, word, without", [
    ("The banker was serving a sentence for fraud.", "serving", True),        # no one served
    ("The company raised its prices in March.", "raised", True),
    ("The algae provide food for the fish.", "provide", True),                # "for" a common noun, no actor
    ("The army assisted the rebels in the north.", "assisted", False),        # a group
    ("Jordan shared intelligence with Egypt.", "shared", False),              # a partner named with "with"
    ("The two countries cooperated closely.", "cooperated", False),           # no object: a reciprocal act
])
def test_without_recipient(nlp, text, word, without):
    assert without_recipient(_token(nlp(text), word)) is without


@pytest.mark.parametrize("text, word, own, category", [
    ("The banker was serving a sentence for fraud.", "serving", "COOPERATE", "OTHER"),  # PLOVER: needs a recipient
    ("The army assisted the rebels in the north.", "assisted", "COOPERATE", "COOPERATE"),
    ("The company raised its prices in March.", "raised", "AID", "AID"),            # only COOPERATE is held to one
])
def test_cooperation_needs_a_recipient(nlp, text, word, own, category):
    assert checked_category(_token(nlp(text), word), own, _is_actor) == category


@pytest.mark.parametrize("text, word, category", [
    ("The mediators broke down the barriers between the clans.", "broke", "OTHER"),  # "break down": not "break"
    ("Two men beat up a shopkeeper in the market.", "beat", "ASSAULT"),        # "beat up": its first sense is "beat"
    ("Rebels blew up the bridge.", "blew", "ASSAULT"),                         # "blow up": a phrase of the lexicon
    ("The senator introduced a bill on farm subsidies.", "bill", "OTHER"),     # mostly a draft law, not an invoice
    ("The invasion of the island began at dawn.", "invasion", "ASSAULT"),      # its first sense is the verb's
])
def test_a_word_typed_by_another_senses_category_is_outside_plover(nlp, text, word, category):
    doc = nlp(text)
    head = _token(doc, word)
    from kg.extract.triggers import lexicon, trigger
    assert checked_category(head, trigger(head, lexicon())[1], _is_actor) == category


def test_sense_category_keeps_a_hand_listed_word():
    class Word:  # a noun of the hand-made list keeps its category, whatever its senses
        pos_, lemma_, children = "NOUN", "bill", ()
    assert sense_category(Word(), "COERCE", lambda phrase, pos: True) == "COERCE"
    assert sense_category(Word(), "COERCE", lambda phrase, pos: False) == "OTHER"
    assert sense_category(Word(), "SANCTION", lambda phrase, pos: False) == "SANCTION"  # not the lexicon's own
