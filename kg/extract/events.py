"""Events: triggers, PLOVER category, participants, place, date, planned or happened.

Rule-based over spaCy's parse. A trigger is a verb or event noun, outside direct
quotes (a quote is the speaker's word, kept as a statement), of the
general lexicon ``data/event_triggers.tsv``, typed with a PLOVER category
(matched by :mod:`kg.extract.triggers`). Participants are actors
(via :class:`~kg.extract.coref.MentionIndex`) found in the trigger's
arguments (:mod:`kg.extract.participants`). Only
events with a participant are kept, but for a happening without a doer (a
fire, an eruption: :func:`kg.extract.triggers.doerless`) that the headline or the
lead tells, or the article names again. The place is a place mention in a
locative phrase of the trigger or its verb; the date comes from
:mod:`kg.extract.time_grammar`; an undated event of the headline takes the day of the
lead sentence, whose news it tells; a happened event still undated takes the nearest date of
its sentence, else the day the narrative is at (:meth:`_TimeContext.fallback`). The lead sentence
(the first finite clause after the headline) always yields its main event; past it, a verb in
the simple present is a habit, no event (:mod:`kg.extract.event_mood`). Mentions
of one event in a document are merged.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.coref import MentionIndex
from kg.extract.event_mood import describes_no_happening
from kg.extract.event_types import GOVERNING_CATEGORIES, governor
from kg.extract.lexicon import (
    CONTRAST_MODIFIERS,
    DERIVATION_SUFFIXES,
    EVENT_LIGHT_VERBS,
    EVENT_PLACE_PREPS,
    PLAN_HEADS,
    PLAN_MODIFIERS,
    REPORT_VERBS,
    SUBJECT_DEPS,
)
from kg.extract.participants import find_participants
from kg.extract.quotes import covered, quoted_spans
from kg.extract.records import Event, Span
from kg.extract.time import resolve
from kg.extract.time_grammar import (
    SETTING_PREPS, clause_head, date_in, has_unresolved_time, in_past_narrative, is_future, is_simple_past,
)
from kg.extract.tokens import sentence_of, span_tokens
from kg.extract.triggers import checked_category, doerless, happening, lexicon, narrated, speaker_pronoun, trigger


@dataclass
class _Mention:
    tokens: list  # trigger tokens, in order
    category: str
    participants: list[str]
    sources: list[str]
    targets: list[str]
    place: str | None
    date: str | None
    planned: bool
    head_lemma: str
    triggers: list[Span] = field(default_factory=list)
    governor: object = None  # the verb whose asked-for act the trigger is ("urged X to release": "urged")
    fallback: str | None = None  # the day the sentence or the narrative is at, for a happened event without its own
    early: bool = False  # in the headline or the lead sentence


def find_events(spacy_doc, document, actors, places) -> tuple[Event, ...]:
    """Events of one document, one per real event (mentions merged)."""
    index = MentionIndex(actors)
    is_actor = lambda t: index.actor_for(t) is not None  # noqa: E731
    place_index = _PlaceIndex(places)
    table = lexicon()
    context = _TimeContext(spacy_doc, document)
    mentions = []
    lead_head = _lead_head(spacy_doc, context.headline_end)
    lead = sentence_of(lead_head) if lead_head is not None else None
    headline_date = _lead_date(lead_head, document.date)
    lead_main = _reported(lead_head) if lead_head is not None else None
    for sent in spacy_doc.sents:
        found_here = []
        past_lead = sent != lead  # compared once per sentence, not per token
        for token in span_tokens(sent):
            found = None
            if not context.quoted(token) and not (past_lead and context.perfect_state(token)):
                found = trigger(token, table) or happening(token, is_actor) or narrated(token, is_actor)
            if found is None:
                continue
            tokens, category = found
            if past_lead and token.idx >= context.headline_end and token.pos_ in ("VERB", "AUX") \
                    and describes_no_happening(token):
                continue  # "it raises money every year", "a group backed by X": a habit or an attribute
            mention = _mention(tokens, category, index, place_index, document, context, table)
            if mention is not None:
                if mention.date is None and not mention.planned and token.idx < context.headline_end:
                    mention.date = headline_date  # the headline tells the lead's news
                mention.early = not past_lead or token.idx < context.headline_end
                found_here.append(mention)
        if sent == lead and not any(lead_main in m.tokens or _governing_verb(m.tokens[0]) == lead_main for m in found_here):
            found_here += _lead_event(lead_main, index, place_index, document, context, table)
            for mention in found_here:
                mention.early = True
        mentions += found_here
        context.close_sentence(sent)
    return tuple(_event(group, document.text) for group in _merge(mentions) if _told_enough(group))


def _told_enough(group: list[_Mention]) -> bool:
    """A happening without participants ("a fire", "the pandemic") is the news when the headline or the lead
    tells it, or the article comes back to it; named once further down, it is background."""
    return any(m.participants for m in group) or len(group) > 1 or any(m.early for m in group)


# ------------------------------------------------------- the lead's event


def _lead_head(spacy_doc, headline_end: int):
    """The main verb of the article's first sentence: the first finite clause after the headline
    (a dateline or byline before it is no sentence; the parser may join the headline to the lead).

    When the parse does not root the sentence in a finite verb after the headline (a participle
    taken for the root: "thousands wearing masks gathered ..."), the main verb is a finite verb
    coordinated with that root, else the first finite verb with a subject outside a subordinate clause.
    """
    for sent in spacy_doc.sents:
        if sent.end_char <= headline_end:
            continue
        root = sent.root
        if root.idx >= headline_end and _finite_verb(root):
            return root
        told = [t for t in sent if t.idx >= headline_end and _finite_verb(t)
                and any(c.dep_ in SUBJECT_DEPS for c in t.children)]
        verb = next((t for t in told if t.dep_ == "conj" and t.head.i == root.i), None) \
            or next((t for t in told if not _subordinate(t)), None) or next(iter(told), None)
        if verb is not None:
            return verb
    return None


def _finite_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.tag_ != "VBG"


def _subordinate(verb) -> bool:
    """A verb inside a relative, adverbial or subject clause ("what organizers estimated", "as they chanted")."""
    return any(t.dep_ in ("relcl", "acl", "advcl", "csubj", "pcomp") for t in (verb, *verb.ancestors)
               if t.i != t.head.i)


def _lead_date(head, doc_date: str | None) -> str | None:
    """The day the lead sentence's main clause names (else the lead's nearest date: "met for a summit
    where on Sunday they signed"), if it names one on or before the publication date."""
    if head is None:
        return None
    date = date_in(sentence_of(head), head.i, head.i + 1, doc_date, False, focus=head) \
        or date_in(sentence_of(head), head.i, head.i + 1, doc_date, False)
    if date is None or "/" in date or (doc_date and date > doc_date):
        return None
    return date


