"""kg.build: documents into the store; idempotent, incremental, safe on bad input."""

from __future__ import annotations

import pytest

from kg.build import build, remove_documents
from kg.iris import doc_iri
from kg.errors import InputError, StoreError
from kg.store import open_store
from tests.conftest import SEED_FILE


def quads_of(path):
    return quads_of_store(open_store(path, read_only=True))


def quads_of_store(store):
    return sorted(str(q) for q in store.quads())


def test_building_twice_gives_the_same_graph(tmp_path, seed_store_dir, nlp):
    with open_store(tmp_path / "again") as store:
        report = build(store, [str(SEED_FILE)], force=True)
    assert report.documents == 1
    assert quads_of(tmp_path / "again") == quads_of(seed_store_dir)


def test_unchanged_document_is_skipped_and_force_rebuilds(store_copy, nlp):
    with open_store(store_copy) as store:
        before = len(store)
        skipped = build(store, [str(SEED_FILE)])
        forced = build(store, [str(SEED_FILE)], force=True)
        assert (skipped.documents, skipped.skipped) == (0, 1)
        assert forced.documents == 1 and len(store) == before


def test_a_new_extractor_version_rebuilds_an_unchanged_document(store_copy, nlp, monkeypatch):
    import kg.emit
    import kg.iris

    for module in (kg.emit, kg.iris):  # the run IRI and the version literal
        monkeypatch.setattr(module, "__version__", "99.0.0")
    with open_store(store_copy) as store:
        report = build(store, [str(SEED_FILE)])
        assert (report.documents, report.skipped) == (1, 0)
        versions = {q.object.value for q in store.quads(doc_iri(SEED_FILE.name))
                    if q.predicate.value.endswith("#extractorVersion")}
        assert versions == {"99.0.0"}  # the old run's triples went with the old graph


def test_changed_document_replaces_only_its_graph(tmp_path, nlp):
    folder = tmp_path / "in"
    _two_documents(folder)
    with open_store(tmp_path / "s") as store:
        build(store, [str(folder)])
        b_before = sorted(str(q) for q in store.quads(doc_iri("b.txt")))
        (folder / "a.txt").write_text("date 2024-01-01 Talks.\n\nAnna Berg said \"nothing at all was agreed\".", encoding="utf-8")
        report = build(store, [str(folder)])
        assert (report.documents, report.skipped) == (1, 1)
        a_after = " ".join(q.object.value for q in store.quads(doc_iri("a.txt")))
        assert "nothing at all was agreed" in a_after and "the talks went well" not in a_after
        assert sorted(str(q) for q in store.quads(doc_iri("b.txt"))) == b_before


