"""Every English word list and small table the extractors use, each defined once.

General vocabulary only, never a name, quote or event of a particular text:
verbs of speaking and thinking, nouns that introduce what someone said, words
for unnamed sources and for roles that stand for a named actor (statements,
coref); titles, place words and organisation suffixes (actors); the
arguments and plans of events; the grammar of evaluations (stances);
calendar words and tense (time); and the few dependency or entity label sets
that more than one rule reads. Each list's comment says which extractor reads
it. Where two lists look alike but serve different purposes they have names
that say the difference (``PLACE_VOTE_PREPS``/``EVENT_PLACE_PREPS``/
``TRAILING_PLACE_PREPS``, ``EVENT_LIGHT_VERBS``/``ATTITUDE_LIGHT_VERBS``,
``PERSON_ROLES``/``ROLE_HEAD_NOUNS``, ``SUBJECT_DEPS``/``NOUN_SUBJECT_DEPS``).
Lemmas are lower case; lists are frozen. Larger tables live in ``data/``:
countries, organisations and leaders (:mod:`kg.extract.gazetteer`), event
triggers (:mod:`kg.extract.events`), evaluative words (:mod:`kg.extract.stances`);
the lists read from ``data/`` (WordNet's nouns and verbs, given names) are
defined in :mod:`kg.extract.word_files` and imported here.
"""

from __future__ import annotations

import calendar
import datetime
import zoneinfo
from functools import lru_cache

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


# ---------------------------------------------------------------- actors: names, titles, places

# spaCy entity labels that can name an actor or a place (actors).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})

# Words of a title before a person's name, dropped from the name (actors: 'Prime Minister of X Jane Doe');
# also the words ("of", "state", "former") that run between title and name.
TITLES = frozenset({
    "president", "vice", "prime", "minister", "secretary", "chancellor", "king", "queen", "prince",
    "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "governor", "gov", "general",
    "gen", "pope", "sheikh", "ayatollah", "premier", "mayor", "judge", "justice", "speaker", "leader",
    "foreign", "defense", "defence", "state", "of", "former", "supreme", "chief", "ambassador",
    "secretary-general", "spokesman", "spokeswoman", "spokesperson", "commander", "envoy", "opposition",
    "crown", "princess", "duke", "duchess", "emperor", "empress", "sultan", "emir", "cardinal", "archbishop",
    "bishop", "rabbi", "imam", "sir", "prof", "professor", "colonel", "lieutenant", "admiral", "rev", "reverend",
})

# Titles only a person bears (TITLES also holds words such as "of" and "state" that run between title and name).
PERSONAL_TITLES = TITLES - {"vice", "prime", "foreign", "defense", "defence", "state", "of", "former", "supreme", "chief",
                            "opposition"}

# Nouns that head the name of an office (actors): a capitalised phrase ending in one is a role, not an
# organisation ("National Security Advisor"), and one before "of" is a title ("Minister of X"). Not
# PERSON_ROLES (coref: a role that stands for a person named earlier, "the president"): this list adds
# advisor/adviser and lacks the rulers, judges and candidates there (king, pope, judge, nominee ...).
ROLE_HEAD_NOUNS = frozenset({
    "advisor", "adviser", "secretary", "minister", "president", "director", "spokesperson", "spokesman",
    "spokeswoman", "ambassador", "chairman", "chairwoman", "chair", "governor", "commander", "chief",
    "envoy", "representative", "prosecutor", "official", "leader", "general", "senator", "mayor",
})

# Nouns whose demonym modifier stands for the state itself: "Kenyan officials said" (actors).
AGENT_NOUNS = frozenset({
    "official", "officials", "authorities", "authority", "side", "delegation", "diplomats", "negotiators",
    "leadership", "leaders", "forces", "troops", "military", "regime", "administration", "ministry",
})

# Nouns naming people, so that a non-national demonym names a group: "Basque fighters" (actors).
PEOPLE_NOUNS = frozenset({
    "people", "fighters", "forces", "force", "militants", "rebels", "mps", "members", "leaders", "groups",
    "militia", "militias", "community", "communities", "population", "voters", "lawmakers", "protesters",
    "minority", "parties", "party", "politicians", "senators", "majority", "activists",
})

# Prepositions whose object may be a location (actors): a capital after one is a place, not its
# government, and a name after one gets a vote for being a place. The broad set; see TRAILING_PLACE_PREPS.
PLACE_VOTE_PREPS = frozenset({"in", "at", "near", "into", "outside", "around", "via", "through", "across", "within",
                              "inside", "throughout", "from", "to", "toward", "towards", "for", "onto", "past"})

