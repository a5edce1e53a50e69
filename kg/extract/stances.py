"""Stances: who stands how toward what, with the evidence.

Built on :func:`kg.extract.evaluations.evaluations` (evaluative language in a
sentence, with its cue, target, polarity and holder token). Evaluative words
without a holder of their own ("a very productive conversation", "Y is
corrupt") are the words of whoever speaks them: the speaker of the statement
that contains them; elsewhere they are the writer's and yield no stance (the
subject of a speech verb whose complement holds them, where the statement
finder saw no statement, cost precision on never-read text).

A stance's holder is an actor; its target is labelled by its noun phrase
("it"/"this" resolved to the noun phrase it stands for; a clause about "it",
"urged that it be resolved", names nothing and gives no stance, nor does a
bare infinitive, "intends to sue") and points to an
actor or event where it is one; its evidence is the statement whose content
holds the cue, when the statement's speaker is the holder. Events show
stances too: the source of an event whose PLOVER category takes a side
(``EVENT_STANCE_POLARITY``: sanctions, accusations, threats against; support,
aid, agreement for) stands that way toward its target, where the event's
sentence names both, the event being the evidence (not an event only supposed,
"if X sanctioned Y", nor one whose word takes no side, "X's investigation of Y"); an assault only when its source
is a person (a state's or a group's armed attack is war, not a stance), no
negated event, and no event where the words of its sentence already give the
holder's stance of that polarity ("declined Y's offer" is against the offer,
not against Y). And statements show how their speakers stand toward the
people and organisations their content names: the targeted-polarity
classifier trained on NewsMTSC (:mod:`kg.extract.targeted_polarity`) reads the
sentence's polarity toward each such mention, and a confident positive or
negative reading is the speaker's stance, the statement its evidence (labelled by
the plan, claim or act a mention is the possessor of, "Y's statement", and
pointing to Y), where the
sentence's own evaluative words (their VADER valences summed) lean the same way
(a reading against them, "Y, a good and honest man, faces charges", is the
classifier's error more often than the speaker's view)
(not from a reported statement whose cue only sources or denies its
content: "according to X", "X reported", "X denied"; countries and groups
are left out: a sentence about a country's or a
people's troubles is seldom its speaker's stance toward them; a negative
reading of someone harm was done to, "Y's killing", is left out too, and so is
one of someone who speaks or judges inside the content, "the deal, which Y
called a stunt", whose words the tone is; noun
phrases as well: on the tuning gold the
classifier, which learnt polarity toward people, read them with too little
precision). Beside the evaluations, what a speaker says is read the same
way: an act the speaker says must, should or needs to be done
(:mod:`kg.extract.proposals`), the items someone's demands are
said to include (:mod:`kg.extract.demands`), and what someone is saddened,
shocked or heartened by (:mod:`kg.extract.emotions`). A stance of a body, country or
group that a person's statement reports ("Lena Brook indicated the ministry was
disappointed by the ruling") is that person's too: who speaks for a body voices its stance. And a
speaker stands toward the things the clauses of their statement are about or act on (a subject or object noun
naming no actor: "the measure", "the agreement") where the classifier is very sure of its reading (probability
.9) and the sentence's words lean the same way: one such stance per speaker and polarity in a document. (A doer judged by the
good or harm a speaker says it did, "the policy weakened X", is not read: on
unseen text such readings matched no gold stance.) One stance is kept per (holder, target, polarity) in a document:
evaluative language first, then events, then statements.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.coref import MentionIndex
from kg.extract.demands import demands
from kg.extract.emotions import emotions
from kg.extract.evaluations import (
    KEPT_SIDES,
    PROPOSITION_SENSES,
    Evaluation,
    evaluations,
    request_addressee,
)
from kg.extract.lexicon import (
    ASSAULT_STANCE_SOURCE_TYPES,
    CHARACTERIZING_VERBS,
    DEMONSTRATIVES,
    EVENT_STANCE_POLARITY,
    EVIDENTIAL_CUES,
    FIRST_PERSON,
    REPORT_VERBS,
    SIDELESS_CAMEO_CODES,
    TIME_WORDS,
)
from kg.extract.plover_lexicon import plover_lexicon
from kg.extract.proposals import proposals
from kg.extract.quotes import MARKS
from kg.extract.records import Span, Stance
from kg.extract.tokens import doc_text, sentence_of
from kg.extract.word_files import noun_senses

# Dependents a target's label leaves out ("mark": "[that] the fine be waived").
CUT_DEPS = frozenset({"conj", "cc", "relcl", "advcl", "parataxis", "punct", "dep", "mark"})
MAX_LABEL_TOKENS = 12
EVENT_STANCE_CONFIDENCE = 0.5  # below every evaluation's, so the words beat the event on the same key
# The classifier's probability a statement's reading needs: at .6 its readings of never-read text matched a gold
# stance once in ten; at .8 the ones dropped had matched none there (blind3) and a few on the tuning text.
STATEMENT_STANCE_MIN_PROBABILITY = 0.8
# A stance a speaker voices for the body it reports on is less sure than the body's own (_spokesperson_stance).
SPOKESPERSON_DISCOUNT = 0.9
# The actors toward whom a statement's portrayal is its speaker's stance (statement_stances).
STATEMENT_TARGET_TYPES = frozenset({"Person", "Organization"})
# Where a noun a statement's content judges stands, and how sure the classifier must be of its reading (content_stances):
# at .9 the readings of subjects and objects gained gold stances on the tuning set and on dev12, at .85 and .8 they
# cost precision on dev12 (round 5).
CONTENT_TARGET_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
CONTENT_STANCE_MIN_PROBABILITY = 0.9
POLARITIES = frozenset({"positive", "negative"})  # the readings that are a stance
# Subordinators of a clause that only supposes what it says (event_stances).
CONDITIONS = frozenset({"if", "unless", "whether"})


class _Context:
    """What resolving holders and targets needs for one document."""

    def __init__(self, spacy_doc, text: str, actors, statements, events):
        self.doc = spacy_doc
        self.text = text
        self.index = MentionIndex(actors)
        self.actors = {a.key: a for a in actors}
        self.statements = [(s.content.start, s.content.end, s) for s in statements]
        self.triggers = [(t.start, t.end, e.key) for e in events for t in e.triggers]

    def statement_at(self, tok):
        """The shortest statement whose content holds the token (the first of equals), or None."""
        inside = [(end - start, st) for start, end, st in self.statements if start <= tok.idx < end]
        return min(inside, key=lambda x: x[0])[1] if inside else None

    def quote_speaker(self, tok):
        """Speaker of the direct quote just before a quoted token in the same paragraph
        (a quotation continued after "he said")."""
        text = doc_text(self.doc)
        paragraph_start = text.rfind("\n\n", 0, tok.idx) + 1
        if sum(text.count(q, paragraph_start, tok.idx) for q in MARKS) % 2 == 0:
            return None
        earlier = [(st.content.end, st) for _, _, st in self.statements
                   if st.direct and st.speaker and paragraph_start <= st.content.end <= tok.idx]
        return self.actors.get(max(earlier, key=lambda x: x[0])[1].speaker) if earlier else None

    def event_at(self, tok):
        end = tok.idx + len(tok.text)
        return next((key for s, e, key in self.triggers if s < end and tok.idx < e), None)


def find_stances(spacy_doc, document, actors, statements, events) -> tuple[Stance, ...]:
    """Stances of one document: one per (holder, target, polarity), strongest evidence kept."""
    ctx = _Context(spacy_doc, document.text, actors, statements, events)
    best: dict[tuple, Stance] = {}
    for sent in spacy_doc.sents:
        evs = evaluations(sent) + proposals(sent) + demands(sent) + emotions(sent)
        for ev in evs:
            stance = _stance(ctx, sent, ev)
            if stance is None:
                continue
            for found in filter(None, (stance, _spokesperson_stance(ctx, ev, stance))):
                key = (found.holder, found.target_actor or _target_key(ev.target), found.polarity)
                if key not in best or found.confidence > best[key].confidence:
                    best[key] = found
    worded = {(s.holder, s.polarity, s.span.start) for s in best.values()}
    for stance in event_stances(spacy_doc, document.text, actors, events):
        if (stance.holder, stance.polarity, stance.span.start) not in worded:  # the words say toward what
            best.setdefault((stance.holder, stance.target_actor, stance.polarity), stance)
    for stance in statement_stances(spacy_doc, document.text, actors, statements):
        best.setdefault((stance.holder, stance.target_actor, stance.polarity), stance)
    for stance in content_stances(spacy_doc, document.text, actors, statements):
        best.setdefault((stance.holder, None, stance.polarity), stance)  # one per speaker and polarity
    return tuple(_one_per_reading(best.values()))


def statement_stances(spacy_doc, text: str, actors, statements) -> list[Stance]:
    """The stance of each statement's speaker toward each other person or organisation its content names,
    where the targeted-polarity classifier reads the sentence as positive or negative toward the mention and the
    sentence's words, summed, lean the same way.

    Not countries or groups: a sentence about a country's or a people's troubles ("85,000 Americans were
    unemployed") is seldom its speaker's stance toward them.
    """
    from kg.extract.targeted_polarity import classify, valence

    names = {a.key: a.name for a in actors}
    mentions = sorted((m.start, m.end, a.key) for a in actors if a.type in STATEMENT_TARGET_TYPES for m in a.mentions)
    tone: dict[int, float] = {}  # sentence start -> the sum of its words' valences
    readings: dict[tuple[int, int], tuple] = {}  # a mention inside two statements' contents is read once
    found = []
    for statement in statements:
        if statement.speaker not in names or _evidential(spacy_doc, statement):
            continue
        content = statement.content
        for start, end, key in mentions:
            if key == statement.speaker or not (content.start <= start and end <= content.end):
                continue
            mention = spacy_doc.char_span(start, end, alignment_mode="expand")
            sent = sentence_of(mention[0])
            if sent.start not in tone:
                tone[sent.start] = sum(valence(tok) for tok in sent)
            if not tone[sent.start]:
                continue  # no evaluative word at all: the reading is neutral, and the classifier costs ~20 ms
            if (start, end) not in readings:
                readings[(start, end)] = classify(sent, start, end)
            polarity, probability = readings[(start, end)]
            root = mention.root
            if (polarity == "negative" and _suffers(root, valence)) or _speaks(root):
                continue
            if polarity != "neutral" and probability >= STATEMENT_STANCE_MIN_PROBABILITY \
                    and (tone[sent.start] > 0) == (polarity == "positive"):
                label = _phrase(root.head) if _owns_proposition(root) else names[key]  # "Y's plan", pointing to Y
                found.append(Stance(statement.speaker, label, polarity, _sentence_span(sent, text), target_actor=key,
                                    evidence_statement=statement, confidence=round(0.5 * probability, 3)))
    return found


def content_stances(spacy_doc, text: str, actors, statements) -> list[Stance]:
    """The stance of each statement's speaker toward the things its content's clauses are about or act on
    (a subject or object noun naming no actor: "the measure", "this silence", "the agreement"), where the
    targeted-polarity classifier reads the sentence as positive or negative toward the noun phrase with
    ``CONTENT_STANCE_MIN_PROBABILITY`` and the sentence's words, summed, lean the same way: the first per speaker
    and polarity (the classifier, ~20 ms a reading, is not asked again once a speaker has both)."""
    from kg.extract.targeted_polarity import classify, valence

    names = {a.key for a in actors}
    named = [(m.start, m.end) for a in actors for m in a.mentions]
    seen, found, tone, done = set(), [], {}, {}
    for statement in statements:
        if statement.speaker not in names or _evidential(spacy_doc, statement):
            continue
        content = spacy_doc.char_span(statement.content.start, statement.content.end, alignment_mode="expand")
        for tok in content if content is not None else ():
            if tok.pos_ != "NOUN" or tok.dep_ not in CONTENT_TARGET_DEPS \
                    or any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children):
                continue
            start, end = tok.left_edge.idx, tok.idx + len(tok.text)
            if (start, end) in seen or any(s < end and start < e for s, e in named):
                continue  # an actor's name: statement_stances reads it
            seen.add((start, end))
            sent = sentence_of(tok)
            if sent.start not in tone:
                tone[sent.start] = sum(valence(t) for t in sent)
            sent_tone = tone[sent.start]
            if not sent_tone or done.get(statement.speaker) == POLARITIES:
                continue  # no evaluative word, or both readings of this speaker found: no call of the classifier
            polarity, probability = classify(sent, start, end)
            if polarity != "neutral" and probability >= CONTENT_STANCE_MIN_PROBABILITY \
                    and (sent_tone > 0) == (polarity == "positive"):
                done[statement.speaker] = done.get(statement.speaker, frozenset()) | {polarity}
                found.append(Stance(statement.speaker, _phrase(tok), polarity, _sentence_span(sent, text),
                                    evidence_statement=statement, confidence=round(0.5 * probability, 3)))
    return found


def _owns_proposition(tok) -> bool:
    """Whether a mention is the possessor of a plan, claim, decision or act ("Y's statement didn't clarify it"):
    what the sentence judges is that, labelled so."""
    if tok.dep_ != "poss" or tok.head.pos_ != "NOUN":
        return False
    senses = noun_senses().get(tok.head.lemma_.lower(), ())
    return bool(senses) and senses[0] in PROPOSITION_SENSES


def _evidential(spacy_doc, statement) -> bool:
    """Whether a reported (not quoted) statement's cue names where facts come from ("according to X", "X reported",
    "X revealed") or denies its content: then the content's tone is not its speaker's view. A quotation
    "according to" someone is still their words."""
    if statement.cue is None or statement.direct:
        return False
    cue = spacy_doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    return cue is not None and any(tok.lemma_.lower() in EVIDENTIAL_CUES or tok.lower_ in EVIDENTIAL_CUES for tok in cue)


def _speaks(tok) -> bool:
    """Whether a mention is who says or judges something in the content ("Y, which Z referred to as a stunt",
    "X, reported by Z as a criminal"):
    the sentence's tone is then Z's words about something else, not the speaker's about Z."""
    if tok.dep_ == "nsubj":
        return tok.head.lemma_ in REPORT_VERBS or tok.head.lemma_ in CHARACTERIZING_VERBS
    if tok.dep_ != "pobj":
        return False
    prep = tok.head  # "reported by Y": the source of what the sentence says
    return prep.lower_ == "by" and prep.dep_ == "agent" and prep.head.lemma_ in REPORT_VERBS | CHARACTERIZING_VERBS


