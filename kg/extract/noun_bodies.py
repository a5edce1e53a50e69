"""Bodies named by a lower-case noun after whose they are: a state's forces, a leader's campaign or administration.

spaCy tags the country or the person ("U.S.", "America", "Turkish",
"Trump") and leaves the noun, so the body that acts in the story ("the U.S.
military has taken defensive action", "the Trump campaign said") was no
actor. :mod:`kg.extract.mentions` makes an organisation's mention of each,
one per country (or name) and noun, named as the text names it:

* :func:`armed_forces`: a noun of :data:`FORCES_NOUNS` modified by a
  country's name or adjective (a compound, a possessive or an adjective right
  before it): "the U.S. military", "America's military", "the Turkish army";
* :func:`led_body`: a noun of :data:`LED_BODY_NOUNS` modified by a name the
  model tags as a person's or an organisation's: "the Trump campaign", "the
  Ruiz administration".
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract.tokens import entity_start, entity_text

FORCES_NOUNS = frozenset({"military", "army", "navy"})  # lower-case nouns for a state's armed forces
LED_BODY_NOUNS = frozenset({"campaign", "administration"})  # lower-case nouns for a leader's political body
MODIFIER_DEPS = ("compound", "poss", "amod", "nmod")


def armed_forces(tok) -> tuple[list, str] | None:
    """(the tokens from the country's name to the noun, the country's code) when ``tok`` is a forces noun
    modified by a country ('the U.S. |military|', "America's |military|"); else None."""
    if tok.lower_ not in FORCES_NOUNS or tok.text != tok.lower_ or tok.pos_ != "NOUN":  # the cheap test first
        return None
    for child in tok.children:
        if child.dep_ not in MODIFIER_DEPS or child.i > tok.i:
            continue
        code = gz.country_lookup(entity_text(child)) or (gz.demonym_lookup(child.text) if child.dep_ == "amod" else None)
        if code:
            start = entity_start(child) if child.ent_type_ else child.i
            return list(tok.doc[start: tok.i + 1]), code
    return None


def led_body(tok) -> tuple[list, str] | None:
    """(the tokens from the name to the noun, the name) when ``tok`` is a lower-case noun for a leader's body
    modified by a name ('the Trump |campaign|', "Ruiz's |administration|"); else None."""
    if tok.lower_ not in LED_BODY_NOUNS or tok.text != tok.lower_ or tok.pos_ != "NOUN":  # the cheap test first
        return None
    for child in tok.children:
        if child.dep_ in ("compound", "poss") and child.i < tok.i and child.pos_ == "PROPN" \
                and child.ent_type_ in ("PERSON", "ORG"):
            start = entity_start(child)
            return list(tok.doc[start: tok.i + 1]), child.text
    return None
