"""Every English word list and small table the extractors use, each defined once, imported from here.

General vocabulary only, never a name, quote or event of a particular text.
Defined here: verbs of speaking and thinking, nouns that introduce what
someone said, words for unnamed sources and for roles that stand for a named
actor (statements, coref), and the few sets more than one extractor reads.
Each extractor's own lists are defined in a module of their own and imported
here, so every list is still found in one place: titles, place words and
organisation suffixes in :mod:`kg.extract.actor_words`; the arguments, plans
and supersenses of events in :mod:`kg.extract.event_words`; the stances of
events and the grammar of evaluations in :mod:`kg.extract.stance_words`;
calendar words and tense in :mod:`kg.extract.time_words`; the lists read from
``data/`` (WordNet's nouns and verbs, given names) in
:mod:`kg.extract.word_files`. Each list's comment says which extractor reads
it. Where two lists look alike but serve different purposes they have names
that say the difference (``PLACE_VOTE_PREPS``/``EVENT_PLACE_PREPS``/
``TRAILING_PLACE_PREPS``, ``EVENT_LIGHT_VERBS``/``ATTITUDE_LIGHT_VERBS``,
``PERSON_ROLES``/``ROLE_HEAD_NOUNS``, ``SUBJECT_DEPS``/``NOUN_SUBJECT_DEPS``).
Lemmas are lower case; lists are frozen. Larger tables live in ``data/``:
countries, organisations and leaders (:mod:`kg.extract.gazetteer`), event
triggers (:mod:`kg.extract.events`), evaluative words (:mod:`kg.extract.stances`).
"""

from __future__ import annotations

# Verbs of speaking whose clausal complement (ccomp) is what was said.
SPEECH_VERBS = frozenset("""
    say tell declare announce state add claim warn deny insist emphasize emphasise stress note explain
    write tweet post reply respond answer ask urge promise vow pledge predict suggest admit acknowledge
    report confirm accuse allege comment remark continue conclude agree signal caution assert maintain
    contend recall argue indicate reveal disclose testify concede complain charge counter demand
    propose recommend order instruct announce inform assure reiterate repeat mention point
    estimate forecast boast brag joke lament threaten hint speculate observe declare proclaim
    write show find reckon guarantee specify stipulate clarify signal describe characterise
    characterize call question criticize criticise speak
""".split())

# Verbs of thinking or knowing whose clausal complement is a held view.
COGNITION_VERBS = frozenset("""
    believe think know expect hope fear feel doubt suspect assume understand worry consider
    recognize recognise realize realise presume bet guess imagine trust
""".split())

# Verbs whose noun-phrase object is itself the statement ("denied the accusation").
OBJECT_CUES = frozenset("""
    announce deny admit acknowledge confirm reject condemn cite propose promise pledge demand
    praise criticize criticise welcome dismiss decry denounce blame predict recommend declare
    vow threaten urge request endorse oppose defend mock rebuke describe accuse support attack blast slam
""".split())

# Verbs whose object names the source of a report, not what was said ("..., citing local groups").
SOURCE_CITING_VERBS = frozenset({"cite", "quote"})

# Prepositions that give an object cue's ground, part of what was said ("accused X of Y", "praised X for Y").
GROUND_PREPS = frozenset({"of", "for"})

# Quantifiers that head an unnamed group of speakers ("some of the women said", "a third say").
QUANTIFIER_SUBJECTS = frozenset("""
    some many most few several all both each others half third quarter majority minority those none one two
""".split())

# Quantifiers that name no one without their "of" phrase ("several said" is left out, statements).
QUANTIFIER_PRONOUNS = frozenset({"some", "many", "most", "few", "several", "others", "all", "both", "each", "none"})

# Verbs whose infinitive complement (xcomp) is the statement ("vowed to ...").
XCOMP_CUES = frozenset("""
    urge ask call promise pledge vow threaten refuse decline agree want plan intend encourage
    demand order instruct tell warn advise invite expect hope offer propose
""".split())

# Verb + preposition pairs whose object is the statement ("called for talks").
PREP_CUES = {
    "call": {"for"}, "ask": {"for"}, "speak": {"of", "about"}, "talk": {"about"},
    "warn": {"of", "against", "about"}, "argue": {"for", "against"}, "press": {"for"},
    "push": {"for"}, "appeal": {"for"}, "plead": {"for"}, "complain": {"about"}, "refer": {"to"},
}

# Nouns that introduce or carry what someone said ("in a statement", "her remarks").
NOUN_CUES = frozenset("""
    statement remarks remark comment comments interview tweet post letter announcement speech
    declaration communique communiqué release briefing testimony message address words claim
    account op-ed editorial note
""".split())

