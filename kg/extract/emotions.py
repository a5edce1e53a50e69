"""Emotions: who is saddened, shocked or heartened by what, as an evaluation of its cause.

"X was deeply saddened by the loss of lives", "we are shocked at the attack",
"Deeply saddened by the deaths" (a speaker's fragment): a verb of feeling
(``data/emotion_verbs.tsv``: WordNet's ``verb.emotion`` verbs with the polarity
the opinion lexicon of Hu and Liu gives them), as a participle with a "by",
"at", "over" or "about" object, is its experiencer's stance toward that cause.
The experiencer is the participle's subject, or none (then whoever says it, as
:mod:`kg.extract.stances` reads evaluations without a holder). Verbs that
``data/polarity.tsv`` lists already ("admire", "appreciate") are the
evaluative verb rules'.
"""

from __future__ import annotations

from kg.extract.evaluations import Evaluation, _graded, lexicon
from kg.extract.subjects import prep_object
from kg.extract.tokens import span_tokens
from kg.extract.word_files import emotion_verbs

# Prepositions that name the cause of a feeling.
CAUSE_PREPOSITIONS = frozenset({"by", "at", "over", "about"})
EMOTION_CONFIDENCE = 0.7


def emotions(sent) -> list[Evaluation]:
    """Each feeling a sentence's participles say someone has about a cause."""
    found: list[Evaluation] = []
    verbs = emotion_verbs()
    for tok in span_tokens(sent):
        if tok.tag_ not in ("VBN", "JJ") or (tok.lemma_.lower(), "VERB") in lexicon() \
                or (tok.lower_, "ADJ") in lexicon():
            continue
        polarity = next((verbs[w] for w in (tok.lemma_.lower(), tok.lower_[:-2], tok.lower_[:-1]) if w in verbs), None)
        cause = prep_object(tok, CAUSE_PREPOSITIONS) if polarity else None
        if cause is None:
            continue
        holder = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if holder is None and tok.dep_ == "acomp":
            holder = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        found.append(_graded(Evaluation(tok, cause, polarity, holder, EMOTION_CONFIDENCE), tok))
    return found
