"""Evaluations: evaluative language in one sentence, with its cue, target, polarity and holder.

Rule-based over spaCy's dependency parse, with the general evaluative lexicon
``data/polarity.tsv`` (lemma, part of speech, polarity, where the target sits).
One pass over each sentence finds *evaluations*: a cue word, the head of the
evaluated phrase (target), a polarity, and the token naming the holder where
the grammar gives one:

* evaluative verbs: "X condemned the strike", "X welcomed the deal", "the plan
  was rejected by X", "X disagreed with Y", "X congratulated Y on the result";
* attitude adjectives and nouns: "X was disappointed by the decision", "X is a
  critic of Y", "X, an ally of Y", "X's support for Y", "X had disagreements with Y",
  "X offered condolences to Y", "our sympathies are with Y", "our prayers go out to Y"
  (the preposition on the light verb, copula or "go": prayers and thoughts with someone
  are for them), "X marched in protest against Y" (who acts holds an attitude noun of an
  adverbial phrase); the nouns WordNet derives from the verbs of side-taking event categories
  take their side too ("X's demand for Y", "X's accusation against Y");
* intentions, for what one sets out to do: "X vowed to rebuild the bridge", "X is
  trying to add a question", "X spoke, promising to lift the rules" (against what it stops);
* requests, for what they ask of whom: "X urged the embassy to reconsider", "X urged
  that the fine be waived", "X called for the officers to be punished", "X called on Y
  to act"; and against what they ask to stop or remove, or who they ask to go: "X
  urged Y to lift the curfew" (``CESSATION_VERBS``), "X asked the troops to withdraw";
* characterisation: "X called the attack a violation", "X named Y as terrorists",
  "X called the deal lousy", "X found the plan reckless", "Y, which X referred to as
  gamesmanship and a stunt" (any of the conjoined words) (here, and only here, the broad opinion lexicon of Hu and
  Liu, ``data/opinion_lexicon.csv``, completes ``polarity.tsv``);
* evaluative words without a holder of their own: "a very productive
  conversation", "this disastrous mistake", "Y is corrupt"; and a judgement of a
  proposition, act or idea ("the plan is vague", "this impulsive decision"): an
  adjective of the broad opinion lexicon predicated of a noun, or modifying a subject,
  whose commonest WordNet sense is an act, a communication or a cognition
  (``PROPOSITION_SENSES``), here too, where the grammar says what is judged; and so of someone an
  adjective is predicated of ("Y was absolutely right", "the judge was unfit"): a name of a person, body or
  people, "he"/"she"/"they", or a noun whose commonest WordNet sense is a person or group (``ACTOR_SENSES``),
  reading too the adjectives ``polarity.tsv`` gives only a tone.

Negation ("did not welcome", "no progress") flips the polarity, modality ("may
support") lowers the confidence. :mod:`kg.extract.stances` turns evaluations
into stances of actors; :mod:`kg.extract.polarity` scores a sentence's
polarity toward a target with them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from kg.extract.lexicon import (
    ACTOR_LABELS, ATTITUDE_LIGHT_VERBS, CESSATION_NOUNS, CESSATION_VERBS, CHARACTERIZING_VERBS, COPULAS, DEAL_NOUNS,
    DEMAND_NOUNS, DEMONSTRATIVES, EMPTY_REQUESTED_VERBS, EVENT_LIGHT_VERBS, MANNER_NOUNS, MODALS,
    OPINION_SLOTS, POSSIBILITY_MODALS, QUANTITY_HEADS, QUESTION_MARKS, RELATIVES, SIDELESS_CAMEO_CODES,
    STANCE_NOUN_CATEGORIES, STANCE_VERB_CATEGORIES, TIME_WORDS, TOPIC_SLOTS,
)
from kg.extract.plover_lexicon import plover_lexicon
from kg.extract.subjects import agent, prep_object, subject
from kg.extract.tokens import span_tokens
from kg.extract.triggers import verb_category
from kg.extract.word_files import emotion_verbs, noun_senses

LEXICON_PATH = Path(__file__).with_name("data") / "polarity.tsv"
NOMINALISATION = "wordnet-derivation"  # the event lexicon's source of the nouns of its verbs
PATTERNS = "cameo-patterns"  # its source of verbs that CAMEO files only in patterns with their objects
# Its sources whose verbs take their category's side whatever their CAMEO code: PLOVER's gold-record votes ("agree")
# and CAMEO's patterns with an object ("improve relations", "restore ties").
KEPT_SIDES = frozenset({"plover-gsr", PATTERNS})
OPINION_LEXICON_PATH = Path(__file__).with_name("data") / "opinion_lexicon.csv"
FLIP = {"positive": "negative", "negative": "positive"}
# WordNet lexicographer files of nouns whose judgement is a stance toward a proposition, act or idea ("a vague plan",
# "the decision was impulsive", "the claim is false"), read with the broad opinion lexicon (_adjective).
PROPOSITION_SENSES = frozenset({"act", "communication", "cognition"})
# WordNet lexicographer files of nouns for whom an adjective said of them judges them ("the judge was unfit").
ACTOR_SENSES = frozenset({"person", "group"})
# Pronouns for someone other than the speaker and the one addressed.
THIRD_PERSONS = frozenset({"he", "she", "they"})
# Verbs that send an attitude noun, their subject, to someone: "our prayers go out to X" (_noun).
DIRECTED_VERBS = frozenset({"go"})


@dataclass(frozen=True)
class Entry:
    """One lexicon row: polarity and where the target sits."""

    polarity: str
    slots: tuple[str, ...]


@dataclass(frozen=True)
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


def _entries(token, pos: str, broad: bool = False) -> tuple[Entry, ...]:
    """The lexicon rows of a word; with ``broad``, the opinion lexicon's reading of a word ``polarity.tsv`` lacks;
    then, for a verb or noun, the side its event category takes."""
    lex = lexicon()
    found = lex.get((token.lemma_.lower(), pos)) or lex.get((token.lower_, pos))
    if found is None and pos == "VERB":
        found = _event_verb_entries(token.lemma_.lower())
    if not found and broad:
        found = _opinion_entries(token.lemma_.lower(), pos) or _opinion_entries(token.lower_, pos)
    if not found and pos == "NOUN":
        found = _event_noun_entries(token.lemma_.lower())
    return found or ()


@lru_cache(maxsize=1)
def opinion_words() -> dict[str, str]:
    """word -> 'positive' or 'negative': the opinion lexicon of Hu and Liu (``data/opinion_lexicon.csv``)."""
    rows = OPINION_LEXICON_PATH.read_text(encoding="utf-8").splitlines()[1:]
    return dict(row.rsplit(",", 1) for row in rows if row.strip())


@lru_cache(maxsize=8192)
def _opinion_entries(word: str, pos: str) -> tuple[Entry, ...]:
    """A word of the opinion lexicon that ``polarity.tsv`` lacks, read in the default slot of its part of speech."""
    polarity = opinion_words().get(word) if pos in OPINION_SLOTS else None
    return (Entry(polarity, OPINION_SLOTS[pos]),) if polarity else ()


@lru_cache(maxsize=4096)
def _event_verb_entries(lemma: str) -> tuple[Entry, ...]:
    """A verb of a side-taking event category (request, support, reject, accuse, protest, threaten) as an evaluative verb."""
    entry = plover_lexicon().get((lemma, "VERB"))
    if entry is not None and entry.code.startswith(SIDELESS_CAMEO_CODES) and entry.source not in KEPT_SIDES:
        return ()  # "investigated the case"
    if lemma in ATTITUDE_LIGHT_VERBS or (lemma in EVENT_LIGHT_VERBS and entry is not None and entry.source == PATTERNS):
        return ()  # a light verb takes its side from its object: "expressed concern", "filed a complaint"
    if lemma in emotion_verbs():
        return ()  # a verb of feeling: "shocked by X" is the feeler's (kg.extract.emotions), no event's side
    side = STANCE_VERB_CATEGORIES.get(verb_category(lemma) or "")
    return (Entry(side[0], side[1]),) if side else ()


@lru_cache(maxsize=4096)
def _event_noun_entries(lemma: str) -> tuple[Entry, ...]:
    """The noun of a side-taking event verb ("a demand for X", "an accusation against X") as an attitude noun.

    Only WordNet's nominalisations of the category's verbs: the event lexicon's nouns taken from CAMEO's
    objects ("launched an intervention") name what is done, not a side ("intervention" is filed under REJECT)."""
    entry = plover_lexicon().get((lemma, "NOUN"))
    side = STANCE_NOUN_CATEGORIES.get(entry.category) if entry is not None and entry.source == NOMINALISATION else None
    return (Entry(side[0], side[1]),) if side else ()


# ------------------------------------------------------------------ evaluations


def evaluations(sent) -> list[Evaluation]:
    """Every evaluation in one sentence (a spaCy Span or Doc)."""
    found: list[Evaluation] = []
    for tok in span_tokens(sent):
        pos = tok.pos_  # read once: each read of a token's string attribute looks it up anew
        if pos in ("VERB", "AUX"):
            found += _verb(tok)
        if pos in ("ADJ", "VERB"):
            found += _adjective(tok)
        if pos in ("NOUN", "PROPN"):
            found += _noun(tok)
        if pos == "VERB" and tok.lemma_ in CHARACTERIZING_VERBS:
            found += _characterize(tok)
    return [e for t in found for e in _conjoined(t)]


def _conjoined(ev: Evaluation) -> list[Evaluation]:
    """The evaluation, and one for each conjunct of its target ("X and Y") and of its holder ("A and B urged ...")."""
    if not ev.expand:
        return [ev]
    holders = [ev.holder]
    if ev.holder is not None:
        holders += [c for c in ev.holder.conjuncts if c.i > ev.holder.i and c.pos_ in ("PROPN", "NOUN", "PRON")]
    targets = [ev.target]
    if ev.target.pos_ not in ("VERB", "AUX"):  # "urged X to reconsider and spoke with Y": the holder's own act
        targets += [c for c in ev.target.conjuncts if c.i > ev.target.i]
    return [replace(ev, holder=h, target=t) for h in holders for t in targets]


def _verb(tok) -> list[Evaluation]:
    out = []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    for entry in _entries(tok, "VERB"):
        if entry.slots == ("mutual",):
            if not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
                out += _mutual(tok, subject(tok), entry.polarity)
            continue
        slot, target = next(((s, t) for s in entry.slots if (t := _slot(tok, s, passive)) is not None), (None, None))
        if target is None:
            continue
        if slot in TOPIC_SLOTS and _negated(tok):
            break  # "could not agree on a budget": no agreement about it, not a stance against it
        holder = agent(tok) if passive else subject(tok)
        stopped = _stopped(tok, target) if entry.polarity == "positive" else None
        if stopped is None or not _named(stopped):  # "asked for X's resignation": against X, not for an act
            out.append(_graded(Evaluation(tok, target, entry.polarity, holder, 0.75), tok))
        if stopped is not None:  # "urged X to waive the immunity": against the immunity too
            out.append(_graded(Evaluation(tok, stopped, "negative", holder, 0.7), tok))
        break
    return out


def _stopped(verb, asked):
    """What a clause asked for would stop or remove, when its verb is one of stopping ("to lift the sanctions",
    "that the fine be waived", "the withdrawal of the troops"), or who would go ("urged X to resign", "asked the
    troops to withdraw", "asked for X's resignation"); else None."""
    if asked.pos_ == "NOUN" and asked.lemma_.lower() in CESSATION_NOUNS and not _negated(asked):
        return next((c for c in asked.children if c.dep_ == "poss"), None) or prep_object(asked, {"of"})
    if asked.pos_ not in ("VERB", "AUX") or asked.lemma_.lower() not in CESSATION_VERBS or _negated(asked):
        return None
    obj = next((c for c in asked.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None:
        return obj
    own = next((c for c in asked.children if c.dep_ == "nsubj"), None)
    if own is not None:
        return own
    return request_addressee(verb) if asked.dep_ == "xcomp" else None


def _named(tok) -> bool:
    """Whether a token is (part of) a name of a person, organisation or place, or a pronoun that may stand for one."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in DEMONSTRATIVES and tok.lower_ not in ("it", "its")
    return tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_LABELS


def request_addressee(verb):
    """Whom a request is made of: "urged the embassy to ...", "called on the mayor to ..."."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None) or prep_object(verb, {"on", "upon"})


def _slot(verb, slot: str, passive: bool):
    """The target token of a verb in one lexicon slot, or None."""
    name, _, only = slot.partition("@")
    if name == "dobj":
        deps = ("nsubjpass",) if passive else ("dobj",)
        target = next((c for c in verb.children if c.dep_ in deps), None)
    elif name == "xcomp":  # the clause asked for, when it says what ("urged X to waive the immunity", not "to do")
        addressed = request_addressee(verb) is not None  # "urged the embassy to reconsider", "called on X to act"
        if (only == "addressed" and not addressed) or (only == "stated" and not _stated(verb)):
            return None
        target = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                       and (any(d.dep_ in ("dobj", "prep", "ccomp", "xcomp", "attr", "prt") for d in c.children)
                            or (addressed and c.lemma_ not in EMPTY_REQUESTED_VERBS))), None)
    elif name == "ccomp":  # the clause asked for, with its own subject ("urged the immunity be waived")
        target = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                       and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) and not _open_clause(c)), None)
    elif name == "chance":
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "chance"), None)
        target = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c is not obj), None) \
            if obj is not None else None
    else:
        target = prep_object(verb, {name}) or _marked_clause(verb, name)
    if target is not None and target.lower_ in RELATIVES and verb.dep_ == "relcl":
        target = verb.head  # "the plan, which X opposes", "Y, who was condemned by X"
    if target is None or (only == "deal" and target.lemma_.lower() not in DEAL_NOUNS) \
            or (only == "demand" and target.lemma_.lower() not in DEMAND_NOUNS):
        return None
    if target.lemma_.lower() in TIME_WORDS or _negated(target):
        return None  # "argue for years", "no agreement was reached"
    return target


