"""Whether an event word tells a particular happening, by the grammar of its clause.

A news article tells its events in the past (or, in the headline and the lead, in
the headline present). Past the lead, a verb in the simple present names a habit,
a disposition or a standing view ("It raises money every year", "the group argues
that", "she advises the president"), not an event of the news (Quirk et al., *A
Comprehensive Grammar of the English Language*, 4.5-4.7: the state and habitual
present). :mod:`kg.extract.events` reads :func:`describes_no_happening` for each
verb trigger outside the headline and the lead sentence.

Measured and left out: a past participle or present relative clause postmodifying a
noun ("a group backed by X", "who has served on") cost found events on unread text.
"""

from __future__ import annotations

_PRESENT_TAGS = ("VBZ", "VBP")


def describes_no_happening(verb) -> bool:
    """Whether a verb trigger (past the lead) describes a state or a habit rather than an event."""
    return habitual_present(verb)


def habitual_present(verb) -> bool:
    """A verb in the simple present, without auxiliaries ("raises", "argues", "advise"), and without a time
    of its own: "meets Chile on Friday" is scheduled, an event."""
    if verb.tag_ not in _PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for c in verb.children for t in c.subtree)
