"""The event extractor's word lists: supersenses are WordNet's lexicographer files."""

from __future__ import annotations

from kg.extract import event_words


def test_supersense_lists_name_wordnet_lexicographer_files_of_their_part_of_speech():
    lists = {name: value for name, value in vars(event_words).items() if name.endswith("_SUPERSENSES")}
    assert len(lists) == 5
    for name, senses in lists.items():
        kind = "verb." if "_VERB_" in name else "noun."
        assert senses and all(s.startswith(kind) for s in senses), name
