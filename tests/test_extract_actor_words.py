"""The actor extractor's word lists: titles and the time zones told from acronyms."""

from __future__ import annotations

from kg.extract.actor_words import ORG_DESIGNATORS, ORG_SUFFIX_WORDS, PERSONAL_TITLES, TITLES, time_zone_abbreviations


def test_time_zones_come_from_the_tz_database_and_are_not_acronyms_of_bodies():
    zones = time_zone_abbreviations()
    assert {"UTC", "GMT", "BST", "EST"} <= zones
    assert not {"UN", "NATO", "EU"} & zones
    assert all(z.isalpha() and z.isupper() for z in zones)


def test_personal_titles_leave_out_the_words_between_title_and_name():
    assert PERSONAL_TITLES < TITLES
    assert not {"of", "state", "former"} & PERSONAL_TITLES


def test_org_designators_include_every_organisation_suffix():
    assert ORG_SUFFIX_WORDS < ORG_DESIGNATORS and {"inc", "holdings"} <= ORG_DESIGNATORS
