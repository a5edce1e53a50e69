"""Statements: direct quotes, reported speech, "according to", noun cues, headlines, speakers.

Sentences are written for these tests. Actors come from spaCy's entities by a
small helper here, so the tests do not depend on the actor extractor.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.documents import Document, parse_text
from kg.extract.records import Actor, Span
from kg.extract.quotes import quoted_spans
from kg.extract.statements import find_statements

TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Country", "NORP": "Group"}


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


def actors_of(doc) -> list[Actor]:
    """One actor per entity; a person's later surname-only mentions join the full name."""
    actors: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.label_ not in TYPES:
            continue
        kind = TYPES[ent.label_]
        key = next((k for k, a in actors.items() if a.type == kind == "Person"
                    and a.name.split()[-1] == ent.text.split()[-1]), f"{kind}:{ent.text}")
        actor = actors.get(key, Actor(key, ent.text, kind))
        actors[key] = replace(actor, mentions=(*actor.mentions, Span(ent.start_char, ent.end_char, ent.text)))
    return list(actors.values())


def statements_of(nlp, text: str, title: bool = False):
    document = parse_text("t.txt", text) if title else Document("t.txt", text)
    from kg.nlp import parse_input

    doc = nlp(parse_input(document))
    actors = actors_of(doc)
    names = {a.key: a.name for a in actors}
    found = find_statements(doc, document, actors)
    for st in found:
        assert text[st.content.start:st.content.end] == st.content.text
        if st.cue:
            assert text[st.cue.start:st.cue.end] == st.cue.text
        assert 0 < st.confidence <= 1
    return found, names


def find(found, names, content: str):
    for st in found:
        if st.content.text == content:
            return st, names.get(st.speaker, st.speaker_text)
    raise AssertionError(f"no statement {content!r} in {[s.content.text for s in found]}")


CASES = [
    # direct quotes: straight, curly, inverted, split, multi-sentence, colon
    ('Maria Lopez said, "We will rebuild the bridge before winter."',
     "Maria Lopez", "said", "We will rebuild the bridge before winter.", True),
    ("“The budget is balanced for the first time,” said Maria Lopez.",
     "Maria Lopez", "said", "The budget is balanced for the first time", True),
    ("“We are ready to start,” Maria Lopez said, “and we will not wait any longer.”",
     "Maria Lopez", "said", "and we will not wait any longer.", True),
    ('John Carter said: "The plan failed badly. We need a new one soon."',
     "John Carter", "said", "The plan failed badly. We need a new one soon.", True),
    # reported speech
    ("The mayor of Springfield, Tom Baker, said that the city would close two schools.",
     "Tom Baker", "said", "the city would close two schools", False),
    ("Anna Schmidt warned that prices would rise sharply next year.",
     "Anna Schmidt", "warned", "prices would rise sharply next year", False),
    ("Anna Schmidt believes the reform will fail without more money.",
     "Anna Schmidt", "believes", "the reform will fail without more money", False),
    ("Anna Schmidt urged lawmakers to pass the bill quickly.",
     "Anna Schmidt", "urged", "lawmakers to pass the bill quickly", False),
    ("Tom Baker called for an independent inquiry into the fire.",
     "Tom Baker", "called for", "an independent inquiry into the fire", False),
    ("Tom Baker denied the allegations against his office.",
     "Tom Baker", "denied", "the allegations against his office", False),
    # inverted reported speech
    ("The economy is growing faster than expected, Anna Schmidt said.",
     "Anna Schmidt", "said", "The economy is growing faster than expected", False),
    # according to
    ("According to Anna Schmidt, the factory will reopen in March.",
     "Anna Schmidt", "According to", "the factory will reopen in March", False),
    ("The factory will reopen in March, according to Anna Schmidt.",
     "Anna Schmidt", "according to", "The factory will reopen in March", False),
    # noun cue
    ("In a statement on Monday, Tom Baker said the dam had been inspected twice.",
     "Tom Baker", "said", "the dam had been inspected twice", False),
    # pronoun and role noun speakers
    ("Tom Baker visited the steel plant on Monday. He said the workers deserved a raise.",
     "Tom Baker", "said", "the workers deserved a raise", False),
    ("President Elena Novak met farmers on Friday. The president said subsidies would continue next year.",
     "Elena Novak", "said", "subsidies would continue next year", False),
    # unnamed sources
    # an unnamed source keeps its words, with the capital only the sentence start gave it dropped,
    # so "Officials said" and "officials said" name one source
    ("Officials said the road would remain closed until Sunday.",
     "officials", "said", "the road would remain closed until Sunday", False),
    ("The police said the road would remain closed until Sunday.",
     "police", "said", "the road would remain closed until Sunday", False),
    ("Local officials said the road would remain closed until Sunday.",
     "local officials", "said", "the road would remain closed until Sunday", False),
    ("Norwegian officials said the road would remain closed until Sunday.",
     "Norwegian officials", "said", "the road would remain closed until Sunday", False),
    ("Residents of Bergen said the road would remain closed until Sunday.",
     "residents of Bergen", "said", "the road would remain closed until Sunday", False),
    ("A spokesperson said the talks had been productive.",
     "spokesperson", "said", "the talks had been productive", False),
]


