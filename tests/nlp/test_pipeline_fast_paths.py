"""The pipeline's faster start gives the tokenizer the slower one gave."""

from __future__ import annotations

import spacy

from extractor.nlp.pipeline import build_nlp

_WORDS = ("intra-cranial", "extra-cranial", "Intra-cranial", "Extra-cranial", "non-CNS")


def test_tokenizer_built_alone_has_the_default_tokenizers_settings() -> None:
    """build_nlp names its tokenizer in spacy.blank's config, so spaCy's default is never
    built; the special cases and matchers it took from that default are the same."""
    ours = build_nlp().tokenizer
    default = spacy.blank("en").tokenizer
    assert ours.rules == {**default.rules, **{w: [{"ORTH": w}] for w in _WORDS}}
    assert ours.token_match is default.token_match
    assert ours.url_match is default.url_match
    assert ours.faster_heuristics == default.faster_heuristics
    assert len(ours.rules) > len(default.rules) > 1000
