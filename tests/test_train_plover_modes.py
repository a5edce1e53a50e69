"""Tests for kg.train.plover_modes: the PLOVER manual's modes with their WordNet event nouns, and diplomat nouns."""

from __future__ import annotations

from kg.extract.plover_lexicon import _rows
from kg.train.plover_modes import MODES, diplomat_nouns, main, mode_rows
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


def write(tmp_path):
    for name, text in (("data.noun", DATA_NOUN), ("index.noun", INDEX_NOUN), ("data.verb", DATA_VERB),
                       ("index.verb", INDEX_VERB), ("noun.exc", ""), ("verb.exc", "")):
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