def _stated(verb) -> bool:
    """Whether a verb is asserted of a subject of its own, or of the subject of the clause its participle goes with
    ("X spoke, promising to ..."): not a question ("How do they plan to ...?"), not a participle describing a noun
    ("a step intended to ...")."""
    clause = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    asked = any(c.tag_ in ("WRB", "WP") or c.text == "?" for t in clause for c in t.children)
    own = any(c.dep_ == "nsubj" for c in verb.children)
    said_along = verb.tag_ == "VBG" and verb.dep_ == "advcl" and subject(verb) is not None  # "X spoke, promising to"
    return (own or said_along) and not asked


def _open_clause(clause) -> bool:
    """A question or a possibility, not a thing asked for: "asked whether X", "asked, will X come?", "suggested X
    could happen"."""
    after = clause.right_edge.i + 1
    direct_question = any(t.text == "?" for t in clause.subtree) or (
        after < len(clause.doc) and clause.doc[after].text == "?")  # "I want to ask you, will X be there?"
    return direct_question or any((c.dep_ == "mark" and c.lower_ in QUESTION_MARKS) or c.tag_ in ("WDT", "WP", "WRB")
                                  or (c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS) for c in clause.children)


def _marked_clause(verb, prep: str):
    """A clause the preposition introduces, with a subject of its own ("called for the killers to be punished")."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                 and any(m.dep_ == "mark" and m.lower_ == prep for m in c.children)
                 and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None)


def _adjective(tok) -> list[Evaluation]:
    out = []
    entries = _entries(tok, "ADJ")
    if not entries and tok.pos_ == "ADJ" and _judges_proposition(tok):
        entries = _entries(tok, "ADJ", broad=True)
    if tok.pos_ == "ADJ" and all(e.slots == ("tone",) for e in entries) and _judges_actor(tok):
        entries = _actor_judgement_entries(tok)
    for entry in entries:
        if entry.slots == ("amod",):
            if tok.pos_ == "ADJ":
                out += _evaluative_adjective(tok, entry.polarity)
            continue
        target = prep_object(tok, set(entry.slots))
        if target is None:
            continue
        holder = subject(tok.head) if tok.dep_ in ("acomp", "amod") else _holder_of_participle(tok)
        out.append(_graded(Evaluation(tok, target, entry.polarity, holder, 0.75), tok))
        break
    return out


def _judges_proposition(adj) -> bool:
    """Whether an adjective is predicated of, or modifies the subject, a noun that names a proposition, act or idea.
    An adjective on an object or a prepositional object mostly describes ("concluded his lengthy conversation",
    "spoke about less controversial issues")."""
    while adj.dep_ == "conj" and adj.head.pos_ == "ADJ":
        adj = adj.head
    if adj.dep_ == "amod" and adj.head.dep_ in ("nsubj", "nsubjpass"):  # "this impulsive decision has undone ..."
        noun = adj.head
    elif adj.dep_ == "acomp" and adj.head.lemma_ in COPULAS:
        noun = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    else:
        return False
    if noun is None or noun.pos_ != "NOUN":
        return False
    senses = noun_senses().get(noun.lemma_.lower())
    return bool(senses) and senses[0] in PROPOSITION_SENSES


def _judges_actor(adj) -> bool:
    """Whether an adjective is predicated of someone named or a person ("X was absolutely right", "the judge was
    unfit", "he is derelict"): then it judges them. Not of the speaker ("I am sorry") or of "it"."""
    while adj.dep_ == "conj" and adj.head.pos_ == "ADJ":
        adj = adj.head
    if adj.dep_ != "acomp" or adj.head.lemma_ != "be" or adj.tag_ != "JJ":
        return False  # a comparison ("Y is safer because of Z") credits its cause
    noun = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    if noun is None:
        return False
    if noun.pos_ == "PRON":
        return noun.lower_ in THIRD_PERSONS
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ("PERSON", "ORG", "NORP")
    senses = noun_senses().get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    return bool(senses) and senses[0] in ACTOR_SENSES


def _actor_judgement_entries(adj) -> tuple[Entry, ...]:
    """An adjective of the broad opinion lexicon, or one ``polarity.tsv`` gives only a tone, read as a judgement
    of whom it is said of."""
    lex = lexicon()
    tone = next((e.polarity for key in ((adj.lemma_.lower(), "ADJ"), (adj.lower_, "ADJ")) for e in lex.get(key, ())
                 if e.slots == ("tone",)), None)
    if tone is not None:
        return (Entry(tone, ("amod",)),)
    return _opinion_entries(adj.lemma_.lower(), "ADJ") or _opinion_entries(adj.lower_, "ADJ")


def _holder_of_participle(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject(tok)


def _evaluative_adjective(tok, polarity: str) -> list[Evaluation]:
    """'a productive conversation' (toward the noun); 'Y is corrupt' (toward Y)."""
    adj = tok
    while adj.dep_ == "conj" and adj.head.pos_ == "ADJ":
        adj = adj.head
    if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN"):
        noun = adj.head
        if noun.lemma_.lower() in QUANTITY_HEADS or noun.lemma_.lower() in TIME_WORDS:
            return []
        if noun.lemma_.lower() in MANNER_NOUNS and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
            noun = noun.head.head  # "suppressed protests in an unlawful way": the act is judged
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
            if tok.pos_ == "NOUN" and not _in_characterisation(tok) \
                    and (entry.polarity == "positive" or _negated(tok) or _attributed(tok)):
                out.append(_graded(Evaluation(tok, tok, entry.polarity, None, 0.5, expand=False), tok))
            continue
        if entry.slots == ("mutual",):
            if tok.dep_ == "pobj" and tok.head.lower_ == "at":
                out += _mutual(tok, subject(tok.head.head), entry.polarity)
            continue
        target = prep_object(tok, set(entry.slots))
        if target is None and ((tok.dep_ == "nsubj" and tok.head.lemma_ in COPULAS)
                               or (tok.dep_ == "dobj" and tok.head.lemma_ in ATTITUDE_LIGHT_VERBS)):
            target = prep_object(tok.head, set(entry.slots))  # "our sympathies are with X", "offered condolences to X"
        if target is None and tok.dep_ == "nsubj" and tok.head.lemma_ in DIRECTED_VERBS:
            target = prep_object(tok.head, set(entry.slots) | {"to"})  # "our thoughts go out to X"
        holder = _noun_holder(tok)
        if target is None or (holder is None and not _listed(tok, "NOUN")):
            continue  # an event's noun takes a side only with its own holder: not "the demand for ballots rose"
        out.append(Evaluation(tok, target, entry.polarity, holder, 0.7))
        break
    return out


def _listed(token, pos: str) -> bool:
    """Whether ``polarity.tsv`` itself lists a word (rather than the event lexicon lending it a side)."""
    return (token.lemma_.lower(), pos) in lexicon() or (token.lower_, pos) in lexicon()


def _copular_noun(noun) -> list[Evaluation]:
    """'Y is a disgrace', 'Y is a model of honesty' (toward Y)."""
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "csubj")), None)  # "leaving them is a mistake"
    polarity = phrase_polarity(noun)
    if subject is None or polarity is None:
        return []
    target = noun if subject.lower_ in DEMONSTRATIVES else subject  # "it was a productive call"
    if target is noun and not _judgeable(noun):
        return []
    return [_graded(Evaluation(noun, target, polarity, None, 0.55), noun.head)]


