"""Faster, exact stand-ins for the two rule components of spaCy's English pipeline.

The extractors need what ``attribute_ruler`` and ``lemmatizer`` add (coarse
part of speech, morphology, lemmas), but not the way they add it:

- The attribute ruler hands its 179 patterns to spaCy's generic ``Matcher``,
  which tries every pattern at every token: about 15 µs a token, a tenth of the
  whole pipeline's time. :class:`IndexedAttributeRuler` finds the same matches
  by looking each token's signature (what a pattern's first token can test)
  up in a memo of which patterns start there, then lets the stock
  ``set_annotations`` apply them, so precedence and the written attributes are
  spaCy's own.
- The rule lemmatizer creates a ``Token`` and a ``MorphAnalysis`` for every token
  to build its cache key. :class:`CachedEnglishLemmatizer` reads the same key
  (orth, pos, morph) from the document's arrays and only asks spaCy's own
  ``rule_lemmatize`` on a miss. That asks whether a candidate form is a known
  word of its part of speech, and the model's word index holds each list as a
  list (57,000 nouns), searched from the start: about 70 µs a miss. The
  stand-in gets the same index with each list as a set (:func:`set_index`).

Over the 2,587 FNC-1 articles (1.15M tokens, one process) the two stand-ins
take 3.4 s where the stock components take 21.1 s.

Both give exactly what the stock components give: ``tests/test_spacy_rules.py``
checks that token by token, and ``tests/perf/bench_spacy_rules.py`` does it over
a whole corpus. The index covers the pattern language the model's rules use:
fixed-length patterns testing tag, lower-case form and dependency label (by
value, ``IN``, ``NOT_IN`` or ``REGEX``) and the is-space flag. A pattern outside
that (an ``OP``, another attribute) is refused when the pipeline loads, so a new
model version cannot silently change the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# The token attributes a pattern may test; a token's signature is their values in this order.
SIGNATURE_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
STRING_KEYS = ("TAG", "LOWER", "DEP")
FLAG_KEYS = ("IS_SPACE",)

TokenTest = Callable[[dict[str, object]], bool]
Rule = tuple[int, int, tuple[TokenTest, ...]]  # (rule number, match id, one test per pattern token)
Starts = tuple[tuple[tuple[int, int], ...], tuple[Rule, ...]]   # (one-token matches, longer rules that may start)

# The lemma memo is keyed by word form, so it grows with the vocabulary; past
# this many entries it starts again, so a worker's memory stays flat.
MEMO_LIMIT = 100_000


class UnsupportedPattern(ValueError):
    """An attribute-ruler pattern uses something the indexed matcher does not do."""


def _value_test(key: str, spec: object) -> Callable[[object], bool]:
    """A test of one attribute value against one pattern value (plain or predicate)."""
    if not isinstance(spec, dict):
        return lambda value: value == spec
    if len(spec) != 1:
        raise UnsupportedPattern(f"{key}: {spec}")
    (op, arg), = spec.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda value: value in allowed
    if op == "NOT_IN":
        refused = frozenset(arg)
        return lambda value: value not in refused
    if op == "REGEX" and key in STRING_KEYS:
        return re.compile(arg).search
    raise UnsupportedPattern(f"{key}: {spec}")


def token_test(spec: dict) -> TokenTest:
    """One pattern token as a test over a token's attribute values."""
    tests = []
    for key, value in spec.items():
        if key not in STRING_KEYS and key not in FLAG_KEYS:
            raise UnsupportedPattern(f"attribute {key}")
        tests.append((key, _value_test(key, value)))
    return lambda attrs: all(test(attrs[key]) for key, test in tests)


def _buckets(first: dict, by_tag: dict, by_lower: dict, anywhere: list) -> list[list]:
    """The index lists a pattern belongs in, by what its first token must be."""
    for key, index in (("LOWER", by_lower), ("TAG", by_tag)):
        spec = first.get(key)
        if isinstance(spec, str):
            return [index.setdefault(spec, [])]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return [index.setdefault(value, []) for value in dict.fromkeys(spec["IN"])]
    return [anywhere]


def _row_keys(rows: numpy.ndarray) -> list[bytes]:
    """Each row of a token-attribute array as bytes: a dictionary key cheaper than a tuple of ints."""
    rows = numpy.ascontiguousarray(rows, dtype=numpy.uint64)
    return rows.view(numpy.dtype((numpy.void, rows.itemsize * rows.shape[1]))).ravel().tolist()


