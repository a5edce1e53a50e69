"""Statements: direct quotes, reported speech, "according to", noun cues, headlines, speakers.

Sentences are written for these tests. Actors come from spaCy's entities by a
small helper here, so the tests do not depend on the actor extractor.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.documents import Document, parse_text
from kg.extract.records import Actor, Span
from kg.extract.statements import find_statements

TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Country", "NORP": "Group"}


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
    # a quotation split by its cue clause is one statement, as attribution corpora annotate it
    ("“We are ready to start,” Maria Lopez said, “and we will not wait any longer.”",
     "Maria Lopez", "said", "We are ready to start,” Maria Lopez said, “and we will not wait any longer.", True),
    ("“We are ready to start,” Maria Lopez said. “We will not wait any longer.”",
     "Maria Lopez", "said", "We are ready to start,” Maria Lopez said. “We will not wait any longer.", True),
    ('John Carter said: "The plan failed badly. We need a new one soon."',
     "John Carter", "said", "The plan failed badly. We need a new one soon.", True),
    # a pronoun goes to the nearest person of its gender ("Mrs", or "she" with only her named before)
    ("Clara Weiss arrived late because she was ill. Peter Novak opened the meeting. He was calm. Novak spoke first. "
     "She told reporters that the talks had failed.",
     "Clara Weiss", "told", "the talks had failed", False),
    # a verb of saying from WordNet's communication verbs, not in the hand list
    ("Laura Fischer affirmed that the vote had been lost.", "Laura Fischer", "affirmed", "the vote had been lost", False),
    ("Laura Fischer exclaimed that the vote had been won.", "Laura Fischer", "exclaimed", "the vote had been won", False),
    # a subject that is no one (estimates, figures) stands for its owner
    ("Estimates by local organizers indicate that ten thousand people joined the march.",
     "local organizers", "indicate", "ten thousand people joined the march", False),
    # a participle before the cue takes no subject from inside the quote
    ('Paul Grant spoke on Monday. Speaking to Ruth Adler of ABC, he said, "The fault is mine alone."',
     "Paul Grant", "said", "The fault is mine alone.", True),
    # a share of people is an unnamed source; an object cue keeps its ground ("praised X for Y")
    ("Some of the voters said that the economy mattered most.", "voters", "said",
     "the economy mattered most", False),
    ("Nearly a third say they will not vote.", "nearly a third", "say", "they will not vote", False),
    ("Maria Lopez praised the firefighters for their courage.", "Maria Lopez", "praised",
     "the firefighters for their courage", False),
    # "she added" goes back to the last speaker of her gender, not to the person named in between
    ('Anna Berg said the plan was sound. "We will build it," she said. Peter Holm was also at the meeting on Monday '
     'with the local press. "It will cost a lot," she added.', "Anna Berg", "added", "It will cost a lot", True),
    # "citing X" names the source of a report: no part of its content, and no statement of its own
    ("The Harbour Watch said twenty boats were lost, citing local groups.", "The Harbour Watch", "said",
     "twenty boats were lost", False),
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
    # a document speaks for its owner
    ("A new survey by Gallup found that most voters distrust both parties.",
     "Gallup", "found", "most voters distrust both parties", False),
    # speakers: a title phrase naming a person, gerund and participle cues,
    # a content noun's owner, a collective without its meeting place, a place that is part of the source
    ("UK Ambassador to Spain Maria Lopez alleged that the company had broken the rules.",
     "Maria Lopez", "alleged", "the company had broken the rules", False),
    ("The union responded by saying that the offer was too low.",
     "union", "saying", "the offer was too low", False),
    ("The police arrested ten people, with officials saying this is only the beginning.",
     "officials", "saying", "this is only the beginning", False),
    ("The protesters' demands include the release of all prisoners and new elections.",
     "protesters", "demands", "the release of all prisoners and new elections", False),
    ("An assembly of ministers in Lisbon warned that the talks would fail.",
     "assembly of ministers", "warned", "the talks would fail", False),
    ("Hospital officials in Leeds said that no poison was found.",
     "hospital officials in Leeds", "said", "no poison was found", False),
    ("By closing the old line, Ms. Rivera said, the company is able to hire twice as many workers.",
     "Rivera", "said", "the company is able to hire twice as many workers", False),
    # "according to" without an inner report; a colon introducing a paragraph
    ("According to the BBC, the minister resigned on Friday.",
     "BBC", "According to", "the minister resigned on Friday", False),
    ("Tom Baker published a long letter on Monday. According to Baker's statement:\n\n"
     "The city will hire two hundred new teachers next year and open three schools.\n",
     "Tom Baker", "According", "The city will hire two hundred new teachers next year and open three schools.", True),
    # quotes: continued in the next paragraph; left open, running to the paragraph end
    ('Maria Lopez said: "We have waited for years and nothing changed.\n\n'
     '"Now the money is finally there and the work can begin."',
     "Maria Lopez", "said", "Now the money is finally there and the work can begin.", True),
    ('Carter said "the vote was rigged and nobody noticed.\n\nNext paragraph.',
     "Carter", "said", "the vote was rigged and nobody noticed.", True),
    # a quote sequence: the next sentence or paragraph after "X said." goes on with X, not with a later cue (the
    # next sentence joins the first quote)
    ("“The budget is far too small,” Anna Berg said. “We will need twice as much money next year.”",
     "Anna Berg", "said", "The budget is far too small,” Anna Berg said. “We will need twice as much money next year.",
     True),
    ("The council met on Tuesday.\n\n“The roads will stay closed for a week,” Tom Baker said.\n\n"
     "“We expect them to open again on Monday morning.”\n\nCritics called the plan a disaster.",
     "Tom Baker", "said", "We expect them to open again on Monday morning.", True),
    ("“I am worried about the new rules,” Tom Baker said. “This is a test for every worker in the region.”\n\n"
     "City spokesman Paul Green did not respond to requests to comment on the plan.",
     "Tom Baker", "said", "I am worried about the new rules,” Tom Baker said. “This is a test for every worker in the "
     "region.", True),
    # an inverted cue right after the quote names the speaker, even parsed as its object; no carry past it
    ("“The roads will stay closed for a week,” Tom Baker said.\n\n“He is just doing this to try and break the union. "
     "A lot of people think that,” said a driver using the name Kim.",
     "driver", "said", "He is just doing this to try and break the union. A lot of people think that", True),
    # a share of the people a name qualifies is no speech of the name's bearer
    ("Several Baker supporters said the result would be challenged in court.",
     "several Baker supporters", "said", "the result would be challenged in court", False),
    # a common noun given a name by a participle
    ("“We will not go home until the law is withdrawn,” said a student named Lee Wong.",
     "Lee Wong", "said", "We will not go home until the law is withdrawn", True),
    ("A driver carrying Anna Berg said the road was closed.", "driver", "said", "the road was closed", False),
    # a name that closes a subject's title phrase, wherever the parse hung it
    ("The director of the Green River Trust, Maria Lopez, said the river was clean again.",
     "Maria Lopez", "said", "the river was clean again", False),
    ("Another co-author, chemistry professor Tom Baker, said the results were clear.",
     "Tom Baker", "said", "the results were clear", False),
    ('Mali\'s president Amadou Diallo said, "Without Ghana the deal would have failed."',
     "Amadou Diallo", "said", "Without Ghana the deal would have failed.", True),
    # a noun of saying or thinking (WordNet's) with its content, held by its owner or the light verb's subject
    ("Critics dismissed Tom Baker's claim that the bridge was safe.",
     "Tom Baker's", "claim", "the bridge was safe", False),
    ("Anna Berg expressed hope that the talks would resume.", "Anna Berg", "hope", "the talks would resume", False),
    ("The union's argument is that wages must rise.", "union", "argument", "wages must rise", False),
    # of two subjects the parse gives a cue, the quote's own word is not the speaker
    ("“The campaign is in trouble. Full panic mode,” said Anna Berg, a local party leader.",
     "Anna Berg", "said", "The campaign is in trouble. Full panic mode", True),
    # a participle of saying after a comma says more; it is no part of the clause before it
    ("Tom Baker confirmed they had seized the drugs, saying the case was closed.",
     "Tom Baker", "confirmed", "they had seized the drugs", False),
    # a speech verb's noun-phrase object is what was said, up to a relative clause set off by a comma
    ("Anna Berg questioned the integrity of the vote.", "Anna Berg", "questioned", "the integrity of the vote", False),
    ("Tom Baker noted the risk of floods, after which he declared that the dam was safe.",
     "Tom Baker", "noted", "the risk of floods", False),
    ("Tom Baker noted the risk of floods, after which he declared that the dam was safe.",
     "Tom Baker", "declared", "the dam was safe", False),
    # people a person's name only qualifies are not that person; a title of the person is
    ("The Tom Baker campaign said the rally would go ahead.",
     "Tom Baker campaign", "said", "the rally would go ahead", False),
    ("Tom Baker's lawyer said his client would appeal the ruling.",
     "Tom Baker's lawyer", "said", "his client would appeal the ruling", False),
    # a participle hung on the place where something was said speaks with the clause's subject
    ("The minister posted a message on Twitter blaming Iran for the attacks, saying the evidence was clear.",
     "minister", "blaming", "Iran for the attacks", False),
    # a source opening a paragraph after a quote loses the capital only the sentence start gave it
    ('The mayor said "we will rebuild this town."\n\n\nOfficials also said the road would stay closed.',
     "officials", "said", "the road would stay closed", False),
]

# Texts whose first line after the date marker is the title (headline grammar, datelines).
TITLE_CASES = [
    ("date 2024-03-01 Baker says city will close two schools\n\nThe mayor spoke on Friday.\n",
     "Baker", "says", "city will close two schools", False),
    ("date 2024-03-05 Ministers denounce new border plan\n\nSunday, March 5, 2024\n\nThe talks ended.\n",
     "Ministers", "denounce", "new border plan", False),
    # a headline opened by a person's name and a colon
    ("date 2024-03-01 Baker: City Will Close Two Schools Next Year\n\nTom Baker, the mayor, spoke on Friday.\n",
     "Baker", ":", "City Will Close Two Schools Next Year", False),
    # a headline's source starts after the blanked date marker
    ("date 2024-05-02 Dock workers say the strike will go on\n\nThey met on Monday in the port.",
     "Dock workers", "say", "the strike will go on", False),
    # a dateline above the first paragraph is no part of its source
    ("date 2024-05-02 Strike goes on.\n\nMonday, May 2, 2024 \n\n\nLocal officials said that ten thousand workers joined "
     "the strike.", "Local officials", "said", "ten thousand workers joined the strike", False),
]


@pytest.mark.parametrize("text, speaker, cue, content, direct, title",
                         [(*case, False) for case in CASES] + [(*case, True) for case in TITLE_CASES])
def test_statement(nlp, text, speaker, cue, content, direct, title):
    found, names = statements_of(nlp, text, title=title)
    st, who = find(found, names, content)
    assert who == speaker
    assert st.cue is not None and st.cue.text == cue
    assert st.direct is direct
    if speaker[:1].islower():  # an unnamed source keeps its phrase and names no actor
        assert st.speaker is None


@pytest.mark.parametrize("text, contents", [
    # another speaker's quote after the first, or the next paragraph, stays apart
    ("“We are ready to start,” Maria Lopez said. “We will not wait any longer,” Tom Baker added.",
     {"We are ready to start", "We will not wait any longer"}),
    ("“We are ready to start,” Maria Lopez said.\n“We will not wait any longer.”",
     {"We are ready to start", "We will not wait any longer."}),
])
def test_quotes_of_other_speakers_or_paragraphs_stay_apart(nlp, text, contents):
    found, _ = statements_of(nlp, text)
    assert {s.content.text for s in found} == contents


def test_quote_inside_reported_speech_is_one_statement(nlp):
    text = 'Tom Baker said the plan was "a complete disaster for the whole region".'
    found, names = statements_of(nlp, text)
    assert len(found) == 1
    assert found[0].content.text == 'the plan was "a complete disaster for the whole region"'
    assert found[0].direct


def test_confidence_lower_for_pronoun_speaker(nlp):
    named, _ = statements_of(nlp, 'Tom Baker said, "The workers deserve a raise this year."')
    pronoun, _ = statements_of(nlp, 'Tom Baker visited the plant. He said, "The workers deserve a raise this year."')
    assert pronoun[0].confidence < named[0].confidence


@pytest.mark.parametrize("text", [
    "Elena Novak is said to be considering a new cabinet.",
    "It is believed that Elena Novak will form a new cabinet.",
])
def test_agentless_passive_report_is_no_statement(nlp, text):
    found, _ = statements_of(nlp, text)
    assert found == ()


@pytest.mark.parametrize("text", [
    'Carter said "the vote was rigged and nobody noticed.',
    'He said” nothing “ at all "',
    '"',
    '“”',
    'She said: "\n\nThe end.',
])
def test_unbalanced_quotes_do_not_raise(nlp, text):
    statements_of(nlp, text)


def test_nested_according_keeps_inner_speaker(nlp):
    text = "According to the Reuters agency, Interior Minister Karl Berg said the police would stay."
    found, names = statements_of(nlp, text)
    st, who = find(found, names, "the police would stay")
    assert who == "Karl Berg"
    assert all(s.cue.text != "According to" for s in found)


def test_whom_something_was_told_is_no_content(nlp):
    found, _ = statements_of(nlp, "Anna Berg told the visiting foreign reporters on Monday.")
    assert [st.content.text for st in found] == []


def test_citing_a_source_is_no_statement(nlp):
    found, _ = statements_of(nlp, "Twenty boats were lost in the storm, the Harbour Watch reported, citing local officials.")
    assert [st.content.text for st in found] == ["Twenty boats were lost in the storm"]


@pytest.mark.parametrize("text, contents", [
    ("Anna Berg said she believes the new bridge will open in May.",
     ["she believes the new bridge will open in May"]),
    ("Tom Baker told reporters that he expects the council to approve the budget next week.",
     ["he expects the council to approve the budget next week"]),
    ("The union said its members fear that the factory will close before winter.",
     ["its members fear that the factory will close before winter"]),
    ("Maria Lopez said the mayor had promised to rebuild the school.",
     ["the mayor had promised to rebuild the school"]),
])
def test_report_inside_a_statement_is_part_of_it(nlp, text, contents):
    found, _ = statements_of(nlp, text)
    assert [st.content.text for st in found] == contents


def test_quote_after_another_speaker_is_not_carried(nlp):
    text = ("“The roads will stay closed for a week,” Tom Baker said.\n\n"
            "Anna Berg, the head of the drivers' union, disagreed. “We expect them to open again on Monday morning.”")
    found, names = statements_of(nlp, text)
    assert all(names.get(st.speaker, st.speaker_text) != "Tom Baker" for st in found if st.content.text.startswith("We expect"))
    assert [st.content.text for st in found][0] == "The roads will stay closed for a week"


TRANSCRIPT = ("Tom Baker spoke to the host on Sunday. Part of the interview:\n\n"
              "HOST: Do you think the schools will close this year?\n\n"
              "BAKER: We will close two of them next year and open a new one.\n\nHOST: And the teachers?\n")


#: the same transcript as some sites print it: each paragraph opened by a quote mark that never closes
QUOTED_TRANSCRIPT = "".join(f'"{line}' if line[:1].isupper() and ":" in line[:8] else line
                            for line in TRANSCRIPT.splitlines(keepends=True))


@pytest.mark.parametrize("transcript", [TRANSCRIPT, QUOTED_TRANSCRIPT], ids=["plain", "quoted"])
@pytest.mark.parametrize("content, speaker", [
    ("Do you think the schools will close this year?", "HOST"),
    ("We will close two of them next year and open a new one.", "BAKER"),     # kg.extract.link_speakers links it
])
def test_transcript_line_is_its_tag_speakers(nlp, transcript, content, speaker):
    found, names = statements_of(nlp, transcript)
    st, who = find(found, names, content)
    assert who == speaker and st.direct and st.cue.text == ":"


@pytest.mark.parametrize("text", [
    "The march ended at noon. Image: Tom Baker.\n\nName: Anna Berg Age: 27 Job: Waitress\n",
    "Anna Berg wrote a long post.\n\nNote: the figures are from last year and may change.\n",
    "UPDATE: the road is open again after the storm.\n",
    "The candidates, in brief:\n\nTom Baker: A closing surge.\n\nAnna Berg: Two hundred votes.\n",
])
def test_label_and_colon_is_no_statement(nlp, text):
    found, _ = statements_of(nlp, text)
    assert not [st for st in found if st.cue is not None and st.cue.text == ":"]


def test_quoted_title_after_a_preposition_is_no_statement(nlp):
    found, _ = statements_of(nlp, "“We have to win this state,” Tom Baker said on “Meet the Nation.”")
    assert [st.content.text for st in found] == ["We have to win this state"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Tom Baker issued a statement on Monday.\n\n"
     '"The count was unfair and we will challenge it," the statement said.',
     "The count was unfair and we will challenge it", "Tom Baker"),
])
def test_the_statement_said_is_its_issuers(nlp, text, content, speaker):
    found, names = statements_of(nlp, text)
    assert find(found, names, content)[1] == speaker


def test_the_statement_said_without_an_issuer_is_no_statement(nlp):
    found, _ = statements_of(nlp, 'The Union Party lost the vote. "The count was unfair and we will challenge it," '
                                  "the statement said.")
    assert found == ()


@pytest.mark.parametrize("text, content", [
    ("Anna Berg and Tom Baker said that the bridge would be closed for a year.", "the bridge would be closed for a year"),
    ("According to Anna Berg and Tom Baker, the bridge will be closed for a year.", "the bridge will be closed for a year"),
])
def test_each_coordinated_speaker_said_it(nlp, text, content):
    found, names = statements_of(nlp, text)
    assert sorted(names.get(st.speaker, st.speaker_text) for st in found if st.content.text == content) == \
        ["Anna Berg", "Tom Baker"]


@pytest.mark.parametrize("text", [
    "Tom Baker explained his decision on Monday.",
    "Anna Berg stressed the need.",
])
def test_a_short_noun_phrase_object_of_a_speech_verb_is_no_statement(nlp, text):
    found, _ = statements_of(nlp, text)
    assert found == ()


@pytest.mark.parametrize("text", [
    "The footage shows that the driver ran the red light.",
    "The map shows that the river has moved.",
    # a document without an owner: the narrator's evidence
    "A new poll shows that the mayor leads the race by five points.",
    "Reports said the bridge had collapsed during the night.",
    "A recent study found that the warm water fed the algae.",
])
def test_a_subject_that_is_no_one_gives_no_statement(nlp, text):
    found, _ = statements_of(nlp, text)
    assert found == ()


@pytest.mark.parametrize("text", [
    "A meeting of foreign ministers condemned the plan. They said the plan was unacceptable.",
    "The Northern League met on Monday. They said the tax would fall next year.",
    "Farmers blocked the road near Lyon. They argued that the subsidies were too low.",
])
def test_they_gives_no_statement(nlp, text):
    found, _ = statements_of(nlp, text)
    assert [st for st in found if st.content.start > text.index("They")] == []
