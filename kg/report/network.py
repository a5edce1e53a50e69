"""The stance network of a report: nodes, weighted edges and their positions.

Nodes are the stances' holders and targets (actors, events, topics), sized by
mentions; one directed edge per holder -> target pair, weighted by its number
of stances and coloured by their polarity. Positions come from networkx's
force-directed ``spring_layout`` with a fixed seed, so one store gives one
picture.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from kg.report.data import ReportData, Stance

WIDTH, HEIGHT, MARGIN = 960, 640, 70


@dataclass(frozen=True)
class Node:
    iri: str
    label: str
    type: str
    mentions: int
    x: float
    y: float
    radius: float


@dataclass(frozen=True)
class Edge:
    holder: str
    target: str
    stances: tuple[Stance, ...]

    @property
    def polarity(self) -> str:
        """positive, negative or neutral when the stances agree, else mixed."""
        kinds = {s.polarity for s in self.stances}
        return kinds.pop() if len(kinds) == 1 else "mixed"

    @property
    def counts(self) -> Counter:
        return Counter(s.polarity for s in self.stances)


@dataclass(frozen=True)
class Network:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def stance_network(data: ReportData) -> Network:
    """The network of ``data.stances``, laid out on a WIDTH x HEIGHT canvas."""
    grouped: dict[tuple[str, str], list[Stance]] = defaultdict(list)
    for stance in data.stances:
        grouped[stance.holder, stance.target].append(stance)
    edges = tuple(Edge(h, t, tuple(s)) for (h, t), s in sorted(grouped.items()))
    described = _describe_nodes(data)
    positions = _layout([iri for iri in described], [(e.holder, e.target, len(e.stances)) for e in edges])
    biggest = max((m for _, _, m in described.values()), default=1) or 1
    nodes = tuple(
        Node(iri, label, kind, mentions, *positions[iri], radius=6 + 16 * math.sqrt(mentions / biggest))
        for iri, (label, kind, mentions) in described.items()
    )
    return Network(nodes, edges)


def _describe_nodes(data: ReportData) -> dict[str, tuple[str, str, int]]:
    """label, type and size of every holder and target, in a stable order."""
    described: dict[str, tuple[str, str, int]] = {}
    targeted = Counter(s.target for s in data.stances)
    for stance in data.stances:
        for iri in (stance.holder, stance.target):
            if iri in described:
                continue
            actor = data.actors.get(iri)
            if actor:
                described[iri] = (actor.label, actor.type, actor.mentions)
            else:
                described[iri] = (stance.target_label, stance.target_type, targeted[iri])
    return dict(sorted(described.items()))


def _layout(nodes: list[str], weighted_edges: list[tuple[str, str, int]]) -> dict[str, tuple[float, float]]:
    if not nodes:
        return {}
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from(weighted_edges)
    spread = 2.2 / math.sqrt(len(nodes))
    raw = nx.spring_layout(graph, seed=7, k=spread, iterations=80, method="force") if len(nodes) > 1 else {nodes[0]: (0.0, 0.0)}
    return _fit(raw)


def _fit(raw: dict) -> dict[str, tuple[float, float]]:
    """Scale positions into the canvas, leaving room for labels at the edges."""
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {
        iri: (
            round(MARGIN + (float(p[0]) - min(xs)) / span_x * (WIDTH - 2 * MARGIN), 1),
            round(MARGIN + (float(p[1]) - min(ys)) / span_y * (HEIGHT - 2 * MARGIN), 1),
        )
        for iri, p in raw.items()
    }
