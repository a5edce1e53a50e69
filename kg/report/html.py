"""The report as one self-contained HTML file: the stance network as SVG, and the page frame.

Everything the page needs is inside the file: the SVG drawn here, the CSS and
the small script from ``kg/report/assets/`` (written for this project, no
framework); the documents' texts and the evidence blocks packed (gzip, base64) and unpacked by the
script when first asked for, so a large store's report opens fast. Nothing is fetched
when it is opened. Sections are pages switched by the URL fragment
(``#network``, ``#timeline``, ``#actors``, ``#a3``, ``#documents``, ``#d7``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from importlib import resources

from kg import __version__
from kg.report.data import ReportData
from kg.report.links import Evidence, Ids
from kg.report.network import HEIGHT, WIDTH, Edge, Network, Node, stance_network
from kg.report.pages import actor_pages, document_pages, report_payload, timeline_page
from kg.report.text import esc

POLARITY_COLOURS = {"positive": "#1a9850", "negative": "#d73027", "neutral": "#7f7f7f", "mixed": "#e08214"}
TYPE_COLOURS = {
    "Person": "#4575b4", "Organization": "#8e44ad", "Country": "#1b9e9e", "Group": "#b8860b",
    "Event": "#c0392b", "Topic": "#95a5a6",
}


def render_report(data: ReportData) -> str:
    """The whole report for ``data`` as an HTML document."""
    ids = Ids(data)
    evidence = Evidence(ids)
    network = stance_network(data)
    body = "\n".join([
        _network_page(network, ids, evidence),
        timeline_page(data, ids, evidence),
        actor_pages(data, ids, evidence),
        document_pages(data, ids),
    ])
    return _frame(data, network, body, report_payload(data, ids, evidence))


def _asset(name: str) -> str:
    return resources.files("kg.report").joinpath("assets", name).read_text(encoding="utf-8")


def _frame(data: ReportData, network: Network, body: str, packed: str) -> str:
    summary = (
        f"{len(data.documents)} document(s), {len(data.actors)} actor(s) shown, {len(network.edges)} stance pair(s), "
        f"{len(data.statements)} statement(s), {len(data.events)} event(s), {len(data.timeline)} on the timeline"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>newskg report</title>
<style>{_asset("report.css")}</style>
</head><body>
<header><h1>newskg report</h1><p class="summary">{esc(summary)}{_filter_note(data)}</p>
<nav><a href="#network">Stance network</a><a href="#timeline">Timeline</a><a href="#actors">Actors</a><a href="#documents">Documents</a></nav>
</header>
<div class="layout"><main>
{body}
</main>
<aside id="evidence" aria-live="polite"><p class="hint">Click an edge, a node or an event to see its evidence.</p></aside>
</div>
<footer>newskg {esc(__version__)}</footer>
<script type="application/octet-stream" id="report-data" data-encoding="gzip+base64">{packed}</script>
<script>{_asset("report.js")}</script>
</body></html>
"""


def _filter_note(data: ReportData) -> str:
    f = data.filters
    parts = [f"document {d}" for d in f.docs] + [f"actor {a}" for a in f.actors]
    if f.since or f.until:
        parts.append(f"dates {f.since or '…'} to {f.until or '…'}")
    parts.append(f"top {f.top} actors by mentions" if f.top > 0 else "all actors")
    return esc(" · " + ", ".join(parts))


def _network_page(network: Network, ids: Ids, evidence: Evidence) -> str:
    by_iri = {node.iri: node for node in network.nodes}
    touching = defaultdict(list)
    for edge in network.edges:
        for iri in {edge.holder, edge.target}:
            touching[iri].extend(edge.stances)
    edges = "\n".join(_edge(n, edge, by_iri, evidence) for n, edge in enumerate(network.edges))
    nodes = "\n".join(_node(n, node, touching[node.iri], ids, evidence) for n, node in enumerate(network.nodes))
    markers = "".join(
        f'<marker id="arrow-{p}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
        for p, c in POLARITY_COLOURS.items()
    )
    empty = "" if network.nodes else '<p class="none">No stances in the chosen documents.</p>'
    return f"""<section id="network" class="page">
<h2>Stance network</h2>
<p class="legend">{_legend()}</p>{empty}
<svg id="net"{' class="few"' if len(network.nodes) <= 30 else ""} viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" aria-label="stance network">
<defs>{markers}</defs>
<g class="edges">{edges}</g>
<g class="nodes">{nodes}</g>
</svg>
</section>"""