def _judgeable(noun) -> bool:
    """Whether a noun "this" or "it" is said to be is something judged, not a time, a place or a good or bad thing
    for someone ("this is a very dangerous time", "Y has become an unfamiliar place", "a big win for Z")."""
    senses = noun_senses().get(noun.lemma_.lower(), ())
    return noun.lemma_.lower() not in TIME_WORDS and senses[:1] != ("location",) and prep_object(noun, {"for"}) is None


def _attributed(noun) -> bool:
    """Whether a negative noun names whose act it is or what it is aimed at ("aggression from X", "a violation
    of the rules", "the Turkish aggression", "X's mistake"): only then is it a judgement of something, not a word
    for a kind of thing ("a civil war", "this crime"). Praise ("progress") and a negated word ("no progress")
    judge by themselves."""
    return any(c.dep_ in ("prep", "poss") or (c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN"))
               for c in noun.children)


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
        return subject(head)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "det" for c in noun.children):
        return subject(head.head)  # "flies arms to Y in support of Z", "marched in protest against Z": who acts
    return None


def _characterize(verb) -> list[Evaluation]:
    """'X called the attack a violation', 'X named Y as terrorists'."""
    complement = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")),
                      None)
    if complement is None:
        complement = prep_object(verb, {"as"})
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or prep_object(verb, {"to"})  # "referred to Y as"
    if obj is not None and obj.lower_ in RELATIVES and verb.dep_ == "relcl":
        obj = verb.head  # "the decision, which X referred to as a stunt"
    if obj is None and complement is not None and complement.pos_ == "ADJ":  # 'called the deal "lousy"'
        obj = next((c for c in complement.children if c.dep_ in ("npadvmod", "nsubj") and c.pos_ in ("NOUN", "PROPN")),
                   None)
    if complement is None and obj is not None:  # the same, parsed as an adjective after its noun
        complement = next((c for c in obj.rights if c.dep_ == "amod" and c.pos_ == "ADJ"), None)
    if obj is None or complement is None:
        return []
    polarity = next((p for c in (complement, *complement.conjuncts) if (p := phrase_polarity(c))), None)
    if polarity is None:  # "referred to it as gamesmanship and a stunt": any of the conjoined words
        return []
    target = complement if obj.lower_ in DEMONSTRATIVES and complement.pos_ == "NOUN" else obj
    return [_graded(Evaluation(verb, target, polarity, subject(verb), 0.7), verb)]


