"""kg.extract.tokens: token runs cut at paragraph breaks."""

from __future__ import annotations

import pytest

from kg.extract.tokens import entity_text, paragraph_of, paragraph_runs


@pytest.fixture(scope="module")
def tokenize():
    from kg.nlp import load_nlp

    return load_nlp().make_doc


def texts(runs):
    return [[t.text for t in run] for run in runs]


def test_a_blank_line_cuts_the_run(tokenize):
    doc = tokenize("Shrek\n\nPinocchio and Mulan")
    assert texts(paragraph_runs(doc)) == [["Shrek"], ["Pinocchio", "and", "Mulan"]]


def test_a_blank_line_of_spaces_cuts_too(tokenize):
    doc = tokenize("2024 \n \t\nEstimates vary")
    assert texts(paragraph_runs(doc)) == [["2024"], ["Estimates", "vary"]]


def test_a_single_line_break_does_not_cut(tokenize):
    doc = tokenize("Anna\nBerg spoke")
    assert texts(paragraph_runs(doc)) == [["Anna", "Berg", "spoke"]]


def test_space_tokens_are_dropped(tokenize):
    doc = tokenize("                Harbour workers say")
    assert texts(paragraph_runs(doc)) == [["Harbour", "workers", "say"]]


def test_the_run_of_the_head(tokenize):
    doc = tokenize("Monday, May 2 \n\n\nLocal officials")
    assert [t.text for t in paragraph_of(list(doc), doc[-1])] == ["Local", "officials"]


def test_entity_text_reads_the_whole_entity_a_token_ends_without_its_article(nlp):
    doc = nlp("Protesters marched to the Ruritanian Grand Assembly on Monday.")
    last = next(t for t in doc if t.text == "Assembly")
    assert last.ent_type_, "the model tags the assembly as an entity"
    assert entity_text(last) == "Ruritanian Grand Assembly"
    assert entity_text(doc[0]) == "Protesters"
