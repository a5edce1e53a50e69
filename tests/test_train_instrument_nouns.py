"""Tests for kg.train.instrument_nouns: nouns whose main sense is a law or an agreement, from WordNet's files."""

from __future__ import annotations

from kg.train.instrument_nouns import instrument_nouns, main
from kg.train.wordnet import WordNet

DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
00000001 10 n 01 legal_document 0 002 ~ 00000002 n 0000 ~ 00000005 n 0000 | a document that states some contractual relationship  
00000002 10 n 01 act 0 001 @ 00000001 n 0000 | a legal document codifying the result of deliberations  
00000003 14 n 01 act 0 000 | a group of performers  
00000004 14 n 01 committee 0 000 | a special group delegated to consider some matter  
00000005 10 n 01 brief 0 001 @ 00000001 n 0000 | a document stating the facts of a case  
00000006 07 n 01 brief 0 000 | a short length of time  
"""
INDEX_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
act n 2 0 2 0 00000002 00000003  
brief n 2 0 2 0 00000006 00000005  
committee n 1 0 1 0 00000004  
legal_document n 1 0 1 0 00000001  
"""
ROOTS = (("legal document", "contractual relationship"),)


def write(tmp_path):
    for name in ("data.verb", "index.verb", "noun.exc", "verb.exc"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    return tmp_path


def test_nouns_whose_first_sense_lies_under_a_root(tmp_path):
    # 'brief' is a legal document only in its second sense; multi-word lemmas are left out
    assert instrument_nouns(WordNet(write(tmp_path)), ROOTS) == ["act"]


def test_main_writes_the_list_with_its_header(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.train.instrument_nouns.ROOTS", ROOTS)
    out = tmp_path / "instrument_nouns.txt"
    main(["--wordnet", str(write(tmp_path)), "-o", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and lines[-1] == "act"
