"""Event triggers: which words name an event, and its PLOVER category.

Two lexicons, read in order. ``data/event_triggers.tsv`` lists the trigger
lemmas and phrases of political news (a lemma with a particle, preposition,
object or modifier: "ask for", "phone call"), each with its part of speech
(VERB, NOUN or ANY) and PLOVER category (https://github.com/openeventdata/PLOVER).
Every other word is looked up in the event lexicon built from PETRARCH2's
CAMEO verb dictionary, PLOVER's CAMEO-to-PLOVER table and WordNet
(:mod:`kg.extract.plover_lexicon`): a verb's CAMEO patterns first (its
particle, objects and prepositional objects decide: "deliver aid"), then the
verb or event noun itself. :func:`trigger` matches a token, longest phrase
first; negated verbs, "be"/"have", idioms ("a great deal") and the modifier
half of a longer trigger are no triggers. :func:`happening` finds the nouns of
things that happen outside both lexicons ("an interview with X", "X's funeral")
by WordNet's kind of meaning, when an actor is attached to them. :func:`checked_category` holds an
ASSAULT to what PLOVER means by it (force by an agent against a target).
:mod:`kg.extract.events` builds events around the triggers.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.extract.event_types import (
    agentless_subject, condition_compound, governed_category, mode_category, sense_category, verbal_attack,
)
from kg.extract.lexicon import (
    ABSTRACT_SUPERSENSES, AGENTLESS_NOUN_SUPERSENSES, AGENTLESS_VERB_SUPERSENSES, CHARACTERIZING_VERBS, COGNITION_VERBS, COPULAS,
    DEMONSTRATIVES,
    EVENT_NOUN_SUPERSENSES,
    EVENT_LIGHT_VERBS, EVENTLESS_NAME_LABELS,
    GENERAL_EVENT_SKIPPED_CODES, GENERAL_EVENT_SKIPPED_SETS, HYPOTHETICAL_MODALS, MENTAL_VERB_SUPERSENSES, NOT_EVENT_IDIOMS,
    REPORT_VERBS, VOLITION_VERBS,
)
from kg.extract.plover_lexicon import pattern_category, plover_lexicon, supersense
from kg.extract.tokens import sentence_of
from kg.extract.word_files import noun_senses

# WordNet noun senses (lexicographer files) of a happening (happening): an event or an act, or a
# communication between parties, which needs a partner named with "with/between".
HAPPENING_NOUN_SENSES = frozenset({"event", "act"})
PARTY_NOUN_SENSE = "communication"
HAPPENING_PREPS = frozenset({"between", "with", "of", "by"})
PARTNER_PREPS = frozenset({"between", "with"})
NOT_HAPPENING_SENSES = frozenset({"group", "time"})
# Modals under which a verb tells no event that happened: a possibility, a duty or an ability ("must be
# approved by the Senate", "you can get hurt"), beside the hypothetical ones ("could", "would").
UNASSERTING_MODALS = HYPOTHETICAL_MODALS | {"must", "may", "can"}
# WordNet supersenses (of a verb's most frequent sense) in which a deed outside the event lexicons is rarely
# news: a state, a thought, a change of state ("lived in", "judged X a threat", "heated the water"; narrated).
NARRATION_SKIPPED_VERB_SUPERSENSES = frozenset({"verb.stative", "verb.cognition", "verb.change"})
# WordNet supersenses of a noun of a happening that needs no doer to be news (doerless).
DOERLESS_NOUN_SUPERSENSES = frozenset({"noun.event", "noun.phenomenon", "noun.process"})

LEXICON_PATH = Path(__file__).with_name("data") / "event_triggers.tsv"


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], str]:
    """(trigger lemma or two-word phrase, part of speech) -> PLOVER category."""
    return read_trigger_table(LEXICON_PATH)


def read_trigger_table(path: Path) -> dict[tuple[str, str], str]:
    """A trigger table's rows (phrase, NOUN/VERB/ANY, category), ANY made NOUN and VERB: the one reader of
    ``event_triggers.tsv``, which the training scripts of :mod:`kg.train` read too."""
    table: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, pos, category = line.split("\t")
        for p in ("NOUN", "VERB") if pos == "ANY" else (pos,):
            table[(phrase, p)] = category
    return table


def trigger(token, table) -> tuple[list, str] | None:
    """(trigger tokens with the head token first, category), or None."""
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ == "NOUN" else None
    if pos is None:
        return None
    lemma = token.lemma_.lower()
    if pos == "VERB":
        if lemma in ("be", "have") or any(c.dep_ == "neg" for c in token.children) or _hypothetical(token):
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.i > token.i:
                for obj in child.children:
                    category = table.get((f"{lemma} {child.lower_} {obj.lemma_.lower()}", pos))
                    if category:
                        return [token, child, obj], category
            if child.dep_ in ("prt", "prep", "dobj", "acomp") and child.i > token.i:
                category = table.get((f"{lemma} {child.lemma_.lower()}", pos))
                if category:
                    return [token, child], category
        category = table.get((lemma, pos)) or _general_verb(token, lemma, table)
        category = _verb_frame(token, lemma, category) if category else None
        return ([token], category) if category else None
    if token.ent_type_ in EVENTLESS_NAME_LABELS:
        return None  # part of a name ("People's Vote", "the Strike Party")
    if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN":
        if (token.head.lemma_.lower(), "NOUN") in table or token.lower_.endswith("ing"):
            return None  # part of a longer trigger ("peace deal"), or a modifier ("fighting force")
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.i == token.i - 1:
            category = table.get((f"{child.lemma_.lower()} {lemma}", pos))
            if category:
                return [token, child], category
        complement = _noun_complement(child, token, table)
        if complement and (category := table.get((f"{lemma} {complement}", pos))):
            return [token, child], category
    if any((lemma, c.lower_) in NOT_EVENT_IDIOMS for c in token.children):
        return None
    category = table.get((lemma, pos)) or table.get((token.lower_, pos)) or _general_noun(lemma)
    return ([token], category) if category else None


def happening(token, is_actor) -> tuple[list, str] | None:
    """A noun of a happening outside PLOVER that names who took part: ([noun], "OTHER"), else None.

    The noun's most frequent WordNet sense is an event or an act ("election", "funeral",
    "ceremony"), or a communication between parties ("an interview with X", "the debate between
    X and Y"); and an actor is attached to it (``is_actor(token)``): its possessive or a name
    compounded with it ("X's funeral", "a CNN town hall"), or the object of "between/with/of/by"
    ("the trial of X"); a pronoun ("his campaign") names no one. A noun with no one named at it is
    too often a topic, not an event.
    """
    if token.pos_ != "NOUN" or token.ent_type_ in EVENTLESS_NAME_LABELS:
        return None
    if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN":
        return None  # a modifier of another noun ("election campaign")
    senses = noun_senses().get(token.lemma_.lower()) or noun_senses().get(token.lower_)
    if not senses or senses[0] not in HAPPENING_NOUN_SENSES | {PARTY_NOUN_SENSE} or is_actor(token) \
            or token.lower_.endswith("ing") or any(s in NOT_HAPPENING_SENSES for s in senses):
        return None  # a body or a span of time as well ("administration", "time"); a gerund ("handling")
    if not any(c.dep_ in ("det", "poss") for c in token.children):
        return None  # a bare noun is a kind of thing, not one that happened ("toward nuclear confrontation")
    partner_preps = PARTNER_PREPS if senses[0] == PARTY_NOUN_SENSE else HAPPENING_PREPS
    named = [c for c in token.children if c.dep_ in ("poss", "compound") and senses[0] != PARTY_NOUN_SENSE]
    named += [o for c in token.children if c.dep_ == "prep" and c.lower_ in partner_preps
              for o in c.children if o.dep_ == "pobj"]
    return ([token], "OTHER") if any(t.pos_ != "PRON" and is_actor(t) for t in named) else None


def narrated(token, is_actor) -> tuple[list, str] | None:
    """A verb outside both lexicons that tells what a named actor did: ([verb], "OTHER"), else None.

    News tells its events in the past: the main verb of a sentence (or a verb joined to it) in the
    simple past, or a past passive, whose subjects are all actors ("X congratulated Y", "X dispatched
    a ship", "X was transferred to Y"). Not a verb of saying, thinking or wanting (a statement, not
    an event) unless it is a speech that reports nothing but its occasion or a deed ("X spoke to a
    gathering of Y", "X claimed responsibility": :func:`_speaking_at`), a copula or an auxiliary; not one negated or hypothetical; not a present
    passive ("is based in", "are born"), a state; not a verb whose gerund or object names the event
    ("began serving", "held talks": that word is the trigger, and the noun takes the light verb's subject); not one whose object is an amount ("received 192 votes", "rose 1 percent"); not one
    whose subject is "I", "we" or "you" (a speaker's words outside quote marks); not one whose most frequent
    WordNet sense is a state, a thought or a change of state (:data:`NARRATION_SKIPPED_VERB_SUPERSENSES`).
    """
    if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBN") or not _main_clause(token):
        return None
    lemma = token.lemma_.lower()
    children = list(token.children)
    if lemma in REPORT_VERBS and not _speaking_at(token, lemma, children):
        return None
    if lemma in COPULAS or lemma in COGNITION_VERBS or lemma in VOLITION_VERBS or lemma in ("be", "have", "do", "get"):
        return None
    if supersense(lemma, "v") in NARRATION_SKIPPED_VERB_SUPERSENSES:
        return None  # "lived in", "judged X a threat", "heated the water": a state, a thought, a change of state
    if token.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in children):
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in children):
        return None  # "is based in", "are slated to": a present state
    if any(c.dep_ == "neg" for c in children) or _hypothetical(token):
        return None
    if any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in children) \
            or (lemma in EVENT_LIGHT_VERBS and (_names_its_event(token, lexicon()) or any(
                c.dep_ == "dobj" and _happening_sense(c) for c in children))):
        return None  # "began serving", "held talks": the gerund or the noun names the event
    if any(t.ent_type_ in _AMOUNT_LABELS for c in children if c.dep_ in ("dobj", "npadvmod") for t in c.subtree):
        return None
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all(is_actor(s) and not speaker_pronoun(s) for s in subjects):
        return None  # "we spent ...": a speaker's words outside quote marks, not the narration
    return [token], "OTHER"


def speaker_pronoun(token) -> bool:
    """A first- or second-person pronoun ("we", "I", "you"): the voice of a speaker, never of the news narration."""
    return token.pos_ == "PRON" and bool(set(token.morph.get("Person")) & {"1", "2"})


_AMOUNT_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
_AUDIENCE_PREPS = ("to", "at", "before")  # "spoke to a gathering", "spoke at the summit", "testified before"


# WordNet noun senses of what a verb of saying can do rather than report: an act, a state, a quality, a
# thing or an event ("claimed responsibility", "declared a state of emergency", "announced a payment system").
DONE_BY_SAYING_SENSES = frozenset({"act", "attribute", "event", "state", "artifact"})


def _done_by_saying(noun) -> bool:
    senses = noun_senses().get(noun.lemma_.lower()) or noun_senses().get(noun.lower_)
    return noun.pos_ == "NOUN" and bool(senses) and senses[0] in DONE_BY_SAYING_SENSES


def _speaking_at(verb, lemma: str, children) -> bool:
    """A verb of speaking that reports nothing but where or to whom it was said ("X spoke to a gathering of
    Y", "X spoke at the forum"), or whose object is no words but what the saying does, by its first WordNet
    sense (:data:`DONE_BY_SAYING_SENSES`: "X claimed responsibility", "X announced a payment system"): the
    speech is the event; with a reported clause, or words for object, it is a statement."""
    if lemma in COGNITION_VERBS or any(c.dep_ in ("ccomp", "xcomp", "attr", "oprd") for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects:
        return all(_done_by_saying(o) for o in objects)
    return any(c.dep_ == "prep" and c.lower_ in _AUDIENCE_PREPS and any(o.dep_ == "pobj" and o.pos_ == "NOUN"
                                                                         for o in c.children) for c in children)


def _happening_sense(noun) -> bool:
    """Whether a noun's most frequent WordNet sense is an event, an act or a communication ("an interview")."""
    senses = noun_senses().get(noun.lemma_.lower()) or noun_senses().get(noun.lower_)
    return noun.pos_ == "NOUN" and bool(senses) and senses[0] in HAPPENING_NOUN_SENSES | {PARTY_NOUN_SENSE}


def _main_clause(verb) -> bool:
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def doerless(token, category: str) -> bool:
    """A happening that is news without anyone taking part: an event noun outside PLOVER whose most
    frequent WordNet sense is an event, a phenomenon or a process ("a fire", "the eruption", "the
    outbreak"); :mod:`kg.extract.events` keeps it without participants."""
    return category == "OTHER" and token.pos_ == "NOUN" \
        and supersense(token.lemma_.lower(), "n") in DOERLESS_NOUN_SUPERSENSES


def _verb_frame(verb, lemma: str, category: str) -> str | None:
    """What the verb's frame makes of its category: a journey of the general lexicon is a visit
    (CONSULT) only with its destination; calling someone something is no call but an
    accusation ("called the plan a disgrace") or praise ("called the talks productive"), by the
    valence of what it is called (:func:`_characterization`); getting someone to act is a request
    ("encouraged the agency to release the files", "advised citizens to stay", "called on the
    rebels to disarm")."""
    complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > verb.i]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in CHARACTERIZING_VERBS and objects and complements and not any(c.pos_ == "VERB" for c in complements):
        if all(o.lower_ in DEMONSTRATIVES for o in objects):
            return None  # "called it productive": what is named is no one, and no event
        return _characterization(verb, complements)
    if category == "CONSULT" and (lemma, "VERB") not in lexicon() and supersense(lemma, "v") == "verb.motion" \
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "for", "in", "into") for c in verb.children):
        return "OTHER"  # CAMEO's going somewhere ("left the country") is a visit only with its destination
    addressees = objects + [o for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in _APPEAL_PREPS
                            for o in c.children if o.dep_ == "pobj"]  # the parser may take "on" for a particle
    if category in ("SUPPORT", "CONSULT", "COOPERATE") and addressees and any(
            c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in complements):
        return "REQUEST"  # "encouraged the agency to act", "called on Turkey to halt"
    return category


_APPEAL_PREPS = ("on", "upon", "to")  # whom a verb asks: "called on X to", "appealed to X to"


def _characterization(verb, complements) -> str:
    """SUPPORT for a positive name (PLOVER: praise), else ACCUSE: a label pinned on someone
    ("a political manoeuvre", "terrorists") is, in news, mostly a criticism.

    Valence: the words' VADER valences (:func:`kg.extract.polarity.valences`) summed over the
    quoted or predicated name, flipped when negated inside it ("not a success").
    """
    from kg.extract.polarity import valences

    table = valences()
    words = [t for c in complements for t in c.subtree]
    words += [t for t in verb.doc[verb.i + 1:sentence_of(verb).end] if t.dep_ in ("amod", "attr") and t.head in words]
    score = sum(table.get(t.lower_, table.get(t.lemma_.lower(), 0.0)) for t in words)
    if any(t.lower_ in ("not", "no", "never", "n't") for t in words):
        score = -score
    return "SUPPORT" if score > 0 else "ACCUSE"


def _noun_complement(child, noun, table) -> str | None:
    """The word a noun's complement adds to it: its preposition ("call for"), "to" for a to-infinitive
    ("a call to resign"), "for" for a participle that asks ("calls urging the US to act")."""
    if child.i < noun.i:
        return None
    if child.dep_ == "prep":
        return child.lower_
    if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
            return "to"
        if child.tag_ == "VBG" and verb_category(child.lemma_.lower()) == "REQUEST":
            return "for"
    return None


def _hypothetical(verb) -> bool:
    """A verb under "could/might/should/would/must/may/can" that is not reported speech's future ("would be
    consulted", "could attack", "must be approved"; not "said it would withdraw")."""
    if not any(c.dep_ == "aux" and c.lower_ in UNASSERTING_MODALS for c in verb.children):
        return False
    return not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORT_VERBS)


def _general_verb(token, lemma: str, table) -> str | None:
    """A verb's category in the general event lexicon: its CAMEO patterns first, then the verb alone.

    Verbs of thinking and wanting are no events, whatever block CAMEO files them in; nor is a
    verb whose object is an event noun: the noun names the event ("imposed sanctions",
    "attended the summit", "entered into an agreement"); nor one of holding an office ("served
    as ambassador"). CAMEO codes a verb between a source and a target, so a verb used
    without any object or complement ("she returned", "he decided") takes no PLOVER
    category from it; WordNet's events outside PLOVER ("crashed", "died") need none. A verb
    that is no event alone in CAMEO (its category is its patterns' majority) used with
    dependents none of its patterns fits is an event outside PLOVER ("built a library": OTHER).
    """
    if lemma in COGNITION_VERBS or lemma in VOLITION_VERBS or token.lower_ == "according":  # "according to X"
        return None
    children = list(token.children)
    if _names_its_event(token, table):
        return None
    if not any(c.dep_ == "dobj" for c in children) and any(c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return None  # "served as ambassador", "acted as mediator": an office, not an event
    particle = next((c.lower_ for c in children if c.dep_ == "prt"), None)
    objects = tuple(c.lemma_.lower() for c in children if c.dep_ in ("dobj", "dative"))
    preps = tuple((c.lower_, o.lemma_.lower()) for c in children if c.dep_ == "prep"
                  for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME"))
    verb = f"{lemma} {particle}" if particle else lemma
    category = pattern_category(lemma, particle=particle, objects=objects, prepositions=preps)
    fitted = category is not None
    category = category or _general(verb, "VERB") or (_general(lemma, "VERB") if particle else None)
    if category and category != "OTHER" and not (objects or preps or _has_complement(token)):
        if category == "ASSAULT" and supersense(lemma, "v") in AGENTLESS_VERB_SUPERSENSES:
            return "OTHER"  # "he died", "the bridge collapsed": a change that comes about, outside PLOVER
        return None
    entry = plover_lexicon().get((verb, "VERB")) or plover_lexicon().get((lemma, "VERB"))
    if category and not fitted and entry is not None and entry.via != entry.lemma \
            and supersense(lemma, "v") in MENTAL_VERB_SUPERSENSES:
        return None  # a verb of thought or feeling that CAMEO knows only as a synonym: "related to", "learned"
    if category and not fitted and entry is not None and entry.source == "cameo-patterns":
        return "OTHER"  # no event alone in CAMEO, and none of its patterns fits: "built a wall"
    return category


def _names_its_event(verb, table) -> bool:
    """Whether a verb's object names the event ("imposed sanctions", "attended the summit", "entered into an
    agreement"): the noun is the trigger, the verb only its frame."""
    def event_noun(t):
        return t.pos_ == "NOUN" and ((t.lemma_.lower(), "NOUN") in table or _general_noun(t.lemma_.lower()))

    children = list(verb.children)
    if any(c.dep_ == "dobj" and event_noun(c) for c in children):
        return True
    into = [o for c in children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children if o.dep_ == "pobj"]
    return any(event_noun(o) for o in into)


def _has_complement(token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp", "nsubjpass", "agent") for c in token.children)


def _general_noun(lemma: str) -> str | None:
    """An event noun of the general lexicon: one of WordNet's events outside PLOVER (a crash, a fire),
    or a noun that is the same word as an event verb of the same category ("attack", "arrest").

    Nouns WordNet derives from event verbs name institutions and topics as often as events
    ("government", "administration", "policy"), so those are left out; so are nouns whose most
    frequent WordNet sense is a thing, person, place, quantity or time ("file", "bar", "loss").
    """
    entry = plover_lexicon().get((lemma, "NOUN"))
    if entry is None or supersense(lemma, "n") not in EVENT_NOUN_SUPERSENSES | {None}:
        return None
    if entry.source == "wordnet-hyponym" or _general(lemma, "VERB") == entry.category:
        return entry.category
    return None


def _general(lemma: str, pos: str) -> str | None:
    entry = plover_lexicon().get((lemma, pos))
    if entry is None or entry.code.startswith(GENERAL_EVENT_SKIPPED_CODES) or entry.via in GENERAL_EVENT_SKIPPED_SETS:
        return None
    return entry.category


def verb_category(lemma: str) -> str | None:
    """The PLOVER category of a verb lemma by itself: the political-news list, else the general lexicon."""
    return lexicon().get((lemma, "VERB")) or _general(lemma, "VERB")


def checked_category(head, category: str, is_actor) -> str | None:
    """The category of a trigger in its sentence: PLOVER's ASSAULT is force used by an agent against a target.

    An ASSAULT aimed at something abstract is a figure of speech and no event ("fight against
    corruption"); one that comes about without an agent (a verb of change used without an
    object: "he died", "the tank exploded"; a noun of a happening without a doer: "a fire",
    "the death") is an event outside PLOVER, OTHER. ``is_actor(token)`` tells a token that
    names an actor; WordNet supersenses (:func:`kg.extract.plover_lexicon.supersense`) tell the rest.
    A killing whose subject is a happening ("a collision killed two") is OTHER too, and so is an
    event noun its modifier makes a condition ("cardiac arrest", WordNet's noun). Last, an event
    word that is the content of a word of asking, rejecting, accusing or threatening takes that
    word's category ("demanded her resignation": REQUEST; :mod:`kg.extract.event_types`).
    """
    category = sense_category(head, category, lambda phrase, pos: (phrase, pos) in lexicon())  # "broke down": not "break"
    if condition_compound(head):
        return "OTHER"  # "cardiac arrest": a condition, no arrest
    if category == "ASSAULT" and verbal_attack(head, _aims(head), is_actor):
        category = "ACCUSE"  # "attacked the proclamation": words, not force
    if category == "ASSAULT":
        if any(_abstract(t, is_actor) for t in _aims(head)):
            return None
        if _agentless(head, is_actor):
            return "OTHER"
    category = mode_category(head, category)  # "indicted": ACCUSE 'allege', not CAMEO's COERCE
    return governed_category(head, category, _governor_category, is_actor)


def _governor_category(word, prep: str | None) -> str | None:
    """The category of a word that governs an event word ("demanded", "call for"), with its frame."""
    lemma, pos = word.lemma_.lower(), "VERB" if word.pos_ in ("VERB", "AUX") else "NOUN"
    table = lexicon()
    particle = next((c.lower_ for c in word.children if c.dep_ == "prt"), None)
    for extra in (prep, particle):
        if extra and (category := table.get((f"{lemma} {extra}", pos))):
            return category
    if pos == "NOUN":
        return table.get((lemma, pos)) or _general_noun(lemma)
    if lemma in COGNITION_VERBS or lemma in VOLITION_VERBS:
        return None
    entry = plover_lexicon().get((lemma, pos))
    category = table.get((lemma, pos)) or (_general(lemma, pos) if entry and entry.source != "cameo-patterns" else None)
    return _verb_frame(word, lemma, category) if category else None


_AIM_PREPS = ("against", "on", "at")


def _aims(head) -> list:
    """What an event word is aimed at: a verb's direct object, the object of "against/on/at" (of the
    word, or of the verb an event noun is the object of: "opened fire on", "declared war on")."""
    aims = [c for c in head.children if c.dep_ == "dobj"]
    holders = [head, head.head] if _light_object(head) else [head]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in _AIM_PREPS:
            aims += [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
    return aims


def _light_object(head) -> bool:
    return head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB"


def _abstract(token, is_actor) -> bool:
    if token.pos_ != "NOUN" or token.ent_type_ or is_actor(token):
        return False
    return supersense(token.lemma_.lower(), "n") in ABSTRACT_SUPERSENSES


def _agentless(head, is_actor) -> bool:
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        if agentless_subject(head, is_actor):
            return True  # "a collision which killed a cyclist"
        if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in head.children) or _aims(head):
            return False
        return supersense(lemma, "v") in AGENTLESS_VERB_SUPERSENSES
    if supersense(lemma, "n") not in AGENTLESS_NOUN_SUPERSENSES:
        return False
    doers = [c for c in head.children if c.dep_ in ("poss", "compound", "amod") and is_actor(c)]
    doers += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children]
    if _light_object(head):  # "the army opened fire"
        doers += [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    return not doers and not _aims(head)
