"""kg.documents: reading .txt, .jsonl, .csv, folders and stdin into Documents."""

from __future__ import annotations

import json
import re

import pytest

from kg.documents import MAX_CHARACTERS, Document, parse_text, read_documents, stdin_name, unique_documents
from kg.errors import InputError


def test_date_marker_sets_date_and_keeps_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("  date 2024-03-05 Leaders meet in Oslo.\n\nBody text here.", encoding="utf-8")
    (doc,) = read_documents([str(f)])
    assert doc.name == "a.txt"
    assert doc.date == "2024-03-05"
    assert doc.title == "Leaders meet in Oslo."
    assert doc.text == f.read_text(encoding="utf-8")
    assert doc.text[: doc.header_end].strip() == "date 2024-03-05"


def test_long_first_line_is_not_a_title():
    doc = parse_text("x.txt", "date 2024-03-05 " + "word " * 60 + "\n\nmore")
    assert doc.title is None and doc.date == "2024-03-05"


def test_no_marker_no_date():
    doc = parse_text("x.txt", "Plain text without a date.")
    assert doc.date is None and doc.header_end == 0


def test_date_option_overrides_marker(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("date 2024-03-05 T.\n\nBody.", encoding="utf-8")
    (doc,) = read_documents([str(f)], date="2020-01-02")
    assert doc.date == "2020-01-02"


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [d.name for d in read_documents([str(tmp_path)])] == ["b.txt", "a.txt"]


def test_jsonl_rows(tmp_path):
    f = tmp_path / "news.jsonl"
    rows = [{"id": "one", "text": "Alpha.", "date": "2021-01-01", "title": "T", "url": "http://x.org/1"}, {"text": "Beta."}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs = list(read_documents([str(f)]))
    assert [d.name for d in docs] == ["one", "news.jsonl#2"]
    assert docs[0] == Document("one", "Alpha.", "2021-01-01", "T", "http://x.org/1")


def test_csv_rows(tmp_path):
    f = tmp_path / "news.csv"
    f.write_text('id,text,date\nr1,"Hello, world.",2022-02-02\n', encoding="utf-8")
    (doc,) = read_documents([str(f)])
    assert (doc.name, doc.text, doc.date) == ("r1", "Hello, world.", "2022-02-02")


def test_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("date 2023-01-01 Hi.\n\nText.".encode())))
    (doc,) = read_documents(["-"])
    assert doc.name == stdin_name(doc.text) and doc.date == "2023-01-01" and doc.source == "stdin"


def test_stdin_texts_are_named_by_their_content():
    assert stdin_name("One.") == stdin_name("One.") != stdin_name("Two.")
    assert stdin_name("One.").startswith("stdin-")


def test_stdin_may_be_given_a_name(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Text.")))
    (doc,) = read_documents(["-"], stdin_as="memo.txt")
    assert doc.name == "memo.txt"


@pytest.mark.parametrize("data, message", [
    ("Talks resume.".encode("utf-16-le"), "UTF-16 (little-endian) text without a byte order mark"),
    ("Talks resume.".encode("utf-16-be"), "UTF-16 (big-endian) text without a byte order mark"),
    (b"Talks\x00 resume.", "NUL character (offset 5)"),
])
def test_a_nul_is_refused_and_utf16_named(tmp_path, data, message):
    (tmp_path / "a.txt").write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)):
        list(read_documents([str(tmp_path / "a.txt")]))


def test_a_nul_in_a_row_is_refused(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "Talks\\u0000 resume."}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.jsonl:1: holds a NUL"):
        list(read_documents([str(tmp_path / "a.jsonl")]))


@pytest.mark.parametrize("data, where", [
    ('id,text\none,"He said it.\ntwo,Another article.\n', "a.csv:2"),
    ('id,text\none,"He said hi.\ntwo,"Second row."\n', "a.csv:2"),
    ('"id,text\none,Text.\n', "a.csv:1"),
])
def test_a_csv_quote_that_does_not_close_is_refused(tmp_path, data, where):
    (tmp_path / "a.csv").write_text(data, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(where)):
        list(read_documents([str(tmp_path / "a.csv")]))