def test_bad_input_leaves_the_store_as_it_was(store_copy, tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text("A new article about talks.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    before = quads_of(store_copy)
    with open_store(store_copy) as store, pytest.raises(InputError, match="not UTF-8"):
        build(store, [str(good), str(bad)])
    assert quads_of(store_copy) == before


def test_date_option_sets_document_date(tmp_path, nlp):
    f = tmp_path / "x.txt"
    f.write_text("No marker here. The minister resigned.", encoding="utf-8")
    with open_store(tmp_path / "s") as store:
        build(store, [str(f)], date="2021-06-30")
        dates = [q.object.value for q in store.quads(doc_iri("x.txt")) if q.predicate.value.endswith("datePublished")]
    assert dates == ["2021-06-30"]


def _two_documents(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("date 2024-01-01 Talks.\n\nPresident Anna Berg said \"the talks went well today\".", encoding="utf-8")
    (folder / "b.txt").write_text("date 2024-01-02 Vote.\n\nMinister Carl Dunn met Anna Berg in Paris.", encoding="utf-8")


def test_many_new_documents_are_bulk_loaded_each_whole_in_its_own_graph(tmp_path, nlp, monkeypatch):
    import kg.build

    monkeypatch.setattr(kg.build, "NEW_PER_LOAD", 3)  # several bulk loads and a remainder
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(7):
        (folder / f"d{n}.txt").write_text(f"Minister Carl Dunn met Anna Berg in Paris on day {n}.", encoding="utf-8")
    with open_store(tmp_path / "bulk") as store:
        report = build(store, [str(folder)])
    with open_store(tmp_path / "one") as store:
        for n in range(7):
            build(store, [str(folder / f"d{n}.txt")])
    assert report.documents == 7 and report.triples == len(open_store(tmp_path / "bulk", read_only=True))
    assert quads_of(tmp_path / "bulk") == quads_of(tmp_path / "one")


def test_a_document_cut_short_before_its_hash_was_written_is_built_again_whole(tmp_path, nlp):
    from kg.namespaces import NKG

    folder = tmp_path / "in"
    _two_documents(folder)
    with open_store(tmp_path / "s") as store:
        build(store, [str(folder)])
        whole = quads_of_store(store)
        a = doc_iri("a.txt")
        for quad in list(store.quads(a)):  # what a build killed between bulk load and seal leaves
            if quad.predicate.value == str(NKG.contentHash) or "Berg" in str(quad.object):
                store.oxigraph.remove(quad)
        report = build(store, [str(folder)])
        assert (report.documents, report.skipped) == (1, 1)
        assert quads_of_store(store) == whole


def test_two_different_documents_under_one_name_stop_the_build_before_any_write(tmp_path, nlp):
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("Minister Carl Dunn met Anna Berg in Paris.", encoding="utf-8")
    (second / "a.txt").write_text("President Anna Berg said \"nothing at all was agreed\".", encoding="utf-8")
    (second / "b.txt").write_text("Minister Carl Dunn said \"the talks went well\".", encoding="utf-8")
    with open_store(tmp_path / "s") as store:
        build(store, [str(first)])
        before = quads_of_store(store)
        with pytest.raises(InputError, match="already taken"):
            build(store, [str(first), str(second)])
        assert quads_of_store(store) == before


def test_the_same_file_given_twice_is_built_once(tmp_path, nlp):
    folder = tmp_path / "in"
    _two_documents(folder)
    with open_store(tmp_path / "s") as store:
        report = build(store, [str(folder), str(folder / "a.txt")])
        assert report.documents == 2 and len(store.graphs()) == 2


def test_a_large_build_compacts_the_store_and_a_small_one_does_not(tmp_path, nlp, monkeypatch):
    import kg.build
    from kg.store import KgStore

    calls = []
    monkeypatch.setattr(KgStore, "optimize", lambda self: calls.append(self.path))
    monkeypatch.setattr(kg.build, "OPTIMIZE_AFTER", 2)
    folder = tmp_path / "in"
    _two_documents(folder)
    with open_store(tmp_path / "s") as store:
        build(store, [str(folder / "a.txt")])
        assert calls == []
        build(store, [str(folder)], force=True)
        assert calls == [tmp_path / "s"]


def test_removed_documents_leave_the_others_whole_and_build_again(tmp_path, nlp):
    folder = tmp_path / "in"
    _two_documents(folder)
    with open_store(tmp_path / "only-b") as store:
        build(store, [str(folder / "b.txt")])
        only_b = quads_of_store(store)
    with open_store(tmp_path / "s") as store:
        build(store, [str(folder)])
        assert remove_documents(store, ["a.txt", doc_iri("a.txt")]) == [doc_iri("a.txt")]
        assert store.graphs() == [doc_iri("b.txt")] and quads_of_store(store) == only_b
        report = build(store, [str(folder)])
        assert (report.documents, report.skipped) == (1, 1)


def test_removing_an_unknown_document_removes_nothing(tmp_path, nlp):
    folder = tmp_path / "in"
    _two_documents(folder)
    with open_store(tmp_path / "s") as store:
        build(store, [str(folder)])
        before = quads_of_store(store)
        with pytest.raises(StoreError, match="no document 'c.txt'"):
            remove_documents(store, ["a.txt", "c.txt"])
        assert quads_of_store(store) == before


def test_a_builder_that_fails_mid_run_leaves_the_graphs_it_gave_written_whole(tmp_path, nlp):
    from kg.build import local_builder
    from kg.errors import ClusterError

    folder = tmp_path / "in"
    _two_documents(folder)
    (folder / "c.txt").write_text("Minister Carl Dunn said \"the talks went well\".", encoding="utf-8")

    def lost_after_two(documents, input_done=None):
        built = local_builder(1)(documents, input_done)
        yield next(built)
        yield next(built)
        raise ClusterError("lost the cluster")

    with open_store(tmp_path / "s") as store:
        with pytest.raises(ClusterError, match="lost the cluster; the store keeps the 2 document"):
            build(store, [str(folder)], builder=lost_after_two)
        assert store.graphs() == [doc_iri("a.txt"), doc_iri("b.txt")]
        report = build(store, [str(folder)])
        assert (report.documents, report.skipped) == (1, 2)
    with open_store(tmp_path / "whole") as store:
        build(store, [str(folder)])
    assert quads_of(tmp_path / "s") == quads_of(tmp_path / "whole")


def test_extract_takes_its_graphs_from_the_builder_given(tmp_path, nlp):
    import io

    from kg.build import extract_nquads, local_builder

    folder = tmp_path / "in"
    _two_documents(folder)
    given = []

    def recording(documents, input_done=None):
        for built in local_builder(1)(documents, input_done):
            given.append(built.document.name)
            yield built

    via_builder, default = io.BytesIO(), io.BytesIO()
    extract_nquads([str(folder)], via_builder, builder=recording)
    extract_nquads([str(folder)], default, jobs=1)
    assert given == ["a.txt", "b.txt"] and via_builder.getvalue() == default.getvalue()


def test_jobs_are_capped_at_the_cores_with_a_note():
    from kg.build import capped_jobs, default_jobs

    cores = default_jobs()
    assert capped_jobs(None) == (cores, None)
    assert capped_jobs(1) == (1, None)
    assert capped_jobs(cores) == (cores, None)
    assert capped_jobs(cores + 62) == (cores, f"-j {cores + 62} is more than the {cores} core(s) here: using {cores}")


def test_a_removal_a_full_disk_stops_leaves_the_store_whole_and_says_so(store_copy, seed_store_dir):
    """A file-size limit makes the store's log unwritable as a full disk does; nothing is removed, and the error says so."""
    import subprocess
    import sys

    script = ("import resource, sys\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (128 * 1024, 128 * 1024))\n"
              "from kg.build import remove_documents\nfrom kg.store import open_store\nfrom kg.errors import StoreError\n"
              "try:\n    with open_store(sys.argv[1], create=False) as store:\n"
              "        remove_documents(store, [sys.argv[2]])\n"
              "except StoreError as err:\n    print(err)\n")
    done = subprocess.run([sys.executable, "-c", script, str(store_copy), SEED_FILE.name], capture_output=True, text=True,
                          timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stdout.startswith(f"cannot remove {SEED_FILE.name}: store ") and done.stdout.rstrip().endswith("nothing was removed")
    assert quads_of(store_copy) == quads_of(seed_store_dir)

def test_another_article_under_a_stored_name_is_refused_before_anything_is_written(store_copy, tmp_path):
    from kg.build import checked_documents, stored_names_check

    other = tmp_path / "other"
    other.mkdir()
    (other / SEED_FILE.name).write_text("The minister said talks resume.", encoding="utf-8")
    check = stored_names_check(store_copy, replace=False)
    with pytest.raises(InputError, match=rf"other/{SEED_FILE.name}: the store .* already holds another article "
                                         rf"named '{SEED_FILE.name}' \(it begins \"President Trump has just concluded .*\"\); "
                                         rf"pass --replace"):
        checked_documents([str(other)], None, check=check)
    assert list(checked_documents([str(SEED_FILE)], None, check=check))  # the same text passes
    assert list(checked_documents([str(other)], None, check=stored_names_check(store_copy, replace=True)))


def test_an_edited_article_under_its_stored_name_passes_the_check(store_copy, tmp_path):
    from kg.build import checked_documents, stored_names_check

    edited = tmp_path / "edited"
    edited.mkdir()
    text = SEED_FILE.read_text(encoding="utf-8")
    first_sentence_end = text.index(". ") + 1
    (edited / SEED_FILE.name).write_text(text[:first_sentence_end] + " It was a short visit." + text[first_sentence_end:],
                                         encoding="utf-8")
    assert list(checked_documents([str(edited)], None, check=stored_names_check(store_copy, replace=False)))


def test_no_store_yet_refuses_no_name(tmp_path):
    from kg.build import checked_documents, stored_names_check

    assert list(checked_documents([str(SEED_FILE)], None, check=stored_names_check(tmp_path / "none", replace=False)))


def test_a_name_for_stdin_needs_stdin(tmp_path):
    from kg.build import checked_documents

    with pytest.raises(InputError, match="--name 'x.txt' names the document read from stdin"):
        checked_documents([str(SEED_FILE)], None, stdin_as="x.txt")


def test_a_graph_whose_anchors_were_deleted_is_built_again(store_copy, nlp):
    with open_store(store_copy) as store:
        before = quads_of_store(store)
        store.oxigraph.update("DELETE WHERE { GRAPH ?g { ?s <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/"
                              "nif-core#anchorOf> ?o } }")
        assert store.is_damaged(doc_iri(SEED_FILE.name))
        report = build(store, [str(SEED_FILE)])
        assert (report.documents, report.skipped) == (1, 0)
        assert quads_of_store(store) == before


def test_checked_documents_are_counted_by_the_check_and_read_again_whole(tmp_path):
    from kg.build import checked_documents

    for name, text in (("a.txt", "The minister said talks resume."), ("b.txt", "The union said the strike goes on.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    documents = checked_documents([str(tmp_path), str(tmp_path / "a.txt")], None)
    assert len(documents) == 2
    assert [d.name for d in documents] == [d.name for d in documents] == ["a.txt", "b.txt"]