def _suffers(tok, valence) -> bool:
    """Whether a mention is what a harmful act is done to ("Y's killing", "Y was attacked"): the
    sentence's negativity then falls on the act, not on the mention."""
    head = tok.head
    return tok.dep_ in ("poss", "nsubjpass") and head.i != tok.i and valence(head) < 0


def event_stances(spacy_doc, text: str, actors, events) -> list[Stance]:
    """The stance each source of a side-taking event takes toward each of its targets that its sentence names;
    the event is the evidence. A negated trigger ("would not provide") shows no stance."""
    by_key = {a.key: a for a in actors}
    found = []
    for event in events:
        polarity = EVENT_STANCE_POLARITY.get(event.plover)
        if polarity is None or not event.sources or not event.targets:
            continue
        trigger = event.triggers[0]
        span = spacy_doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if any(c.dep_ == "neg" for tok in span for c in tok.children) or _supposed(span.root) or _sideless(span.root):
            continue
        sent = sentence_of(span[0])
        for source in event.sources:
            if event.plover == "ASSAULT" and getattr(by_key.get(source), "type", None) not in ASSAULT_STANCE_SOURCE_TYPES:
                continue
            if source not in by_key or not _named_in(by_key[source], sent):
                continue  # the sentence must name who takes the side
            for target in event.targets:
                actor = by_key.get(target)
                if source != target and actor is not None and _named_in(actor, sent):
                    found.append(Stance(source, actor.name, polarity, _sentence_span(sent, text), target_actor=target,
                                        confidence=EVENT_STANCE_CONFIDENCE, evidence_event=event.key))
    return found


