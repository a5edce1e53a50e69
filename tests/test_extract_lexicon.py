"""The word lists: defined once, frozen, lower case; the common nouns read from their data file."""

from __future__ import annotations

from kg.extract import lexicon


def word_lists():
    return {name: value for name, value in vars(lexicon).items()
            if name.isupper() and isinstance(value, (frozenset, tuple)) and all(isinstance(w, str) for w in value)}


def test_word_lists_are_frozen_and_lower_case_except_name_suffixes():
    assert len(word_lists()) > 40
    for name, words in word_lists().items():
        assert isinstance(words, (frozenset, tuple)), name
        if name not in ("ORG_SUFFIXES", "ACTOR_LABELS", "PLACE_LABELS", "ASSAULT_STANCE_SOURCE_TYPES", "EVENTLESS_NAME_LABELS"):
            assert all(w == w.lower() for w in words), name


def test_common_nouns_come_from_the_data_file_not_the_model():
    nouns = lexicon.common_nouns()
    assert {"trade", "growth", "war"} <= nouns
    assert len(nouns) > 50000 and not any(n.startswith("#") or n != n.strip() for n in nouns)


def test_each_extractors_lists_are_defined_once_in_their_module_and_imported_from_the_lexicon():
    from kg.extract import actor_words, event_words, stance_words, time_words

    modules = (actor_words, event_words, stance_words, time_words)
    defined = [name for module in modules for name, value in vars(module).items()
               if not name.startswith("_") and getattr(value, "__module__", module.__name__) == module.__name__
               and (name.isupper() or callable(value))]
    assert len(defined) == len(set(defined)) > 80
    for module in modules:
        for name in (n for n in defined if n in vars(module)):
            assert getattr(lexicon, name) is getattr(module, name), name
