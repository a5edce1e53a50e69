"""Tests for kg.train.name_genders: which names get a gender (Faker itself is needed only to rebuild)."""

from __future__ import annotations

from collections import Counter

from kg.train.name_genders import name_genders


def test_a_gender_only_where_the_locales_clearly_agree():
    male = Counter({"Peter": 12, "Andrea": 8, "Robin": 9, "Олег": 3, "Jean": 5})
    female = Counter({"Mary": 14, "Andrea": 10, "Robin": 3, "Jean": 1})
    assert name_genders(male, female) == {"Peter": "m", "Mary": "f", "Robin": "m", "Jean": "m"}
