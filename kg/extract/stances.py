"""Stances: who stands how toward what, with the evidence.

Rule-based over spaCy's dependency parse, with the general evaluative lexicon
``data/polarity.tsv`` (lemma, part of speech, polarity, where the target sits).
One pass over each sentence finds *evaluations*: a cue word, the head of the
evaluated phrase (target), a polarity, and the token naming the holder where
the grammar gives one:

* evaluative verbs: "X condemned the strike", "X welcomed the deal", "the plan
  was rejected by X", "X disagreed with Y", "X congratulated Y on the result";
* attitude adjectives and nouns: "X was disappointed by the decision", "X is a
  critic of Y", "X, an ally of Y", "X's support for Y", "X had disagreements with Y";
* characterisation: "X called the attack a violation", "X named Y as terrorists";
* evaluative words without a holder of their own: "a very productive
  conversation", "this disastrous mistake", "Y is corrupt". These are the words
  of whoever speaks them: the speaker of the statement that contains them, or
  the subject of the speech or cognition verb whose complement they stand in;
  elsewhere they are the writer's and yield no stance.

Negation ("did not welcome", "no progress") flips the polarity, modality ("may
support") lowers the confidence. A stance's holder is an actor; its target is
labelled by its noun phrase ("it"/"this" resolved to the noun phrase it stands
for) and points to an actor or event where it is one. One stance is kept per
(holder, target, polarity) in a document.

Two paths, on purpose. The stance *extractor* (:func:`find_stances`) is the
strict path above: only the cue words of ``data/polarity.tsv`` with a grammar
slot, so that its stances stay precise. :func:`polarity_toward` (how one
sentence portrays a target; scored on NewsMTSC) is broader: it adds to those
same evaluations aimed at the target the valence of every word in the target's
syntactic neighbourhood (:func:`neighbourhood_score`): the VADER lexicon of the
``vaderSentiment`` package (MIT), plus the rows of ``polarity.tsv`` that VADER
lacks (``tone`` rows exist only for this), over the dependency tree around the
target, so verbs it is subject or object of ("X lied", "critics slammed X"),
words attached to it ("the disgraced X", "X, a fraud"), possessed nouns ("X's
failure") and, more weakly, words further away count, each weighted by
``DECAY`` per edge. Negation flips and dampens a word (x -0.74, as VADER),
VADER's intensifiers strengthen it; what the target itself says (the clausal
complement of a speech verb it is subject of) does not count toward it. Scores
inside ``NEUTRAL_BAND`` are neutral. The extractor does not use this broader
path: stances in the graph keep the strict polarity.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.coref import MentionIndex
from kg.extract.lexicon import (
    ATTITUDE_LIGHT_VERBS, CHARACTERIZING_VERBS, COGNITION_VERBS, COPULAS, DEAL_NOUNS, DEMONSTRATIVES, FIRST_PERSON, MODALS,
    NEGATIONS, NOUN_CUES, QUANTITY_HEADS, RELATIVES, SPEECH_VERBS, TIME_WORDS,
)
from kg.extract.quotes import MARKS
from kg.extract.records import Span, Stance

LEXICON_PATH = Path(__file__).with_name("data") / "polarity.tsv"
FLIP = {"positive": "negative", "negative": "positive"}
CUT_DEPS = frozenset({"conj", "cc", "relcl", "advcl", "parataxis", "punct", "dep"})
MAX_LABEL_TOKENS = 12

REPORT_VERBS = frozenset(SPEECH_VERBS) | frozenset(COGNITION_VERBS) | {"agree"}


@dataclass(frozen=True)
class Entry:
    """One lexicon row: polarity and where the target sits."""

    polarity: str
    slots: tuple[str, ...]


@dataclass
class Evaluation:
    """Evaluative language in one sentence: cue, target head, polarity, holder token."""

    cue: object
    target: object
    polarity: str
    holder: object | None
    confidence: float
    expand: bool = True


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(lemma, POS) -> entries, from ``data/polarity.tsv``."""
    table: dict[tuple[str, str], list[Entry]] = {}
    for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, polarity, slots = line.split("\t")
        table.setdefault((lemma, pos), []).append(Entry(polarity, tuple(slots.split(","))))
    return {key: tuple(entries) for key, entries in table.items()}


def _entries(token, pos: str) -> tuple[Entry, ...]:
    lex = lexicon()
    return lex.get((token.lemma_.lower(), pos)) or lex.get((token.lower_, pos)) or ()


