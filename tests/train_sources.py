"""Tiny stand-ins of the event lexicon's sources (PETRARCH2, PLOVER, WordNet) for the kg.train tests."""

from __future__ import annotations

from pathlib import Path

DICTIONARY = """\
# CAMEO VERB PATTERN DICTIONARY (test stand-in)
&FOOD
+FOOD
+RICE_

####### VERB PATTERNS #######

---  INVADE   [192]  ---
INVADE
OVERRUN {OVERRUNS OVERRUNNING OVERRAN }
RESIDE
- * &TOWN                 [192]   # INVADE
- PROTESTOR *             [144]   # INVADE

---  SUPPLY   [---]  ---
+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER} [070]
+KILLED_AND {}
SUPPLY
- * AID                   [070]   # SUPPLY
- * &FOOD                 [073]   # SUPPLY
- * {HUMANITARIAN AID}     [073]   # SUPPLY
- * SPEECH                [010]   # SUPPLY
- * (TO {REFUGEE CAMPS})  [070]   # SUPPLY
- * OUT WEAPONS           [072]   # SUPPLY
- * (BY/WITH RAID)        [042:043]

######## TRANSFORMATIONS ##########
- $ SAY ( $ ) [130]
"""

DETAILED = """\
# CAMEO to PLOVER conversion table (test stand-in)
07: AID
070: AID, , # Provide aid
073: AID, , humanitarian # Provide humanitarian aid
08: CONCEDE
080: CONCEDE, , # Yield
084: RETREAT, , # Return, release
14: PROTEST
144: PROTEST, obstruct, # Obstruct passage, block
19: ASSAULT
192: COERCE, seize, military # Occupy territory
20: ASSAULT
"""

MANUAL = """\
\\begin{tabular}{|c|l|l|}
01 & MAKE PUBLIC STATEMENT & dropped \\\\
02 & APPEAL & dropped \\\\
07 & PROVIDE AID & AID \\\\
08 & YIELD (081 to 083) & CONCEDE \\\\
08 & YIELD (084 to 087) & RETREAT \\\\
14 & PROTEST & PROTEST \\\\
19 & FIGHT & ASSAULT \\\\
20 & USE UNCONVENTIONAL MASS VIOLENCE & FIGHT (see Note 1) \\\\
\\end{tabular}
"""

# WordNet database lines (wndb(5WN)); offsets are made up, the reader only uses them as ids
DATA_VERB = """\
  1 This software and database is being provided to you, the LICENSEE, by  
00000001 33 v 02 invade 0 occupy 0 002 + 00000010 n 0101 ~ 00000002 v 0000 01 + 08 00 | march into another's territory  
00000002 33 v 01 overrun 0 001 @ 00000001 v 0000 01 + 08 00 | occupy in large numbers  
00000003 42 v 01 reside 0 000 01 + 02 00 | live in a place  
00000004 40 v 02 supply 0 provide 0 000 01 + 08 00 | give something useful  
00000005 30 v 01 crash 0 001 + 00000021 n 0101 01 + 02 00 | undergo a sudden collapse  
00000006 40 v 01 hand 0 000 01 + 21 00 | place into the hands of  
"""
INDEX_VERB = """\
  1 This software and database is being provided to you, the LICENSEE, by  
crash v 1 1 + 1 0 00000005  
hand v 1 0 1 0 00000006  
invade v 1 2 + ~ 1 0 00000001  
occupy v 1 0 1 0 00000001  
overrun v 1 1 @ 1 0 00000002  
provide v 1 0 1 0 00000004  
reside v 1 0 1 0 00000003  
supply v 1 0 1 0 00000004  
"""
VERB_EXC = "overran overrun\n"
DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by  
00000010 04 n 01 invasion 0 002 + 00000001 v 0101 ~ 00000011 n 0000 | the act of invading  
00000011 04 n 01 incursion 0 001 @ 00000010 n 0000 | an invasion of enemy territory  
00000012 04 n 01 aid 0 000 | the activity of contributing to the fulfillment of a need  
00000013 06 n 01 camp 0 000 | temporary living quarters  
00000014 10 n 01 speech 0 000 | the act of delivering a formal spoken communication  
00000020 11 n 01 accident 0 001 ~ 00000021 n 0000 | an unfortunate mishap  
00000021 11 n 02 crash 0 wreck 0 002 @ 00000020 n 0000 + 00000005 v 0101 | a serious accident  
00000022 06 n 01 weapon 0 000 | an instrument of attack  
"""
INDEX_NOUN = """\
accident n 1 1 ~ 1 0 00000020  
aid n 1 0 1 0 00000012  
camp n 1 0 1 0 00000013  
crash n 1 2 @ + 1 0 00000021  
incursion n 1 1 @ 1 0 00000011  
invasion n 1 2 + ~ 1 0 00000010  
speech n 1 0 1 0 00000014  
weapon n 1 0 1 0 00000022  
wreck n 1 1 @ 1 0 00000021  
"""
NOUN_EXC = "\n"


def write_sources(root: Path) -> tuple[Path, Path, Path]:
    """(petrarch, plover, wordnet) folders laid out like the real checkouts, under root."""
    petrarch, plover, wordnet = root / "petrarch2", root / "PLOVER", root / "wordnet"
    (petrarch / "petrarch2/data/dictionaries").mkdir(parents=True)
    (petrarch / "petrarch2/data/dictionaries/CAMEO.2.0.txt").write_text(DICTIONARY)
    plover.mkdir()
    (plover / "CAMEO2PLOVER-2021.txt").write_text(DETAILED)
    (plover / "PLOVER_MANUAL.tex").write_text(MANUAL)
    wordnet.mkdir()
    for name, text in {"data.verb": DATA_VERB, "index.verb": INDEX_VERB, "verb.exc": VERB_EXC,
                       "data.noun": DATA_NOUN, "index.noun": INDEX_NOUN, "noun.exc": NOUN_EXC}.items():
        (wordnet / name).write_text(text)
    return petrarch, plover, wordnet
