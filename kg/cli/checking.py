"""``kg validate`` and ``kg eval``: is the graph sound, and how good is it."""

from __future__ import annotations

import sys

import click

from kg.cli.app import STORE_OPTION, _auth, auth_options, capped_jobs_noted, main, reports_errors
from kg.cli.progress import progress_bar
from kg.cli.tables import print_table

VALIDATION_UNITS = {"SHACL": "chunks of nodes", "HermiT": "graphs"}  # what kg validate's bar counts in each stage


@main.command()
@STORE_OPTION
@click.option("--no-reason", is_flag=True, help="SHACL only, skip the OWL reasoner.")
@click.option("--graph", help="Only this document (its name or graph IRI).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for SHACL [default: all cores; never more than the cores].")
@click.option("--reason-graphs", type=click.IntRange(min=0), default=20, show_default=True,
              help="Document graphs HermiT checks, spread over the store; 0 for all (about 0.75 s each).")
@click.option("--repair", is_flag=True, help="First write a store's lost CURRENT file again, from its MANIFEST.")
@reports_errors
def validate(store_dir, no_reason, graph, jobs, reason_graphs, repair):
    """Check the graph against the SHACL shapes and the OWL ontology (HermiT), its text anchors and labels.

    Example: kg validate --store news.db
    """
    from kg.store import open_store, repair_store
    from kg.validate import validate_store

    if repair and (done := repair_store(store_dir)):
        click.echo(done, err=True)
    store = open_store(store_dir, read_only=True)
    with progress_bar("SHACL", None, "chunks") as bar:
        report = validate_store(store, reason=not no_reason, graph=graph, jobs=capped_jobs_noted(jobs),
                                max_graphs=reason_graphs, progress=lambda stage, done, total: bar.stage(
                                    stage, done, total, VALIDATION_UNITS.get(stage)))
    for line in report.problems:
        click.echo(line)
    click.echo(report.summary)
    if not report.conforms:
        sys.exit(1)


@main.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False), help="Folder of gold JSON files.")
@click.option("--polnear", "polnear_dir", type=click.Path(exists=True, file_okay=False), help="A PolNeAR split (text/ and attributions/).")
@click.option("--newsmtsc", "newsmtsc_file", type=click.Path(exists=True, dir_okay=False), help="A NewsMTSC .jsonl file: polarity toward a named person.")
@click.option("--verbose", "-v", is_flag=True, help="List each miss and false hit.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for spaCy (--polnear).")
@click.option("--endpoint", help="Score what a remote SPARQL endpoint holds (its query URL) instead of the local store.")
@STORE_OPTION
@auth_options
@reports_errors
def eval_command(gold_dir, polnear_dir, newsmtsc_file, verbose, as_json, jobs, endpoint, store_dir, user, password, token, auth_type):
    """Score the graph against gold files, statements against PolNeAR, or stance polarity against NewsMTSC.

    \b
    Example: kg build seeds/ && kg eval --gold ../shared/gold
             kg eval --polnear ../shared/eval/polnear/dev
             kg eval --newsmtsc ../shared/eval/newsmtsc/devtest_mt.jsonl
    """
    if sum(map(bool, (gold_dir, polnear_dir, newsmtsc_file))) != 1:
        raise click.UsageError("give exactly one of --gold DIR, --polnear DIR or --newsmtsc FILE")
    if newsmtsc_file:
        from kg.eval.newsmtsc import score_newsmtsc

        score = score_newsmtsc(newsmtsc_file)
    elif gold_dir and endpoint:
        from kg.eval.run import evaluate_gold
        from kg.remote.query import remote_select_rows

        auth = _auth(user, password, token, auth_type)
        score = evaluate_gold(lambda text: remote_select_rows(endpoint, text, auth=auth), gold_dir)
    elif gold_dir:
        from kg.eval.run import evaluate_store
        from kg.store import open_store

        score = evaluate_store(open_store(store_dir, read_only=True), gold_dir)
    else:
        score = _score_polnear(polnear_dir, capped_jobs_noted(jobs))
    _print_score(score, verbose, as_json)


def _score_polnear(split_dir, jobs):
    """Build every text of a PolNeAR split into a temporary store, then score its statements against the split."""
    import tempfile

    from kg.build import build
    from kg.documents import parse_text
    from kg.eval.polnear import polnear_documents, score_polnear
    from kg.eval.run import contract_predictions, local_select
    from kg.store import open_store

    docs = [parse_text(name, text) for name, text in polnear_documents(split_dir)]
    with tempfile.TemporaryDirectory(prefix="kg-polnear-") as tmp:
        with open_store(tmp) as store:
            build(store, [], documents=docs, jobs=jobs)
            rows = contract_predictions(local_select(store), ["statements"])["statements"]
    return score_polnear(split_dir, rows)


def _print_score(score, verbose: bool, as_json: bool):
    import json

    if as_json:
        click.echo(json.dumps(score.to_dict(), indent=2))
        return
    from kg.eval.contract import GoldScore
    from kg.eval.polnear import PolnearScore

    if isinstance(score, GoldScore):
        rows = _gold_rows(score)
    elif isinstance(score, PolnearScore):
        rows = _polnear_rows(score)
    else:
        rows = _newsmtsc_rows(score)
    print_table(["measure", "P", "R", "F1", "counts"], rows)
    if getattr(score, "unbuilt", None):
        click.echo(f"note: {len(score.unbuilt)} of the {score.documents} gold documents are not in the graph, so every "
                   f"item of theirs counts as missed: {', '.join(score.unbuilt)}", err=True)
    if verbose and hasattr(score, "misses"):
        for note in [*score.misses, *score.false_hits]:
            click.echo(f"{note.section:10} {note.doc}: {note.description}")


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def _gold_rows(score):
    from kg.eval.contract import CONTRACT_QUERIES

    rows = []
    for name in CONTRACT_QUERIES:
        s = score.section(name)
        rows.append([name, _fmt(s.precision), _fmt(s.recall), _fmt(s.f1),
                     f"{s.tp_pred}/{s.n_pred} pred, {s.tp_gold}/{s.n_gold} gold"])
    for name, acc in (("type accuracy", score.type), ("PLOVER accuracy", score.plover), ("date accuracy", score.date)):
        rows.append([name, "", "", _fmt(acc.value), f"{acc.correct}/{acc.total}"])
    return rows


def _newsmtsc_rows(score):
    rows = [[label, _fmt(p), _fmt(r), _fmt(f), f"{support} gold"] for label, (p, r, f, support) in score.per_class().items()]
    rows.append(["accuracy", "", "", _fmt(score.accuracy), f"{score.correct}/{score.targets}"])
    rows.append(["macro-F1", "", "", _fmt(score.macro_f1), f"no stance toward the target: {score.no_target}"])
    return rows


def _polnear_rows(score):
    s = score.spans
    return [
        ["content spans", _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), f"{s.tp_pred}/{s.n_pred} pred, {s.tp_gold}/{s.n_gold} gold"],
        ["speaker accuracy", "", "", _fmt(score.speaker_accuracy), f"{score.speaker.correct}/{score.speaker.total}"],
    ]