def phrase_polarity(head) -> str | None:
    """Polarity a noun phrase (or an adjective) said of something carries: its head, an adjective on it, or
    its 'of' object; the broad opinion lexicon counts here, where the grammar says what is judged."""
    if head.pos_ == "ADJ":
        polarity = next((e.polarity for e in _entries(head, "ADJ", broad=True) if e.slots == ("amod",)), None)
        return FLIP[polarity] if polarity is not None and _negated(head) else polarity
    polarity, broad = None, head.pos_ != "PROPN"  # a name ("Operation Peace Spring") judges nothing
    for entry in _entries(head, "NOUN", broad=broad):
        if entry.slots == ("self",):
            polarity = entry.polarity
    if polarity is None:
        polarity = next((e.polarity for c in head.children if c.dep_ in ("amod", "compound")
                         for e in _entries(c, "ADJ", broad=broad) if e.slots == ("amod",)), None)
    if polarity is None:
        of = prep_object(head, {"of"})
        polarity = next((e.polarity for e in _entries(of, "NOUN", broad=broad) if e.slots == ("self",)), None) \
            if of is not None else None
    if polarity is not None and _negated(head):
        polarity = FLIP[polarity]
    return polarity


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


def _graded(ev: Evaluation, governor) -> Evaluation:
    """Negation of the governing word flips the polarity; a modal lowers the confidence."""
    if _negated(governor):
        ev = replace(ev, polarity=FLIP[ev.polarity], confidence=ev.confidence * 0.8)
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in governor.children):
        ev = replace(ev, confidence=ev.confidence * 0.7)
    return ev
