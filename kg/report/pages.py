"""The report's other pages: the event timeline, one page per actor, one per document.

All markup is written here from the records of :mod:`kg.report.data`; text
from the store goes through :func:`kg.report.text.esc`, or into JSON that the
page's script turns into text nodes.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections import defaultdict
from datetime import date

from kg.report.data import Event, ReportData
from kg.report.links import Evidence, Ids
from kg.report.text import esc

TIMELINE_WIDTH, ROW, LEFT, TOP = 960, 24, 120, 30


def timeline_page(data: ReportData, ids: Ids, evidence: Evidence) -> str:
    """Events as dots by date (x) and PLOVER category (y), with a list below; filterable by actor."""
    dated = [e for e in data.timeline if _day(e.date)]
    categories = sorted({e.plover for e in data.timeline})
    svg = _timeline_svg(dated, categories, ids, evidence) if dated else '<p class="none">No dated events.</p>'
    options = "".join(
        f'<option value="{ids.actor(iri)}">{esc(actor.label)}</option>'
        for iri, actor in sorted(data.actors.items(), key=lambda kv: kv[1].label.casefold())
        if any(iri in e.actors for e in data.timeline)
    )
    rows = "\n".join(_event_row(e, ids) for e in data.timeline)
    return f"""<section id="timeline" class="page" hidden>
<h2>Timeline</h2>
<label>Actor: <select id="timeline-actor"><option value="">all actors</option>{options}</select></label>
<span id="timeline-count" class="dim"></span>
{svg}
<table class="events"><thead><tr><th>date</th><th>category</th><th>event</th><th>actors</th><th>document</th></tr></thead>
<tbody>{rows}</tbody></table>
</section>"""


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return date(int(value), 1, 1) if value[:4].isdigit() and len(value) == 4 else None


def _actor_ids(event: Event, ids: Ids) -> str:
    return " ".join(filter(None, (ids.actor(a) for a in event.actors)))


def _timeline_svg(events: list[Event], categories: list[str], ids: Ids, evidence: Evidence) -> str:
    days = [_day(e.date) for e in events]
    first, last = min(days), max(days)
    span = max(1, (last - first).days)
    height = TOP + ROW * len(categories) + 20
    width = TIMELINE_WIDTH - LEFT - 20
    stacked: dict[tuple[str, date], int] = defaultdict(int)
    dots = []
    for n, (event, day) in enumerate(zip(events, days)):
        x = LEFT + (day - first).days / span * width + 5 * stacked[event.plover, day]
        stacked[event.plover, day] += 1
        y = TOP + ROW * categories.index(event.plover) + ROW / 2
        key = evidence.add(f"v{n}", f"{esc(event.label)} <span class=\"dim\">{esc(event.plover)}, {esc(event.date)}</span>", [evidence.item(s) for s in event.spans])
        dots.append(
            f'<circle class="event" cx="{x:.1f}" cy="{y:.1f}" r="4.5" data-ev="{key}" data-actors="{_actor_ids(event, ids)}">'
            f"<title>{esc(event.date)} {esc(event.plover)}: {esc(event.label)}</title></circle>"
        )
    labels = "".join(
        f'<text class="cat" x="{LEFT - 8}" y="{TOP + ROW * i + ROW / 2 + 4}">{esc(c)}</text>'
        f'<line class="row" x1="{LEFT}" x2="{TIMELINE_WIDTH - 10}" y1="{TOP + ROW * i + ROW / 2}" y2="{TOP + ROW * i + ROW / 2}"/>'
        for i, c in enumerate(categories)
    )
    axis = _year_ticks(first, last, span, width, height)
    return (
        f'<svg id="timeline-chart" viewBox="0 0 {TIMELINE_WIDTH} {height}" width="100%" role="img" aria-label="events by date and category">'
        f"{axis}{labels}{''.join(dots)}</svg>"
    )


def _year_ticks(first: date, last: date, span: int, width: float, height: float) -> str:
    """A tick and label at each new year (every few years on a long range), or the two end dates."""
    step = max(1, (last.year - first.year) // 12 + 1)
    years = [y for y in range(first.year + 1, last.year + 1) if y % step == 0]
    if not years:
        return (
            f'<text class="axis" x="{LEFT}" y="{TOP - 10}">{first.isoformat()}</text>'
            f'<text class="axis end" x="{LEFT + width}" y="{TOP - 10}">{last.isoformat()}</text>'
        )
    ticks = []
    for year in years:
        x = LEFT + (date(year, 1, 1) - first).days / span * width
        ticks.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{TOP - 6}" y2="{height - 10}"/>'
                     f'<text class="axis" x="{x:.1f}" y="{TOP - 10}">{year}</text>')
    return "".join(ticks)


def _event_row(event: Event, ids: Ids) -> str:
    actors = ", ".join(ids.actor_link(a, ids.data.names.get(a) or _short(a)) for a in event.actors)
    first = event.spans[0]
    return (
        f'<tr data-actors="{_actor_ids(event, ids)}"><td>{esc(event.date or "undated")}</td><td>{esc(event.plover)}</td>'
        f'<td>{esc(event.label)}</td><td>{actors}</td><td>{ids.doc_link(first.graph)}</td></tr>'
    )


def _short(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def actor_pages(data: ReportData, ids: Ids, evidence: Evidence) -> str:
    """The actor index, most mentioned first, and one hidden page per shown actor (its body packed, see report_payload)."""
    said = defaultdict(list)
    for statement in data.statements:
        said[statement.speaker].append(statement)
    held, toward, took_part = defaultdict(list), defaultdict(list), defaultdict(list)
    for stance in data.stances:
        held[stance.holder].append(stance)
        toward[stance.target].append(stance)
    for event in data.events:
        for actor in event.actors:
            took_part[actor].append(event)
    index = "".join(
        f'<tr><td>{ids.actor_link(iri)}</td><td>{esc(a.type)}</td><td>{a.mentions}</td>'
        f"<td>{len(said[iri])}</td><td>{len(held[iri])}</td><td>{len(toward[iri])}</td><td>{len(took_part[iri])}</td></tr>"
        for iri, a in data.actors.items()
    )
    pages = []
    for iri, actor in data.actors.items():
        statements = [evidence.item(s.span, note=f"cue: {esc(s.cue)}" if s.cue else "") for s in said[iri]]
        evidence.add_page(ids.actor(iri), f"""<h2>{esc(actor.label)} <span class="dim">{esc(actor.type)}, {actor.mentions} mention(s)</span></h2>