# ------------------------------------------------------------------ evaluations


def evaluations(sent) -> list[Evaluation]:
    """Every evaluation in one sentence (a spaCy Span or Doc)."""
    found: list[Evaluation] = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX"):
            found += _verb(tok)
        if tok.pos_ in ("ADJ", "VERB"):
            found += _adjective(tok)
        if tok.pos_ in ("NOUN", "PROPN"):
            found += _noun(tok)
        if tok.pos_ == "VERB" and tok.lemma_ in CHARACTERIZING_VERBS:
            found += _characterize(tok)
    return [e for t in found for e in _conjoined(t)]


def _conjoined(ev: Evaluation) -> list[Evaluation]:
    """The evaluation, and one for each conjunct of its target ("X and Y")."""
    out = [ev]
    if not ev.expand:
        return out
    for conj in ev.target.conjuncts:
        if conj.i > ev.target.i:
            out.append(Evaluation(ev.cue, conj, ev.polarity, ev.holder, ev.confidence))
    return out


def _verb(tok) -> list[Evaluation]:
    out = []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    for entry in _entries(tok, "VERB"):
        if entry.slots == ("mutual",):
            if not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
                out += _mutual(tok, _subject(tok), entry.polarity)
            continue
        target = next((t for t in (_slot(tok, s, passive) for s in entry.slots) if t is not None), None)
        if target is None:
            continue
        holder = _agent(tok) if passive else _subject(tok)
        out.append(_graded(Evaluation(tok, target, entry.polarity, holder, 0.75), tok))
        break
    return out


def _slot(verb, slot: str, passive: bool):
    """The target token of a verb in one lexicon slot, or None."""
    name, _, only = slot.partition("@")
    if name == "dobj":
        deps = ("nsubjpass",) if passive else ("dobj",)
        target = next((c for c in verb.children if c.dep_ in deps), None)
    elif name == "chance":
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "chance"), None)
        target = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c is not obj), None) \
            if obj is not None else None
    else:
        target = _prep_object(verb, {name})
    if target is None or (only == "deal" and target.lemma_.lower() not in DEAL_NOUNS):
        return None
    if target.lemma_.lower() in TIME_WORDS or _negated(target):
        return None  # "argue for years", "no agreement was reached"
    return target


def _prep_object(tok, preps):
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _adjective(tok) -> list[Evaluation]:
    out = []
    for entry in _entries(tok, "ADJ"):
        if entry.slots == ("amod",):
            if tok.pos_ == "ADJ":
                out += _evaluative_adjective(tok, entry.polarity)
            continue
        target = _prep_object(tok, set(entry.slots))
        if target is None:
            continue
        holder = _subject(tok.head) if tok.dep_ in ("acomp", "amod") else _holder_of_participle(tok)
        out.append(_graded(Evaluation(tok, target, entry.polarity, holder, 0.75), tok))
        break
    return out


