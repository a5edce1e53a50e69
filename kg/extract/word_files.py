"""The extractors' larger word lists, read from ``data/`` once per process: WordNet's common nouns, noun senses,
verbs of saying and thinking and nouns for people and groups, and Faker's given names.

Each file says in its header how it was made; the scripts in :mod:`kg.train` rebuild them.
:mod:`kg.extract.lexicon` re-exports these readers, so extractors import every word list from one place.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

COMMON_NOUNS_PATH = Path(__file__).with_name("data") / "common_nouns.txt"


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """English common nouns (WordNet's, as the spaCy model's lemmatizer indexes them), for spotting capitalised words."""
    lines = COMMON_NOUNS_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


NOUN_SENSES_PATH = Path(__file__).with_name("data") / "noun_senses.tsv"


@lru_cache(maxsize=1)
def noun_senses() -> dict[str, tuple[str, ...]]:
    """WordNet 3.0's one-word nouns -> the lexicographer files of their senses, most frequent first
    (``"hurricane": ("phenomenon",)``), from data/noun_senses.tsv (``python -m kg.train.noun_senses``).

    Tells a capitalised common word from a name by its kind of meaning (actors).
    """
    senses = {}
    for line in NOUN_SENSES_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, files = line.split("\t")
            senses[lemma] = tuple(files.split(","))
    return senses


GIVEN_NAMES_PATH = Path(__file__).with_name("data") / "given_names.txt"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of many languages in Latin script (Faker's person providers, less WordNet's common nouns),
    from data/given_names.txt (``python -m kg.train.given_names``): a name spaCy took for an organisation that
    begins with one is a person's (actors)."""
    lines = GIVEN_NAMES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


GENDERS_PATH = Path(__file__).with_name("data") / "given_name_genders.tsv"


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> "m"/"f" where Faker's locales clearly agree, from data/given_name_genders.tsv
    (``python -m kg.train.name_genders``): a person's first name is a vote on the pronouns that can stand for
    them (coref)."""
    lines = GENDERS_PATH.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


REPORT_VERBS_PATH = Path(__file__).with_name("data") / "report_verbs.tsv"


@lru_cache(maxsize=1)
def wordnet_report_verbs() -> dict[str, frozenset[str]]:
    """WordNet 3.0's verbs of saying and thinking by complement kind ("clause", "infinitive"), from data/report_verbs.tsv.

    Widens the hand lists above to every verb whose main sense is communication or
    cognition and takes a that-clause or an object and infinitive (statements).
    """
    kinds: dict[str, set[str]] = {}
    for line in REPORT_VERBS_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, kind = line.split("\t")
            kinds.setdefault(kind, set()).add(lemma)
    return {kind: frozenset(lemmas) for kind, lemmas in kinds.items()}


AGENT_NOUNS_PATH = Path(__file__).with_name("data") / "agent_nouns.txt"


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Nouns for people and groups (WordNet 3.0's noun.person and noun.group), from data/agent_nouns.txt.

    Only these can be an unnamed speaker ("officials said"), not "evidence" or "estimates" (statements).
    """
    lines = AGENT_NOUNS_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def instrument_nouns() -> frozenset[str]:
    """Nouns whose main WordNet sense is a law or an agreement ('act', 'treaty', 'statute'; data/instrument_nouns.txt,
    built by kg.train.instrument_nouns): a name they head is a law's or an agreement's, no actor's (actors)."""
    lines = (Path(__file__).with_name("data") / "instrument_nouns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


EMOTION_VERBS_PATH = Path(__file__).with_name("data") / "emotion_verbs.tsv"


@lru_cache(maxsize=1)
def emotion_verbs() -> dict[str, str]:
    """Verbs of feeling -> 'positive' or 'negative' (WordNet 3.0's verb.emotion with Hu and Liu's polarity;
    data/emotion_verbs.tsv, built by kg.train.emotion_verbs): "saddened by X" is against X (stances)."""
    rows = (line.split("\t") for line in EMOTION_VERBS_PATH.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {lemma: polarity for lemma, polarity in rows}


ACRONYMS_PATH = Path(__file__).with_name("data") / "acronyms.tsv"


@lru_cache(maxsize=1)
def acronym_names() -> dict[str, int]:
    """An organisation's acronym (as written: 'FBI') or spelled-out name (case-folded: 'federal bureau of
    investigation') -> the number of its WordNet 3.0 synset, from data/acronyms.tsv (``python -m kg.train.acronyms``);
    a form two synsets share is left out. Two names with one number name one organisation (actors)."""
    rows = [line.split("\t") for line in ACRONYMS_PATH.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    found: dict[str, set[int]] = {}
    for number, (acronyms, names) in enumerate(rows):
        for form in acronyms.split("|") + [n.casefold() for n in names.split("|")]:
            found.setdefault(form, set()).add(number)
    return {form: next(iter(numbers)) for form, numbers in found.items() if len(numbers) == 1}
