"""Effects: what someone's words say a person, body, policy or thing did to something, as a judgement of the doer.

"The policies of this administration have weakened our economy", "the
governor stifled growth", "the clinic revitalized the town": a verb of the broad
opinion lexicon of Hu and Liu (``data/opinion_lexicon.csv``), said to have been
done to an object, judges its subject the way the verb leans. The holder is
whoever says it (:mod:`kg.extract.stances` gives an evaluation without a holder
to the speaker of the statement that holds it, or to the subject of the speech
verb it is the complement of; the writer's own sentences give no stance).

Left out: verbs that ``data/polarity.tsv`` or the side-taking event categories
already read as the subject's own attitude ("X condemned Y", "X improved Y" is
support for Y); a base form or an infinitive, what may, must or is meant to be
done ("a state must protect", "to hurt X"); a subject that undergoes rather
than does ("they lost their jobs": the object is the subject's own); harm done
to something bad ("destroyed the corrupt regime", "suffered losses": the object
is itself negative); the speaker's own acts ("we", "I"); negated acts and
questions.
"""

from __future__ import annotations

from kg.extract.evaluations import Evaluation, _entries, _negated, opinion_words
from kg.extract.subjects import subject
from kg.extract.lexicon import FIRST_PERSON, MANNER_NOUNS
from kg.extract.tokens import span_tokens

EFFECT_CONFIDENCE = 0.55
# Verb forms that say an act is or was done (past, present, perfect), not asked, possible or intended.
ASSERTED_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# Possessives of the subject's own ("lost their jobs", "hurt his knee").
OWN = frozenset({"his", "her", "its", "their", "my", "our", "your"})


def effects(sent) -> list[Evaluation]:
    """The doers a sentence's opinion verbs judge, each with the verb's leaning."""
    found: list[Evaluation] = []
    words = opinion_words()
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or verb.tag_ not in ASSERTED_TAGS or not any(c.dep_ == "nsubj" for c in verb.children):
            continue  # "to hurt X", "X must protect Y", "destroying Y": no act said to be done by a subject
        polarity = words.get(verb.lemma_.lower())
        if polarity is None or _entries(verb, "VERB") or _negated(verb) or sent[-1].text == "?":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        doer = subject(verb)
        if obj is None or doer is None or not _harms_something_good(obj, words) or _own(obj):
            continue
        if doer.lower_ in FIRST_PERSON or doer.pos_ not in ("NOUN", "PROPN", "PRON") \
                or doer.lemma_.lower() in MANNER_NOUNS:
            continue
        found.append(Evaluation(verb, doer, polarity, None, EFFECT_CONFIDENCE, expand=False))
    return found


def _harms_something_good(obj, words) -> bool:
    """Whether the object is no bad thing itself ("suffered losses", "destroyed terrorism")."""
    if words.get(obj.lemma_.lower()) == "negative" or words.get(obj.lower_) == "negative":
        return False
    return not any(c.dep_ in ("amod", "compound") and words.get(c.lower_) == "negative" for c in obj.children)


def _own(obj) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in OWN for c in obj.children)
