"""Tests for kg.train.report_verbs: verbs and nouns of saying and thinking, people nouns, from WordNet's files."""

from __future__ import annotations

import io

from kg.train import report_verbs
from kg.train.report_verbs import agent_nouns, report_nouns

# Lexicographer files: 09 noun.cognition, 10 noun.communication, 12 noun.feeling, 18 noun.person, 06 noun.artifact.
DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
00000001 10 n 01 claim 0 000 | an assertion  
00000002 06 n 01 claim 0 000 | a plot of land  
00000003 12 n 01 hope 0 000 | a feeling  
00000004 09 n 01 belief 0 000 | a view  
00000005 06 n 01 bridge 0 000 | a structure  
00000006 10 n 01 news_release 0 000 | a statement  
00000007 10 n 01 run-down 0 000 | a summary  
00000008 18 n 01 critic 0 000 | a person  
00000009 06 n 01 note 0 000 | a banknote  
00000010 10 n 01 note 0 000 | a short letter  
"""
INDEX_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
belief n 1 0 1 0 00000004  
bridge n 1 0 1 0 00000005  
claim n 2 0 2 0 00000001 00000002  
critic n 1 0 1 0 00000008  
hope n 1 0 1 0 00000003  
news_release n 1 0 1 0 00000006  
note n 2 0 2 0 00000009 00000010  
run-down n 1 0 1 0 00000007  
"""


def wordnet(tmp_path):
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    (tmp_path / "data.verb").write_text("", encoding="utf-8")
    (tmp_path / "index.verb").write_text("", encoding="utf-8")
    return str(tmp_path)


def test_report_nouns_are_those_whose_first_sense_is_saying_thinking_or_feeling(tmp_path):
    # "note" is a banknote first; multi-word and hyphenated lemmas are left out
    assert report_nouns(wordnet(tmp_path)) == ["belief", "claim", "hope"]


def test_agent_nouns_have_a_person_or_group_sense(tmp_path):
    assert agent_nouns(wordnet(tmp_path)) == ["critic"]


def test_written_table_gives_each_word_its_kinds(tmp_path, monkeypatch):
    # lexicographer files 31 verb.cognition, 32 verb.communication; frames 8 "----s something", 26 "----s that CLAUSE"
    wn = wordnet(tmp_path)
    verbs = {"stress": (32, {8, 26}), "conclude": (31, {8, 26}), "post": (35, {8})}
    monkeypatch.setattr(report_verbs, "read_verbs", lambda: verbs)
    monkeypatch.setattr(report_verbs, "report_nouns", lambda: report_nouns(wn))
    out = io.StringIO()
    report_verbs.write_verbs(out)
    rows = [line for line in out.getvalue().splitlines() if not line.startswith("#")]
    assert rows == ["conclude\tclause", "stress\tclause", "stress\tobject",
                    "belief\tnoun", "claim\tnoun", "hope\tnoun"]
