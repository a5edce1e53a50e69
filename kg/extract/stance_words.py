"""The word lists of the stance extractor: the stances events show, and the grammar of evaluations.

General English only, never a name or quote of a particular text. Read by :mod:`kg.extract.stances`,
:mod:`kg.extract.evaluations` and the modules they use (proposals, demands, polarity); each list's comment
says which. Imported from :mod:`kg.extract.lexicon`, where every word list can be found.
"""

from __future__ import annotations

# The stance an event shows its source taking toward its target, by PLOVER category (issue 16:
# who sanctions, accuses, rejects, threatens, coerces, assaults or protests against a target is
# negative toward it; who supports, aids or agrees with it is positive). COOPERATE and CONCEDE,
# which the issue also names, are left out: on 40 Wikinews articles outside the gold they gave
# 8 event stances of which 2 were right ("tried to sell a Senate seat", "unified China",
# "citizenship can only be resolved by Congress"); CONSULT, REQUEST, RETREAT, MOBILIZE and OTHER
# show no stance by themselves. An event gives a stance only with a source and a target actor
# named in its sentence (stances).
EVENT_STANCE_POLARITY = {
    "ACCUSE": "negative", "REJECT": "negative", "THREATEN": "negative", "PROTEST": "negative",
    "SANCTION": "negative", "COERCE": "negative", "ASSAULT": "negative",
    "SUPPORT": "positive", "AID": "positive", "AGREE": "positive",
}

# Sources whose assault shows a stance: a person's "attack" in the news is mostly words, while a
# state's, army's or group's armed attack (or a car that struck someone) is an act of war or an
# accident that the gold files do not take for a stance (stances).
ASSAULT_STANCE_SOURCE_TYPES = frozenset({"Person"})

# Verbs of side-taking event categories are evaluative verbs too, for every verb of the event
# lexicons that data/polarity.tsv does not list: the polarity toward what they take, and the
# slots where that sits, in order of preference (as in polarity.tsv; "xcomp" and "ccomp" are the
# clause a request asks for: "urged X to waive Y", "urged that Y be waived" are for waiving Y;
# yielding is for what one yields to, when it is asked for: "acceded to the demands", not
# "succumbed to a disease"). Not the verbs of SUPPORT, REJECT, ACCUSE and PROTEST beyond those
# polarity.tsv lists ("support", "reject", "accuse", "protest"): on never-read text the event
# dictionaries' other verbs of those categories gave 11 stances, none of them a gold one. (stances)
STANCE_VERB_CATEGORIES = {
    "REQUEST": ("positive", ("xcomp", "ccomp", "for", "dobj")),
    "THREATEN": ("negative", ("dobj",)),
    "CONCEDE": ("positive", ("to@demand",)),
}
# The same for the nouns WordNet derives from the verbs of those categories ("a demand for X", "an
# accusation against X"), when they have a holder of their own (evaluations).
STANCE_NOUN_CATEGORIES = {
    "REQUEST": ("positive", ("for",)), "SUPPORT": ("positive", ("for",)), "REJECT": ("negative", ("of",)),
    "ACCUSE": ("negative", ("against",)), "PROTEST": ("negative", ("against",)),
    "THREATEN": ("negative", ("against",)), "SANCTION": ("negative", ("against", "on")),
}

# Where a word of the broad opinion lexicon (data/opinion_lexicon.csv: no parts of speech, no
# slots) evaluates, by its part of speech in the sentence: a noun evaluates itself ("a farce"), an
# adjective what it is said of ("lousy"). Read only in a characterisation, where the grammar says
# who judges what ("called the deal lousy", "called the admission a maneuver"); elsewhere its
# words describe more often than they judge (on the tuning gold, reading them as evaluative verbs,
# attributive or predicative adjectives, or nouns by themselves cost precision and gained less
# recall) (evaluations).
OPINION_SLOTS = {"ADJ": ("amod",), "NOUN": ("self",)}

# Nouns of manner: an evaluative adjective on one judges the act it describes ("suppressed
# protests in an unlawful way" judges the suppression, not "a way") (evaluations).
MANNER_NOUNS = frozenset({"way", "manner", "fashion"})

