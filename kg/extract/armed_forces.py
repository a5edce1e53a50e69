"""A state's armed forces named by a common noun: "the U.S. military", "America's military", "the Turkish army".

spaCy tags the country ("U.S.", "America", "Turkish") and leaves the noun,
so the forces that act in the story ("the U.S. military has taken defensive
action") were no actor. :func:`armed_forces` finds a noun of
:data:`FORCES_NOUNS` modified by a country's name or adjective (a compound,
a possessive or an adjective right before it) and gives the words that name
the forces and the country's code; :mod:`kg.extract.mentions` makes the
organisation's mention of them, one per country and noun, named as the text
names it.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract.tokens import entity_start, entity_text

FORCES_NOUNS = frozenset({"military", "army", "navy"})  # lower-case nouns for a state's armed forces
MODIFIER_DEPS = ("compound", "poss", "amod", "nmod")


def armed_forces(tok) -> tuple[list, str] | None:
    """(the tokens from the country's name to the noun, the country's code) when ``tok`` is a forces noun
    modified by a country ('the U.S. |military|', "America's |military|"); else None."""
    if tok.text != tok.lower_ or tok.lower_ not in FORCES_NOUNS or tok.pos_ != "NOUN":
        return None
    for child in tok.children:
        if child.dep_ not in MODIFIER_DEPS or child.i > tok.i:
            continue
        code = gz.country_lookup(entity_text(child)) or (gz.demonym_lookup(child.text) if child.dep_ == "amod" else None)
        if code:
            start = entity_start(child) if child.ent_type_ else child.i
            return list(tok.doc[start: tok.i + 1]), code
    return None
