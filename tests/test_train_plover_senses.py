"""Tests for kg.train.plover_senses: phrasal verbs and nouns the event lexicon would type by another word's sense."""

from __future__ import annotations

from kg.extract.plover_lexicon import _rows
from kg.train.plover_senses import main, phrasal_rows, secondary_rows
from kg.train.wordnet import WordNet

HEAD = "  1 This software and database is being provided to you, the LICENSEE, by  \n"
# "break down" (first sense shared with "crush", not "break"), "beat up" (first sense shared with "beat"),
# "charge" whose derived noun "bill" (the invoice) is the noun's second sense, "invade" and its first-sense "invasion"
DATA_VERB = HEAD + """\
00000001 35 v 01 break 0 000 | destroy the integrity of  
00000002 33 v 02 break_down 0 crush 0 000 | make ineffective  
00000003 31 v 01 break_down 0 000 | make an analysis of  
00000004 35 v 01 beat 0 000 | hit repeatedly  
00000005 35 v 02 beat_up 0 beat 0 000 | give a beating to  
00000006 40 v 02 charge 0 bill 0 001 + 00000002 n 0201 | demand payment  
00000007 33 v 01 invade 0 001 + 00000003 n 0101 | march aggressively into  
"""
INDEX_VERB = HEAD + """\
beat v 2 0 2 0 00000004 00000005  
beat_up v 1 0 1 0 00000005  
bill v 1 0 1 0 00000006  
break v 1 0 1 0 00000001  
break_down v 2 0 2 0 00000002 00000003  
charge v 1 0 1 0 00000006  
crush v 1 0 1 0 00000002  
invade v 1 0 1 0 00000007  
"""
DATA_NOUN = HEAD + """\
00000001 10 n 02 bill 0 measure 0 000 | a statute in draft  
00000002 10 n 02 bill 0 invoice 0 001 + 00000006 v 0102 | a statement of money owed  
00000003 04 n 01 invasion 0 001 + 00000007 v 0101 | the act of invading  
"""
INDEX_NOUN = HEAD + """\
bill n 2 0 2 0 00000001 00000002  
invasion n 1 0 1 0 00000003  
"""
LEXICON = {("break", "VERB"): ("ASSAULT", "cameo", "destroy"), ("beat", "VERB"): ("ASSAULT", "cameo", "beat"),
           ("bill", "VERB"): ("COERCE", "cameo", "impose"), ("bill", "NOUN"): ("COERCE", "wordnet-derivation", "bill"),
           ("invasion", "NOUN"): ("ASSAULT", "wordnet-derivation", "invade"),
           ("invade", "VERB"): ("ASSAULT", "cameo", "invade")}


def wordnet(tmp_path):
    for name, text in (("data.verb", DATA_VERB), ("index.verb", INDEX_VERB), ("data.noun", DATA_NOUN),
                       ("index.noun", INDEX_NOUN), ("noun.exc", ""), ("verb.exc", "")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return WordNet(tmp_path)


def test_a_phrasal_verb_whose_first_sense_its_verb_does_not_share_is_outside_plover(tmp_path):
    assert phrasal_rows(wordnet(tmp_path), LEXICON, set()) == [("break down", "VERB", "OTHER", "phrasal", "break down,crush")]


def test_a_phrasal_verb_a_lexicon_lists_has_no_row(tmp_path):
    assert phrasal_rows(wordnet(tmp_path), LEXICON, {("break down", "VERB")}) == []


def test_a_noun_derived_from_its_verb_by_a_secondary_sense_is_outside_plover(tmp_path):
    # "bill" is derived from "bill" (charge) only in its second sense; "invasion"'s first sense is "invade"'s
    assert secondary_rows(wordnet(tmp_path), LEXICON) == [("bill", "NOUN", "OTHER", "secondary", "bill")]


def test_main_writes_rows_the_lexicon_reader_reads(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "plover_lexicon.tsv").write_text("# header\nlemma\tpos\tcategory\talternatives\tcode\tsource\tvia\n" + "".join(
        f"{lemma}\t{pos}\t{c}\t\t190\t{source}\t{via}\n" for (lemma, pos), (c, source, via) in LEXICON.items()))
    (data / "event_triggers.tsv").write_text("# hand list\nblow up\tVERB\tASSAULT\n")
    wordnet(tmp_path)
    out = data / "plover_senses.tsv"
    main(["--wordnet", str(tmp_path), "--data", str(data), "-o", str(out)])
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()[2:]]
    assert rows == [["break down", "VERB", "OTHER", "phrasal", "break down,crush"], ["bill", "NOUN", "OTHER", "secondary", "bill"]]
    assert _rows("plover_senses.tsv")  # the shipped file is read the same way