def _holder_of_participle(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _subject(tok)


def _evaluative_adjective(tok, polarity: str) -> list[Evaluation]:
    """'a productive conversation' (toward the noun); 'Y is corrupt' (toward Y)."""
    adj = tok
    while adj.dep_ == "conj" and adj.head.pos_ == "ADJ":
        adj = adj.head
    if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN"):
        noun = adj.head
        if noun.lemma_.lower() in QUANTITY_HEADS or noun.lemma_.lower() in TIME_WORDS:
            return []
        polarity = FLIP[polarity] if _negated(noun) else polarity
        return [_graded(Evaluation(tok, noun, polarity, None, 0.6, expand=False), noun)]
    if adj.dep_ == "acomp" and adj.head.lemma_ in COPULAS:
        subject = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return [_graded(Evaluation(tok, subject, polarity, None, 0.6), adj.head)]
    return []


def _noun(tok) -> list[Evaluation]:
    out = []
    if tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
        out += _copular_noun(tok)
    for entry in _entries(tok, "NOUN"):
        if entry.slots == ("self",):
            if tok.pos_ == "NOUN" and not _in_characterisation(tok):
                out.append(_graded(Evaluation(tok, tok, entry.polarity, None, 0.5, expand=False), tok))
            continue
        if entry.slots == ("mutual",):
            if tok.dep_ == "pobj" and tok.head.lower_ == "at":
                out += _mutual(tok, _subject(tok.head.head), entry.polarity)
            continue
        target = _prep_object(tok, set(entry.slots))
        if target is None:
            continue
        out.append(Evaluation(tok, target, entry.polarity, _noun_holder(tok), 0.7))
        break
    return out


def _copular_noun(noun) -> list[Evaluation]:
    """'Y is a disgrace', 'Y is a model of honesty' (toward Y)."""
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    polarity = phrase_polarity(noun)
    if subject is None or polarity is None:
        return []
    target = noun if subject.lower_ in DEMONSTRATIVES else subject  # "it was a productive call"
    return [_graded(Evaluation(noun, target, polarity, None, 0.55), noun.head)]


def _in_characterisation(tok) -> bool:
    """Whether an evaluative noun is (part of) what something is called or said to be."""
    for _ in range(3):
        if tok.dep_ in ("oprd", "attr", "compound") or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head.head
        else:
            return False
    return False


def _mutual(cue, subject, polarity: str) -> list[Evaluation]:
    """'X and Y disagreed', 'X and Y are at odds': each toward the other."""
    if subject is None:
        return []
    sides = [subject, *subject.conjuncts]
    return [Evaluation(cue, b, polarity, a, 0.65, expand=False) for a in sides for b in sides if a is not b]


def _noun_holder(noun):
    """Who holds the attitude a noun names: 'X's criticism', 'X is a critic', 'X had disagreements'."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "attr":
        noun, head = head.head, head.head.head  # "much more of a critic of Y"
    if noun.dep_ == "appos":
        return head
    if noun.dep_ == "attr" and head.lemma_ in COPULAS:
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "dobj" and head.lemma_ in ATTITUDE_LIGHT_VERBS:
        return _subject(head)
    return None


def _characterize(verb) -> list[Evaluation]:
    """'X called the attack a violation', 'X named Y as terrorists'."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    complement = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp") and c.pos_ in ("NOUN", "PROPN")), None)
    if complement is None:
        complement = _prep_object(verb, {"as"})
    if obj is None or complement is None:
        return []
    polarity = phrase_polarity(complement)
    if polarity is None:
        return []
    target = complement if obj.lower_ in DEMONSTRATIVES and complement.pos_ == "NOUN" else obj
    return [_graded(Evaluation(verb, target, polarity, _subject(verb), 0.7), verb)]


def phrase_polarity(head) -> str | None:
    """Polarity a noun phrase carries: its head noun, an adjective on it, or its 'of' object."""
    polarity = None
    for entry in _entries(head, "NOUN"):
        if entry.slots == ("self",):
            polarity = entry.polarity
    if polarity is None:
        polarity = next((e.polarity for c in head.children if c.dep_ in ("amod", "compound")
                         for e in _entries(c, "ADJ") if e.slots == ("amod",)), None)
    if polarity is None:
        of = _prep_object(head, {"of"})
        polarity = next((e.polarity for e in _entries(of, "NOUN") if e.slots == ("self",)), None) \
            if of is not None else None
    if polarity is not None and _negated(head):
        polarity = FLIP[polarity]
    return polarity


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


def _graded(ev: Evaluation, governor) -> Evaluation:
    """Negation of the governing word flips the polarity; a modal lowers the confidence."""
    if _negated(governor):
        ev.polarity = FLIP[ev.polarity]
        ev.confidence *= 0.8
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in governor.children):
        ev.confidence *= 0.7
    return ev


