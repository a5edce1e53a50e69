"""Readers of the CAMEO verb dictionary of PETRARCH2 and of PLOVER's CAMEO-to-PLOVER tables.

The verb dictionary (``petrarch2/data/dictionaries/CAMEO.2.0.txt``, MIT licence) is
described in PETRARCH2's ``docs/source/dictionaries.rst``: synonym sets (``&NAME`` then
``+WORD`` lines), then verb blocks ``--- NAME [code] ---`` of synonymous verbs (each
with an optional own ``[code]``) followed by patterns ``- pre-verb * post-verb [code]``.
The PLOVER tables (CC BY-SA 4.0) are ``CAMEO2PLOVER-2021.txt`` (code by code) and the
table of cue categories in ``PLOVER_MANUAL.tex`` ("CAMEO to PLOVER translation").
Used only by the event lexicon build (``kg.train.event_lexicon``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

NULL_CODE = "---"
# grammatical particles of English phrasal verbs: a bare word right after "*" that is one
# of these is the verb's particle, not its object
PARTICLES = frozenset("up down off out in on away back over through along around about".split())
_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Pattern:
    """One verb pattern; each slot is a lower-case word or None."""
    code: str
    subject: str | None = None      # head noun before the verb
    particle: str | None = None
    object: str | None = None       # head noun after the verb
    preposition: str | None = None
    prep_object: str | None = None  # head noun of the prepositional phrase
    found_under: str | None = None  # the verb the pattern was first written for (its comment)


@dataclass(frozen=True)
class Verb:
    phrase: str        # lower case; "call off" for multi-word verbs
    verb: str          # the word that inflects ("call")
    code: str | None   # its own code, or None when it takes the block's


@dataclass
class Block:
    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(frozen=True)
class Dictionary:
    synonyms: dict[str, tuple[str, ...]]   # "&FOOD" -> ("food", ...)
    blocks: tuple[Block, ...]


def read_dictionary(path: str | Path) -> Dictionary:
    """Synonym sets and verb blocks of a PETRARCH verb dictionary file."""
    synonyms: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set = None
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("---") else raw.strip()
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if not line.strip():
            continue
        if line.startswith("&"):
            current_set = synonyms.setdefault(line.split()[0], [])
        elif line.startswith("---"):
            current_set = None
            codes = _CODE.findall(line)
            blocks.append(Block(line.strip("- ").split("[")[0].strip(), _first_code(codes[0]) if codes else NULL_CODE))
        elif current_set is not None and line.startswith("+"):
            current_set.append(line[1:].replace("_", " ").strip().lower())
        elif blocks and line.startswith("-"):
            pattern = parse_pattern(raw, synonyms)
            if pattern:
                blocks[-1].patterns.append(pattern)
        elif blocks:
            verb = parse_verb(line)
            if verb:
                blocks[-1].verbs.append(verb)
    return Dictionary({k: tuple(v) for k, v in synonyms.items()}, tuple(blocks))


def _first_code(text: str) -> str:
    """The code of "[042:043]" or "[:173]": the first non-empty part."""
    parts = [p.strip() for p in text.split(":") if p.strip()]
    return parts[0] if parts else NULL_CODE


def parse_verb(line: str) -> Verb | None:
    """A verb line: "HURRY {HURRIES ...}", "ASK [020]", "+CALL_OFF [160]", "WIRE_+TAP {...}"."""
    codes = _CODE.findall(line)
    body = _CODE.sub("", line)
    if "{}" in body.replace(" ", ""):
        return None  # a fixed, already inflected phrase ("+KILLED_AND {}")
    phrase = body.split("{")[0].strip()
    if not phrase or " " in phrase:
        return None
    words = phrase.lower().split("_")
    marked = [w for w in words if w.startswith("+")]
    verb = marked[0][1:] if marked else words[0]
    phrase = " ".join(w.lstrip("+") for w in words)
    return Verb(phrase, verb, _first_code(codes[0]) if codes else None)


def parse_pattern(line: str, synonyms: dict[str, list[str]]) -> Pattern | None:
    """The pattern of one "- pre * post [code]  # VERB" line; None when it names an undefined set."""
    line, _, comment = line.partition("#")
    codes = _CODE.findall(line)
    if not codes or "*" not in line:
        return None
    code = _first_code(codes[0])
    before, _, after = _CODE.sub("", line)[1:].partition("*")
    slots: dict[str, str | list[str]] = {}
    if comment.split() and comment.split()[0].isalpha():
        slots["found_under"] = comment.split()[0].lower()
    pre = [t for t in _tokens(before) if not t.startswith("(")]
    if pre:
        slots["subject"] = _head(pre[-1], synonyms)
    for position, token in enumerate(_tokens(after)):
        if token.startswith("("):
            inner = _tokens(token[1:-1])
            if inner and "preposition" not in slots:
                slots["preposition"] = inner[0].lower()
                if len(inner) > 1:
                    slots["prep_object"] = _head(inner[-1], synonyms)
        elif position == 0 and token.lower() in PARTICLES:
            slots["particle"] = token.lower()
        elif "object" not in slots:
            slots["object"] = _head(token, synonyms)
    if any(v == [] for v in slots.values()):
        return None
    return Pattern(code, **slots)


def _tokens(text: str) -> list[str]:
    """Words, {noun phrases} and (prepositional phrases) of a pattern half; actor marks dropped."""
    tokens, depth, word = [], 0, ""
    for char in text:
        if char in "({":
            depth += 1
        if char in ")}":
            depth -= 1
        if char == " " and depth == 0:
            if word:
                tokens.append(word)
            word = ""
        else:
            word += char
    if word:
        tokens.append(word)
    return [t for t in tokens if t not in {"$", "+", "^", "%"}]


def _head(token: str, synonyms: dict[str, list[str]]) -> str | list | None:
    """Head word of a noun token: the last word of "{A B}"; "&set" for a synonym set."""
    words = [w for w in token.strip("{}").split() if w not in {"$", "+", "^", "%"}]
    if not words:
        return None
    last = words[-1]
    if last.startswith("&"):
        return last.lower() if last in synonyms else []  # a set ("&food"), or undefined: no pattern
    return last.lower().replace("_", " ")


def read_detailed_mapping(path: str | Path) -> dict[str, str]:
    """CAMEO code -> PLOVER category from CAMEO2PLOVER-2021.txt ("0311: AGREE, ..." lines)."""
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match and not (len(match[1]) == 2 and match[1] in table):
            table[match[1]] = match[2]
    return table


def read_cue_mapping(manual: str | Path, detailed: dict[str, str]) -> dict[str, str]:
    """CAMEO cue category (two digits; three for the split 08) -> PLOVER category or "dropped".

    From the table "PLOVER equivalents to CAMEO cue categories" in the PLOVER manual:
    rows "03 & EXPRESS INTENT TO COOPERATE & AGREE \\\\" and "08 & YIELD (081 to 083) & CONCEDE".
    A name there that is no category of the detailed table (20 is "FIGHT (see Note 1)",
    the manual's older name) takes the detailed table's category of that cue category.
    """
    known = set(detailed.values())
    table = {}
    for line in Path(manual).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d\d)\s*&\s*([^&]+?)\s*&\s*([A-Za-z]+)", line.strip())
        if not match:
            continue
        span = re.search(r"\((\d{3}) to (\d{3})\)", match[2])
        codes = [f"{c:03d}" for c in range(int(span[1]), int(span[2]) + 1)] if span else [match[1]]
        for code in codes:
            category = match[3]
            table[code] = category if category in known or category == "dropped" else detailed[match[1]]
    return table


def plover_category(code: str, mapping: dict[str, str], fallback: dict[str, str] | None = None) -> str | None:
    """The PLOVER category of a CAMEO code: the longest prefix the mapping knows.

    None for the null code, for categories PLOVER dropped (statements, appeals) and for
    names that are no PLOVER category, unless the fallback table names one.
    """
    if code == NULL_CODE or not code[:2].isdigit():
        return None
    for length in range(len(code), 1, -1):
        category = mapping.get(code[:length])
        if category:
            break
    else:
        category = None
    if category and category.isupper() and category != "dropped":
        return category
    if category != "dropped" and fallback:
        return plover_category(code, fallback)
    return None