def _reported(head):
    """The lead's main event: its main verb, or what a reporting verb reports ("officials said a fire killed five")."""
    for _ in range(2):
        if head.lemma_.lower() not in REPORT_VERBS:
            break
        clause = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            break  # "was found dead": the verb itself is the event
        head = clause
    return head


def _lead_event(head, index, place_index, document, context, table) -> list[_Mention]:
    """The main event of the lead sentence, which every news article reports (its main verb, found by
    :func:`_reported`), when no trigger of the sentence gave it: typed by the lexicon or OTHER."""
    if head.lemma_.lower() in ("be", "have") or any(c.dep_ == "neg" for c in head.children):
        return []
    if head.lemma_.lower() in REPORT_VERBS and any(c.dep_ == "nsubj" for c in head.children):
        return []  # "experts say" with nothing reported as a clause: a statement, not the lead's news
    found = trigger(head, table)
    tokens, category = found if found is not None else ([head], "OTHER")
    mention = _mention(tokens, category, index, place_index, document, context, table,
                       need_participants=category != "OTHER")  # a PLOVER event has a source; a happening needs none
    return [mention] if mention is not None else []


# -------------------------------------------------------------- one mention


def _mention(tokens, category, index: MentionIndex, place_index, document, context, table,
             need_participants: bool = True) -> _Mention | None:
    """One event mention, or None; a happening without a doer (a fire, an eruption: :func:`doerless`)
    is kept without participants."""
    head = tokens[0]
    tokens = sorted(tokens, key=lambda t: t.i)
    anchor = head.head if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") else head
    verb = _governing_verb(anchor)
    if verb is not None and any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb is not None and any(c.dep_ in SUBJECT_DEPS and speaker_pronoun(c) for c in verb.children):
        return None  # "we agreed ...": a speaker's words outside quote marks, not the narration
    category = checked_category(head, category, lambda t: index.actor_for(t) is not None)
    if category is None:
        return None
    alone = doerless(head, category)  # a fire, an eruption: no doer needed, none taken from the clause
    need_participants = need_participants and not alone
    roles = find_participants(head, anchor, verb, index, set(tokens), clause_fallback=not alone)
    participants = roles.keys
    frame = verb  # the verb whose time the event shares, if any
    own_only = False
    if head.pos_ == "NOUN" and verb is not None and verb.lemma_.lower() not in EVENT_LIGHT_VERBS:
        own_only = is_future(verb)  # "will discuss the conversation tomorrow": not the noun's tense or date
        frame = verb if _adjunct_of(anchor, verb) else None
        verb = None
    planned = _planned(head, anchor, verb)
    relative = _reduced_relative(anchor, table) if anchor.pos_ == "NOUN" else None
    nested = _nested_event(anchor, table) if anchor.pos_ == "NOUN" else None
    date = date_in(sentence_of(head), tokens[0].i, tokens[-1].i + 1, document.date, planned, focus=anchor,
                   own_only=own_only, own_end=relative.right_edge.i if relative is not None else None,
                   own_skip=range(nested.left_edge.i, nested.right_edge.i + 1) if nested is not None else range(0),
                   reference=context.reference)
    if date and document.date and not planned and date[:10] > document.date:
        planned = True
    if date is None and not planned and verb is not None and _reporting_day(verb):
        date = resolve("today", document.date)
    if date is None:
        date = context.inherited(head, anchor, frame, planned)
    else:
        context.remember(head, planned, date)
    fallback = context.fallback(head, tokens) if date is None and not planned else None
    if not participants and need_participants:
        return None
    place = _place(anchor, verb, place_index)
    asked = head.pos_ == "VERB" and head.dep_ == "xcomp" and governor(head) is not None  # "urged X to release"
    return _Mention(list(tokens), category, participants, roles.sources, roles.targets, place, date, planned,
                    head.lemma_.lower(), governor=head.head if asked else None, fallback=fallback)


