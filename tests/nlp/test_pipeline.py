"""The pipeline's own components agree with the spaCy and regex forms they replace."""

import re
from functools import cache
from pathlib import Path

import pytest
import spacy

from extractor.nlp.pipeline import TOKENIZER_CACHE_SIZE, _tokenizer, build_nlp, trie_regex
from extractor.nlp.sections import label_marks
from extractor.nlp.values import normalise
from extractor.sources.files import read_articles

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "Results: ORR was 59% (n=23). iPFS was 15.6 months! OS? Not reached... The end",
    "BACKGROUND: T-DXd is active.\nMETHODS: Retrospective.  RESULTS: 39 pts. (Table 1) "
    'e.g. vs. 3.5 mo.) Next sentence." Quoted. «Done» 1.',
    "Findings Between 2019 and 2021, 45 patients enrolled. Interpretation T-DXd works.",
    "",
    "...",
    # stops that are not ASCII, glued to words or to each other, and stops inside tokens
    'Done\u3002Next\uff01 Yes\uff0e No\uff61 Fine?! (no.) "quoted." e.g. 3.5.Next \u203c x',
    "ORR 50%.\u2026 OS\u00b7 \u00a7 PFS.\u00a0Next \u061f end.",
]


def _corpus_texts() -> list[str]:
    return [a.abstract for a in read_articles([ROOT / "corpora" / "her2-bcbm"]) if a.abstract]


@cache
def _sentencizer() -> spacy.Language:
    """The same tokenizer with spaCy's own sentencizer."""
    nlp = spacy.blank("en")
    nlp.tokenizer = _tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.mark.parametrize("text", TEXTS + _corpus_texts())
def test_sentence_breaks_keep_spacys_sentencizer_rule(text):
    """spaCy's sentencizer plus the section starts, as it was before the numpy version."""
    text = normalise(text)
    nlp = build_nlp()
    ours = nlp.get_pipe("sentence_breaks")(nlp.make_doc(text))
    ref_nlp = _sentencizer()
    ref = ref_nlp.get_pipe("sentencizer")(ref_nlp.make_doc(text))
    expected = {s.start for s in ref.sents} if len(ref) else set()
    starts = {s.start for s in ours.sents} if len(ours) else set()
    # Section labels and newlines only add starts.
    assert expected <= starts
    labels = {pos for pos, _label in label_marks(text)}
    for i in starts - expected:
        before = text[: ours[i].idx]
        assert (
            re.search(r"\n\s*$", before)
            or ours[i].idx in labels
            or re.search(r"(?i:cohort|arm|group|part)s?\s+[A-Z]\.\s+$", before)
        )


def test_a_lettered_cohort_ends_a_sentence():
    nlp = build_nlp()
    doc = nlp.get_pipe("sentence_breaks")(nlp.make_doc("ORR was 6% in cohort B. The CBR was 35%."))
    assert [s.text for s in doc.sents] == ["ORR was 6% in cohort B.", "The CBR was 35%."]


def test_sentence_breaks_start_sections():
    nlp = build_nlp()
    doc = nlp.get_pipe("sentence_breaks")(nlp.make_doc("METHODS: a study\nRESULTS: ORR 50%"))
    assert [s.text for s in doc.sents] == ["METHODS: a study\n", "RESULTS: ORR 50%"]


def test_every_sentence_final_character_is_punctuation():
    """sentence_breaks looks for sentence-final characters among punctuation tokens only."""
    from spacy.pipeline import Sentencizer

    vocab = spacy.blank("en").vocab
    assert all(vocab[c].is_punct for c in Sentencizer.default_punct_chars)
    # (and each is one character: sentence_breaks looks where the text holds one)
    assert all(len(c) == 1 for c in Sentencizer.default_punct_chars)


def test_trie_regex_matches_the_longest_phrase():
    rx = re.compile(r"(?<!\w)" + trie_regex(["phase", "phase ii", "phase iii", "a+b"]) + r"(?!\w)")
    text = "phase iii, phase ii, phase 2, phases, a+b"
    assert [m.group() for m in rx.finditer(text)] == ["phase iii", "phase ii", "phase", "a+b"]
    assert re.compile(trie_regex([])).search("anything") is None


@cache
def _tokenizer_set_one_by_one() -> spacy.Language:
    """The tokenizer as it was configured before: each setting assigned in turn."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from extractor.nlp.regex_scan import fast_infix_finditer, fast_suffix_search

    nlp = spacy.blank("en")
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=[0-9])[-\u2013\u2014\u2212](?=[0-9])",
        r"(?<=[0-9][a-z])-(?=[0-9])",
        r"(?<=[A-Za-z0-9])=(?=[0-9])",
        r"(?<=[0-9%])(?=CI\b)",
    ]
    prefixes = [*nlp.Defaults.prefixes, r"[\u2265\u2264<>]=?"]
    nlp.tokenizer.infix_finditer = fast_infix_finditer(compile_infix_regex(infixes))
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = fast_suffix_search(compile_suffix_regex(nlp.Defaults.suffixes))
    for word in ("intra-cranial", "extra-cranial", "Intra-cranial", "Extra-cranial", "non-CNS"):
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
    return nlp


@pytest.mark.parametrize("text", TEXTS + _corpus_texts())
def test_tokenizer_built_at_once_splits_as_set_one_by_one(text):
    """_tokenizer builds one Tokenizer with every setting: the same tokens."""
    extra = " intra-cranial non-CNS (n=17) >=3 95%CI 47.5-79.8 phase 1b-2 can't U.S. e.g."
    for t in (text, normalise(text) + extra):
        ours = build_nlp().make_doc(t)
        ref = _tokenizer_set_one_by_one().make_doc(t)
        assert [(w.text, w.idx) for w in ours] == [(w.text, w.idx) for w in ref]


def test_the_tokenizer_remembers_more_chunks_than_spacys_default():
    # spaCy stops caching after 10,000 chunks; the corpus alone has some 68,000 distinct ones.
    assert build_nlp().tokenizer.max_cache_size == TOKENIZER_CACHE_SIZE > 10_000