def test_a_csv_field_may_hold_quoted_paragraphs(tmp_path):
    (tmp_path / "a.csv").write_text('id,text\none,"First.\n\nHe said ""no""."\ntwo,Plain.\n', encoding="utf-8")
    docs = list(read_documents([str(tmp_path / "a.csv")]))
    assert [doc.text for doc in docs] == ['First.\n\nHe said "no".', "Plain."]


def test_a_folder_nested_deeper_than_python_recurses_is_read(tmp_path):
    path = tmp_path / "deep"
    path.mkdir()
    for _ in range(1200):
        path = path / "d"
        path.mkdir()
    (path / "a.txt").write_text("Talks resume.", encoding="utf-8")
    (doc,) = read_documents([str(tmp_path / "deep")])
    assert doc.name == "a.txt"
    for _ in range(1201):  # shutil.rmtree would recurse too deep
        (path / "a.txt").unlink(missing_ok=True)
        path.rmdir()
        path = path.parent


def test_a_linked_folder_is_not_walked(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Talks resume.", encoding="utf-8")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news")
    assert [doc.name for doc in read_documents([str(tmp_path / "news")])] == ["a.txt"]


def test_content_hash_changes_with_text():
    assert parse_text("a", "One.").content_hash != parse_text("a", "Two.").content_hash
    assert parse_text("a", "One.").content_hash == parse_text("a", "One.").content_hash


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty document"),
        ("blank.txt", b"  \n\t\n", "empty document"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
        ("bad.jsonl", b'{"text": "ok"}\n{broken', "not valid JSON"),
        ("list.jsonl", b'["text"]', "JSON object"),
        ("notext.jsonl", b'{"title": "x"}', "no 'text'"),
        ("nocol.csv", b"body\nhello\n", "'text' column"),
        ("header.csv", b"id,text\n", "header but no rows"),
        ("header-crlf.csv", b"id,text\r\n\r\n", "header but no rows"),
        ("doc.pdf", b"%PDF", "unsupported file type"),
        ("baddate.txt", b"date 2024-13-45 Hi.\n\nBody", "not a date"),
        pytest.param("huge.txt", b"word " * 200_001, "huge.txt: 1,000,005 characters, more than the 1,000,000", id="huge.txt"),
        pytest.param("huge.jsonl", b'{"text": "ok"}\n' + json.dumps({"text": "a" * 1_000_001}).encode(),
                     "huge.jsonl:2: 1,000,001 characters", id="huge.jsonl"),
    ],
)
def test_bad_input_is_a_one_line_error(tmp_path, name, data, message):
    f = tmp_path / name
    if data is not None:
        f.write_bytes(data)
    with pytest.raises(InputError) as err:
        list(read_documents([str(f)]))
    assert message in str(err.value) and "\n" not in str(err.value)


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no .txt"):
        list(read_documents([str(tmp_path)]))


def test_bad_date_option():
    with pytest.raises(InputError, match="--date"):
        list(read_documents([], date="yesterday"))


