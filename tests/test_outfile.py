"""kg.outfile: output files are written whole or not at all; XML output holds only characters XML can."""

from __future__ import annotations

import io
import os
import re

import pytest

from kg.errors import FormatError, InputError, OutputError
from kg.outfile import XmlCharacterGuard, check_xml_characters, write_atomically, write_output


def test_writes_the_file_and_leaves_no_partial(tmp_path):
    target = tmp_path / "out.nq"
    write_atomically(target, lambda handle: handle.write(b"data\n"))
    assert target.read_bytes() == b"data\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.nq"]


def test_a_missing_folder_is_an_output_error_naming_the_file(tmp_path):
    target = tmp_path / "no" / "such" / "out.ttl"
    with pytest.raises(OutputError, match=r"cannot write .*out\.ttl: No such file or directory"):
        write_atomically(target, lambda handle: handle.write(b"x"))


@pytest.mark.parametrize("writer", [write_atomically, write_output], ids=["write_atomically", "write_output"])
def test_a_failed_write_keeps_the_old_file_and_removes_the_partial(tmp_path, writer):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old")

    def fail(handle):
        handle.write(b"half")
        raise InputError("bad document")

    with pytest.raises(InputError):
        writer(target, fail)
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


def test_write_output_writes_a_regular_file_whole(tmp_path):
    target = tmp_path / "out.ttl"
    target.write_bytes(b"old")
    write_output(target, lambda handle: handle.write(b"new"))
    assert target.read_bytes() == b"new" and sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]


def test_write_output_follows_a_symbolic_link(tmp_path):
    (tmp_path / "real.ttl").write_bytes(b"old")
    (tmp_path / "link.ttl").symlink_to("real.ttl")
    write_output(tmp_path / "link.ttl", lambda handle: handle.write(b"new"))
    assert (tmp_path / "link.ttl").is_symlink() and (tmp_path / "real.ttl").read_bytes() == b"new"


def test_write_output_writes_into_a_named_pipe_in_place(tmp_path):
    import stat
    import subprocess

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = subprocess.Popen(["cat", str(pipe)], stdout=subprocess.PIPE)
    try:
        write_output(pipe, lambda handle: handle.write(b"through the pipe"))
        assert reader.communicate(timeout=10)[0] == b"through the pipe"
    finally:
        if reader.poll() is None:
            reader.kill()
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_write_output_writes_to_a_file_descriptor_in_place(tmp_path):
    target = tmp_path / "held.txt"
    with open(target, "wb") as held:
        write_output(f"/proc/self/fd/{held.fileno()}", lambda handle: handle.write(b"via the descriptor"))
    assert target.read_bytes() == b"via the descriptor"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["held.txt"]


@pytest.mark.parametrize("name", ["CURRENT", "dump.ttl", "sub/dump.ttl"])
def test_write_output_refuses_a_path_inside_a_store(tmp_path, name):
    from kg.store import open_store

    with open_store(tmp_path / "store"):
        pass
    (tmp_path / "store" / "sub").mkdir()
    current = (tmp_path / "store" / "CURRENT").read_bytes()
    with pytest.raises(OutputError, match=r"inside the store .*store"):
        write_output(tmp_path / "store" / name, lambda handle: handle.write(b"x"))
    assert (tmp_path / "store" / "CURRENT").read_bytes() == current
    assert not (tmp_path / "store" / "dump.ttl").exists()