@pytest.mark.parametrize("text, speaker, cue, content, direct", CASES)
def test_statement(nlp, text, speaker, cue, content, direct):
    found, names = statements_of(nlp, text)
    st, who = find(found, names, content)
    assert who == speaker
    assert st.cue is not None and st.cue.text == cue
    assert st.direct is direct


def test_split_quote_gives_both_parts(nlp):
    found, names = statements_of(nlp, "“We are ready to start,” Maria Lopez said, “and we will not wait any longer.”")
    assert {s.content.text for s in found} == {"We are ready to start", "and we will not wait any longer."}
    assert {names[s.speaker] for s in found} == {"Maria Lopez"}


def test_quote_inside_reported_speech_is_one_statement(nlp):
    text = 'Tom Baker said the plan was "a complete disaster for the whole region".'
    found, names = statements_of(nlp, text)
    assert len(found) == 1
    assert found[0].content.text == 'the plan was "a complete disaster for the whole region"'
    assert found[0].direct


def test_colon_paragraph_after_according_to(nlp):
    text = ("Tom Baker published a long letter on Monday. According to Baker's statement:\n\n"
            "The city will hire two hundred new teachers next year and open three schools.\n")
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "The city will hire two hundred new teachers next year and open three schools.")
    assert who == "Tom Baker" and st.direct


def test_headline_attribution(nlp):
    text = "date 2024-03-01 Baker says city will close two schools\n\nThe mayor spoke on Friday.\n"
    found, names = statements_of(nlp, text, title=True)
    st, who = find(found, names, "city will close two schools")
    assert st.cue.text == "says"


def test_quote_continued_in_next_paragraph(nlp):
    text = ('Maria Lopez said: "We have waited for years and nothing changed.\n\n'
            '"Now the money is finally there and the work can begin."')
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "Now the money is finally there and the work can begin.")
    assert who == "Maria Lopez" and st.direct


def test_confidence_lower_for_pronoun_speaker(nlp):
    named, _ = statements_of(nlp, 'Tom Baker said, "The workers deserve a raise this year."')
    pronoun, _ = statements_of(nlp, 'Tom Baker visited the plant. He said, "The workers deserve a raise this year."')
    assert pronoun[0].confidence < named[0].confidence


def test_passive_report_has_unnamed_source(nlp):
    found, names = statements_of(nlp, "Elena Novak is said to be considering a new cabinet.")
    assert found and found[0].speaker is None and found[0].speaker_text == "unnamed sources"


@pytest.mark.parametrize("text", [
    'Carter said "the vote was rigged and nobody noticed.',
    'He said” nothing “ at all "',
    '"',
    '“”',
    'She said: "\n\nThe end.',
])
def test_unbalanced_quotes_do_not_raise(nlp, text):
    statements_of(nlp, text)


def test_unclosed_quote_runs_to_paragraph_end(nlp):
    text = 'Carter said "the vote was rigged and nobody noticed.\n\nNext paragraph.'
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the vote was rigged and nobody noticed.")
    assert who == "John Carter" or who == "Carter"


