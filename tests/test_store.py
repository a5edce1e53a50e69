"""kg.store: the on-disk Oxigraph store, one named graph per document."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.iris import doc_iri
from kg.namespaces import NKG, PROV
from kg.store import open_store, store_path
from tests.conftest import held_by_another_process

G1, G2 = "https://example.org/doc/1", "https://example.org/doc/2"


def quad(s: str, o: str, g: str) -> ox.Quad:
    return ox.Quad(ox.NamedNode(s), ox.NamedNode("https://example.org/p"), ox.Literal(o), ox.NamedNode(g))


def test_replace_graph_replaces_only_that_graph(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.replace_graph(G1, [quad("https://example.org/a", "one", G1), quad("https://example.org/b", "two", G1)])
        store.replace_graph(G2, [quad("https://example.org/c", "three", G2)])
        store.replace_graph(G1, [quad("https://example.org/a", "new", G1)])
        assert store.graphs() == [G1, G2]
        assert store.count(G1) == 1 and store.count(G2) == 1
        assert next(store.quads(G1)).object.value == "new"


def test_replace_is_idempotent_and_keeps_awkward_literals(tmp_path):
    text = 'quote " backslash \\ newline \n unicode “Kyiv” ß'
    with open_store(tmp_path / "s") as store:
        for _ in range(2):
            store.replace_graph(G1, [quad("https://example.org/a", text, G1)])
        assert len(store) == 1
        assert next(store.quads(G1)).object.value == text


def test_store_survives_reopen(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.replace_graph(G1, [quad("https://example.org/a", "x", G1)])
    assert open_store(tmp_path / "s", read_only=True).count() == 1


def test_read_only_store_refuses_writes(tmp_path):
    open_store(tmp_path / "s").close()
    store = open_store(tmp_path / "s", read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.replace_graph(G1, [])


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "nowhere", read_only=True)


def test_an_empty_folder_is_no_store_to_read_but_room_for_one(tmp_path):
    (tmp_path / "s").mkdir()
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "s", read_only=True)
    with open_store(tmp_path / "s") as store:
        store.replace_graph(G1, [quad("https://example.org/a", "one", G1)])
    assert open_store(tmp_path / "s", read_only=True).count(G1) == 1


def test_a_store_is_not_made_among_other_files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.md").write_text("mine", encoding="utf-8")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="holds other files and is not a store" if not read_only else "no store at"):
            open_store(folder, read_only=read_only)
    assert [p.name for p in folder.iterdir()] == ["notes.md"]


def test_a_store_another_process_writes_is_named_busy_and_still_readable(tmp_path):
    where = tmp_path / "s"
    with open_store(where) as store:
        store.replace_graph(G1, [quad("https://example.org/a", "x", G1)])
    with held_by_another_process(where):
        with pytest.raises(StoreError, match="being written by another process"):
            open_store(where)
        assert open_store(where, read_only=True).count() == 1


def test_store_location(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_STORE", raising=False)
    assert str(store_path()) == ".kg-store"
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env"))
    assert store_path() == tmp_path / "env"
    assert store_path(tmp_path / "given") == tmp_path / "given"


def test_bulk_added_graphs_and_added_triples_land_in_their_graphs(tmp_path):
    one = ox.serialize([quad("https://example.org/a", "one", G1).triple], format=ox.RdfFormat.N_TRIPLES)
    two = ox.serialize([quad("https://example.org/b", 'two "quoted" .', G2).triple], format=ox.RdfFormat.N_TRIPLES)
    with open_store(tmp_path / "s") as store:
        store.bulk_add_graphs({G1: one, G2: two})
        store.add_triples({G1: two})
        assert store.graphs() == [G1, G2]
        assert sorted(q.object.value for q in store.quads(G1)) == ["one", 'two "quoted" .']
        assert [q.object.value for q in store.quads(G2)] == ['two "quoted" .']


def test_a_bulk_load_hands_free_heap_memory_back(tmp_path, monkeypatch):
    import platform

    import kg.store

    trims = []
    monkeypatch.setattr(kg.store, "_malloc_trim", lambda: trims.append)
    one = ox.serialize([quad("https://example.org/a", "one", G1).triple], format=ox.RdfFormat.N_TRIPLES)
    with open_store(tmp_path / "s") as store:
        store.bulk_add_graphs({G1: one})
    assert trims == [0]
    monkeypatch.undo()
    if platform.libc_ver()[0] == "glibc":
        assert kg.store._malloc_trim() is not None


def test_bulk_add_refuses_a_read_only_store(tmp_path):
    open_store(tmp_path / "s").close()
    with pytest.raises(StoreError, match="read-only"):
        open_store(tmp_path / "s", read_only=True).bulk_add_graphs({G1: b""})


def test_optimize_keeps_every_quad(tmp_path):
    with open_store(tmp_path / "s") as store:
        for n in range(20):
            store.replace_graph(f"{G1}/{n}", [quad("https://example.org/a", f"v{n}", f"{G1}/{n}")])
        before = sorted(str(q) for q in store.quads())
        store.optimize()
        assert sorted(str(q) for q in store.quads()) == before and len(before) == 20


def test_a_document_is_found_by_name_even_when_its_name_is_a_url(tmp_path):
    named_by_url = doc_iri("https://news.example/story/7")
    with open_store(tmp_path / "s") as store:
        store.add_triples({named_by_url: b"<https://e/s> <https://e/p> <https://e/o> .\n"})
        assert store.resolve_graph("https://news.example/story/7") == named_by_url
        assert store.resolve_graph(named_by_url) == named_by_url
        with pytest.raises(StoreError, match="no document 'https://news.example/story/8'"):
            store.resolve_graph("https://news.example/story/8")


def test_a_graph_is_current_only_with_its_hash_and_run(tmp_path):
    graph = doc_iri("a.txt")
    marks = (f"<{graph}> <{NKG.contentHash}> \"h1\" .\n"
             f"<{graph}> <{PROV.wasGeneratedBy}> <https://e/run1> .\n").encode()
    with open_store(tmp_path / "s") as store:
        assert not store.holds_current(graph, "h1", "https://e/run1")
        store.add_triples({graph: marks})
        assert store.holds_current(graph, "h1", "https://e/run1")
        assert not store.holds_current(graph, "h2", "https://e/run1")
        assert not store.holds_current(graph, "h1", "https://e/run2")


def test_a_store_that_lost_its_current_file_is_named_damaged(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.add_triples({G1: b"<https://e/s> <https://e/p> \"o\" .\n"})
    (tmp_path / "s" / "CURRENT").unlink()
    for read_only in (True, False):
        with pytest.raises(StoreError, match=r"store .*s is damaged: its CURRENT file .* kg validate --repair --store .*\(kg build FILES --store NEW\)"):
            open_store(tmp_path / "s", read_only=read_only)


def test_a_lost_current_file_is_repaired_from_the_manifest(tmp_path):
    from kg.store import repair_store

    with open_store(tmp_path / "s") as store:
        store.add_triples({G1: b"<https://e/s> <https://e/p> \"o\" .\n"})
    current = (tmp_path / "s" / "CURRENT").read_bytes()
    assert repair_store(tmp_path / "s") is None  # nothing to repair
    (tmp_path / "s" / "CURRENT").unlink()
    assert "wrote its lost CURRENT file" in repair_store(tmp_path / "s")
    assert (tmp_path / "s" / "CURRENT").read_bytes() == current
    with open_store(tmp_path / "s", read_only=True) as store:
        assert store.count(G1) == 1


def test_a_store_without_current_or_manifest_cannot_be_repaired(tmp_path):
    from kg.store import repair_store

    with open_store(tmp_path / "s"):
        pass
    for name in ("CURRENT", *(p.name for p in (tmp_path / "s").glob("MANIFEST-*"))):
        (tmp_path / "s" / name).unlink()
    with pytest.raises(StoreError, match="damaged beyond repair here"):
        repair_store(tmp_path / "s")
    assert not (tmp_path / "s" / "CURRENT").exists()


def test_a_store_that_lost_a_table_file_is_named_damaged(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.add_triples({G1: b"<https://e/s> <https://e/p> \"o\" .\n"})
        store.optimize()
    next((tmp_path / "s").glob("*.sst")).unlink()
    with pytest.raises(StoreError, match=r"store .*s is damaged \(.*\.sst.*\); build its documents again"):
        open_store(tmp_path / "s", read_only=True)


def test_the_store_folder_of_a_path(tmp_path):
    from kg.store import store_folder_of

    with open_store(tmp_path / "s"):
        pass
    assert store_folder_of(tmp_path / "s" / "CURRENT") == tmp_path / "s"
    assert store_folder_of(tmp_path / "s" / "a" / "b.ttl") == tmp_path / "s"
    assert store_folder_of(tmp_path / "out.ttl") is None


def test_content_hashes_are_those_written_last(tmp_path):
    graph = doc_iri("a.txt")
    with open_store(tmp_path / "s") as store:
        store.add_triples({graph: f"<{graph}> <{NKG.contentHash}> \"h1\" .\n".encode(),
                           G1: b"<https://e/s> <https://e/p> \"o\" .\n"})
        assert store.content_hashes() == {graph: "h1"}


NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


@pytest.mark.parametrize("damage, damaged, broken", [
    ("", False, False),
    (f"<https://e/span> <{NIF}anchorOf> \"Oslo\" .", False, False),
    (f"<https://e/span> <{NIF}anchorOf> \"Paris\" .", True, False),  # an anchor that lies: only the thorough check
    ("", True, True),  # no anchor at all
])
def test_a_graph_whose_anchors_do_not_hold_is_damaged(tmp_path, damage, damaged, broken):
    graph = doc_iri("a.txt")
    body = (f"<{graph}> <{NIF}isString> \"Leaders meet in Oslo.\" .\n"
            f"<https://e/span> <{NIF}referenceContext> <{graph}> .\n"
            f"<https://e/span> <{NIF}beginIndex> \"16\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            f"<https://e/span> <{NIF}endIndex> \"20\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n")
    if damage or not damaged:
        body += damage or f"<https://e/span> <{NIF}anchorOf> \"Oslo\" ."
    with open_store(tmp_path / "s") as store:
        store.add_triples({graph: (body + "\n").encode()})
        assert store.is_damaged(graph) is damaged
        assert store.is_damaged(graph, thorough=False) is broken


def test_a_missing_table_file_found_by_a_read_names_the_store_damaged():
    from kg.store import damage_error

    found = FileNotFoundError("IO error: No such file or directory: While open a file for random read: "
                              "/data/news.db/000014.sst: No such file or directory")
    assert str(damage_error(found)).startswith("store /data/news.db is damaged (IO error: No such file or directory")
    assert damage_error(FileNotFoundError("No such file or directory: 'a.txt'")) is None


def test_document_text_is_the_graph_s_text_or_none(tmp_path):
    graph = doc_iri("a.txt")
    with open_store(tmp_path / "s") as store:
        store.add_triples({graph: f"<{graph}> <{NIF}isString> \"Leaders meet in Oslo.\" .\n".encode()})
        assert store.document_text(graph) == "Leaders meet in Oslo."
        assert store.document_text(doc_iri("b.txt")) is None
