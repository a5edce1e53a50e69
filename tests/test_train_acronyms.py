"""Tests for kg.train.acronyms: WordNet's group synsets that hold an acronym and a spelled-out name."""

from __future__ import annotations

from kg.train.acronyms import acronym_synsets, main

# made-up synsets in WordNet's data.noun format (file 14 is noun.group, 10 noun.communication)
DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
00000001 14 n 03 Zell_Farmers_League 0 ZFL 0 Farmers_League 0 000 | a made-up league  
00000002 14 n 02 Ruritanian_Guard 0 RG(p) 0 000 | a made-up guard  
00000003 10 n 02 ZZT 0 Zell_Zone_Text 0 000 | a text, no group  
00000004 14 n 02 committee 0 board 0 000 | a group without acronym  
00000005 14 n 01 Zell_Union 0 000 | a group with no acronym  
"""


def test_group_synsets_with_an_acronym_and_a_name_of_two_or_more_words(tmp_path):
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="latin-1")
    assert acronym_synsets(str(tmp_path)) == [(["ZFL"], ["Zell Farmers League", "Farmers League"]),
                                              (["RG"], ["Ruritanian Guard"])]


def test_main_writes_one_line_per_synset_after_its_header(tmp_path):
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="latin-1")
    out = tmp_path / "acronyms.tsv"
    main(["--wordnet", str(tmp_path), "-o", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and lines[-2:] == ["ZFL\tZell Farmers League|Farmers League", "RG\tRuritanian Guard"]