# Heads of unnamed sources, kept as their phrase ("officials", "a spokesperson").
UNNAMED_SOURCES = frozenset("""
    official officials spokesperson spokesman spokeswoman analyst analysts expert experts source sources
    aide aides witness witnesses resident residents critic critics observer observers diplomat diplomats
    investigator investigators authorities authority police prosecutor prosecutors lawyer lawyers
    attorney attorneys doctor doctors scientist scientists researcher researchers activist activists
    associate associates supporter supporters opponent opponents leader leaders people media group groups
    member members representative representatives economist economists commentator commentators insider
    insiders person man woman friend friends family relatives neighbours neighbors organizers protesters
    demonstrators lawmakers legislators senator senators
""".split())

# Documents that report: no one's voice; without an owner, "a poll shows" is the narrator's evidence.
DOCUMENT_SOURCES = frozenset("report reports poll polls survey surveys study studies".split())

# Nouns for people who speak for the actor they are "of"/"from" ("officials from X").
REPRESENTATIVES = frozenset("""
    representative representatives spokesman spokeswoman spokesperson spokespeople official officials
    envoy envoys delegation delegates
""".split())

# Role nouns that stand for a named person mentioned earlier ("the president").
PERSON_ROLES = frozenset("""
    president minister premier chancellor secretary senator governor mayor leader king queen prince
    chairman chairwoman chair director spokesman spokeswoman spokesperson ambassador general commander
    judge prosecutor ceo chief official candidate nominee lawmaker congressman congresswoman
    representative envoy pope emperor prime
""".split())

# Role nouns that stand for a named organisation or country mentioned earlier ("the ministry").
ORG_ROLES = frozenset("""
    ministry company government department agency group party campaign military army police hospital
    court council committee commission organization organisation union alliance coalition administration
    office firm bank network newspaper paper outlet channel broadcaster foundation institute university
    movement militia rebels forces country nation state kremlin
""".split())

# Personal pronouns and the actor kind they refer to.
PRONOUN_KINDS = {
    "he": "Person", "she": "Person", "him": "Person", "her": "Person", "his": "Person", "i": "Person",
    "it": "Organization", "its": "Organization", "they": "Organization", "we": "Organization",
}

# Gendered personal pronouns -> "m"/"f" (coref: "she" skips a person known to be a man).
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}

# Honorifics before a name -> the person's gender (coref).
HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f"}

# Speaker words that mark an agentless passive report ("the minister is said to ...").
PASSIVE_REPORT_VERBS = frozenset("say report believe think rumor rumour understand expect know allege".split())

# Singular nouns for a body of people ("a meeting of ministers") that "they" may refer back to.
COLLECTIVES = frozenset("""
    meeting assembly group council panel committee delegation team summit conference gathering
    coalition alliance bloc board body union association federation league
""".split())

# Nouns whose owner's list of them is what the owner said or asked ("X's demands include ...").
CONTENT_NOUNS = frozenset("""
    demand request proposal recommendation condition claim allegation accusation complaint grievance
    message argument concern priority call appeal suggestion promise pledge term
""".split())

# Headline cues ("X says Y", "X denounces Y"): verbs whose present tense in a title reports a statement.
HEADLINE_CUES = frozenset("""
    say tell claim warn deny insist urge accuse allege announce admit vow pledge threaten demand
    denounce condemn criticise criticize decry slam blast dismiss reject blame praise welcome
    call ask argue complain predict confirm reveal declare promise
""".split())

# Verbs with a preposition cue ("warn of") whose bare object in a headline is still what was said ("X warns Y").
HEADLINE_OBJECT_CUES = frozenset({"warn", "argue", "complain"})

# Words that are never a speaker, though they stand as a cue's subject ("it was said", "there are claims").
NOT_SPEAKERS = frozenset({"it", "there", "this", "that", "what", "which", "you", "one"})

# Connectives set off by a comma at the start of a content span ("However, ..."), no part of what was said.
LEADING_ADVERBS = frozenset({"however", "also", "further", "furthermore", "moreover", "meanwhile", "instead", "still",
                             "now", "then"})

# Prepositions of a gerund whose cue takes the subject of the verb it hangs on ("X said ... by warning").
GERUND_CUE_PREPS = ("by", "after", "before", "while", "in", "when")

# Prepositions inside a title phrase before the person it names ("US Ambassador to Germany Jane Doe").
TITLE_PREPS = ("to", "of", "for", "at")

