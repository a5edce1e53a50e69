"""kg.cli: every command through click's CliRunner, including bad input."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.cli import main
from kg.store import open_store
from tests.conftest import SEED_FILE, SEEDS, held_by_another_process


def run(runner, *args, input=None):
    return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def twin_articles(folder: Path) -> None:
    """Two different articles, both called a.txt, in folder/x and folder/y."""
    for sub, who in (("x", "mayor"), ("y", "governor")):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "a.txt").write_text(f"The {who} said the bridge will open.", encoding="utf-8")


def snapshot(path) -> list[str]:
    return sorted(str(q) for q in open_store(path, read_only=True).quads())


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(runner, command):
    result = run(runner, command, "--help")
    assert result.exit_code == 0
    assert main.commands[command].help and "Example" in main.commands[command].help


def test_top_level_help_and_version(runner):
    assert "kg build" in run(runner, "--help").output
    from kg import __version__

    assert __version__ in run(runner, "--version").output


def test_build_then_statements_json(runner, tmp_path):
    store = tmp_path / "s"
    result = run(runner, "build", SEEDS, "--store", store)
    assert result.exit_code == 0, result.output
    out = run(runner, "query", "statements", "--store", store, "--format", "json")
    rows = json.loads(out.output)["results"]["bindings"]
    assert rows and all({"doc", "speaker", "content"} <= set(r) for r in rows)
    assert any("Trump" in r["speaker"]["value"] and r["direct"]["value"] == "true" for r in rows)


def test_actors_have_no_duplicates(runner, seed_store_dir):
    out = run(runner, "query", "actors", "--store", seed_store_dir, "--format", "json")
    names = [b["name"]["value"] for b in json.loads(out.output)["results"]["bindings"]]
    assert len(names) == len(set(names))
    trumps = [n for n in names if "Trump" in n]
    assert len(trumps) == 1


def test_table_output_and_list(runner, seed_store_dir):
    out = run(runner, "query", "actors", "--store", seed_store_dir)
    assert out.exit_code == 0 and "row(s)" in out.output
    listing = run(runner, "query", "--list")
    assert "statements" in listing.output and "said_by" in listing.output


def test_param_and_adhoc_query(runner, seed_store_dir):
    out = run(runner, "query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", seed_store_dir, "-f", "csv")
    assert out.exit_code == 0 and int(out.output.split()[1]) > 100
    out = run(runner, "query", "-e", "ASK { ?s ?p ?o }", "--store", seed_store_dir)
    assert out.output.strip() == "yes"


def test_export_ttl_matches_store(runner, seed_store_dir, tmp_path):
    target = tmp_path / "out.ttl"
    assert run(runner, "export", "--format", "ttl", "-o", target, "--store", seed_store_dir).exit_code == 0
    graph = rdflib.Graph().parse(target, format="turtle")
    store = open_store(seed_store_dir, read_only=True)
    assert len(graph) == len({q.triple for q in store.quads()})


def test_validate_passes_on_the_seed(runner, seed_store_dir):
    result = run(runner, "validate", "--store", seed_store_dir)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("valid: no problems; checked the SHACL shapes, text anchors and labels; HermiT: 1 of 1 graphs")


def test_validate_caps_jobs_at_the_cores_with_a_note(runner, seed_store_dir):
    result = run(runner, "validate", "--no-reason", "-j", "999", "--store", seed_store_dir)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"-j 999 is more than the {os.cpu_count()} core(s) here")


#: a table far larger than a pipe's buffer (64 KB), written row by row: the reader leaves long before the end
MANY_ROWS = "SELECT ?s ?p ?o ?t WHERE { ?s ?p ?o . ?t a ?k } LIMIT 50000"


def test_a_reader_that_leaves_early_gives_the_shell_exit_141_and_no_message(seed_store_dir):
    """kg query | head: the write to the closed pipe ends the run quietly, as 128 + SIGPIPE (git log | head does)."""
    writer = subprocess.Popen([sys.executable, "-m", "kg.cli", "query", "-e", MANY_ROWS, "--store", str(seed_store_dir)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    assert os.read(writer.stdout.fileno(), 10)
    writer.stdout.close()
    assert writer.wait(timeout=60) == 141
    assert writer.stderr.read() == b""


@pytest.mark.parametrize("args, message", [
    (["build", "/no/such/path"], "no such file or folder"),
    (["build", "EMPTY"], "empty document"),
    (["build", "LATIN1"], "not UTF-8"),
    (["build", "--date", "soon", "SEED"], "not a date"),
    (["build", "TWINS"], "the name 'a.txt' is already taken by"),
    (["build", "HUGE"], "more than the 1,000,000 one document may have"),
    (["query", "-e", "SELECT WHERE"], "malformed SPARQL"),
    (["query", "-e", "DELETE WHERE { ?s ?p ?o }"], "-e is a SPARQL update: kg query only reads"),
    (["query", "no_such_query"], "unknown query"),
    (["query", "actors", "--format", "docx"], "unknown format"),
    (["query", "actors", "--format", "ttl"], "does not fit a SELECT"),
    (["export", "--format", "docx"], "unknown export format"),
    (["export", "--graph", "missing.txt"], "no document"),
    (["export", "--format", "ttl", "-o", "NODIR"], "cannot write"),
])
def test_bad_input_one_line_error_store_intact(runner, store_copy, tmp_path, args, message):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "huge.txt").write_text("The mayor said the bridge will open. " * 30_000, encoding="utf-8")
    twin_articles(tmp_path / "twins")
    subst = {"EMPTY": tmp_path / "empty.txt", "LATIN1": tmp_path / "latin1.txt", "SEED": SEED_FILE,
             "NODIR": tmp_path / "no" / "out.ttl", "TWINS": tmp_path / "twins",
             "HUGE": tmp_path / "huge.txt"}
    before = snapshot(store_copy)
    result = run(runner, *[subst.get(a, a) for a in args], "--store", store_copy)
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output
    assert snapshot(store_copy) == before


def test_query_without_store_is_a_clear_error(runner, tmp_path):
    result = run(runner, "query", "actors", "--store", tmp_path / "none")
    assert result.exit_code == 1 and "no store at" in result.output


def test_stdin_build(runner, tmp_path):
    result = run(runner, "build", "-", "--store", tmp_path / "s", input="date 2020-02-02 Headline.\n\nThe minister said \"we are ready to talk now\".")
    assert result.exit_code == 0, result.output
    out = run(runner, "query", "documents", "--store", tmp_path / "s", "-f", "csv")
    assert "stdin" in out.output and "2020-02-02" in out.output


def test_extract_writes_the_same_quads_as_build(runner, tmp_path):
    import pyoxigraph as ox

    target = tmp_path / "seed.nq"
    store = tmp_path / "s"
    assert run(runner, "extract", SEEDS, "-o", target, "-j", "1").exit_code == 0
    assert run(runner, "build", SEEDS, "--store", store, "-j", "1").exit_code == 0
    extracted = {str(q) for q in ox.parse(path=str(target), format=ox.RdfFormat.N_QUADS)}
    assert extracted == set(snapshot(store))


def test_extract_bad_input_writes_nothing(runner, tmp_path):
    target = tmp_path / "out.nq"
    result = run(runner, "extract", tmp_path / "missing.txt", "-o", target)
    assert result.exit_code == 1 and not target.exists()


def test_remove_takes_one_document_out(runner, store_copy):
    result = run(runner, "remove", SEED_FILE.name, "--store", store_copy)
    assert result.exit_code == 0 and result.output.strip() == f"removed 1 document(s) from {store_copy}"
    assert snapshot(store_copy) == []


def test_remove_of_an_unknown_document_is_one_line_and_keeps_the_store(runner, store_copy, tmp_path):
    before = snapshot(store_copy)
    result = run(runner, "remove", SEED_FILE.name, "other.txt", "--store", store_copy)
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "no document 'other.txt'" in result.output
    assert snapshot(store_copy) == before
    result = run(runner, "remove", "a.txt", "--store", tmp_path / "none")
    assert result.exit_code == 1 and "no store at" in result.output and not (tmp_path / "none").exists()


def test_bad_input_makes_no_store(runner, tmp_path):
    result = run(runner, "build", tmp_path / "typo.txt", "--store", tmp_path / "new")
    assert result.exit_code == 1 and "no such file" in result.output and not (tmp_path / "new").exists()


def test_build_into_a_folder_of_other_files_is_refused(runner, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.md").write_text("mine", encoding="utf-8")
    result = run(runner, "build", SEED_FILE, "--store", folder)
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "not a store" in result.output
    assert [p.name for p in folder.iterdir()] == ["notes.md"]


def test_extract_refuses_two_documents_under_one_name(runner, tmp_path):
    twin_articles(tmp_path / "twins")  # one graph IRI, two articles: they would mix
    target = tmp_path / "out.nq"
    result = run(runner, "extract", tmp_path / "twins", "-o", target, "-j", "1")
    assert result.exit_code == 1 and "already taken" in result.output and not target.exists()


def test_extract_to_a_missing_folder_is_one_line(runner, tmp_path):
    result = run(runner, "extract", SEED_FILE, "-o", tmp_path / "no" / "out.nq", "-j", "1")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [f"Error: cannot write {tmp_path / 'no' / 'out.nq'}: No such file or directory"]


def test_build_into_a_store_another_process_writes_is_one_line(runner, store_copy):
    before = snapshot(store_copy)
    with held_by_another_process(store_copy):
        result = run(runner, "build", SEED_FILE, "--force", "--store", store_copy)
        query = run(runner, "query", "documents", "--store", store_copy, "-f", "csv")
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "being written by another process" in result.output
    assert query.exit_code == 0 and SEED_FILE.name in query.output
    assert snapshot(store_copy) == before


def test_ctrl_c_in_extract_is_one_line_that_promises_nothing_about_a_store(runner, tmp_path, monkeypatch):
    import kg.build

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.build, "extract_nquads", interrupted)
    target = tmp_path / "out.nq"
    result = run(runner, "extract", SEED_FILE, "-o", target, "-j", "1")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["Error: interrupted"]
    assert not target.exists() and not (tmp_path / "out.nq.partial").exists()


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the worker processes through /proc")
def test_ctrl_c_during_a_parallel_build_is_one_line_and_the_store_rebuilds(tmp_path):
    """Ctrl-C goes to the whole process group: the workers must leave it to the main process."""
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = SEED_FILE.read_text(encoding="utf-8")
    for n in range(300):
        (corpus / f"copy-{n:03}.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    argv = [sys.executable, "-m", "kg.cli", "build", "-q", "-j", "2", str(corpus), "--store", str(store)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(1.5)  # the workers load the model and start parsing
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert err.strip().splitlines() == ["Error: interrupted; the store keeps every document written so far"]
    rebuilt = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert len(open_store(store, read_only=True).graphs()) == 300


@pytest.fixture(scope="module")
def oxigraph_server():
    from tests.servers import OxigraphServer

    with OxigraphServer() as server:
        yield server


def remote_count(runner, url) -> int:
    out = run(runner, "query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--endpoint", url, "-f", "csv")
    return int(out.output.split()[1])


def test_push_then_query_remotely_gives_local_rows(runner, seed_store_dir, oxigraph_server):
    url = oxigraph_server.query_url
    dry = run(runner, "push", "--endpoint", url, "--profile", "oxigraph", "--store", seed_store_dir, "--dry-run")
    assert dry.exit_code == 0 and "would send" in dry.output and remote_count(runner, url) == 0
    for _ in range(2):
        result = run(runner, "push", "--endpoint", url, "--profile", "oxigraph", "--store", seed_store_dir)
        assert result.exit_code == 0, result.output
        assert remote_count(runner, url) == len(open_store(seed_store_dir, read_only=True))
    for name in ("actors", "statements", "stances", "events"):
        local = run(runner, "query", name, "--store", seed_store_dir, "-f", "csv").output
        remote = run(runner, "query", name, "--endpoint", url, "-f", "csv").output
        assert sorted(remote.splitlines()) == sorted(local.splitlines()), name
    local = run(runner, "query", "said_by", "-p", "speaker=Donald Trump", "--store", seed_store_dir, "-f", "csv").output
    remote = run(runner, "query", "said_by", "-p", "speaker=donald TRUMP", "--endpoint", url, "-f", "csv").output
    assert remote == local and local.count("Donald Trump") >= 2  # the name matched there as here
    missed = run(runner, "query", "said_by", "-p", "speaker=Donld Trmp", "--endpoint", url)
    assert missed.exit_code == 1 and "closest: Donald Trump" in missed.output



NAMES = "CONSTRUCT { ?d <https://schema.org/name> ?n } WHERE { GRAPH ?g { ?d <https://schema.org/name> ?n } }"


@pytest.mark.parametrize("fmt, rdflib_format", [(None, "turtle"), ("ttl", "turtle"), ("nt", "nt"), ("xml", "xml")])
def test_a_construct_answers_alike_locally_and_remotely(runner, seed_store_dir, oxigraph_server, fmt, rdflib_format):
    url = oxigraph_server.query_url
    assert run(runner, "push", "--endpoint", url, "--profile", "oxigraph", "--store", seed_store_dir).exit_code == 0
    chosen = ["-f", fmt] if fmt else []
    local = run(runner, "query", "-e", NAMES, "--store", seed_store_dir, *chosen)
    remote = run(runner, "query", "-e", NAMES, "--endpoint", url, *chosen)
    assert local.exit_code == remote.exit_code == 0, local.output + remote.output
    here = rdflib.Graph().parse(data=local.stdout_bytes, format=rdflib_format)
    there = rdflib.Graph().parse(data=remote.stdout_bytes, format=rdflib_format)
    assert len(here) > 0 and set(here) == set(there)
    assert sorted(local.stdout_bytes.splitlines()) == sorted(remote.stdout_bytes.splitlines())


def test_a_construct_is_no_table_locally_or_remotely(runner, seed_store_dir, oxigraph_server):
    for where in (["--store", seed_store_dir], ["--endpoint", oxigraph_server.query_url]):
        result = run(runner, "query", "-e", NAMES, "-f", "table", *where)
        assert result.exit_code == 1
        assert "format 'table' does not fit a CONSTRUCT/DESCRIBE result; use jsonld, nt, ttl, xml" in result.output
        del result
        # the runner keeps the error's traceback, which holds the result, in a reference cycle; collect it here:
        # pyoxigraph's results may only be freed on the thread that made them, not on a later push's worker
        gc.collect()

def test_eval_names_the_gold_documents_the_store_lacks(runner, seed_store_dir, tmp_path):
    for name in (SEED_FILE.name, "absent.txt"):
        gold = {"doc": name, "date": "2025-10-16", "actors": [{"name": "Nobody Here", "type": "Person", "aliases": []}],
                "places": [], "statements": [], "stances": [], "events": []}
        (tmp_path / f"{name}.json").write_text(json.dumps(gold))
    result = run(runner, "eval", "--gold", tmp_path, "--store", seed_store_dir)
    assert result.exit_code == 0
    assert "note: 1 of the 2 gold documents are not in the graph, so every item of theirs counts as missed: absent.txt\n" \
        in result.output


def test_eval_against_a_remote_store(runner, seed_store_dir, oxigraph_server, tmp_path):
    gold = {"doc": SEED_FILE.name, "date": "2025-10-16", "actors": [{"name": "Nobody Here", "type": "Person", "aliases": []}],
            "places": [], "statements": [], "stances": [], "events": []}
    (tmp_path / "g.json").write_text(json.dumps(gold))
    run(runner, "push", "--endpoint", oxigraph_server.query_url, "--profile", "oxigraph", "--store", seed_store_dir)
    local = json.loads(run(runner, "eval", "--gold", tmp_path, "--store", seed_store_dir, "--json").output)
    remote = json.loads(run(runner, "eval", "--gold", tmp_path, "--endpoint", oxigraph_server.query_url, "--json").output)
    assert remote == local and local["actors"]["n_gold"] == 1


def test_eval_polnear_builds_the_split_then_scores_its_statements(runner, tmp_path, nlp):
    article = "Jane Doe said the plan will fail. The weather was fine."
    ann = ("T1\tSource 0 8\tJane Doe\nT2\tCue 9 13\tsaid\nT3\tContent 14 32\tthe plan will fail\n"
           "T4\tAttribution 9 13\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n")
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_1.txt").write_text(article, encoding="utf-8")
    (tmp_path / "attributions" / "art_1_aaaa.ann").write_text(ann, encoding="utf-8")
    result = run(runner, "eval", "--polnear", tmp_path, "--json")
    assert result.exit_code == 0, result.output
    score = json.loads(result.output)
    assert score["documents"] == 1 and score["content_spans"]["n_gold"] == 1
    assert score["content_spans"]["tp_pred"] == score["content_spans"]["n_pred"] == 1  # built, extracted, matched
    assert score["speaker_accuracy"] == {"correct": 1, "total": 1, "accuracy": 1.0}


def test_push_to_unreachable_endpoint_is_one_line(runner, seed_store_dir):
    from tests.servers import free_port

    url = f"http://127.0.0.1:{free_port()}/query"
    result = run(runner, "push", "--endpoint", url, "--profile", "oxigraph", "--store", seed_store_dir, "--retries", "0")
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "127.0.0.1" in result.output


def test_serve_needs_a_store(runner, tmp_path):
    result = run(runner, "serve", "--store", tmp_path / "none")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: no store at {tmp_path / 'none'}: run 'kg build' first or pass --store/KG_STORE"]


def test_statements_fit_80_columns_in_few_lines(runner, seed_store_dir, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = run(runner, "query", "statements", "--store", seed_store_dir).output
    assert all(len(line) <= 80 for line in out.splitlines())
    assert len(out.splitlines()) < 60 and "Donald Trump" in out  # 163 lines before the table was fitted


def test_limit_cuts_the_table_and_says_so(runner, seed_store_dir):
    result = run(runner, "query", "statements", "--store", seed_store_dir, "--limit", "2")
    assert result.stdout.rstrip().endswith("2 row(s) shown")
    assert "showing the first 2 rows" in result.stderr
    whole = run(runner, "query", "statements", "--store", seed_store_dir, "--limit", "1000")
    assert "showing" not in whole.stderr and "shown" not in whole.stdout


def test_limit_cuts_csv_json_and_xml_too(runner, seed_store_dir):
    cut = run(runner, "query", "statements", "-f", "json", "-n", "2", "--store", seed_store_dir)
    assert len(json.loads(cut.stdout)["results"]["bindings"]) == 2
    assert "showing the first 2 rows" in cut.stderr


def test_select_star_keeps_the_query_order(runner, seed_store_dir):
    out = run(runner, "query", "-e", "SELECT * WHERE { GRAPH ?zz { ?s ?p ?o } } LIMIT 1", "-f", "csv", "--store", seed_store_dir)
    assert out.stdout.splitlines()[0] == "zz,s,p,o"


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_solutions_end_with_a_newline(runner, seed_store_dir, fmt):
    out = run(runner, "query", "actors", "-f", fmt, "--store", seed_store_dir)
    assert out.stdout_bytes.endswith(b"\n")


def test_describe_gives_each_triple_once(runner, tmp_path):
    import pyoxigraph as ox

    store = ox.Store(str(tmp_path / "s"))
    actor = ox.NamedNode("https://w3id.org/newskg/id/actor/person/ann-lee")
    for doc in ("a", "b"):  # the same triple in two documents' graphs
        store.add(ox.Quad(actor, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Ann Lee"),
                          ox.NamedNode(f"https://w3id.org/newskg/id/doc/{doc}.txt")))
    del store
    gc.collect()
    out = run(runner, "query", "-e", f"DESCRIBE <{actor.value}>", "-f", "nt", "--store", tmp_path / "s").stdout.splitlines()
    assert out == [f'<{actor.value}> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Lee" .']


def test_said_by_finds_a_name_in_any_case_and_offers_the_closest(runner, seed_store_dir):
    found = run(runner, "query", "said_by", "-p", "speaker=donald trump", "-f", "csv", "--store", seed_store_dir)
    assert found.exit_code == 0 and found.stdout.count("Donald Trump") >= 2
    missed = run(runner, "query", "said_by", "-p", "speaker=Donld Trmp", "--store", seed_store_dir)
    assert missed.exit_code == 1 and missed.output.startswith("Error: no actor named 'Donld Trmp'; closest: Donald Trump")
    bare = run(runner, "query", "said_by", "--store", seed_store_dir)
    assert bare.exit_code == 1 and "give --param speaker=NAME" in bare.output


def test_actor_profile_points_to_what_the_actor_said(runner, seed_store_dir):
    result = run(runner, "query", "actor_profile", "-p", "name=putin", "--store", seed_store_dir)
    assert result.exit_code == 0 and "Putin" in result.stdout
    assert 'kg query said_by -p speaker="Putin"' in result.stderr and 'kg report --actor "Putin"' in result.stderr


@pytest.mark.parametrize("words, cword, expected", [
    ("kg query sa", 2, ["said_by"]),
    ("kg query statements -f j", 4, ["json", "jsonld"]),
    ("kg export --format n", 3, ["nt", "nq"]),
    ("kg query said_by -p ", 4, ["speaker="]),
    ("kg query stances_toward -p p", 4, ["polarity="]),
    ("kg query no_such_query -p ", 4, []),
])
def test_shell_completion_offers_query_names_formats_and_params(words, cword, expected):
    """What bash gets from README's `eval "$(_KG_COMPLETE=bash_source kg)"`, asked the way its script asks."""
    env = {**os.environ, "_KG_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    out = subprocess.run([sys.executable, "-c", "from kg.cli import main; main(prog_name='kg')"], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert [line.split(",", 1)[1] for line in out.splitlines() if line] == expected