# The prepositions of PLACE_VOTE_PREPS whose object is almost always a location (two votes, actors).
STRONG_PLACE_PREPS = frozenset({"in", "at", "near", "into", "inside", "outside", "throughout", "within"})

# Verbs whose object is a location ("troops entered X"), not an actor (actors).
MOTION_VERBS = frozenset({"enter", "reach", "capture", "seize", "visit", "invade", "occupy", "leave", "besiege",
                          "shell", "recapture", "evacuate", "surround"})

# Nouns for kinds of place: "the city of X" names a place (actors).
PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "district", "capital", "area", "port",
                         "municipality", "county", "suburb", "neighbourhood", "neighborhood", "island"})

# Last words of the names of facilities and streets, which are places, never actors ("X Square", actors).
FACILITY_NOUNS = frozenset({"square", "street", "avenue", "road", "bridge", "airport", "station", "stadium", "plaza",
                            "boulevard", "highway", "motorway", "harbour", "harbor", "lake", "river", "mountain",
                            "hill", "valley", "beach", "island", "peninsula", "canal"})

# Last words of organisation names spaCy may miss ("<Name> Foundation", actors).
ORG_SUFFIXES = frozenset({"Foundation", "Institute", "University", "Party", "Council", "Agency", "Ministry",
                          "Committee", "Association", "Bank", "Company", "Corporation", "Commission", "Fund",
                          "Organization", "Organisation", "Front", "Movement", "Union", "Federation", "Court",
                          "Hospital", "Network", "Coalition", "Alliance", "Society", "Center", "Centre", "Service"})

# ORG_SUFFIXES lower-cased: common nouns that still do not make a sentence's capitals noisy (actors).
ORG_SUFFIX_WORDS = frozenset({s.casefold() for s in ORG_SUFFIXES})

# Labels of a picture's or video's credit line ("Image: Jane Roe (flickr)."): the name after one is the
# photographer, no actor of the story (actors).
CREDIT_LABELS = frozenset({"image", "images", "photo", "photos", "photograph", "picture", "credit", "credits", "video",
                           "illustration", "photo credit"})

# Words after a clock time ("8:30 p.m. BST") that make a following abbreviation a time zone (actors).
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "hours", "hrs"})


@lru_cache(maxsize=1)
def time_zone_abbreviations() -> frozenset[str]:
    """Time zones' abbreviations ('BST', 'UTC') from the IANA tz database that Python ships (zoneinfo), for
    telling '1930 UTC' from an organisation's acronym (actors)."""
    names = set()
    for zone in zoneinfo.available_timezones():
        tz = zoneinfo.ZoneInfo(zone)
        names |= {datetime.datetime(2020, month, 1, tzinfo=tz).tzname() for month in (1, 7)}
    return frozenset(n for n in names if n and n.isalpha() and n.isupper()) | {"GMT", "UTC", "Z"}


# Last words that a company's or body's short name may leave off ("Acme" for "Acme Holdings", actors): the
# organisation words above and the designators of firms and media.
ORG_DESIGNATORS = ORG_SUFFIX_WORDS | frozenset({
    "group", "holdings", "inc", "corp", "ltd", "limited", "plc", "news", "media", "press", "broadcasting",
    "airlines", "airways", "motors", "industries", "international", "times", "post", "herald", "tribune",
})

# Small words inside organisation names ("Bank of X", "Doctors for Y", actors).
# spaCy entity labels of names that may hold an event word without naming an event ("the Peace
# Alliance", "Strike Force Records") (triggers); EVENT and LAW names are left to the lexicon.
EVENTLESS_NAME_LABELS = ACTOR_LABELS | {"WORK_OF_ART", "PRODUCT"}

NAME_CONNECTORS = frozenset({"for", "of", "and", "the", "&"})


# ---------------------------------------------------------------- events: triggers' arguments, plans

# Prepositions whose object is a participant of a verb trigger ("talks with X", events).
EVENT_ARGUMENT_PREPS = frozenset({"with", "between", "against", "on", "from", "to", "into", "for", "by", "among", "of", "over"})

# Prepositions of the partners of a light verb's event noun ("held talks with X", events).
LIGHT_VERB_PARTNER_PREPS = frozenset({"with", "between", "against", "to"})

# Prepositions whose object is a participant of an event noun ("the attack by X", events).
EVENT_NOUN_PREPS = frozenset({"with", "between", "against", "by", "among", "of", "on", "from"})

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

# Verbs of wanting and needing: CAMEO files them under demands and agreement ("want", "need",
# "prefer", "mean"), but in news they state an attitude, not an event; with COGNITION_VERBS they
# take no category from the general event lexicon (events).
VOLITION_VERBS = frozenset({"want", "need", "wish", "prefer", "mean", "desire", "like", "love", "hate", "insist"})