# Prepositions of a trailing place dropped from a collective source's phrase ("ministers in Cairo");
# a narrow set on purpose: "ministers from Egypt" keeps its place (see PLACE_VOTE_PREPS for the broad one).
# Events drop the same phrases from a subject's participants ("the Embassy in Iraq advised ...").
TRAILING_PLACE_PREPS = ("in", "at", "near", "outside", "inside")

# spaCy entity labels of locations.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# ---------------------------------------------------------------- stances, polarity

# Verbs whose complement is what their subject says or thinks, so its evaluative words are the subject's
# (stances, polarity): the speech and cognition verbs and "agree".
REPORT_VERBS = SPEECH_VERBS | COGNITION_VERBS | {"agree"}


# ---------------------------------------------------------------- coref

# Dependency labels of a noun subject, active or passive (coref: a subject is the usual antecedent);
# SUBJECT_DEPS adds clausal subjects.
NOUN_SUBJECT_DEPS = ("nsubj", "nsubjpass")


# ---------------------------------------------------------------- each extractor's own lists, and those read from data/

# Here so every word list is imported from one place.
from kg.extract.actor_words import (  # noqa: E402, F401
    ACTOR_LABELS,
    AGENT_NOUNS,
    AGENT_SENSES,
    CLOCK_WORDS,
    CREDIT_LABELS,
    EVENTLESS_NAME_LABELS,
    EVIDENCE_VERBS,
    FACILITY_NOUNS,
    GROUP_PRONOUN_NOUNS,
    HAPPENING_SENSES,
    MOTION_VERBS,
    NAME_CONNECTORS,
    ORG_DESIGNATORS,
    ORG_SUFFIX_WORDS,
    ORG_SUFFIXES,
    PEOPLE_NOUNS,
    PERSONAL_TITLES,
    PLACE_NOUNS,
    PLACE_VOTE_PREPS,
    PORTFOLIO_HEADS,
    ROLE_HEAD_NOUNS,
    STRONG_PLACE_PREPS,
    TITLES,
    time_zone_abbreviations,
)
from kg.extract.event_words import (  # noqa: E402, F401
    ABSTRACT_SUPERSENSES,
    AGENTLESS_NOUN_SUPERSENSES,
    AGENTLESS_VERB_SUPERSENSES,
    CONTRAST_MODIFIERS,
    CONTROL_PREPS,
    DERIVATION_SUFFIXES,
    EVENT_ARGUMENT_PREPS,
    EVENT_LIGHT_VERBS,
    EVENT_NOUN_PREPS,
    EVENT_NOUN_SUPERSENSES,
    EVENT_PLACE_PREPS,
    GENERAL_EVENT_SKIPPED_CODES,
    GENERAL_EVENT_SKIPPED_SETS,
    HYPOTHETICAL_MODALS,
    LIGHT_VERB_PARTNER_PREPS,
    MENTAL_VERB_SUPERSENSES,
    NOT_EVENT_IDIOMS,
    OBJECT_DEPS,
    PLAN_HEADS,
    PLAN_MODIFIERS,
    SOURCE_PREPS,
    SUBJECT_DEPS,
    TARGET_PREPS,
    VOLITION_VERBS,
)
from kg.extract.stance_words import (  # noqa: E402, F401
    ASSAULT_STANCE_SOURCE_TYPES,
    ATTITUDE_LIGHT_VERBS,
    CESSATION_NOUNS,
    CESSATION_VERBS,
    CHARACTERIZING_VERBS,
    COPULAS,
    DEAL_NOUNS,
    DEMAND_NOUNS,
    DEMONSTRATIVES,
    EMPTY_REQUESTED_VERBS,
    EVENT_STANCE_POLARITY,
    EVIDENTIAL_CUES,
    FIRST_PERSON,
    MANNER_NOUNS,
    MODALS,
    NEGATIONS,
    OPINION_SLOTS,
    POSSIBILITY_MODALS,
    QUANTITY_HEADS,
    QUESTION_MARKS,
    RELATIVES,
    SIDELESS_CAMEO_CODES,
    STANCE_NOUN_CATEGORIES,
    STANCE_VERB_CATEGORIES,
    TIME_WORDS,
    TOPIC_SLOTS,
)
from kg.extract.time_words import (  # noqa: E402, F401
    DAY_UNITS,
    FUTURE_AUX,
    FUTURE_HEADS,
    MONTHS,
    NUMBERS,
    RELATIVE_DAY_WORDS,
    SAME_TIME_MARKERS,
    WEEKDAYS,
)
from kg.extract.word_files import (  # noqa: E402, F401
    acronym_names,
    agent_nouns,
    common_nouns,
    given_names,
    instrument_nouns,
    noun_senses,
    wordnet_report_verbs,
)