<h3>What they said ({len(statements)})</h3><ol class="evidence">{"".join(statements)}</ol>
<h3>Stances they hold ({len(held[iri])})</h3><ol class="evidence">{"".join(evidence.stance_item(s) for s in held[iri])}</ol>
<h3>Stances toward them ({len(toward[iri])})</h3><ol class="evidence">{"".join(evidence.stance_item(s) for s in toward[iri])}</ol>
<h3>Events they took part in ({len(took_part[iri])})</h3><table class="events"><tbody>{"".join(_event_row(e, ids) for e in took_part[iri])}</tbody></table>""")
        pages.append(f'<section id="{ids.actor(iri)}" class="page" data-packed hidden></section>')
    return f"""<section id="actors" class="page" hidden>
<h2>Actors</h2>
<table><thead><tr><th>actor</th><th>type</th><th>mentions</th><th>statements</th><th>stances held</th><th>stances toward</th><th>events</th></tr></thead>
<tbody>{index}</tbody></table>
</section>
{"".join(pages)}"""


def document_pages(data: ReportData, ids: Ids) -> str:
    """The document index and one page per document, its text highlighted where facts were found.

    The texts travel compressed (:func:`report_payload`) and the page's
    script unpacks them the first time a document is opened, then draws it
    with text nodes only, so a store of thousands of articles opens about as
    fast as a small one: the browser parses a third of the bytes, and no text
    until it is asked for.
    """
    ordered = sorted(data.documents.values(), key=lambda d: d.name)
    index = "".join(
        f'<tr><td>{ids.doc_link(d.graph)}</td><td>{esc(d.name)}</td><td>{esc(d.date or "undated")}</td></tr>' for d in ordered
    )
    pages = "".join(
        f"""<section id="{ids.doc(d.graph)}" class="page" hidden>
<h2>{esc(d.title or d.name)}</h2><p class="dim">{esc(d.name)} · {esc(d.date or "undated")}</p>
<p class="legend"><mark class="m">actor mention</mark> <mark class="s">statement</mark> <mark class="v">event trigger</mark></p>
<div class="doctext" data-doc="{ids.doc(d.graph)}"></div>
</section>"""
        for d in ordered
    )
    return f"""<section id="documents" class="page" hidden>
<h2>Documents</h2>
<table><thead><tr><th>title</th><th>name</th><th>date</th></tr></thead><tbody>{index}</tbody></table>
</section>
{pages}"""


def report_payload(data: ReportData, ids: Ids, evidence: Evidence) -> str:
    """Every document's text and marks, the evidence blocks and the actor pages, as gzip-compressed JSON in base64.

    The JSON is ``{"tips": [tooltip, ...], "docs": {page id: [text, [[begin, end, class, tip index], ...]]},
    "evidence": {key: html}, "pages": {page id: html}}``: a tooltip ("mention: Joe Biden") is
    written once however many marks share it. Base64 holds no character that could end the
    script element it travels in.
    """
    layers = _document_layers(data)
    tips: dict[str, int] = {}
    docs = {}
    for d in sorted(data.documents.values(), key=lambda d: d.name):
        marks = [[begin, end, kind, tips.setdefault(tip, len(tips))] for begin, end, kind, tip in layers[d.graph]]
        docs[ids.doc(d.graph)] = [d.text, marks]
    payload = json.dumps({"tips": list(tips), "docs": docs, "evidence": evidence.blocks(), "pages": evidence.pages()},
                         ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(gzip.compress(payload.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")


def _document_layers(data: ReportData) -> dict[str, list[list]]:
    """Per document graph: [begin, end, css class, tooltip] for every mention, statement and event trigger."""
    layers = defaultdict(list)
    for mention in data.mentions:
        name = data.names.get(mention.entity) or _short(mention.entity)
        layers[mention.span.graph].append([mention.span.begin, mention.span.end, "m", f"mention: {name}"])
    for statement in data.statements:
        span = statement.span
        layers[span.graph].append([span.begin, span.end, "s", f"statement by {statement.speaker_text}"])
    for event in data.events:
        for span in event.spans:
            layers[span.graph].append([span.begin, span.end, "v", f"event: {event.label} ({event.plover})"])
    return layers