def _supposed(trigger) -> bool:
    """Whether an event is only supposed: in a clause of condition ("if the plan rejected Y")."""
    clause = trigger
    while clause.dep_ not in ("ROOT", "advcl") and clause.head.i != clause.i:
        clause = clause.head
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


def _sideless(trigger) -> bool:
    """Whether an event's word takes no side toward what it is done to ("the agency's investigation of Y")."""
    entry = plover_lexicon().get((trigger.lemma_.lower(), "VERB" if trigger.pos_ == "VERB" else "NOUN"))
    return entry is not None and entry.code.startswith(SIDELESS_CAMEO_CODES) and entry.source not in KEPT_SIDES


def _named_in(actor, sent) -> bool:
    return any(sent.start_char <= m.start and m.end <= sent.end_char for m in actor.mentions)


def _one_per_reading(stances) -> list[Stance]:
    """Stances that read the same (holder, target label, polarity, sentence) are one; the strongest stays. Of two
    that read opposite ways in one sentence (a holder for and against the same target), only the stronger stays
    ("called the deal lousy and would only vote for it if ..."); on a tie both do."""
    kept: dict[tuple, Stance] = {}
    for stance in sorted(stances, key=lambda s: -s.confidence):
        kept.setdefault((stance.holder, stance.target_label, stance.polarity, stance.span.start), stance)
    strongest: dict[tuple, float] = {}
    for stance in kept.values():
        where = (stance.holder, stance.target_label, stance.span.start)
        strongest[where] = max(strongest.get(where, 0.0), stance.confidence)
    return sorted((s for s in kept.values() if s.confidence >= strongest[(s.holder, s.target_label, s.span.start)]),
                  key=lambda s: (s.span.start, s.holder, s.target_label, s.polarity))


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
    elif found is not None and found.speaker:
        holder = ctx.actors.get(found.speaker)
    if holder is None or _asks_itself(ctx, ev, holder):
        return None
    if found is not None and (ev.holder is None or found.speaker == holder.key):
        evidence = found
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