# CAMEO codes of event verbs that take no side toward what they take (evaluations): 09 "investigate" (PLOVER's ACCUSE),
# 050 cooperation of no kind said ("organize", "affect", "reveal": "the party was organised by X" backs nothing).
SIDELESS_CAMEO_CODES = ("09", "050")

# Nouns for agreements, the only targets of lexicon rows marked "@deal" ("reached a deal", stances).
DEAL_NOUNS = frozenset("""agreement deal accord treaty pact ceasefire truce compromise settlement
    arrangement offer proposal""".split())

# Verbs that characterise their object ("X called the attack a violation", stances).
CHARACTERIZING_VERBS = frozenset("""call describe characterize characterise label brand name term dub
    consider regard view see deem find refer""".split())

# Verbs whose subject holds the attitude their object noun names ("X expressed concern", stances).
# Not EVENT_LIGHT_VERBS (events), which govern an event noun instead.
ATTITUDE_LIGHT_VERBS = frozenset("have express voice show offer give declare announce pledge reiterate".split())

# Linking verbs: "Y is corrupt", "Y seems a disgrace" (stances).
COPULAS = frozenset("be seem remain become appear look sound".split())

# Words that negate the word they modify (stances).
NEGATIONS = frozenset({"not", "n't", "never", "no", "without"})

# Modal verbs that lower a stance's confidence ("may support", stances).
MODALS = frozenset({"may", "might", "could", "would", "should"})

# What is asked for, which yielding to is for ("acceded to the demands", "bowed to pressure") (evaluations).
DEMAND_NOUNS = frozenset("""demand request call plea pressure ultimatum appeal wish""".split())

# Verbs too empty to be what a request asks for ("urged them to do so") (evaluations).
EMPTY_REQUESTED_VERBS = frozenset({"do", "be"})

# Subordinators of a clause that asks rather than is asked for ("asked whether X") (evaluations).
QUESTION_MARKS = frozenset({"whether", "if"})

# Modals of a clause that says what may be, not what is asked for ("suggested X could happen") (evaluations).
POSSIBILITY_MODALS = frozenset({"may", "might", "could", "can"})

# First-person pronouns: the speaker of the statement they stand in (stances).
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

# Pronouns that stand for a noun phrase nearby ("it was a productive call", stances).
DEMONSTRATIVES = frozenset({"it", "this", "that"})

# Relative pronouns: the subject of a relative clause is the noun it modifies (stances).
RELATIVES = frozenset({"who", "which", "that"})

# Nouns an evaluative adjective grades rather than evaluates ("a great deal", "deep sadness", stances).
QUANTITY_HEADS = frozenset("""deal lot many number amount part majority extent sadness sorrow grief pain
    loss regret concern pleasure honor honour interest care importance wish wishes""".split())

# Nouns of time, never a stance's target ("argued for years", stances).
TIME_WORDS = frozenset("""time day week month year morning night evening today yesterday tomorrow
    hour minute moment""".split())

# Verbs of stopping, removing and stepping down: who asks for one is against what it would stop or
# remove, or against who is to go ("urged X to waive the immunity", "called for the sanctions to be
# lifted", "asked the troops to withdraw", "urged the minister to resign"), and for the act itself
# unless the one asked to go is named (evaluations). General English: senses of "stop", "remove", "give up".
CESSATION_VERBS = frozenset("""stop halt end cease suspend terminate discontinue abandon scrap drop cancel revoke
    repeal rescind annul overturn withdraw lift waive remove resign quit dismantle""".split())
# Their nouns: "asked for X's resignation", "called for the withdrawal of the troops" (evaluations).
CESSATION_NOUNS = frozenset("""stop halt end cessation suspension termination abandonment cancellation revocation
    repeal annulment withdrawal lifting removal resignation dismissal ouster abolition""".split())

# Cues that name where reported facts come from rather than who holds a view ("according to X",
# "X reported", "X revealed"), and a denial, whose content its speaker says is not so: the
# sentence's tone toward a name in such a content is not its speaker's stance (stances).
EVIDENTIAL_CUES = frozenset({"according", "report", "reveal", "disclose", "cite", "deny"})

# Slots of an evaluative verb that hold what is talked about, not what is judged: a negated verb
# there judges nothing ("could not agree on a budget" is no stance against the budget) (evaluations).
TOPIC_SLOTS = frozenset({"on", "about", "over"})
