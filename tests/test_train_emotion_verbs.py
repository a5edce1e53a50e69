"""The emotion-verb table's builder: WordNet's verb.emotion verbs the opinion lexicon gives a polarity."""

from __future__ import annotations

from pathlib import Path

from kg.train.emotion_verbs import with_polarity


def test_only_verbs_the_opinion_lexicon_knows_are_kept_with_its_polarity(tmp_path: Path):
    csv = tmp_path / "opinion.csv"
    csv.write_text("word,sentiment\nsadden,negative\nhearten,positive\nsad,negative\n", encoding="utf-8")
    assert with_polarity(["hearten", "ponder", "sadden"], csv) == [("hearten", "positive"), ("sadden", "negative")]


def test_the_shipped_table_matches_its_header_and_rows():
    table = Path(__file__).parents[1] / "kg" / "extract" / "data" / "emotion_verbs.tsv"
    rows = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows and all(len(r) == 2 and r[1] in {"positive", "negative"} for r in rows)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