# Entries of the general event lexicon (kg/extract/plover_lexicon.py) that name no event in news:
# CAMEO's block 03 ("express intent to cooperate": signal, offer, seek, decide, indicate) is words
# of intention, statements rather than events, as PLOVER treats CAMEO's 01; and the synonym set
# CAMEO files managing under ("oversee_manage": lead, head, oversee) names an office, not an act
# (events).
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

GENERAL_EVENT_SKIPPED_CODES = ("03",)
GENERAL_EVENT_SKIPPED_SETS = frozenset({"oversee_manage"})

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
# Modals of mere possibility, advice or condition: a verb under one names no happening ("could
# attack", "should resign", "would be consulted"), unless it is reported speech's future ("said it
# would withdraw": a plan) (triggers).
HYPOTHETICAL_MODALS = frozenset({"could", "might", "should", "would"})

PLAN_MODIFIERS = frozenset({"upcoming", "planned", "proposed", "possible", "potential", "future", "scheduled",
                            "imminent", "expected", "next", "another", "forthcoming"})

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


# ---------------------------------------------------------------- stances: evaluation grammar

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


# Verbs whose complement is what their subject says or thinks, so its evaluative words are the subject's
# (stances, polarity): the speech and cognition verbs and "agree".
REPORT_VERBS = SPEECH_VERBS | COGNITION_VERBS | {"agree"}


# ---------------------------------------------------------------- coref

# Dependency labels of a noun subject, active or passive (coref: a subject is the usual antecedent);
# SUBJECT_DEPS adds clausal subjects.
NOUN_SUBJECT_DEPS = ("nsubj", "nsubjpass")


# ---------------------------------------------------------------- time: calendar words and tense

# Weekday names and their three-letter forms -> Monday = 0 (time).
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = {**{name: i for i, name in enumerate(_DAY_NAMES)}, **{name[:3]: i for i, name in enumerate(_DAY_NAMES)}}

# Month names and their short forms ("sept" too) -> January = 1 (time).
MONTHS = {**{name.lower(): i for i, name in enumerate(calendar.month_name) if name},
          **{name.lower()[:3]: i for i, name in enumerate(calendar.month_name) if name}, "sept": 9}

# Number words of relative dates ("three days ago", "a couple of weeks") -> their value (time).
NUMBERS = {**{w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())},
           "a": 1, "an": 1, "a few": 3, "several": 3, "couple of": 2, "a couple of": 2}

# Units of relative dates -> days (time).
DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}

# Auxiliaries of the future tense ("will", "'ll", "wo" of "won't", time).
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})

# Verbs whose infinitive complement lies ahead ("is set to", "plans to", time).
FUTURE_HEADS = frozenset({"be", "go", "plan", "intend", "expect", "schedule", "set"})

# Words naming a day relative to the publication date, which spaCy may leave untagged (time).
RELATIVE_DAY_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow"})

# Conjunctions of an adverbial clause that happens at its main clause's time (time).
SAME_TIME_MARKERS = frozenset({"when", "as", "while", "before"})


# ---------------------------------------------------------------- data files

# The larger lists read from data/ (kg.extract.word_files), here so every word list is imported from one place.
from kg.extract.word_files import (  # noqa: E402, F401
    acronym_names, agent_nouns,
    common_nouns,
    given_names,
    instrument_nouns,
    noun_senses,
    wordnet_report_verbs,
)

# Kinds of meaning (WordNet noun files) that can stand for an actor or a place: a word with a sense in one of them
# may be a name's word ("Army", "Lion", "Hunter"); one without can not be an actor on its own (actors).
AGENT_SENSES = frozenset({"person", "group", "location", "tops"})

# Verbs of SPEECH_VERBS whose subject may be a thing that shows ("Photographs show", "a study found"): their
# subject is not thereby a speaker (actors).
EVIDENCE_VERBS = frozenset({"show", "find", "indicate", "reveal", "suggest", "confirm", "report"})

# Kinds of meaning of what happens or is done, not who does it: "Hurricane X", "Vaccination Campaign" (actors).
HAPPENING_SENSES = frozenset({"phenomenon", "event", "act", "process"})

# Heads a government portfolio's word modifies: "Interior" in "Interior Minister X" is no organisation (actors).
PORTFOLIO_HEADS = frozenset({"minister", "ministers", "ministry", "ministries", "secretary", "department", "departments"})


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

# Plural nouns that stand in for a pronoun or a count rather than name a group ("others said", "people", "many of
# the members"): never a group actor on their own (groups).
GROUP_PRONOUN_NOUNS = frozenset({"others", "ones", "people", "persons", "individuals", "members", "folks"})