def _subject(verb):
    """The subject of a verb, inherited through conjoined, participial and control clauses."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None:
            if subject.lower_ in RELATIVES and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ == "acl":
            noun = verb.head
            if noun.lemma_.lower() not in NOUN_CUES:
                return noun
            verb = noun.head
        elif verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def _agent(verb):
    return _prep_object(verb, {"by"})


# ------------------------------------------------------------------ NewsMTSC


def polarity_toward(sentence, target_start: int, target_end: int) -> str:
    """How one sentence portrays the target at [target_start, target_end) (character
    offsets in the spaCy doc's text): 'positive', 'negative' or 'neutral'."""
    return polarity_and_found(sentence, target_start, target_end)[0]


def polarity_and_found(sentence, target_start: int, target_end: int) -> tuple[str, bool]:
    """The polarity toward the target, and whether any evaluative word bears on it.

    The score is the stance extractor's own evaluations aimed at the target
    (weighted by their confidence) plus :func:`neighbourhood_score`, the
    valence of the words in the target's syntactic neighbourhood; it is
    'neutral' within ``NEUTRAL_BAND``."""
    aimed = [ev for ev in evaluations(sentence) if _aims_at(ev.target, target_start, target_end)]
    score = sum(EVALUATION_WEIGHT * ev.confidence * (1 if ev.polarity == "positive" else -1)
                for ev in aimed if ev.polarity in FLIP)
    near, found = neighbourhood_score(sentence, target_start, target_end)
    score += near
    found = found or bool(aimed)
    if score > NEUTRAL_BAND[1]:
        return "positive", found
    if score < NEUTRAL_BAND[0]:
        return "negative", found
    return "neutral", found


# Tuned on a sample of NewsMTSC train.jsonl (2,500 lines), never on devtest.
EVALUATION_WEIGHT = 2.0  # per unit of confidence of an extractor evaluation aimed at the target
NEUTRAL_BAND = (-0.2, 0.6)
DECAY = 0.7
MAX_DISTANCE = 6


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """word -> valence (-4 .. 4): the VADER lexicon shipped with the vaderSentiment
    package, completed by the words of ``data/polarity.tsv`` it lacks (+-2)."""
    from importlib.resources import files

    table: dict[str, float] = {}
    text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                table[parts[0]] = float(parts[1])
            except ValueError:
                continue
    for (lemma, _), entries in lexicon().items():
        pols = {e.polarity for e in entries if e.polarity in FLIP}
        if len(pols) == 1 and lemma not in table:
            table[lemma] = 2.0 if pols == {"positive"} else -2.0
    return table


@lru_cache(maxsize=1)
def _boosters() -> tuple[dict[str, float], frozenset[str]]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

    return dict(BOOSTER_DICT), frozenset(NEGATE) | NEGATIONS


VALENCE_POS = frozenset({"ADJ", "VERB", "NOUN", "ADV", "INTJ"})


def _valence(tok) -> float:
    if tok.pos_ not in VALENCE_POS or tok.ent_type_:
        return 0.0
    table = valences()
    value = table.get(tok.lower_)
    if value is None:
        value = table.get(tok.lemma_.lower(), 0.0)
    if value == 0.0:
        return 0.0
    boosters, negations = _boosters()
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in boosters:
            value += boosters[child.lower_] * (1 if value > 0 else -1)
    if _negated_word(tok, negations):
        value *= -0.74
    return value


def _negated_word(tok, negations) -> bool:
    """'not honest', 'did not lie', 'no success', 'never praised'."""
    if any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in negations for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("acomp", "attr", "dobj", "xcomp", "oprd", "advmod") and head.i != tok.i \
        and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negations) for c in head.children)


SPEAKER_CONTENT = 0.0
HOLDER_FACTOR = 1.0
CONJ_FACTOR = 1.0


def _edge_factor(came_from, going_to) -> float:
    """How much of an evaluation carries over one dependency edge."""
    if going_to.head.i == came_from.i and came_from.i != going_to.i:  # downward
        if came_from.lemma_ in REPORT_VERBS and going_to.dep_ in ("ccomp", "parataxis", "xcomp"):
            return SPEAKER_CONTENT  # what the target says is not said of the target
        if going_to.dep_ == "conj":
            return CONJ_FACTOR
        return 1.0
    if came_from.dep_ in ("nsubj", "agent") or (came_from.dep_ == "pobj" and came_from.head.dep_ == "agent"):
        return HOLDER_FACTOR
    if came_from.dep_ == "conj":
        return CONJ_FACTOR
    return 1.0


def neighbourhood_score(sentence, start: int, end: int) -> tuple[float, bool]:
    """Valence of the words near the target at [start, end) in the dependency tree,
    each weighted by ``DECAY`` per edge away from the target; and whether any word
    with a valence was found within ``MAX_DISTANCE`` edges."""
    tokens = [t for t in sentence if start <= t.idx < end]
    if not tokens:
        return 0.0, False
    sent = tokens[0].sent
    weight = {t.i: 1.0 / DECAY for t in tokens}
    frontier = list(tokens)
    score, found = 0.0, False
    for _ in range(MAX_DISTANCE):
        nxt = []
        for tok in frontier:
            for nb in (*tok.children, tok.head):
                if nb.i in weight or not (sent.start <= nb.i < sent.end):
                    continue
                w = weight[tok.i] * DECAY * _edge_factor(tok, nb)
                weight[nb.i] = w
                nxt.append(nb)
                value = _valence(nb) if w else 0.0
                if value:
                    score += value * w
                    found = True
        frontier = nxt
    return score, found


