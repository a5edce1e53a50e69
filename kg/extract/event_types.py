"""Event typing in the sentence: when the word that governs an event word decides its PLOVER category.

PLOVER codes the political act, not what the act is about: "demanded her resignation",
"urged Iran to release the sailors" and "called for talks" are REQUESTs (not a CONCEDE, an AID
or a CONSULT); "rejected the agreement" is a REJECT, "denounced the deal" an ACCUSE and
"threatened to impose sanctions" a THREATEN (PLOVER manual, openeventdata/PLOVER). So an event
word that is the content of a verb or noun of asking, rejecting, accusing or threatening takes
that word's category: :func:`governor` finds the governing word, :func:`governed_category`
applies it; an order to one's own agents is no such act, so what is ordered keeps its own category.
A happening that no one does (a crash, a fire, a storm) is no assault even when it
kills: :func:`agentless_subject` tells it by the WordNet supersense of the verb's subject; nor is
an event word its modifier makes a condition or a phenomenon ("cardiac arrest", "dust storm"):
:func:`condition_compound` tells it by WordNet's two-word nouns. Where the PLOVER manual's modes
split what CAMEO files under one code (suing and indicting are ACCUSE 'allege', a conviction is
SANCTION 'convict', expelling a diplomat or banning an airline SANCTION, deporting a person
COERCE), :func:`mode_category` applies the mode; it also tells a verb of making information public
aimed at information ("released a survey", "revealed that ..."): CAMEO's public statement, which PLOVER
dropped, so OTHER; and a COOPERATE verb aimed at no actor, since PLOVER's COOPERATE needs a recipient
("was serving a sentence": OTHER). A word the general lexicon would type by another word's sense is an
event outside PLOVER, OTHER (:func:`sense_category`): a phrasal verb WordNet lists whose first sense its bare
verb does not share ("broke down the barriers" is no "break", ASSAULT), a noun whose first sense is not the one
derived from its verb ("the bill" is no billing, COERCE). An attack on what someone said ("attacked the
proclamation", "attacked his remarks") is a verbal one, ACCUSE: :func:`verbal_attack`.
:func:`kg.extract.triggers.checked_category` calls them all.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.plover_lexicon import (
    command_verbs, diplomat_nouns, plover_lexicon, plover_modes, plover_senses, supersense, verb_patterns,
)
from kg.extract.word_files import noun_senses

# PLOVER's categories of a stance taken toward a proposal, an act or a demand: the act of taking it
# is the event, whatever it is about.
GOVERNING_CATEGORIES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN"})

# WordNet supersenses of nouns that name what happens without a doer ("flood", "cancer", "erosion")
HAPPENING_SUPERSENSES = frozenset({"noun.phenomenon", "noun.state", "noun.process"})

_MAX_DEPTH = 3  # governing words looked at above an event word
_SECOND_ARGUMENT_PREPS = ("of", "for")  # "accuse X of", "blame X for", "ask X for"
_CLAUSE_DEPS = ("xcomp", "ccomp")
_COLLECTIVE_ENTITIES = ("ORG", "GPE", "NORP")
_ACTOR_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")
_PARTNER_PREPS = ("with", "to", "for")
# PLOVER's categories that need a recipient (the manual's summary table: COOPERATE, PROTEST, SANCTION); PROTEST's
# and SANCTION's is often implied or an exchange ("suspended aid"), so only COOPERATE is held to one here
RECIPIENT_CATEGORIES = frozenset({"COOPERATE"})
_OBJECT_DEPS = ("dobj",)
_INFINITIVE = "to"  # the link of a to-infinitive to the noun it completes ("the offer to pay")


def governor(head) -> tuple[object, str | None] | None:
    """(the word an event word is the content of, the preposition between them or None), or None.

    A verb is the content of the verb whose clausal complement it is ("urged them to leave") or
    of the word whose preposition it completes ("accused him of lying"); a noun of the verb whose
    object it is ("demanded a recount") or of the verb or noun whose preposition it completes
    ("called for talks", "a call for calm"); a to-infinitive of the noun it completes, with "to" for the
    preposition ("the offer to pay"). A conjoined noun shares its first conjunct's governor.
    """
    while head.dep_ == "conj" and head.pos_ == "NOUN" and head.head.pos_ == "NOUN":
        head = head.head  # "demanded a recount and an inquiry"; a conjoined verb is a clause of its own
    if head.dep_ in _CLAUSE_DEPS and head.head.pos_ in ("VERB", "AUX") and head.pos_ in ("VERB", "AUX"):
        return head.head, None
    if head.dep_ in _OBJECT_DEPS and head.pos_ == "NOUN" and head.head.pos_ in ("VERB", "AUX"):
        return head.head, None
    if head.dep_ == "acl" and head.pos_ == "VERB" and head.head.pos_ == "NOUN" and _infinitive(head):
        return head.head, _INFINITIVE  # "the offer to pay", "plans to leave"
    if head.dep_ in ("pobj", "pcomp") and head.head.dep_ == "prep":
        prep = head.head
        if prep.head.pos_ in ("VERB", "AUX", "NOUN") and prep.head.i != head.i:
            return prep.head, prep.lower_
    return None


def governed_category(head, category: str, category_of: Callable[[object, str | None], str | None],
                      is_actor: Callable[[object], bool] = lambda token: False) -> str:
    """The category of an event word given what governs it: the category of the outermost word of
    asking, rejecting, accusing or threatening (:data:`GOVERNING_CATEGORIES`) above it ("rejected an
    appeal for deploying troops": REJECT), if no negated word stands between; else its own. A noun whose
    to-infinitive the word is and that is no such word itself only holds it ("declined the offer to withdraw the
    claim": REJECT; "announced plans to leave": its own). A verb of commanding governs nothing (:func:`_commanding`).
    ``category_of(word, preposition)`` gives a governing word's category. A verb's object that is no
    event word stands aside for its verb when the parser hangs the verb's "of" or "for" on it
    ("accused the mayor of taking bribes", "blamed the army for the bombing")."""
    word = head
    for _ in range(_MAX_DEPTH):
        found = governor(word)
        if found is None:
            break
        word, prep = found
        if prep in _SECOND_ARGUMENT_PREPS and _object_aside(word, is_actor, category_of):
            word, prep = word.head, None
        if any(c.dep_ == "neg" for c in word.children) or _commanding(word):
            break
        governing = category_of(word, prep)
        if governing not in GOVERNING_CATEGORIES:
            if prep == _INFINITIVE and word.pos_ == "NOUN":
                continue  # a noun that only holds the act ("declined the offer to withdraw"): what governs it decides
            break
        category = governing
    return category


def _commanding(word) -> bool:
    """A verb of commanding ("ordered", "instructed"): an order to one's own agents is no act toward another
    actor, so what is ordered keeps its own category ("instructed the police to investigate the fraud": ACCUSE)."""
    return word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in command_verbs()


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _object_aside(word, is_actor, category_of) -> bool:
    """Whether a verb's object the parser hung the verb's own "of/for" phrase on stands aside: a name,
    an actor or a noun that is no event word ("accused the mayor of taking bribes")."""
    if word.dep_ not in ("dobj", "dative") or word.head.pos_ not in ("VERB", "AUX"):
        return False
    return word.pos_ == "PROPN" or is_actor(word) or category_of(word, None) is None


def agentless_subject(verb, is_actor) -> bool:
    """Whether a verb's doer is a happening rather than an agent: its subject (or, for a relative
    clause, the noun it describes) is no actor and is an event outside PLOVER in the general lexicon
    (WordNet's accidents, disasters, storms: "a collision which killed a cyclist") or a noun whose
    WordNet supersense is a phenomenon, state or process ("the flood", "cancer"). An explosion or a
    fire may be an attack, so an event noun the lexicon files under ASSAULT is no happening here."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects):
        subjects = [verb.head]  # "a collision which killed": the relative pronoun stands for the noun
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ and not is_actor(s) and _happening(s.lemma_.lower())
                                  for s in subjects)


def _happening(lemma: str) -> bool:
    entry = plover_lexicon().get((lemma, "NOUN"))
    if entry is not None:
        return entry.category == "OTHER"
    return supersense(lemma, "n") in HAPPENING_SUPERSENSES


def condition_compound(head) -> bool:
    """Whether an event noun and the modifier right before it make a WordNet noun that names a
    condition, phenomenon or process rather than an act ("cardiac arrest", "heart attack",
    "brain death"; not "house arrest", an act)."""
    if head.pos_ != "NOUN" or head.i == 0:
        return False
    modifier = head.doc[head.i - 1]
    if modifier.head.i != head.i or modifier.dep_ not in ("amod", "compound"):
        return False
    lemma = head.lemma_.lower()
    return any(supersense(f"{word} {lemma}", "n") in HAPPENING_SUPERSENSES
               for word in dict.fromkeys((modifier.lower_, modifier.lemma_.lower())))



def sense_category(head, category: str, listed: Callable[[str, str], bool]) -> str:
    """The category of an event word the general lexicon typed by another word's sense
    (:func:`kg.extract.plover_lexicon.plover_senses`), else its own. A verb with a particle that WordNet lists
    as a verb of its own and no lexicon lists is not its bare verb: "researchers broke down the figures" takes
    the category of the phrasal verb's most frequent sense, or OTHER, not the bare "break"'s ASSAULT. A noun
    whose most frequent sense is not the one derived from its verb is an event outside PLOVER ("the bill":
    OTHER, not the COERCE of billing someone). Only a category the general lexicon gave the bare word is
    replaced: ``listed(phrase, pos)`` tells a word or phrase of the hand-made list, which keeps its own, and so
    does a verb whose CAMEO patterns name that particle."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
        phrase = f"{lemma} {particle}"
        if particle is None or listed(phrase, "VERB") or _lexicon_category(lemma, "VERB") != category \
                or any(p.particle == particle for p in verb_patterns().get(lemma, ())):
            return category
        return plover_senses().get((phrase, "VERB"), category)
    if head.pos_ != "NOUN" or listed(lemma, "NOUN") or _lexicon_category(lemma, "NOUN") != category:
        return category
    return plover_senses().get((lemma, "NOUN"), category)


def _lexicon_category(lemma: str, pos: str) -> str | None:
    entry = plover_lexicon().get((lemma, pos))
    return entry.category if entry is not None else None


def mode_category(head, category: str) -> str:
    """The category the PLOVER manual's mode gives an event word (:func:`kg.extract.plover_lexicon.plover_modes`),
    else its own: "indicted the senator" is ACCUSE, "convicted the mayor" SANCTION; a mode that needs a
    collective target applies only when the word is aimed at an organisation, a country, a group or a
    diplomat ("expelled the ambassador", "banned the airline": SANCTION; "expelled the journalist": its own);
    one that needs information only when all it is aimed at is information (:func:`_information`):
    "released a survey", "revealed that he had been paid" make something public, OTHER; "released the
    hostages" keeps its own. A COOPERATE verb aimed at no actor is no cooperation (:func:`without_recipient`)."""
    pos = "VERB" if head.pos_ in ("VERB", "AUX") else "NOUN"
    if category in RECIPIENT_CATEGORIES and pos == "VERB" and without_recipient(head):
        return "OTHER"
    entry = plover_modes().get((head.lemma_.lower(), pos))
    if entry is None or category == "OTHER":
        return category
    if entry.target == "collective" and not any(_collective(t) for t in _targets(head)):
        return category
    if entry.target == "information" and not _all_information(head):
        return category
    return entry.category


def without_recipient(verb) -> bool:
    """Whether a verb's object slot is taken by what is no actor and no actor is named with "with/to/for":
    "was serving a sentence", "raised its prices", "providing shade for the garden"; not
    "assisted the rebels", "shared intelligence with Jordan". An actor here is a name, a pronoun or a
    common noun whose most frequent WordNet sense is a person or a group."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    partners = [o for h in [verb, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ in _PARTNER_PREPS
                for o in p.children if o.dep_ == "pobj"]  # the parser may hang "with X" on the object
    return bool(objects) and not any(_actor_like(t) for t in objects + partners)


def _actor_like(token) -> bool:
    if token.ent_type_ in _ACTOR_ENTITIES or token.pos_ in ("PROPN", "PRON"):
        return True
    common = [sense for sense in noun_senses().get(token.lemma_.lower(), ()) if not sense.startswith("^")]
    return bool(common) and common[0] in ("person", "group")  # "^": a sense as a capitalised name


def _targets(head) -> list:
    """Whom an event word is aimed at: a verb's object or passive subject, or the noun a participle
    describes ("a report released by the agency"); a noun's "of" object or possessor."""
    if head.pos_ in ("VERB", "AUX"):
        described = [head.head] if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ == "NOUN" else []
        return described + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    found = [c for c in head.children if c.dep_ == "poss"]
    return found + [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _all_information(head) -> bool:
    """Whether an event word is aimed at information only: a clause ("revealed that ...") or nouns that are
    information (:func:`_information`)."""
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in head.children):
        return all(_information(t) for t in _targets(head))
    targets = _targets(head)
    return bool(targets) and all(_information(t) for t in targets)


def _information(token) -> bool:
    """A common noun that names information: one of its WordNet senses is a communication, its most
    frequent is no person or group, and it names no event of the lexicon ("video", "report", "analysis"; not
    "hostage", "agreement")."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    lemma = token.lemma_.lower()
    senses = [sense for sense in noun_senses().get(lemma, ()) if not sense.startswith("^")]  # "^": as a name
    entry = plover_lexicon().get((lemma, "NOUN"))
    return "communication" in senses and senses[0] not in ("person", "group") \
        and (entry is None or entry.category == "OTHER")


def _collective(token) -> bool:
    if token.ent_type_:
        return token.ent_type_ in _COLLECTIVE_ENTITIES
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in diplomat_nouns() or supersense(lemma, "n") == "noun.group")


def verbal_attack(head, aims, is_actor) -> bool:
    """Whether an ASSAULT verb is aimed only at words, not at people or things: each of ``aims`` is a
    noun that names no actor and whose most frequent WordNet sense is a communication ("attacked the
    proclamation", "attacked her remarks"), and the general lexicon knows the verb as ACCUSE too (an
    accusation, not force)."""
    entry = plover_lexicon().get((head.lemma_.lower(), "VERB"))
    if head.pos_ != "VERB" or not aims or entry is None or "ACCUSE" not in (entry.category, *entry.alternatives):
        return False
    return all(t.pos_ == "NOUN" and not t.ent_type_ and not is_actor(t)
               and noun_senses().get(t.lemma_.lower(), ("",))[0] == "communication" for t in aims)
