"""The word lists of the actor extractor: titles, role and people nouns, place words, organisation suffixes.

General English only, never a name of a particular text. Read by :mod:`kg.extract.actors` and the modules
that find and type names (mentions, name kinds, place votes, groups, cut names); each list's comment says
which. Imported from :mod:`kg.extract.lexicon`, where every word list can be found.
"""

from __future__ import annotations

import datetime
import zoneinfo
from functools import lru_cache

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
NAME_CONNECTORS = frozenset({"for", "of", "and", "the", "&"})

# spaCy entity labels of names that may hold an event word without naming an event ("the Peace
# Alliance", "Strike Force Records") (triggers); EVENT and LAW names are left to the lexicon.
EVENTLESS_NAME_LABELS = ACTOR_LABELS | {"WORK_OF_ART", "PRODUCT"}

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

# Plural nouns that stand in for a pronoun or a count rather than name a group ("others said", "people", "many of
# the members"): never a group actor on their own (groups).
GROUP_PRONOUN_NOUNS = frozenset({"others", "ones", "people", "persons", "individuals", "members", "folks"})