def _aims_at(target, start: int, end: int) -> bool:
    """The target phrase is the mention, or is possessed by / named with it."""
    def inside(tok):
        return start <= tok.idx < end
    if inside(target):
        return True
    return any(inside(c) for c in target.children if c.dep_ in ("poss", "compound", "appos"))


# ------------------------------------------------------------------ stances of a document


class _Context:
    """What resolving holders and targets needs for one document."""

    def __init__(self, spacy_doc, text: str, actors, statements, events):
        self.doc = spacy_doc
        self.text = text
        self.index = MentionIndex(actors)
        self.actors = {a.key: a for a in actors}
        self.statements = [(s.content.start, s.content.end, i, s) for i, s in enumerate(statements)]
        self.triggers = [(t.start, t.end, e.key) for e in events for t in e.triggers]

    def statement_at(self, tok):
        """(index, statement) of the shortest statement whose content holds the token."""
        inside = [(end - start, i, st) for start, end, i, st in self.statements if start <= tok.idx < end]
        return min(inside, key=lambda x: x[0])[1:] if inside else None

    def quote_speaker(self, tok):
        """Speaker of the direct quote just before a quoted token in the same paragraph
        (a quotation continued after "he said")."""
        text = self.doc.text
        paragraph_start = text.rfind("\n\n", 0, tok.idx) + 1
        if sum(text.count(q, paragraph_start, tok.idx) for q in MARKS) % 2 == 0:
            return None
        earlier = [(st.content.end, st) for _, _, _, st in self.statements
                   if st.direct and st.speaker and paragraph_start <= st.content.end <= tok.idx]
        return self.actors.get(max(earlier, key=lambda x: x[0])[1].speaker) if earlier else None

    def event_at(self, tok):
        end = tok.idx + len(tok.text)
        return next((key for s, e, key in self.triggers if s < end and tok.idx < e), None)


def find_stances(spacy_doc, document, actors, statements, events) -> list[Stance]:
    """Stances of one document: one per (holder, target, polarity), strongest evidence kept."""
    ctx = _Context(spacy_doc, document.text, actors, statements, events)
    best: dict[tuple, Stance] = {}
    for sent in spacy_doc.sents:
        evs = evaluations(sent)
        for ev in evs:
            stance = _stance(ctx, sent, ev)
            if stance is None:
                continue
            key = (stance.holder, stance.target_actor or _target_key(ev.target), stance.polarity)
            if key not in best or stance.confidence > best[key].confidence:
                best[key] = stance
    return _one_per_reading(best.values())


def _one_per_reading(stances) -> list[Stance]:
    """Stances that read the same (holder, target label, polarity, sentence) are one; the strongest stays."""
    kept: dict[tuple, Stance] = {}
    for stance in sorted(stances, key=lambda s: -s.confidence):
        kept.setdefault((stance.holder, stance.target_label, stance.polarity, stance.span.start), stance)
    return sorted(kept.values(), key=lambda s: (s.span.start, s.holder, s.target_label, s.polarity))


def _sentence_span(sent, text: str) -> Span:
    """The sentence without the whitespace around it, its anchor read from the document's own text.

    spaCy parses the text with the header line blanked out, so a first
    sentence would otherwise start with the header's spaces, and its
    ``sent.text`` would not be the document's text at those offsets.
    """
    raw = sent.text
    start = sent.start_char + len(raw) - len(raw.lstrip())
    end = max(start, sent.end_char - (len(raw) - len(raw.rstrip())))
    return Span(start, end, text[start:end])


def _target_key(tok) -> str:
    return tok.lemma_.lower()


def _stance(ctx: _Context, sent, ev: Evaluation) -> Stance | None:
    found = ctx.statement_at(ev.cue)
    holder, evidence = None, None
    if ev.holder is not None:
        holder = _holder_actor(ctx, ev.holder, found)
    elif found is not None and found[1].speaker:
        holder = ctx.actors.get(found[1].speaker)
    else:
        reporter = _reporting_subject(ev.cue)
        holder = _holder_actor(ctx, reporter, found) if reporter is not None else None
    if holder is None:
        return None
    if found is not None and (ev.holder is None or found[1].speaker == holder.key):
        evidence = found[0]
    target = _target(ctx, ev.target)
    if target is None:
        return None
    label, target_actor = target
    if target_actor is not None and target_actor == holder.key:
        return None
    span = _sentence_span(sent, ctx.text)
    return Stance(holder.key, label, ev.polarity, span, target_actor=target_actor,
                  target_event=ctx.event_at(ev.target), evidence_statement=evidence,
                  confidence=round(ev.confidence, 3))