def _legend() -> str:
    types = " ".join(f'<span class="key" style="--c:{c}">{t}</span>' for t, c in TYPE_COLOURS.items())
    polarities = " ".join(f'<span class="key line" style="--c:{c}">{p}</span>' for p, c in POLARITY_COLOURS.items())
    return f"Nodes: {types}. Edges holder → target: {polarities}; thicker = more stances."


def _edge(n: int, edge: Edge, by_iri: dict[str, Node], evidence: Evidence) -> str:
    start, end = by_iri[edge.holder], by_iri[edge.target]
    counts = ", ".join(f"{k} {v}" for k, v in sorted(edge.counts.items()))
    heading = f"{esc(start.label)} → {esc(end.label)} ({esc(counts)})"
    key = evidence.add(f"e{n}", heading, [evidence.stance_item(s) for s in edge.stances])
    width = round(min(8.0, 1.5 + 2.0 * math.log2(len(edge.stances))), 1)
    colour = POLARITY_COLOURS[edge.polarity]
    return (
        f'<path class="edge" data-ev="{key}" d="{_curve(start, end)}" stroke="{colour}" stroke-width="{width}" '
        f'fill="none" marker-end="url(#arrow-{edge.polarity})"><title>{heading}</title></path>'
    )


def _curve(start: Node, end: Node) -> str:
    """A gently bent path from the edge of one node to the edge of the other (so A→B and B→A part)."""
    dx, dy = end.x - start.x, end.y - start.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    x1, y1 = start.x + ux * start.radius, start.y + uy * start.radius
    x2, y2 = end.x - ux * (end.radius + 2), end.y - uy * (end.radius + 2)
    bend = min(40.0, length * 0.15)
    cx, cy = (x1 + x2) / 2 - uy * bend, (y1 + y2) / 2 + ux * bend
    return f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"


def _shape(node: Node) -> str:
    r = node.radius
    colour = TYPE_COLOURS.get(node.type, TYPE_COLOURS["Topic"])
    if node.type == "Person":
        return f'<circle r="{r:.1f}" fill="{colour}"/>'
    if node.type == "Organization":
        return f'<rect x="{-r:.1f}" y="{-r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" rx="3" fill="{colour}"/>'
    if node.type == "Country":
        return f'<path d="M0,{-r * 1.25:.1f} L{r * 1.25:.1f},0 L0,{r * 1.25:.1f} L{-r * 1.25:.1f},0 z" fill="{colour}"/>'
    if node.type == "Group":
        return f'<path d="M0,{-r * 1.2:.1f} L{r * 1.1:.1f},{r * 0.8:.1f} L{-r * 1.1:.1f},{r * 0.8:.1f} z" fill="{colour}"/>'
    if node.type == "Event":
        return f'<rect x="{-r:.1f}" y="{-r * 0.7:.1f}" width="{2 * r:.1f}" height="{1.4 * r:.1f}" rx="{r * 0.7:.1f}" fill="{colour}"/>'
    return f'<ellipse rx="{r * 1.3:.1f}" ry="{r * 0.8:.1f}" fill="{colour}"/>'


def _node(n: int, node: Node, stances: list, ids: Ids, evidence: Evidence) -> str:
    page = ids.actor(node.iri)
    heading = esc(node.label) + (f' · <a href="#{page}">actor page</a>' if page else "")
    key = evidence.add(f"n{n}", heading, [evidence.stance_item(s) for s in stances])
    label = node.label if len(node.label) <= 28 else node.label[:27] + "…"
    css = "node topic" if node.type in ("Event", "Topic") else "node"
    unit = "stance(s) toward it" if node.type in ("Event", "Topic") else "mention(s)"
    what = f"{node.label} ({node.type}, {node.mentions} {unit})"
    return (
        f'<g class="{css}" data-ev="{key}" transform="translate({node.x:.1f},{node.y:.1f})" tabindex="0">'
        f'{_shape(node)}<text y="{node.radius + 12:.1f}">{esc(label)}</text><title>{esc(what)}</title></g>'
    )