def _adjunct_of(noun, verb) -> bool:
    """Whether an event noun frames its verb in time: "said in a meeting", "spoke at the summit"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.head.i == verb.i


def _reduced_relative(noun, table):
    """A participle clause right after a noun that the parser hung on the clause instead.

    "the withdrawal from the area first announced on October 6": "announced"
    (no subject, no auxiliary, no conjunction of its own) modifies the
    innermost event noun it follows, not the main verb.
    """
    doc = noun.doc
    j = noun.right_edge.i + 1
    if j >= len(doc):
        return None
    verb = doc[j] if doc[j].pos_ == "VERB" else doc[j].head
    if verb.pos_ != "VERB" or verb.left_edge.i != j or verb.tag_ not in ("VBN", "VBD") \
            or verb.dep_ not in ("advcl", "acl") or verb.i <= noun.i:
        return None
    if any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "mark", "expl") for c in verb.children):
        return None
    node = noun
    while True:  # an event noun further down the phrase's right edge takes it
        inner = [c for c in node.rights if c.dep_ in ("prep", "pobj") and c.right_edge.i == noun.right_edge.i]
        if not inner:
            return verb
        node = inner[0]
        if node.pos_ == "NOUN" and (node.lemma_.lower(), "NOUN") in table:
            return None


def _nested_event(noun, table):
    """The nearest event noun inside a noun's prepositional phrases ("the withdrawal beyond the withdrawal ...")."""
    for prep in noun.rights:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and (obj.lemma_.lower(), "NOUN") in table:
                return obj
    return None


def stem(lemma: str) -> str:
    """An event noun's verb ("resignation" -> "resign", "meeting" -> "meet", "withdrawal" -> "withdraw")."""
    for suffix in DERIVATION_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            return lemma[: -len(suffix)]
    return lemma


