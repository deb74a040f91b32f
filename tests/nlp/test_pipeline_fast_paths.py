"""The pipeline's faster start gives the tokenizer the slower one gave."""

from __future__ import annotations

import random

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


# Texts for the sentence and token offsets: stops glued to words and brackets, runs of stops,
# initials, white space of every kind (double spaces, newlines, tabs, a trailing space),
# non-ASCII stops and letters, and punctuation tokens after a stop.
_TEXTS = [
    "The ORR was 45%. Median PFS was 7.2 months.",
    "In cohort B. The CBR was 30%!  Then (n=12) responded?\nRESULTS: Of 40 patients, 12...",
    "Response rate: 50% (95% CI 30-70).) \"Quoted.\" 'Next' one; e.g. this.",
    "Two stops.. three... and ?! mixed.\tTabbed.\n\n  Indented.",
    "\u00bfQu\u00e9? \u0964 Hindi\u0964 done.",
    "Ends with a stop. ",
    "A.B. Smith et al. reported 3.5 mo. vs. 2.1 mo.\u2026 Next\u3002Japanese\u3002 ",
    ". Leading stop. - dash after stop. (bracket) 12 patients.",
    "",
]


def _reference_sentence_starts(doc) -> list[int]:  # noqa: ANN001
    """The tokens that start a sentence by the sentencizer rule, read from Token objects as
    sentence_breaks did before its fast paths (and as spaCy's Sentencizer does)."""
    from spacy.pipeline import Sentencizer

    stops = set(Sentencizer.default_punct_chars)
    starts = {0} if len(doc) else set()
    for i, token in enumerate(doc):
        if token.text in stops:
            j = i + 1
            while j < len(doc) and doc[j].is_punct:
                j += 1
            if j < len(doc):
                starts.add(j)
    return sorted(starts)


def test_sentence_breaks_find_the_sentencizer_rule_starts() -> None:
    """The sentence starts of texts with no newline, label or lettered cohort (which add
    starts of their own) are exactly the sentencizer rule's."""
    nlp = build_nlp()
    breaks = nlp.get_pipe("sentence_breaks")
    checked = 0
    for text in _TEXTS + [t.replace("\n", " ").replace("RESULTS:", "results") for t in _TEXTS]:
        if "\n" in text or "RESULTS" in text or "cohort B." in text:
            continue
        doc = breaks(nlp.make_doc(text))
        got = [t.i for t in doc if t.is_sent_start]
        assert got == _reference_sentence_starts(doc), text
        checked += 1
    assert checked >= 8


def test_token_end_matches_the_tokens_own_end() -> None:
    """_token_end, read from the next token's offset, is each token's idx + len, for every
    token, the last one and those of white space among them."""
    from extractor.nlp.pipeline import _token_end, token_starts

    nlp = build_nlp()
    spaces = 0
    for text in _TEXTS:
        doc = nlp.make_doc(text)
        starts = token_starts(doc)
        for token in doc:
            assert _token_end(doc, text, starts, token.i) == token.idx + len(token), (text, token)
            spaces += token.is_space
    assert spaces >= 3


def test_stop_positions_match_the_scan_for_stops() -> None:
    """_stop_positions (str.find in ASCII text) finds, as a set, the positions the regex scan
    for sentence-final characters finds: stops of every kind, next to each other, at either
    end, in ASCII text and in text with other characters (some of them stops)."""
    breaks = build_nlp().get_pipe("sentence_breaks")
    parts = ["a", "5.2", ".", "!", "?", "...", " ", "\n", "x.y", "\u3002", "\u0964", "\u00b1", "é"]
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 10)))
        expected = [
            m.start() for m in breaks.stop_chars.finditer(text) if m.group() in breaks.stops
        ]
        got = breaks._stop_positions(text)
        assert sorted(got) == expected, text
        assert len(set(got)) == len(got)
