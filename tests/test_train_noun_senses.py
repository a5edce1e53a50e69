"""Tests for kg.train.noun_senses: one-word nouns with the kinds of meaning of their senses, names marked."""

from __future__ import annotations

from kg.train.noun_senses import main, noun_senses

DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
00000010 18 n 01 franklin 0 000 | a landholder of free but not noble birth  
00000011 18 n 02 Franklin 0 Benjamin_Franklin 0 000 | printer and statesman  
00000012 19 n 01 hurricane 0 000 | a severe tropical cyclone  
00000013 04 n 01 Medicare 0 000 | a federal program of health insurance  
00000014 06 n 01 ice_storm 0 000 | not one word  
"""
INDEX_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
franklin n 2 0 2 0 00000011 00000010  
hurricane n 1 0 1 0 00000012  
ice_storm n 1 0 1 0 00000014  
medicare n 1 0 1 0 00000013  
"""


def write(tmp_path):
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="latin-1")
    return tmp_path


def test_senses_in_index_order_with_names_marked(tmp_path):
    senses = noun_senses(str(write(tmp_path)))
    assert senses == {"franklin": ["^person", "person"], "hurricane": ["phenomenon"], "medicare": ["^act"]}


def test_main_writes_the_table_with_its_header(tmp_path):
    out = tmp_path / "noun_senses.tsv"
    main(["--wordnet", str(write(tmp_path)), "-o", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "franklin\t^person,person" in lines and "medicare\t^act" in lines