class _TimeContext:
    """What earlier sentences tell about the time of an undated event.

    * Event anaphora: a definite event noun without a date of its own ("the
      meeting", "the vote", "Iran's attack") refers back to the latest
      dated mention of the same event word (noun or verb: "met" ... "the
      meeting") with the same planned/happened status, and takes its date.
    * Narrative time (Reichenbach's reference time, kept until a new time
      adverbial resets it): a happened event told in the simple past, in a
      sentence with no time expression of its own, outside quotes and the
      headline, takes the date set by the main clause of the latest earlier
      sentence that named one ("Yesterday, X voted ... The vote was
      boycotted by Y."). Perfect, present, future, modal and non-finite
      clauses neither take nor set it.
    """

    def __init__(self, spacy_doc, document):
        self.doc_date = document.date
        text = document.text
        self.headline_end = 0
        if document.title:
            end = text.find("\n", document.header_end)
            self.headline_end = len(text) if end < 0 else end
        self.in_quote = covered(quoted_spans(text, self.headline_end), len(text))  # one look-up per token
        self.dated: dict[tuple[str, bool], str] = {}
        self.reference: str | None = None

    def quoted(self, token) -> bool:
        return token.idx < len(self.in_quote) and bool(self.in_quote[token.idx])

    def perfect_state(self, token) -> bool:
        """A verb of the narration in the active present perfect or the past progressive without a time of
        its own ("has supported LGBT rights", "have heard by now", "was flying to Moscow when he fell
        ill"): a state, an experience or the scene of the news, not the news event, which the body tells
        in the simple past; the headline and the lead sentence may tell their news so ("X has resigned"),
        and a passive ("has been arrested") stays an event."""
        if token.tag_ not in ("VBN", "VBG") or token.idx < self.headline_end:
            return False
        children = list(token.children)
        if token.tag_ == "VBG":  # "was flying to Moscow when ...": the past progressive sets a scene
            if not any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ == "VBD" for c in children):
                return False
        elif any(c.dep_ == "auxpass" for c in children) or not _present_perfect(token):
            return False
        return not any(t.ent_type_ in ("DATE", "TIME") for c in children for t in c.subtree)

    def _told(self, token) -> bool:
        """Narration proper: not the headline, not a quote."""
        return token.idx >= self.headline_end and not self.quoted(token)

    def remember(self, head, planned: bool, date: str) -> None:
        self.dated[(stem(head.lemma_.lower()), planned)] = date

    def inherited(self, head, anchor, frame, planned: bool) -> str | None:
        if head.pos_ == "NOUN" and _definite(anchor):
            date = self.dated.get((stem(head.lemma_.lower()), planned))
            if date:
                return date
        if planned or self.reference is None or frame is None or not self._told(head):
            return None
        if not in_past_narrative(frame) or has_unresolved_time(sentence_of(head), self.doc_date, frame):
            return None
        return self.reference

    def fallback(self, head, tokens) -> str | None:
        """The date a happened event without one of its own is given, once its mentions are merged: the
        sentence's nearest date, else the day the narrative is at, unless the sentence holds a time that
        names no day ("for years") or the event's clause is in the present perfect (now, not then);
        never a day after the publication date."""
        sent = sentence_of(head)
        date = date_in(sent, tokens[0].i, tokens[-1].i + 1, self.doc_date, False)
        if date is None and not has_unresolved_time(sent, self.doc_date) and not _present_perfect(clause_head(head)):
            date = self.reference
        return date if date and not (self.doc_date and date[:10] > self.doc_date) else None

    def close_sentence(self, sent) -> None:
        root = sent.root
        if not self._told(root) or not is_simple_past(root):
            return
        date = date_in(sent, root.i, root.i + 1, self.doc_date, False, focus=root, reference=self.reference)
        if date and "/" not in date and (self.doc_date is None or date <= self.doc_date):
            self.reference = date


