"""Tests for kg.train.supersenses: the WordNet supersense table of event words and abstract nouns."""

from __future__ import annotations

from kg.train import supersenses
from kg.train.wordnet import WordNet
from tests.train_sources import write_sources

# an abstract noun (lexicographer file 26, noun.state) and a thing (06, noun.artifact), added to the stand-in
ABSTRACT_DATA = "00000030 26 n 01 poverty 0 000 | the state of having little or no money  \n"
ABSTRACT_INDEX = "poverty n 1 0 1 0 00000030  \n"


def _wordnet(tmp_path):
    folder = write_sources(tmp_path)[2]
    with (folder / "data.noun").open("a") as data, (folder / "index.noun").open("a") as index:
        data.write(ABSTRACT_DATA)
        index.write(ABSTRACT_INDEX)
    return WordNet(folder)


def test_event_words_and_abstract_nouns_get_their_first_senses_supersense(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "event_triggers.tsv").write_text("# hand list\ncrash\tANY\tOTHER\ncall off\tVERB\tRETREAT\n")
    (data / "plover_lexicon.tsv").write_text("# built\nlemma\tpos\tcategory\ninvade\tVERB\tASSAULT\n")
    words = supersenses.lexicon_words(data)
    assert words == {("crash", "n"), ("crash", "v"), ("invade", "v")}  # phrases are left out
    rows = supersenses.build(_wordnet(tmp_path), words)
    assert rows == [("crash", "n", "noun.event"), ("crash", "v", "verb.change"),
                    ("invade", "v", "verb.competition"), ("poverty", "n", "noun.state"),  # not "camp", "weapon"
                    ("reside", "v", "verb.stative")]  # a verb of a state, outside the lexicons


def test_main_writes_the_table_into_the_data_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "event_triggers.tsv").write_text("crash\tNOUN\tOTHER\n")
    (data / "plover_lexicon.tsv").write_text("")
    wordnet = write_sources(tmp_path)[2]
    supersenses.main(["--wordnet", str(wordnet), "-o", str(data)])
    lines = (data / supersenses.FILE_NAME).read_text().splitlines()
    assert lines[1:] == ["lemma\tpos\tsupersense", "crash\tn\tnoun.event", "crash\tv\tverb.change",
                         "reside\tv\tverb.stative"]  # every verb of a state, a thought or a change of state


def test_a_two_word_noun_ending_in_an_event_noun_gets_its_supersense(tmp_path):
    wn = _wordnet(tmp_path)
    folder = write_sources(tmp_path / "again")[2]
    with (folder / "data.noun").open("a") as data, (folder / "index.noun").open("a") as index:
        data.write("00000031 26 n 01 car_crash 0 000 | a crash of a car  \n")  # noun.state in this stand-in
        data.write("00000032 26 n 01 car_park 0 000 | not an event word's compound  \n")
        index.write("car_crash n 1 0 1 0 00000031  \ncar_park n 1 0 1 0 00000032  \n")
    rows = supersenses.build(WordNet(folder), {("crash", "n")})
    assert ("car crash", "n", "noun.state") in rows
    assert not any(row[0] == "car park" for row in rows)
    assert not any(" " in row[0] for row in supersenses.build(wn, {("crash", "n")}))  # none in the plain stand-in



def test_only_verbs_of_the_supersenses_narration_skips_are_added(tmp_path):
    rows = supersenses.build(_wordnet(tmp_path), set())
    verbs = [row for row in rows if row[1] == "v"]
    assert verbs and all(row[2] in supersenses.NARRATION_SKIPPED_VERB_SUPERSENSES for row in verbs)
    assert ("invade", "v", "verb.competition") not in rows  # a verb.competition verb outside the lexicons: no row