@pytest.mark.parametrize("text, inner", [
    ('a "b c" d', ["b c"]),
    ("a “b c” d “e f” g", ["b c", "e f"]),
    ("a “b c\n\nd", ["b c"]),
    ("a ” b “c d” e", ["c d"]),
])
def test_quoted_spans(text, inner):
    assert [s.text for s, _ in quoted_spans(text)] == inner


def test_person_wins_over_country_in_title_phrase(nlp):
    text = "UK Ambassador to Spain Maria Lopez alleged that the company had broken the rules."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the company had broken the rules")
    assert who == "Maria Lopez"


def test_nested_according_keeps_inner_speaker(nlp):
    text = "According to the Reuters agency, Interior Minister Karl Berg said the police would stay."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the police would stay")
    assert who == "Karl Berg"
    assert all(s.cue.text != "According to" for s in found)


def test_according_without_inner_report_still_found(nlp):
    found, names = statements_of(nlp, "According to the BBC, the minister resigned on Friday.")
    st, who = find(found, names, "the minister resigned on Friday")
    assert who == "BBC"


def test_they_goes_to_collective_subject_of_previous_sentence(nlp):
    text = "A meeting of foreign ministers condemned the plan. They said the plan was unacceptable."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the plan was unacceptable")
    assert who == "meeting of foreign ministers" and st.speaker is None


def test_cue_in_prepositional_gerund(nlp):
    found, names = statements_of(nlp, "The union responded by saying that the offer was too low.")
    st, who = find(found, names, "the offer was too low")
    assert who == "union"


def test_participle_cue_takes_noun_it_modifies(nlp):
    text = "The police arrested ten people, with officials saying this is only the beginning."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "this is only the beginning")
    assert who == "officials"


def test_noun_cue_with_include(nlp):
    text = "The protesters' demands include the release of all prisoners and new elections."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the release of all prisoners and new elections")
    assert who == "protesters"


def test_headline_object_cue(nlp):
    text = "date 2024-03-05 Ministers denounce new border plan\n\nSunday, March 5, 2024\n\nThe talks ended.\n"
    found, names = statements_of(nlp, text, title=True)
    st, who = find(found, names, "new border plan")
    assert st.cue.text == "denounce" and who == "Ministers"


def test_collective_speaker_drops_trailing_place(nlp):
    text = "An assembly of ministers in Lisbon warned that the talks would fail."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the talks would fail")
    assert who == "assembly of ministers"


def test_a_source_opening_a_paragraph_after_a_quote_loses_the_positional_capital(nlp):
    text = 'The mayor said "we will rebuild this town."\n\n\nOfficials also said the road would stay closed.'
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the road would stay closed")
    assert who == "officials"


@pytest.mark.parametrize("text, content, source", [
    # a headline's source starts after the blanked date marker
    ("date 2024-05-02 Dock workers say the strike will go on\n\nThey met on Monday in the port.",
     "the strike will go on", "dock workers"),
    # a dateline above the first paragraph is no part of its source
    ("date 2024-05-02 Strike goes on.\n\nMonday, May 2, 2024 \n\n\nLocal officials said that ten thousand workers joined the strike.",
     "ten thousand workers joined the strike", "local officials"),
])
def test_an_unnamed_source_stays_in_its_paragraph(nlp, text, content, source):
    found, names = statements_of(nlp, text, title=True)
    st, _ = find(found, names, content)
    assert st.speaker_text.casefold() == source.casefold()


def test_people_keep_their_place(nlp):
    text = "Hospital officials in Leeds said that no poison was found."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "no poison was found")
    assert who == "hospital officials in Leeds"


def test_cue_set_off_by_commas_inside_clause(nlp):
    text = "By closing the old line, Ms. Rivera said, the company is able to hire twice as many workers."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the company is able to hire twice as many workers")
    assert who == "Rivera"


def test_typewriter_quote_marks():
    spans = quoted_spans("''We will win,'' she said. ``Yes,'' he said.")
    assert [s.text for s, _ in spans] == ["We will win", "Yes"]