def _twins(tmp_path, second_text):
    for folder, text in (("x", "The mayor spoke."), ("y", second_text)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(text, encoding="utf-8")
    return [str(tmp_path / "x"), str(tmp_path / "y")]


def test_a_repeated_document_is_read_once(tmp_path):
    paths = _twins(tmp_path, "The mayor spoke.")
    docs = list(unique_documents(read_documents([*paths, str(tmp_path / "x" / "a.txt")])))
    assert [(d.name, d.source) for d in docs] == [("a.txt", str(tmp_path / "x" / "a.txt"))]


def test_two_different_documents_under_one_name_are_an_error(tmp_path):
    paths = _twins(tmp_path, "The governor spoke.")
    with pytest.raises(InputError) as err:
        list(unique_documents(read_documents(paths)))
    message = str(err.value)
    assert message.startswith(str(tmp_path / "y" / "a.txt")) and str(tmp_path / "x" / "a.txt") in message
    assert "'a.txt'" in message and "\n" not in message


def test_rows_with_one_id_and_different_texts_are_an_error(tmp_path):
    f = tmp_path / "rows.jsonl"
    f.write_text('{"id": "n1", "text": "One."}\n{"id": "n1", "text": "Two."}\n', encoding="utf-8")
    with pytest.raises(InputError, match=f"{f}:2: the name 'n1' is already taken by {f}:1"):
        list(unique_documents(read_documents([str(f)])))


def test_the_source_is_not_part_of_the_document(tmp_path):
    paths = _twins(tmp_path, "The mayor spoke.")
    first, second = read_documents(paths)
    assert first.source != second.source and first == second


def test_a_text_of_the_largest_length_is_read(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text("a" * MAX_CHARACTERS, encoding="utf-8")
    (doc,) = read_documents([str(f)])
    assert len(doc.text) == MAX_CHARACTERS


def test_a_byte_order_mark_does_not_hide_the_date_marker(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffdate 2024-05-02 Bridge vote\n\nThe council met.".encode("utf-8"))
    (doc,) = read_documents([str(f)])
    assert (doc.date, doc.title) == ("2024-05-02", "Bridge vote")
    assert doc.text.startswith("\ufeffdate")  # kept as read, so offsets index the decoded file


@pytest.mark.parametrize("name, data", [
    ("excel.csv", "\ufeffid,text\nn1,The council met.\n"),
    ("rows.jsonl", '\ufeff{"id": "n1", "text": "The council met."}\n'),
])
def test_a_byte_order_mark_before_rows_is_not_part_of_the_first_field(tmp_path, name, data):
    f = tmp_path / name
    f.write_bytes(data.encode("utf-8"))
    (doc,) = read_documents([str(f)])
    assert (doc.name, doc.text) == ("n1", "The council met.")


@pytest.mark.parametrize("header, row", [
    ("id;text;date", 'n1;"The council met; then it voted.";2024-05-01'),  # Excel in many locales
    ("id\ttext\tdate", "n1\tThe council met; then it voted.\t2024-05-01"),
    ("id,text,date", 'n1,"The council met; then it voted.",2024-05-01'),
])
def test_csv_fields_may_be_separated_by_commas_semicolons_or_tabs(tmp_path, header, row):
    f = tmp_path / "rows.csv"
    f.write_text(f"{header}\n{row}\n", encoding="utf-8")
    (doc,) = read_documents([str(f)])
    assert (doc.name, doc.text, doc.date) == ("n1", "The council met; then it voted.", "2024-05-01")


def test_a_folder_leaves_out_hidden_files_and_folders(tmp_path):
    (tmp_path / "a.txt").write_text("The council met.", encoding="utf-8")
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07Mac OS X")  # macOS AppleDouble companion
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("not an article", encoding="utf-8")
    assert [d.name for d in read_documents([str(tmp_path)])] == ["a.txt"]
    assert [d.name for d in read_documents([str(tmp_path / ".git" / "notes.txt")])] == ["notes.txt"]  # named: read


def test_a_pipe_is_no_input_file(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(InputError, match="pipe: not a file or folder .*'-'"):
        list(read_documents([str(tmp_path / "pipe")]))


def test_stdin_holds_one_document():
    with pytest.raises(InputError, match=r"- \(stdin\) is given more than once"):
        list(read_documents(["-", "-"]))


@pytest.mark.parametrize("old, new, revised", [
    ("The minister said on Monday that the talks would resume next week in Oslo.",
     "The minister said on Monday that the talks would resume next month in Oslo.", True),
    ("The minister said on Monday that the talks would resume next week.",
     "The minister said on Monday that the talks would resume next week.\n\nA correction was added later.", True),
    ("date 2024-01-02 Talks\n\nThe minister said the talks would resume.",
     "date 2024-01-03 Talks\n\nThe minister said the talks would resume.", True),
    ("The minister said on Monday that the talks would resume next week.",
     "Floods closed three roads near the river on Tuesday, police said.", False),
    ("The minister said on Monday that the talks would resume next week.", "", False),
])
def test_an_edit_is_told_from_another_article(old, new, revised):
    from kg.documents import is_revision

    assert is_revision(old, new) is revised
