"""kg.cli.tables: tables fitted to the terminal, short document labels, speed on a large table."""

from __future__ import annotations

import time

from kg.cli.tables import LONG, column_widths, print_table, short_labels, table_lines

CONTENT = ("The minister said the new bridge over the river will open to traffic next spring, "
           "two years later than planned, after the council approved the extra money.")


def test_labels_tell_documents_apart_and_stay_short():
    names = [f"wikinews-2019-01-{day:02}-story-number-{n}.txt" for day in range(1, 9) for n in range(3)]
    labels = short_labels(names)
    assert len(set(labels.values())) == len(names)
    assert all(len(label) <= len(name) - 10 for name, label in labels.items())


def test_a_short_name_is_shown_whole():
    assert short_labels(["a.txt", "b.txt"]) == {"a.txt": "a.txt", "b.txt": "b.txt"}


def test_every_line_fits_80_columns_and_the_long_column_keeps_its_words():
    columns = ["doc", "speaker", "cue", "content", "direct", "start", "end"]
    rows = [[f"000_b2008785d766f16{i}.txt", "Donald Trump", "declared", CONTENT, "false", "170", "232"] for i in range(5)]
    lines = list(table_lines(columns, rows, 80))
    assert all(len(line) <= 80 for line in lines)
    text = " ".join(line.strip() for line in lines)
    assert "the extra money." in text and "Donald Trump" in text
    assert len(lines) <= 3 + 5 * 4 + 6  # header, rule, a few lines per row (rich gave 20 per row), the labels' legend


def test_rows_of_different_documents_keep_different_labels():
    rows = [[f"000_b2008785d766f16{i}.txt", "x"] for i in range(3)]
    lines = list(table_lines(["doc", "n"], rows, 80))
    labels = [line.split()[0] for line in lines[2:5]]
    assert len(set(labels)) == 3
    assert lines[5:] == ["doc:", *(f"    {label}  000_b2008785d766f16{i}.txt" for i, label in enumerate(labels))]


def test_a_long_list_of_cut_labels_is_not_spelled_out():
    rows = [[f"000_b2008785d766f1{i:02}.txt", "x"] for i in range(30)]
    lines = list(table_lines(["doc", "n"], rows, 80))
    assert lines[-1].startswith("doc: 30 documents shown by the distinct part") and len(lines) == 2 + 30 + 1


def test_a_long_column_goes_under_its_row_when_it_would_be_too_narrow():
    widths, below = column_widths(["a", "b", "content"], [["x" * 25, "y" * 25, CONTENT]], 80)
    assert below == [False, False, True] and widths[2] > LONG
    widths, below = column_widths(["a", "content"], [["x", CONTENT]], 400)
    assert below == [False, False] and widths[1] == len(CONTENT)


def test_a_large_table_prints_fast(capsys):
    rows = [[f"fnc1-{i:05}.txt", "government", "said", CONTENT, "false", str(i), str(i + 9)] for i in range(20000)]
    start = time.perf_counter()
    print_table(["doc", "speaker", "cue", "content", "direct", "start", "end"], rows)
    elapsed = time.perf_counter() - start
    out = capsys.readouterr().out
    assert out.rstrip().endswith("20000 row(s)")
    assert elapsed < 5, f"{elapsed:.1f} s for 20,000 rows"


def test_wide_characters_count_two_columns_so_lines_fit_and_columns_align():
    from rich.cells import cell_len

    rows = [["新华社", "国务院总理在北京会见了来访的外国领导人并就双边关系交换了意见" * 3],
            ["Reuters", "The minister said the talks would go on next week"]]
    lines = list(table_lines(["speaker", "content"], rows, 60))
    assert all(cell_len(line) <= 60 for line in lines), [cell_len(line) for line in lines]
    content_column = [cell_len(line.split("  ")[0]) for line in lines[2:] if line.startswith(("新", "Reuters"))]
    assert len(content_column) == 2
    starts = {cell_len(line[: line.index(text)]) for line, text in ((lines[2], "国务院"), (lines[-1], "The minister"))}
    assert len(starts) == 1, lines
