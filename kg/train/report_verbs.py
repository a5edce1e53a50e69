"""Regenerate report_verbs.tsv and agent_nouns.txt from WordNet 3.0 (Debian's ``wordnet-base``).

Run: ``apt-get install wordnet-base && python -m kg.train.report_verbs`` (writes both into ``kg/extract/data/``).
agent_nouns.txt: one-word nouns with a sense in noun.person or noun.group
(who can say something: "officials", "the crowd"). report_verbs.tsv:
A lemma is kept when its most frequent sense (first in ``index.verb``) is in
verb.communication or verb.cognition and takes
"Somebody ----s that CLAUSE" (frame 26, kind ``clause``) or, for
communication, "Somebody ----s somebody to INFINITIVE" (frame 24, kind ``infinitive``) or
"Somebody ----s something" (frame 8, kind ``object``: its noun-phrase object is what was said);
a one-word noun is kept (kind ``noun``) when its most frequent sense is in
noun.cognition, noun.communication or noun.feeling ("claim", "warning", "belief",
"hope"): with a that-clause or an infinitive it carries what its owner said or thinks.
"""

import collections

from kg.train.wordnet import WORDNET_DIR, noun_synsets_as_written

COGNITION, COMMUNICATION = 31, 32
NOUN_GROUP, NOUN_PERSON = 14, 18
NOUN_COGNITION, NOUN_COMMUNICATION, NOUN_FEELING = 9, 10, 12
HERE = __import__("pathlib").Path(__file__).parents[1] / "extract" / "data"
THAT_CLAUSE, SOMEONE_TO_INFINITIVE, SOMETHING = 26, 24, 8


def read_verbs(wn: str = WORDNET_DIR) -> dict[str, tuple[int, set[int]]]:
    """Lemma -> (lexicographer file, frames) of its most frequent sense (the first in index.verb)."""
    senses = {}
    with open(f"{wn}/data.verb", encoding="latin-1") as data:
        for line in data:
            if line.startswith("  "):
                continue
            f = line.split()
            lex, n = int(f[1]), int(f[3], 16)
            words = [f[4 + 2 * i].lower() for i in range(n)]
            frames = collections.defaultdict(set)
            k = 4 + 2 * n
            k += 1 + 4 * int(f[k])
            for _ in range(int(f[k])):
                fnum, wnum = int(f[k + 2]), int(f[k + 3], 16)
                k += 3
                for j, w in enumerate(words):
                    if wnum in (0, j + 1):
                        frames[w].add(fnum)
            senses[f[0]] = (lex, frames)
    first = {}
    with open(f"{wn}/index.verb", encoding="latin-1") as index:
        for line in index:
            if not line.startswith("  "):
                f = line.split()
                lex, frames = senses[f[-int(f[2])]]
                first[f[0]] = (lex, frames[f[0]])
    return first


def noun_lexfiles(wn: str = WORDNET_DIR) -> dict[str, int]:
    """Noun synset offset -> its lexicographer file."""
    return {offset: number for offset, number, _ in noun_synsets_as_written(wn)}


def report_nouns(wn: str = WORDNET_DIR) -> list[str]:
    """One-word nouns whose most frequent sense (first in index.noun) is in noun.cognition, noun.communication or
    noun.feeling, sorted."""
    lexfile = noun_lexfiles(wn)
    found = []
    with open(f"{wn}/index.noun", encoding="latin-1") as index:
        for line in index:
            f = line.split()
            if line.startswith("  ") or "_" in f[0] or "-" in f[0]:
                continue
            if lexfile[f[-int(f[2])]] in (NOUN_COGNITION, NOUN_COMMUNICATION, NOUN_FEELING):
                found.append(f[0])
    return sorted(found)


def agent_nouns(wn: str = WORDNET_DIR) -> list[str]:
    """One-word nouns with a sense in noun.person or noun.group, sorted."""
    lexfile = noun_lexfiles(wn)
    found = []
    with open(f"{wn}/index.noun", encoding="latin-1") as index:
        for line in index:
            f = line.split()
            if line.startswith("  ") or "_" in f[0]:
                continue
            if {lexfile[o] for o in f[-int(f[2]):]} & {NOUN_GROUP, NOUN_PERSON}:
                found.append(f[0])
    return sorted(found)


def main() -> None:
    with open(HERE / "agent_nouns.txt", "w", encoding="utf-8") as out:
        out.write("# Nouns for people and groups (a sense in noun.person or noun.group), WordNet 3.0; see README.md.\n")
        out.writelines(f"{w}\n" for w in agent_nouns())
    with open(HERE / "report_verbs.tsv", "w", encoding="utf-8") as out:
        write_verbs(out)


def write_verbs(out) -> None:
    """The report_verbs.tsv lines."""
    out.write("# Verbs of saying and thinking from WordNet 3.0 (Princeton University, WordNet 3.0 licence; see README.md).\n"
              "# A lemma whose most frequent sense is in verb.communication or verb.cognition and takes\n"
              "# 'Somebody ----s that CLAUSE' (frame 26: clause) or, in verb.communication, 'Somebody ----s somebody to\n"
              "# INFINITIVE' (frame 24: infinitive) or 'Somebody ----s something' (frame 8: object); nouns whose most\n"
              "# frequent sense is in noun.cognition,\n"
              "# noun.communication or noun.feeling (noun). Columns: lemma, kind.\n")
    for w, (lex, frames) in sorted(read_verbs().items()):
        if "_" in w or lex not in (COGNITION, COMMUNICATION):
            continue
        if THAT_CLAUSE in frames:
            out.write(f"{w}\tclause\n")
        if lex == COMMUNICATION and SOMEONE_TO_INFINITIVE in frames:
            out.write(f"{w}\tinfinitive\n")
        if lex == COMMUNICATION and SOMETHING in frames:
            out.write(f"{w}\tobject\n")
    out.writelines(f"{w}\tnoun\n" for w in report_nouns())


if __name__ == "__main__":
    main()
