"""Tests for kg.train.plover_gsr: PLOVER's gold standard records counted as votes per event word."""

from __future__ import annotations

import json

import pytest

from kg.train import plover_gsr


def _record(event, text, markup):
    return {"id": f"X-{event}", "event": event, "eventText": "", "text": text, "textInfo": {"markup": markup}}


RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "documentation"},
    _record("AGREE", "The two ministers agreed to hold talks.", "The two ministers (EVT: agreed) to (EVT: hold talks)."),
    _record("DEMAND", "The union demanded higher wages.", "The (SRC: union) (EVT: demanded) higher wages."),
    _record("FIGHT", "Rebels shelled the town.", "(SRC: Rebels) (EVT: shelled) the (TAR: town)."),
]


def test_read_records_leaves_out_the_documentation_record(tmp_path):
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(RECORDS))
    assert [r["event"] for r in plover_gsr.read_records(path)] == ["AGREE", "DEMAND", "FIGHT"]


@pytest.mark.parametrize("record, word", [
    (RECORDS[1], "agreed"),                                   # the first word of the first event span
    ({"event": "AGREE", "eventText": "signed treaty"}, "signed"),  # no markup: the event text
    ({"event": "AGREE", "eventText": ""}, None),
])
def test_event_word(record, word):
    assert plover_gsr.event_word(record) == word


def test_old_names_are_todays():
    assert [plover_gsr.category(r) for r in RECORDS[1:]] == ["AGREE", "REQUEST", "ASSAULT"]


def test_votes_count_lemma_part_of_speech_and_category(nlp):
    records = RECORDS[1:] + [_record("AGREE", "Both sides agreed on a truce.", "Both sides (EVT: agreed) on a truce.")]
    counts = plover_gsr.votes(records, nlp.pipe(r["text"] for r in records))
    assert counts[("agree", "VERB", "AGREE")] == 2
    assert counts[("demand", "VERB", "REQUEST")] == 1
    assert counts[("shell", "VERB", "ASSAULT")] == 1


def test_main_writes_the_votes_table(tmp_path):
    folder = tmp_path / "PLOVER" / "gold_standard_records"
    folder.mkdir(parents=True)
    (folder / "PLOVER_GSR_CAMEO.txt").write_text(json.dumps(RECORDS))
    plover_gsr.main(["--plover", str(tmp_path / "PLOVER"), "-o", str(tmp_path)])
    lines = (tmp_path / plover_gsr.FILE_NAME).read_text().splitlines()
    assert lines[1] == "lemma\tpos\tcategory\tvotes"
    assert "agree\tVERB\tAGREE\t1" in lines[2:]