def _attrs_of(signature, strings) -> dict[str, object]:
    """A token signature (its row of SIGNATURE_ATTRS values) as the attribute values a pattern tests."""
    tag, lower, dep, space = (int(value) for value in signature)
    return {"TAG": strings[tag], "LOWER": strings[lower], "DEP": strings[dep], "IS_SPACE": bool(space)}


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler, matching through a memo keyed by token signature.

    A signature is what the first token of any pattern can test: tag,
    dependency label, the is-space flag, and of the lower-case form only what
    the patterns can tell apart. A form some pattern names (by value, ``IN`` or
    ``NOT_IN``) is kept; any other form is reduced to which of the patterns'
    ``REGEX`` tests it passes. So the memo stays small whatever the vocabulary.
    """

    def __init__(self, vocab, name: str = "attribute_ruler", **kwargs) -> None:
        super().__init__(vocab, name, **kwargs)
        self._by_tag: dict[str, list[Rule]] = {}       # patterns whose first token needs this tag
        self._by_lower: dict[str, list[Rule]] = {}     # ... or this lower-case form
        self._anywhere: list[Rule] = []                # ... or neither
        self._named_lowers: set[int] = set()           # hashes of forms a first token's test names
        self._lower_regexes: list[re.Pattern] = []     # REGEX tests on a first token's form
        self._memo: dict[bytes, Starts] = {}           # by token signature

    def add(self, patterns, attrs, index: int = 0) -> None:
        rule = len(self.attrs)
        super().add(patterns, attrs, index)
        match_id = self.vocab.strings[str(rule)]
        for pattern in patterns:
            entry = (rule, match_id, tuple(token_test(spec) for spec in pattern))
            for bucket in _buckets(pattern[0], self._by_tag, self._by_lower, self._anywhere):
                bucket.append(entry)
            self._note_lower_test(pattern[0].get("LOWER"))
        self._memo.clear()

    def _note_lower_test(self, spec) -> None:
        """Remember what a first token's lower-case test can tell apart."""
        if spec is None:
            return
        if not isinstance(spec, dict):
            self._named_lowers.add(self.vocab.strings.add(spec))
        elif "REGEX" in spec:
            self._lower_regexes.append(re.compile(spec["REGEX"]))
        else:
            self._named_lowers.update(self.vocab.strings.add(value) for value in next(iter(spec.values())))

    def _signatures(self, doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The doc's (tag, lower, dep, is-space) rows, and each token's signature row."""
        rows = doc.to_array(SIGNATURE_ATTRS)
        forms, which = numpy.unique(rows[:, 1], return_inverse=True)
        strings = doc.vocab.strings
        reduced = numpy.array([self._lower_key(form, strings) for form in forms.tolist()], dtype=numpy.uint64)
        signatures = rows.copy()
        signatures[:, 1] = reduced[which.reshape(-1)]
        return rows, signatures

    def _lower_key(self, form: int, strings) -> int:
        """A named form's hash, else (below any hash in practice) which regexes the form passes."""
        if form in self._named_lowers:
            return form
        text = strings[form]
        return sum(1 << k for k, regex in enumerate(self._lower_regexes) if regex.search(text))

    def _starting_at(self, key: bytes, row: numpy.ndarray, strings) -> Starts:
        """(one-token matches, longer patterns whose first token fits) for a token signature."""
        found = self._memo.get(key)
        if found is None:
            attrs = _attrs_of(row, strings)
            candidates = self._by_tag.get(attrs["TAG"], []) + self._by_lower.get(attrs["LOWER"], []) + self._anywhere
            fits = [entry for entry in candidates if entry[2][0](attrs)]   # each pattern sits in one list
            single = tuple((rule, match_id) for rule, match_id, tests in fits if len(tests) == 1)
            longer = tuple(entry for entry in fits if len(entry[2]) > 1)
            found = self._memo[key] = (single, longer)
        return found

    def match(self, doc: Doc):
        """The matches spaCy's Matcher would find, as (rule, match id, start, end), rule order."""
        strings = doc.vocab.strings
        rows, signatures = self._signatures(doc)
        matches = []
        for start, key in enumerate(_row_keys(signatures)):
            single, longer = self._starting_at(key, rows[start], strings)
            matches.extend((rule, match_id, start, start + 1) for rule, match_id in single)
            for rule, match_id, tests in longer:
                end = start + len(tests)
                if end <= len(rows) and all(
                        test(_attrs_of(rows[start + k], strings)) for k, test in enumerate(tests[1:], 1)):
                    matches.append((rule, match_id, start, end))
        matches.sort()
        return matches


class CachedEnglishLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, keyed from the document's arrays."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._lemmas: dict[bytes, str] = {}        # (orth, pos, morph) row -> lemma

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        keys = _row_keys(rows[:, :3])
        todo = range(len(doc)) if self.overwrite else numpy.flatnonzero(lemmas == 0).tolist()
        for i in todo:
            text = self._lemmas.get(keys[i])
            if text is None:
                if len(self._lemmas) >= MEMO_LIMIT:
                    self._lemmas.clear()
                text = self._lemmas[keys[i]] = self.lemmatize(doc[i])[0]
            lemmas[i] = strings.add(text)
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        self.cache.clear()          # spaCy's own memo, filled by rule_lemmatize on a miss: ours is enough
        return doc


@Language.factory("kg_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """An empty indexed attribute ruler (patterns are copied in by :func:`install`)."""
    return IndexedAttributeRuler(nlp.vocab, name)


@Language.factory("kg_lemmatizer", default_config={"mode": "rule", "overwrite": False})
def make_cached_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> CachedEnglishLemmatizer:
    """A lemmatizer without tables (they are copied in by :func:`install`)."""
    return CachedEnglishLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def install(nlp: Language) -> Language:
    """Swap the stock attribute ruler and rule lemmatizer of ``nlp`` for the stand-ins, in place."""
    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, EnglishLemmatizer) or lemmatizer.mode != "rule":
        raise UnsupportedPattern(f"lemmatizer {type(lemmatizer).__name__} in mode {lemmatizer.mode}")
    patterns = ruler.patterns
    nlp.replace_pipe("attribute_ruler", "kg_attribute_ruler")
    nlp.get_pipe("attribute_ruler").add_patterns(patterns)
    nlp.replace_pipe("lemmatizer", "kg_lemmatizer", config={"mode": lemmatizer.mode, "overwrite": lemmatizer.overwrite})
    nlp.get_pipe("lemmatizer").lookups = set_index(lemmatizer.lookups)
    return nlp


def set_index(lookups: Lookups) -> Lookups:
    """The lemmatizer's tables with each word list of ``lemma_index`` as a set.

    ``rule_lemmatize`` only asks ``form in index``, which a set answers as the
    list does, without reading the whole list; the other tables are shared.
    """
    indexed = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            # given its data, a Table sizes its Bloom filter to it; Table.from_dict sizes it for a million keys (18 MB)
            table = Table(name=name, data={key: frozenset(words) for key, words in table.items()})
        indexed.set_table(name, table)
    return indexed
