"""Tests for kg.train.plover_modes: the PLOVER manual's modes with their WordNet event nouns, and diplomat nouns."""

from __future__ import annotations

from kg.extract.plover_lexicon import _rows
from kg.train.plover_modes import MODES, command_verbs, diplomat_nouns, main, mode_rows, publication_rows
from kg.train.wordnet import WordNet

DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
00000001 18 n 01 diplomat 0 003 ~ 00000002 n 0000 ~ 00000003 n 0000 ~ 00000004 n 0000 | an official engaged in international negotiations  
00000002 18 n 01 ambassador 0 001 @ 00000001 n 0000 | a diplomat of the highest rank  
00000003 18 n 01 kennan 0 001 @ 00000001 n 0000 | United States diplomat who recommended a policy  
00000004 18 n 01 minister 0 001 @ 00000001 n 0000 | a diplomat below an ambassador  
00000005 18 n 01 minister 0 000 | a person who is a member of a government  
00000006 04 n 01 indictment 0 001 + 00000001 v 0101 | a formal charge  
00000007 18 n 01 indicter 0 001 + 00000001 v 0101 | someone who indicts  
"""
INDEX_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
ambassador n 1 0 1 0 00000002  
diplomat n 1 0 1 0 00000001  
indicter n 1 0 1 0 00000007  
indictment n 1 0 1 0 00000006  
kennan n 1 0 1 0 00000003  
minister n 2 0 2 0 00000005 00000004  
"""
DATA_VERB = """\
  1 This software and database is being provided to you, the LICENSEE, by  
00000001 32 v 01 indict 0 002 + 00000006 n 0101 + 00000007 n 0101 01 + 00 00 | accuse formally of a crime  
"""
INDEX_VERB = """\
  1 This software and database is being provided to you, the LICENSEE, by  
indict v 1 0 1 0 00000001  
"""
# "publish" (the root, by its gloss) with "release", whose first sense is another; below it "leak" (its first
# sense) and "talk" (not its first sense); "disclosure" is the root's event noun
PUBLISH_DATA_VERB = DATA_VERB + """\
00000002 32 v 02 publish 0 release 0 003 ~ 00000003 v 0000 ~ 00000004 v 0000 + 00000008 n 0101 01 + 00 00 | prepare and issue for public distribution or sale  
00000003 32 v 01 leak 0 001 @ 00000002 v 0000 01 + 00 00 | tell anonymously  
00000004 32 v 01 talk 0 001 @ 00000002 v 0000 01 + 00 00 | divulge confidential information  
00000005 32 v 02 talk 0 release 0 000 01 + 00 00 | exchange thoughts; let go  
"""
PUBLISH_INDEX_VERB = INDEX_VERB + """\
leak v 1 0 1 0 00000003  
publish v 1 0 1 0 00000002  
release v 2 0 2 0 00000005 00000002  
talk v 2 0 2 0 00000005 00000004  
"""
PUBLISH_DATA_NOUN = DATA_NOUN + """\
00000008 10 n 01 publication 0 001 + 00000002 v 0101 | the act of issuing printed materials  
"""
PUBLISH_INDEX_NOUN = INDEX_NOUN + """\
publication n 1 0 1 0 00000008  
"""


def write(tmp_path, data_verb=DATA_VERB, index_verb=INDEX_VERB, data_noun=DATA_NOUN, index_noun=INDEX_NOUN):
    for name, text in (("data.noun", data_noun), ("index.noun", index_noun), ("data.verb", data_verb),
                       ("index.verb", index_verb), ("noun.exc", ""), ("verb.exc", "")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_modes_verb_brings_its_event_nouns_not_its_agent_nouns(tmp_path):
    rows = [r for r in mode_rows(WordNet(write(tmp_path))) if r[0].startswith("indict")]
    assert rows == [("indict", "VERB", "ACCUSE", "allege", "any"), ("indictment", "NOUN", "ACCUSE", "allege", "any")]


def test_diplomat_nouns_leave_out_named_persons_and_other_first_senses(tmp_path):
    # 'kennan' is a person (its gloss opens with a name); 'minister' is first a member of a government
    assert diplomat_nouns(WordNet(write(tmp_path))) == ["ambassador", "diplomat"]


def test_main_writes_rows_the_lexicon_reader_reads(tmp_path):
    out = tmp_path / "out" / "plover_modes.tsv"
    out.parent.mkdir()
    main(["--wordnet", str(write(tmp_path)), "-o", str(out)])
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()[2:]]
    assert ["indict", "VERB", "ACCUSE", "allege", "any"] in rows
    assert ["ambassador", "NOUN", "-", "diplomat", "-"] in rows
    assert len(rows) == len(MODES) + 1 + 2  # each verb, one event noun, two diplomat nouns


def test_the_shipped_table_names_every_mode_verb():
    shipped = {(row[0], row[1]) for row in _rows("plover_modes.tsv")}
    assert {(verb, "VERB") for verb, *_ in MODES} <= shipped


def test_publication_rows_are_the_verbs_of_making_information_public_and_their_event_nouns(tmp_path):
    wn = WordNet(write(tmp_path, PUBLISH_DATA_VERB, PUBLISH_INDEX_VERB, PUBLISH_DATA_NOUN, PUBLISH_INDEX_NOUN))
    rows = publication_rows(wn)
    assert [r[:2] for r in rows] == [("leak", "VERB"), ("publish", "VERB"), ("release", "VERB"), ("publication", "NOUN")]
    assert {r[2:] for r in rows} == {("OTHER", "publish", "information")}


def test_publication_rows_are_none_without_the_synsets(tmp_path):
    assert publication_rows(WordNet(write(tmp_path))) == []


def test_the_shipped_table_holds_verbs_of_making_information_public():
    shipped = {(row[0], row[1]): row[2:] for row in _rows("plover_modes.tsv")}
    assert shipped[("release", "VERB")] == ["OTHER", "publish", "information"]
    assert shipped[("reveal", "VERB")] == ["OTHER", "publish", "information"]


# "order" (the root, by its gloss) above "direct" (its first sense) and "warn" (its third)
COMMAND_DATA_VERB = DATA_VERB + """\
00000002 32 v 01 order 0 002 ~ 00000003 v 0000 ~ 00000004 v 0000 01 + 00 00 | give instructions to or direct somebody to do something with authority  
00000003 32 v 01 direct 0 001 @ 00000002 v 0000 01 + 00 00 | command with authority  
00000004 32 v 01 warn 0 001 @ 00000002 v 0000 01 + 00 00 | ask to go away  
00000005 32 v 01 warn 0 000 01 + 00 00 | notify of danger  
00000006 32 v 01 warn 0 000 01 + 00 00 | admonish  
"""
COMMAND_INDEX_VERB = INDEX_VERB + """\
direct v 1 0 1 0 00000003  
order v 1 0 1 0 00000002  
warn v 3 0 3 0 00000005 00000006 00000004  
"""


def test_command_verbs_are_the_synset_of_ordering_and_its_hyponyms_among_their_first_senses(tmp_path):
    assert command_verbs(WordNet(write(tmp_path, COMMAND_DATA_VERB, COMMAND_INDEX_VERB))) == ["direct", "order"]


def test_the_shipped_table_names_verbs_of_commanding():
    shipped = {row[0] for row in _rows("plover_modes.tsv") if row[3] == "command"}
    assert {"order", "instruct"} <= shipped and "warn" not in shipped
