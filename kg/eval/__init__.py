"""Scoring what newskg extracts against hand-made truth.

One module per job: :mod:`~kg.eval.matching` (name normalisation and word
matching), :mod:`~kg.eval.rows` (reading prediction rows), :mod:`~kg.eval.scores`
(counts and accuracies), :mod:`~kg.eval.gold` (gold files), :mod:`~kg.eval.contract`
(the contract queries' rows scored against gold), :mod:`~kg.eval.polnear`
(PolNeAR attribution), :mod:`~kg.eval.newsmtsc` (polarity toward a person) and
:mod:`~kg.eval.run` (the contract queries run through a store or endpoint).
Nothing here builds a store: the CLI builds, and passes rows to the scorers.
"""
