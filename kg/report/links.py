"""Short page ids for actors and documents, links to them, and the evidence the pages open.

Pages and evidence are addressed by short ids (``a3``, ``d12``, ``ev-e4``)
rather than IRIs, so no article text or IRI ever ends up in an id or a URL
fragment. Evidence blocks are HTML written here, packed with the documents'
texts (:func:`kg.report.pages.report_payload`); the page's script puts one
into the evidence panel on a click.
"""

from __future__ import annotations

from kg.report.data import ReportData, Span
from kg.report.text import esc, find_within, snippet


class Ids:
    """Page ids of the shown actors and documents."""

    def __init__(self, data: ReportData):
        self.data = data
        self._actors = {iri: f"a{n}" for n, iri in enumerate(data.actors)}
        self._docs = {graph: f"d{n}" for n, graph in enumerate(sorted(data.documents, key=lambda g: data.documents[g].name))}

    def actor(self, iri: str) -> str | None:
        return self._actors.get(iri)

    def doc(self, graph: str) -> str:
        return self._docs[graph]

    def actor_link(self, iri: str, fallback: str = "") -> str:
        """The actor's name linking to its page (plain text when it has none)."""
        actor = self.data.actors.get(iri)
        if actor is None:
            return esc(fallback)
        return f'<a href="#{self._actors[iri]}">{esc(actor.label)}</a>'

    def doc_link(self, graph: str) -> str:
        doc = self.data.documents[graph]
        return f'<a href="#{self.doc(graph)}">{esc(doc.title or doc.name)}</a>'


class Evidence:
    """Evidence blocks, each a list of sentences with document, date and the span highlighted; and the packed page bodies."""

    def __init__(self, ids: Ids):
        self.ids = ids
        self._blocks: dict[str, str] = {}
        self._pages: dict[str, str] = {}

    def item(self, span: Span, mark: tuple[int, int] | None = None, note: str = "") -> str:
        """One sentence around ``span`` from its document, ``mark`` (default the span) highlighted."""
        doc = self.ids.data.documents[span.graph]
        source = f'{self.ids.doc_link(span.graph)} <span class="date">{esc(doc.date or "undated")}</span>'
        text = snippet(doc.text, span.begin, span.end, mark)
        lead = f'<div class="note">{note}</div>' if note else ""
        return f'<li>{lead}<blockquote>{text}</blockquote><div class="src">{source}</div></li>'

    def stance_item(self, stance) -> str:
        """A stance's evidence sentence, the target's words highlighted."""
        doc = self.ids.data.documents[stance.evidence.graph]
        mark = find_within(doc.text, stance.evidence.begin, stance.evidence.end, stance.target_label)
        holder = self.ids.actor_link(stance.holder, stance.holder)
        target = self.ids.actor_link(stance.target) if self.ids.actor(stance.target) else f"<q>{esc(stance.target_label)}</q>"
        note = f'{holder} <span class="pol {esc(stance.polarity)}">{esc(stance.polarity)}</span> toward {target}'
        return self.item(stance.evidence, mark or (stance.evidence.begin, stance.evidence.begin), note)

    def add(self, key: str, heading: str, items: list[str]) -> str:
        """Register a block; returns the key for a ``data-ev`` attribute."""
        body = "".join(items) or '<li class="none">no evidence</li>'
        self._blocks[key] = f"<h3>{heading}</h3><ol>{body}</ol>"
        return key

    def blocks(self) -> dict[str, str]:
        """Each registered block's HTML by its key."""
        return dict(self._blocks)

    def add_page(self, page: str, html: str) -> None:
        """A page's body, packed with the evidence and put in its section when the page is first shown."""
        self._pages[page] = html

    def pages(self) -> dict[str, str]:
        return dict(self._pages)