def _spokesperson_stance(ctx: _Context, ev: Evaluation, stance: Stance) -> Stance | None:
    """The same stance held by the person whose statement reports it, when its holder is a body, a country or a
    group ("Lena Brook indicated the ministry was disappointed by the ruling"): who speaks for a body in the
    news voices its stance too. None otherwise."""
    found = ctx.statement_at(ev.cue)
    holder, speaker = ctx.actors.get(stance.holder), ctx.actors.get(found.speaker) if found is not None else None
    if holder is None or speaker is None or holder.type == "Person" or speaker.type != "Person" \
            or stance.target_actor == speaker.key:
        return None
    return replace(stance, holder=speaker.key, evidence_statement=found,
                   confidence=round(stance.confidence * SPOKESPERSON_DISCOUNT, 3))


def _asks_itself(ctx: _Context, ev: Evaluation, holder) -> bool:
    """Whether a request's holder came out as the one it asks ("they called on Y to act" read as Y's own request)."""
    if ev.cue.pos_ != "VERB" or not any(c.dep_ == "xcomp" for c in ev.cue.children):
        return False
    asked = request_addressee(ev.cue)
    return asked is not None and ctx.index.actor_for(asked) is holder


def _holder_actor(ctx: _Context, tok, found):
    """The actor a holder token names: speaker for 'I'/'we'/"let's" in a statement, else its mention."""
    if tok.lower_ in FIRST_PERSON or _lets(tok):
        if found is not None and found.speaker:
            return ctx.actors.get(found.speaker)
        return ctx.quote_speaker(tok)
    if tok.lower_ in ("it", "they"):
        same_sentence = [a for s, _, a in ctx.index.mentions
                         if sentence_of(tok).start_char <= s < tok.idx and a.type != "Person"]
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


