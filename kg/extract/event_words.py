"""The word lists of the event extractor: triggers' arguments and prepositions, plans, and WordNet supersenses.

General English and the supersense names of WordNet 3.0, never an event of a particular text. Read by
:mod:`kg.extract.events`, :mod:`kg.extract.triggers` and :mod:`kg.extract.participants`; each list's comment
says which. Imported from :mod:`kg.extract.lexicon`, where every word list can be found.
"""

from __future__ import annotations

# Prepositions whose object is a participant of a verb trigger ("talks with X", events).
EVENT_ARGUMENT_PREPS = frozenset({"with", "between", "against", "on", "from", "to", "into", "for", "by", "among", "of", "over"})

# Prepositions of the partners of a light verb's event noun ("held talks with X", events).
LIGHT_VERB_PARTNER_PREPS = frozenset({"with", "between", "against", "to"})

# Prepositions whose object is a participant of an event noun ("the attack by X", events).
EVENT_NOUN_PREPS = frozenset({"with", "between", "against", "by", "among", "of", "on", "from"})

# Verbs of wanting and needing: CAMEO files them under demands and agreement ("want", "need",
# "prefer", "mean"), but in news they state an attitude, not an event; with COGNITION_VERBS they
# take no category from the general event lexicon (events).
VOLITION_VERBS = frozenset({"want", "need", "wish", "prefer", "mean", "desire", "like", "love", "hate", "insist"})

# Entries of the general event lexicon (kg/extract/plover_lexicon.py) that name no event in news:
# CAMEO's block 03 ("express intent to cooperate": signal, offer, seek, decide, indicate) is words
# of intention, statements rather than events, as PLOVER treats CAMEO's 01; and the synonym set
# CAMEO files managing under ("oversee_manage": lead, head, oversee) names an office, not an act
# (events).
GENERAL_EVENT_SKIPPED_CODES = ("03",)
GENERAL_EVENT_SKIPPED_SETS = frozenset({"oversee_manage"})

# WordNet 3.0 supersenses (lexicographer files, lexnames(5WN)) of things that are neither a
# person, a group, a place nor a physical thing: states, qualities, ideas, feelings. An ASSAULT
# aimed at one is a figure of speech ("the fight against corruption", "a war on poverty")
# (triggers; the list of nouns is built by kg/train/supersenses.py). Acts and messages are left
# out: a rally or a newspaper can be attacked.
ABSTRACT_SUPERSENSES = frozenset({
    "noun.attribute", "noun.cognition", "noun.feeling", "noun.motive", "noun.phenomenon", "noun.process",
    "noun.relation", "noun.state",
})

# Supersenses of events that come about without an agent: a verb of change, of the body or of the
# weather used without an object ("died", "exploded", "burned"), a noun of a happening or state
# without a doer ("a fire", "the death", "an explosion"). Typed ASSAULT by CAMEO, they are events
# outside PLOVER (OTHER) unless the parse shows who did them (triggers).
AGENTLESS_VERB_SUPERSENSES = frozenset({"verb.change", "verb.body", "verb.weather"})
AGENTLESS_NOUN_SUPERSENSES = frozenset({"noun.event", "noun.phenomenon", "noun.process", "noun.state"})

# WordNet supersenses of verbs of thinking and feeling: a verb whose most frequent sense is one of them
# and that the CAMEO dictionary holds only through a WordNet synonym ("relate" via "link", "learn" via
# "hear") names no event (triggers).
MENTAL_VERB_SUPERSENSES = frozenset({"verb.cognition", "verb.emotion"})

# Supersenses of a noun that can name an event: a noun of the general event lexicon whose most
# frequent sense is a thing, a person, a place, a quantity or a time ("file", "bar", "release",
# "loss", "leave") names that, not the event of its verb (triggers).
EVENT_NOUN_SUPERSENSES = frozenset({
    "noun.act", "noun.event", "noun.communication", "noun.phenomenon", "noun.process", "noun.state",
})

# PLOVER roles of an event's prepositional arguments: the object of a source preposition does the
# event ("the attack by X", "aid from X"), that of a target preposition undergoes it or is its aim
# ("sanctions on X", "protest against X", "the invasion of X"); others name partners without a
# role ("with", "between") or, as often, a direction or a place ("flown to X", "fired at X") (events).
SOURCE_PREPS = frozenset({"by", "from"})
TARGET_PREPS = frozenset({"against", "on", "of"})

# Prepositions of a gerund whose doer is the governing verb's object, not its subject ("accused X of
# attacking Y", "thanked X for helping", "stopped X from entering", events); after "after", "by",
# "before" or "while" the doer is the subject.
CONTROL_PREPS = frozenset({"of", "for", "from", "with", "into"})

# Prepositions whose place object is where an event happens (events); narrower than PLACE_VOTE_PREPS.
EVENT_PLACE_PREPS = frozenset({"in", "at", "near", "into", "to", "across", "inside", "outside", "from"})

# Verbs that make the event they govern planned, not happened ("plans to visit", events).
PLAN_HEADS = frozenset({"plan", "intend", "expect", "schedule", "aim", "seek", "prepare", "agree", "decide", "want",
                        "hope", "propose", "threaten", "vow", "promise", "consider", "mull", "set"})

# Modifiers that make an event noun planned ("the upcoming summit", events).
PLAN_MODIFIERS = frozenset({"upcoming", "planned", "proposed", "possible", "potential", "future", "scheduled",
                            "imminent", "expected", "next", "another", "forthcoming"})

# Modals of mere possibility, advice or condition: a verb under one names no happening ("could
# attack", "should resign", "would be consulted"), unless it is reported speech's future ("said it
# would withdraw": a plan) (triggers).
HYPOTHETICAL_MODALS = frozenset({"could", "might", "should", "would"})

# (trigger, modifier) pairs that are idioms, not events ("a great deal", "a close call", events).
NOT_EVENT_IDIOMS = frozenset({("deal", "great"), ("deal", "good"), ("call", "close"), ("talk", "small")})

# Dependency labels of a verb's subjects, clausal ones included (events).
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")

# Verbs whose subject is the actor of the event noun they govern ("Chad began an offensive", events).
# Not ATTITUDE_LIGHT_VERBS (stances), which carry an attitude noun instead.
EVENT_LIGHT_VERBS = frozenset("""
    begin start launch hold have conduct carry make reach sign enter announce declare file tender submit offer
    give stage mount continue resume wage join host attend impose propose take lead complete conclude order
    call seek plan finish agree sign approve end win lose organize organise arrange schedule pursue escalate
    step be spend send provide deliver grant pledge
""".split())

# Dependency labels of a verb's objects and complements that can hold a participant (events).
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")

# Suffixes that make an event noun of a verb ("resignation" -> "resign", events).
DERIVATION_SUFFIXES = ("ation", "ition", "ment", "ing", "al", "ion")

# Modifiers that set an event apart from an earlier one of its kind ("the last election", events).
CONTRAST_MODIFIERS = frozenset({"last", "previous", "next", "first", "second", "third", "new", "another", "earlier", "later",
                                "former", "prior", "past", "recent", "latest", "other", "subsequent", "following"})