def _present_perfect(verb) -> bool:
    """An active or passive verb with "has"/"have" ("has resigned"): a state now, not a past happening."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _definite(noun) -> bool:
    """A definite event noun that can point back ("the vote", "Iran's attack"), not "the last election"."""
    if any(c.lower_ in CONTRAST_MODIFIERS for c in noun.children if c.dep_ in ("amod", "advmod", "compound", "det")):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
               for c in noun.children)


def _governing_verb(token):
    """The verb a noun trigger hangs from (through objects and prepositions), or the verb itself."""
    current = token
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.dep_ in ("dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "conj", "appos", "compound") \
                and current.head.i != current.i:
            current = current.head
        else:
            return None
    return None


def _planned(head, anchor, verb) -> bool:
    if any(c.lower_ in PLAN_MODIFIERS for c in anchor.children if c.dep_ in ("amod", "det")):
        return True
    if verb is None:
        return False
    if is_future(verb):
        return True
    current = verb
    for _ in range(2):
        if current.dep_ in ("xcomp", "ccomp") and current.head.lemma_.lower() in PLAN_HEADS:
            return True
        current = current.head
    return False


def _reporting_day(verb) -> bool:
    """Present perfect with "just" ("has just concluded"): the event is of the reporting day."""
    return any(c.lower_ == "just" for c in verb.children) and any(c.lemma_ == "have" for c in verb.children)


class _PlaceIndex:
    def __init__(self, places):
        self.mentions = sorted((s.start, s.end, p.key) for p in places for s in p.mentions)
        self.starts = [m[0] for m in self.mentions]

    def place_at(self, token) -> str | None:
        i = bisect_right(self.starts, token.idx) - 1
        if i >= 0 and self.mentions[i][0] <= token.idx < self.mentions[i][1]:
            return self.mentions[i][2]
        return None


def _place(anchor, verb, place_index: _PlaceIndex) -> str | None:
    for holder in (anchor, verb):
        if holder is None:
            continue
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in EVENT_PLACE_PREPS:
                for obj in child.subtree:
                    key = place_index.place_at(obj)
                    if key:
                        return key
    return None


# ------------------------------------------------------------------ merging


def _merge(mentions: list[_Mention]) -> list[list[_Mention]]:
    groups: list[list[_Mention]] = []
    for m in mentions:
        for group in groups:
            if _same_event(group[0], m):
                group.append(m)
                break
        else:
            groups.append([m])
    return groups


def _same_event(a: _Mention, b: _Mention) -> bool:
    if a.category == b.category and a.category in GOVERNING_CATEGORIES \
            and (b.governor in a.tokens or a.governor in b.tokens):
        return True  # "urged X to release Y": the act asked for is the request's content, one event
    if a.category != b.category or a.planned != b.planned:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    pa, pb = set(a.participants), set(b.participants)
    if stem(a.head_lemma) == stem(b.head_lemma) and not (pa or pb):
        return True  # "a fire ... the blaze's cause ... the fire": one happening without participants
    return (pa == pb and len(pa) > 1) or (stem(a.head_lemma) == stem(b.head_lemma) and bool(pa & pb))


def _label(tokens) -> str:
    """The trigger phrase: with its modifiers ("complete withdrawal") or, for a verb, its object noun
    or the adjective right after it ("fell ill")."""
    words = set(tokens)
    for token in list(tokens):
        if token.pos_ == "NOUN":
            words |= {c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                      and not c.ent_type_ and c.pos_ in ("ADJ", "NOUN")}
        elif token.pos_ in ("VERB", "AUX"):
            for c in token.children:
                if c.dep_ in ("dobj", "prt") and c.pos_ in ("NOUN", "ADP", "ADV", "PART") and not c.ent_type_:
                    words.add(c)
                elif c.dep_ in ("acomp", "oprd", "advmod") and c.pos_ in ("ADJ", "ADV") and c.i == token.i + 1 \
                        and c.lower_.isalpha() and not c.lower_.endswith("ly"):
                    words.add(c)  # "fell ill", "found dead"
    ordered = sorted(words, key=lambda t: t.i)
    return " ".join(t.text for t in ordered)


def _best_date(group: list[_Mention]) -> str | None:
    """The date most mentions give (the earliest mention's on a tie)."""
    counts = Counter(m.date for m in group if m.date)
    if not counts:
        return None
    top = max(counts.values())
    return next(m.date for m in group if m.date and counts[m.date] == top)


def _event(group: list[_Mention], text: str) -> Event:
    first = group[0]
    participants, sources, targets = [], [], []
    for m in group:
        participants += [p for p in m.participants if p not in participants]
        sources += [p for p in m.sources if p not in sources]
        targets += [p for p in m.targets if p not in targets and p not in sources]
    triggers = [Span(m.tokens[0].idx, m.tokens[-1].idx + len(m.tokens[-1].text),
                     text[m.tokens[0].idx:m.tokens[-1].idx + len(m.tokens[-1].text)]) for m in group]
    best = max(group, key=lambda m: (len(m.tokens), m.tokens[-1].pos_ == "NOUN"))
    label = _label(best.tokens)
    content = next((m for m in group if any(m.governor in g.tokens for g in group if g is not m)), None)
    if content is not None:  # "urged ... release sailors": the request and what it asks for
        asking = next(g for g in group if content.governor in g.tokens)
        label = f"{_label(asking.tokens)} {_label(content.tokens)}"
    return Event(
        key=f"event-{triggers[0].start}-{triggers[0].end}",
        label=label,
        plover=first.category,
        triggers=triggers,
        participants=participants,
        sources=sources,
        targets=targets,
        place=next((m.place for m in group if m.place), None),
        date=_best_date(group) or (None if first.planned else next((m.fallback for m in group if m.fallback), None)),
        planned=first.planned,
        confidence=min(0.9, 0.5 + 0.1 * len(group)),
    )