def _lets(tok) -> bool:
    """Whether a token is the "'s" of "let's": "us", the speaker among them."""
    return tok.pos_ == "PRON" and tok.lower_ in ("'s", "\u2019s")


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
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in DEMONSTRATIVES
                                           for c in tok.children):
        return None  # "hoped it will be resolved": a clause about "it" names nothing
    actor = ctx.index.actor_in(tok.idx, tok.idx + len(tok.text)) if tok.pos_ == "PROPN" else None
    if actor is not None:
        return actor.name, actor.key
    addressee = request_addressee(tok.head) if tok.dep_ == "xcomp" else None
    if addressee is not None:  # what a request asks of whom: "the embassy to reconsider"
        return f"{_phrase(addressee)} {_phrase(tok)}", None
    label = _phrase(tok)
    if tok.pos_ in ("VERB", "AUX") and len(label.split()) <= 2:
        return None  # "intends to sue [over the row]": a bare verb names nothing the holder stands toward
    return label, None


def _antecedent_noun(pronoun):
    """The nearest earlier common noun heading an argument, in this or the previous sentence."""
    doc = pronoun.doc
    start = sentence_of(pronoun).start
    first = sentence_of(doc[start - 1]).start if start > 0 else start
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
    keep |= _word_parts(doc, keep)
    start, end = min(keep), head.i
    while start - 1 in keep or (start - 1 >= 0 and doc[start - 1].is_quote and start - 2 in keep):
        start -= 1
    while end + 1 in keep or (end + 1 < len(doc) and doc[end + 1].is_quote and end + 2 in keep):
        end += 1
    end = min(end, max(head.i, start + MAX_LABEL_TOKENS - 1))
    text = "".join(t.whitespace_ if t.is_quote else t.text_with_ws for t in doc[start:end + 1])
    text = " ".join(text.split()).strip(" '()[],;:-—")
    return text or head.text


def _word_parts(doc, keep: set[int]) -> set[int]:
    """The other parts of hyphenated words a label keeps a part of ("judge-led": the parse hangs "judge" elsewhere)."""
    parts, stack = set(), list(keep)
    while stack:
        i = stack.pop()
        for j in (i - 1, i + 1):
            a = min(i, j)  # the left one of the pair: no space after it joins the two
            if 0 <= j < len(doc) and j not in keep | parts and doc[a].whitespace_ == "" \
                    and (doc[j].is_alpha or doc[j].text in ("-", "/")):
                parts.add(j)
                stack.append(j)
    return parts


def _is_clause(tok) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") or c.tag_ in ("WRB", "WDT") or c.lower_ == "wherein"
               for c in tok.children)
