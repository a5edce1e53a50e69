"""kg.outfile: output files are written whole or not at all; XML output holds only characters XML can."""

from __future__ import annotations

import io
import re

import pytest

from kg.errors import FormatError, InputError, OutputError
from kg.outfile import XmlCharacterGuard, check_xml_characters, write_atomically


def test_writes_the_file_and_leaves_no_partial(tmp_path):
    target = tmp_path / "out.nq"
    write_atomically(target, lambda handle: handle.write(b"data\n"))
    assert target.read_bytes() == b"data\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.nq"]


def test_a_missing_folder_is_an_output_error_naming_the_file(tmp_path):
    target = tmp_path / "no" / "such" / "out.ttl"
    with pytest.raises(OutputError, match=r"cannot write .*out\.ttl: No such file or directory"):
        write_atomically(target, lambda handle: handle.write(b"x"))


def test_a_failed_write_keeps_the_old_file_and_removes_the_partial(tmp_path):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old")

    def fail(handle):
        handle.write(b"half")
        raise InputError("bad document")

    with pytest.raises(InputError):
        write_atomically(target, fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


def test_a_folder_in_the_way_is_an_output_error(tmp_path):
    (tmp_path / "out.ttl").mkdir()
    with pytest.raises(OutputError, match="cannot write"):
        write_atomically(tmp_path / "out.ttl", lambda handle: handle.write(b"x"))
    assert not (tmp_path / "out.ttl.partial").exists()


@pytest.mark.parametrize("data, bad", [
    (b"<a>tab\t, line\n, return\r and \xc3\xa9</a>", None),
    (b"<a>vertical\x0btab</a>", "U+000B"),
    (b"<a>form\x0cfeed</a>", "U+000C"),
    (b"<a>nul\x00</a>", "U+0000"),
])
def test_xml_characters(data, bad):
    if bad is None:
        assert check_xml_characters(data, ["ttl"]) == data
    else:
        with pytest.raises(FormatError, match=f"{re.escape(bad)} that a text in this graph contains; use one of: nq, ttl$"):
            check_xml_characters(data, ["ttl", "nq"])


def test_the_guard_passes_xml_on_and_stops_at_a_bad_chunk():
    out = io.BytesIO()
    guard = XmlCharacterGuard(out, ["ttl"])
    guard.write(b"<a>fine</a>")
    with pytest.raises(FormatError):
        guard.write(b"<b>\x0b</b>")
    assert out.getvalue() == b"<a>fine</a>"
