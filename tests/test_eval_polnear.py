"""kg.eval.polnear: the brat standoff reader and the attribution scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import GoldError
from kg.eval.polnear import (
    is_named_source, load_polnear, parse_ann, polnear_documents, score_polnear, speaker_matches_source, spans_match,
)
from tests.conftest import require_shared

ARTICLE = "Jane Doe said the plan will fail. Officials said costs would rise for officials."
ANN = (
    "T1\tSource 0 8\tJane Doe\n"
    "T2\tCue 9 13\tsaid\n"
    "T3\tContent 14 32\tthe plan will fail\n"
    "T4\tAttribution 9 13\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "T5\tSource 34 43\tOfficials\n"
    "T6\tCue 44 48\tsaid\n"
    "T7\tContent 49 60;61 79\tcosts would rise for officials\n"
    "T8\tAttribution 44 48\tsaid\n"
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
    "T9\tDiscuss 0 4\tJane\n"
)


@pytest.fixture
def split(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "attributions" / "art_1_aaaa.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "art_1_bbbb.ann").write_text("", encoding="utf-8")  # second annotator
    return tmp_path


def test_parse_ann_reads_events_and_fragments():
    attributions = parse_ann(ANN, ARTICLE)
    assert [(a.id, a.content, a.source_text) for a in attributions] == [
        ("E1", ((14, 32),), "Jane Doe"),
        ("E2", ((49, 60), (61, 79)), "Officials"),
    ]


def test_first_annotation_file_is_used(split):
    [doc] = load_polnear(split)
    assert doc.ann_path.endswith("art_1_aaaa.ann") and len(doc.attributions) == 2
    assert list(polnear_documents(split)) == [("art_1.txt", ARTICLE)]


@pytest.mark.parametrize(
    "predicted, gold, ok",
    [
        (((0, 10),), ((5, 20),), True),  # overlap 5 = half of the shorter (10)
        (((0, 10),), ((6, 20),), False),  # overlap 4 < 5
        (((0, 4),), ((0, 100),), True),  # inside a long span
        (((0, 10),), ((0, 3), (8, 20)), True),  # fragments: overlap 5 of 15 and 10 -> 5 >= 5
        (((0, 10),), ((0, 2), (8, 20)), False),  # overlap 4 of 10
    ],
)
def test_polnear_half_overlap_rule(predicted, gold, ok):
    assert spans_match(predicted, gold) is ok


def test_score_polnear_precision_recall_and_speaker(split):
    rows = [
        {"doc": "art_1.txt", "speaker": "Doe", "content": "the plan will fail", "start": "14", "end": "32"},
        {"doc": "art_1.txt", "speaker": "Doe", "content": "the plan", "start": "14", "end": "22"},  # gold taken
        {"doc": "art_1.txt", "speaker": "officials", "content": "costs would rise"},  # located by text
        {"doc": "other.txt", "speaker": "X", "content": "ignored", "start": "0", "end": "5"},
    ]
    score = score_polnear(split, rows)
    assert (score.spans.tp_pred, score.spans.n_pred, score.spans.n_gold) == (2, 3, 2)
    assert score.precision == pytest.approx(2 / 3) and score.recall == 1.0
    # only "Jane Doe" is a named source ("Officials" is sentence-initial and occurs lower-cased)
    assert (score.speaker.correct, score.speaker.total) == (1, 1)


@pytest.mark.parametrize(
    "text, span, named",
    [
        ("He said so, according to the White House.", (29, 41), True),  # capitalised mid-sentence
        ("Trump said so.", (0, 5), True),  # sentence-initial, never lower-case in the text
        ("Officials said so, like other officials.", (0, 9), False),  # occurs lower-cased
        ("They said so.", (0, 4), False),  # pronoun
        ("the aides said so.", (0, 9), False),
    ],
)
def test_named_source_heuristic(text, span, named):
    assert is_named_source(text, (span,)) is named


def test_score_polnear_wrong_speaker(split):
    rows = [{"doc": "art_1.txt", "speaker": "Max Roe", "content": "", "start": 14, "end": 32}]
    score = score_polnear(split, rows)
    assert (score.speaker.correct, score.speaker.total) == (0, 1)


def test_polnear_split_without_folders_is_gold_error(tmp_path):
    with pytest.raises(GoldError, match="text/"):
        load_polnear(tmp_path)


def test_real_polnear_offsets_index_the_text():
    dev = require_shared("eval", "polnear", "dev")
    docs = load_polnear(dev)
    assert len(docs) == len(list(polnear_documents(dev)))
    checked = 0
    for d in docs[:10]:
        for line in Path(d.ann_path).read_text(encoding="utf-8").split("\n"):
            parts = line.split("\t")
            if line.startswith("T") and len(parts) == 3 and ";" not in parts[1]:
                _, start, end = parts[1].split()
                assert d.text[int(start):int(end)] == parts[2]
                checked += 1
    assert checked > 100
    rows = [
        {"doc": d.name, "speaker": a.source_text, "start": str(s), "end": str(e)}
        for d in docs for a in d.attributions for s, e in a.content[:1]
    ]
    score = score_polnear(dev, rows)
    assert (score.precision, score.recall, score.speaker_accuracy) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("speaker, source, right", [
    ("Jane Roe", "Jane Roe", True),
    ("Jane Roe", "Ms. Roe", True),
    ("Jane Roe", "Roe, who chairs the committee,", True),
    ("Jane Roe", "Roe, a former mayor", True),
    ("Jane Roe", "Ms. Roe (D-Ohio)", True),
    ("Max Doe", "Roe, who met Max Doe's aide,", False),
    ("Max Doe", "Roe, a former mayor", False),
    ("Bob Lee", "Ann Lee, Jane Roe and other mayors", False),
])
def test_speaker_matches_source(speaker, source, right):
    assert speaker_matches_source(speaker, source) is right