def _reporting_subject(cue):
    """The subject of the speech or cognition verb whose complement holds the cue."""
    tok = cue
    for _ in range(8):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return None
        came_from, tok = tok, tok.head
        if tok.pos_ == "VERB" and tok.lemma_ in REPORT_VERBS and came_from.dep_ in ("ccomp", "dobj", "xcomp"):
            return _subject(tok)
    return None


def _holder_actor(ctx: _Context, tok, found):
    """The actor a holder token names: speaker for 'I'/'we' in a statement, else its mention."""
    if tok.lower_ in FIRST_PERSON:
        if found is not None and found[1].speaker:
            return ctx.actors.get(found[1].speaker)
        return ctx.quote_speaker(tok)
    if tok.lower_ in ("it", "they"):
        same_sentence = [a for s, _, a in ctx.index.mentions
                         if tok.sent.start_char <= s < tok.idx and a.type != "Person"]
        if same_sentence:
            return same_sentence[-1]
    actor = ctx.index.actor_for(tok)
    if actor is None and not any(c.dep_ == "amod" for c in tok.children):
        for child in tok.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
                inner = child if child.dep_ == "appos" else next((c for c in child.children if c.dep_ == "pobj"), None)
                if inner is not None:
                    actor = ctx.index.actor_for(inner)
                    if actor is not None:
                        break
    if actor is None:
        actor = next((a for c in tok.conjuncts if (a := ctx.index.actor_for(c))), None)
    return actor


def _target(ctx: _Context, tok):
    """(label, actor key or None) for a target head, or None when it cannot be named."""
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children):
        return None  # "my notes", "our wishes": the holder's own
    if tok.pos_ == "PRON":
        if tok.lower_ in DEMONSTRATIVES:
            antecedent = _antecedent_noun(tok)
            return (_phrase(antecedent), None) if antecedent is not None else None
        actor = ctx.index.actor_for(tok) if tok.lower_ not in FIRST_PERSON | {"you"} else None
        return (actor.name, actor.key) if actor is not None else None
    actor = ctx.index.actor_in(tok.idx, tok.idx + len(tok.text)) if tok.pos_ == "PROPN" else None
    if actor is not None:
        return actor.name, actor.key
    return _phrase(tok), None


def _antecedent_noun(pronoun):
    """The nearest earlier common noun heading an argument, in this or the previous sentence."""
    doc = pronoun.doc
    first = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    for tok in reversed(doc[first:pronoun.i]):
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") \
                and tok.lemma_.lower() not in TIME_WORDS \
                and any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
            return tok
    return None


def _phrase(head) -> str:
    """The noun phrase a head stands for, without clauses, conjuncts and trailing punctuation."""
    keep = {head.i}
    stack = [c for c in head.children]
    while stack:
        child = stack.pop()
        if child.dep_ in CUT_DEPS or (child.dep_ == "acl" and _is_clause(child)):
            continue
        if child.head.pos_ == "VERB" and child.dep_ in ("prep", "advmod", "npadvmod", "advcl"):
            continue  # "offer to resign [after the leak]"
        keep.add(child.i)
        stack.extend(child.children)
    doc = head.doc
    start, end = min(keep), head.i
    while start - 1 in keep or (start - 1 >= 0 and doc[start - 1].is_quote and start - 2 in keep):
        start -= 1
    while end + 1 in keep or (end + 1 < len(doc) and doc[end + 1].is_quote and end + 2 in keep):
        end += 1
    end = min(end, max(head.i, start + MAX_LABEL_TOKENS - 1))
    text = "".join(t.whitespace_ if t.is_quote else t.text_with_ws for t in doc[start:end + 1])
    text = " ".join(text.split()).strip(" '()[],;:-—")
    return text or head.text


def _is_clause(tok) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") or c.tag_ in ("WRB", "WDT") or c.lower_ == "wherein"
               for c in tok.children)
