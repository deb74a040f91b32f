"""The spaCy pipeline: ``spacy.blank("en")`` with tokenizer rules, section-aware sentence
boundaries, a phrase ruler loaded from ``patterns/*.jsonl`` and the registered components that
turn endpoint mentions and numbers into findings.

There is no trained model (none can be downloaded here); everything stands on rules.

Components and the ``Doc._`` attributes they set:

- ``sentence_breaks``: spaCy's sentencizer rule on the token arrays, plus a sentence start
  after every newline (PubMed sections are joined by newlines) and at inline section labels
  ("RESULTS:", "Findings").
- ``pattern_ruler``: ``doc._.mentions``, the matches of the pattern files as
  ``(start_char, end_char, label, id)`` tuples, longest first and non-overlapping. The files are
  in spaCy's entity-ruler format (``{"label", "id", "pattern"}``); matching is spaCy's
  PhraseMatcher on lower-cased tokens (string patterns) and Matcher (token patterns). Unlike
  spaCy's ``entity_ruler`` it does not write ``doc.ents``: rebuilding the entity annotation costs
  more than tokenising the abstract, and nothing downstream needs it.
- ``defined_abbreviations``: ``doc._.abbreviations`` maps abbreviations the abstract defines
  ("intracranial response rate (IC-RR)") to endpoints, and adds mentions for their later uses.
- ``efficacy_linker``: ``doc._.findings``, the findings of the abstract (see :mod:`link`).
- ``cohort_size``: ``doc._.cohort_size``, the headline number of patients (see :mod:`cohort`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, cached_property
from pathlib import Path

import numpy as np
import spacy
from spacy.attrs import IDX, IS_PUNCT, LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from extractor import config
from extractor.errors import ExtractorError
from extractor.nlp import abbreviations, cohort, link
from extractor.nlp.regex_scan import (
    fast_infix_finditer,
    fast_prefix_search,
    fast_suffix_search,
)
from extractor.nlp.sections import label_marks
from extractor.nlp.values import at_word_start, lower_same_length

for _name in ("findings", "cohort_size", "abbreviations", "mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's English tokenizer (its defaults for ``nlp``'s language), splitting what
    abstracts glue together as well: "47.5-79.8", "n=17", ">=3", "95%CI"."""
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=[0-9])[-\u2013\u2014\u2212](?=[0-9])",
        r"(?<=[0-9][a-z])-(?=[0-9])",  # "phase 1b-2": the phase before the hyphen
        r"(?<=[A-Za-z0-9])=(?=[0-9])",
        r"(?<=[0-9%])(?=CI\b)",
    ]
    prefixes = [*nlp.Defaults.prefixes, r"[\u2265\u2264<>]=?"]
    special = {**nlp.Defaults.tokenizer_exceptions}
    for word in ("intra-cranial", "extra-cranial", "Intra-cranial", "Extra-cranial", "non-CNS"):
        special[word] = [{"ORTH": word}]
    # One Tokenizer built with every setting: each setting assigned to a tokenizer reloads its
    # special cases (about 0.15 s a setting, in every process); built here they load once.
    return Tokenizer(
        nlp.vocab,
        rules=special,
        # (tries the infixes only where one can start; see :mod:`regex_scan`)
        infix_finditer=fast_infix_finditer(compile_infix_regex(infixes)),
        # (tries only the alternatives that can open with a string's first character)
        prefix_search=fast_prefix_search(compile_prefix_regex(prefixes)),
        # spaCy's own suffixes, searched only with the alternatives that can end with a
        # string's last character: the same matches, at a seventh of the cost (see
        # :mod:`regex_scan`).
        suffix_search=fast_suffix_search(compile_suffix_regex(nlp.Defaults.suffixes)),
        token_match=nlp.Defaults.token_match,
        url_match=nlp.Defaults.url_match,
        max_cache_size=TOKENIZER_CACHE_SIZE,
    )


# The tokenizer remembers how it split each white-space-separated chunk, but spaCy's default
# stops remembering after 10,000 chunks: the 5,408 corpus abstracts of the day this was measured
# held 67,701 distinct chunks ("(95%", "months," and the like recur across abstracts), so past
# the first few hundred abstracts every new chunk went through the affix rules again and again.
# Half a million chunks cover a sweep of tens of thousands of abstracts; at about 200 bytes a
# chunk (measured: 12 MB more for the corpus's 58,000 chunks beyond the default's 10,000) the
# cache stays under some 100 MB.
TOKENIZER_CACHE_SIZE = 500_000


# :func:`build_nlp` names it in its config: ``spacy.blank`` then builds this tokenizer alone,
# rather than spaCy's default first (its regexes and special cases, a fifth of the start-up)
# and this one after it.
@spacy.registry.tokenizers("extractor.tokenizer.v1")
def _create_tokenizer() -> Callable[[Language], Tokenizer]:
    return _tokenizer


def doc_text(doc: Doc) -> str:
    """The doc's text, computed once: ``Doc.text`` joins every token in Python on each access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token (cached on the doc: several components need it)."""
    starts = doc.user_data.get("token_starts")
    if starts is None:
        starts = doc.user_data["token_starts"] = doc.to_array(IDX).tolist()
    return starts


# "... in cohort B. The CBR was ...": spaCy keeps "B." as one token (an initial), so its rule
# sees no full stop; a lettered cohort, arm or part ends the sentence. Matched on the lower-cased
# text, and the word start checked after: a pattern that opens with literal words lets ``re``
# skip to their first letters, where a leading ``\b`` or IGNORECASE makes it try every position.
_LETTER_STOP = re.compile(
    r"(?:cohorts?|arms?|groups?|parts?|stages?|types?|class)\s+[a-z]\.\s+(?=[a-z][a-z])"
)


def letter_stops(text: str) -> list[int]:
    """Where a sentence starts after a lettered cohort, arm or part ("in cohort B. The ...")."""
    low = lower_same_length(text)
    if not _LETTER_THEN_STOP.search(low):
        return []  # (no lone letter before a stop: the slower scan would find nothing)
    return [m.end() for m in _LETTER_STOP.finditer(low) if at_word_start(low, m.start())]


# A lone letter before a stop and a space (" b. "), which every match of _LETTER_STOP holds.
# Abstracts seldom have one, and this scan, which opens with the stop, is five times cheaper.
_LETTER_THEN_STOP = re.compile(r"\.(?<=\s[a-z]\.)\s")


# A newline and the white space after it: a sentence starts at its end.
_NEWLINE_RUN = re.compile(r"\n\s*")


@Language.factory("sentence_breaks")
class SentenceBreaks:
    """Sentence boundaries: spaCy's sentencizer rule, plus a start after each newline, at
    each inline section label (PubMed joins sections with newlines; "RESULTS: ..." opens one)
    and after a lettered cohort that ends a sentence ("in cohort B. The ...").

    The sentencizer rule is spaCy's own (``Sentencizer.predict``): after a token that is one of
    its punctuation characters, the next token that is neither punctuation nor such a character
    starts a sentence. Here it looks only at the tokens that start where the text holds such a
    character, found with a regex over the text and the token offsets, instead of a Python loop
    over tokens (which costs as much as tokenising the abstract) or numpy over token arrays
    (a dozen small calls that cost more than the rule itself).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        # (every one of spaCy's sentence-final characters is a single punctuation character)
        self.stops = frozenset(Sentencizer.default_punct_chars)
        # Where one may stand: its ASCII ones, or any other character (checked after). A class
        # of all 128 of them scans several times slower: ``re`` tests most of them in turn.
        self.stop_chars = re.compile(
            "["
            + "".join(re.escape(c) for c in sorted(self.stops) if c.isascii())
            + "\\x80-\\U0010ffff]"
        )
        # (the ASCII ones, "!", "." and "?": in an ASCII text they are found with ``str.find``,
        # a few instructions a character where the scan above costs some ninety)
        self.ascii_stops = "".join(sorted(c for c in self.stops if c.isascii()))

    def _stop_positions(self, text: str) -> list[int]:
        """Where ``text`` holds one of the sentence-final characters (in no particular order:
        each is looked at on its own)."""
        if not text.isascii():
            stops = self.stops
            return [m.start() for m in self.stop_chars.finditer(text) if m.group() in stops]
        found = []
        for c in self.ascii_stops:
            p = text.find(c)
            while p != -1:
                found.append(p)
                p = text.find(c, p + 1)
        return found

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        starts_at = token_starts(doc)
        text = doc_text(doc)
        # A stop token's text is one sentence-final character, so it starts where the text has
        # one: only those positions are looked at, not every token (the token arrays and the
        # numpy calls over them cost more than the whole rule).
        starts = {0}
        for p in self._stop_positions(text):
            i = bisect_left(starts_at, p)
            if i == n or starts_at[i] != p:
                continue
            # (A token holds no white space, so the stop is the whole token when the next
            # token or white space follows it: read from the text, not from a Token object.)
            if i + 1 < n and starts_at[i + 1] != p + 1 and not text[p + 1].isspace():
                continue  # (the token holds more than the stop)
            # The first token after the stop that is not punctuation starts a sentence. (A
            # token that opens with a letter or digit is none: ``is_punct`` needs every
            # character to be punctuation. Most are such words; only the others cost a Token.)
            j = i + 1
            while j < n and not text[starts_at[j]].isalnum() and doc[j].is_punct:
                j += 1
            if j < n:
                starts.add(j)
        marks = [m.end() for m in _NEWLINE_RUN.finditer(text)] if "\n" in text else []
        marks += [pos for pos, _label in label_marks(text)]
        if ". " in text:
            marks += letter_stops(text)
        for pos in marks:
            i = bisect_left(starts_at, pos)
            if i < n:
                starts.add(i)
        order = sorted(starts)
        flags = np.full(n, -1, dtype=np.int64)
        flags[order] = 1
        # from_array takes uint64: -1 ("not a start") goes in as its two's complement.
        doc.from_array([SENT_START], flags.view(np.uint64).reshape(-1, 1))
        # (the linker reads the sentences as character spans: kept here, reading them back
        # from the doc costs as much again)
        doc.user_data["sent_start_chars"] = [starts_at[i] for i in order]
        return doc


@Language.factory("pattern_ruler", default_config={"patterns_dir": None})
class PatternRuler:
    """Match the pattern files; sets ``doc._.mentions`` (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, patterns_dir: str | None) -> None:
        self.name = name
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.tokens = Matcher(nlp.vocab, validate=True)
        self.keys: dict[int, tuple[str, str]] = {}
        phrase_groups: dict[str, list[str]] = {}
        for entry in load_patterns(Path(patterns_dir) if patterns_dir else config.patterns_dir()):
            key = f"{entry['label']}|{entry.get('id') or entry['label']}"
            self.keys[nlp.vocab.strings.add(key)] = (entry["label"], entry.get("id") or "")
            if isinstance(entry["pattern"], str):
                phrase_groups.setdefault(key, []).append(entry["pattern"])
            else:
                self.tokens.add(key, [entry["pattern"]])
        for key, phrases in phrase_groups.items():
            self.phrases.add(key, list(nlp.tokenizer.pipe(phrases)))
        # Plural abbreviations ("CRs", "ORRs") match their capitalised twin too ("CRS",
        # cytoreductive surgery or cytokine release syndrome): the phrases are matched lower-cased.
        self.plurals = frozenset(
            p.lower()
            for phrases in phrase_groups.values()
            for p in phrases
            if re.fullmatch(r"[A-Z][A-Za-z0-9-]*[A-Z]s", p)
        )
        # Titles are short: their design cues are found with one regex over the same phrases
        # rather than by tokenising a second document.
        self.design_phrases = {
            p.lower(): tuple(key.split("|", 1))
            for key, phrases in phrase_groups.items()
            if key.startswith("DESIGN")
            for p in phrases
        }
        self.design_source = r"(?<!\w)" + trie_regex(list(self.design_phrases)) + r"(?!\w)"
        # (for lower-cased ASCII text: the phrases are lower-cased, so it matches there without
        # IGNORECASE, which makes every scanned character dearer)
        self.design_regex_low = re.compile(self.design_source)

    @cached_property
    def design_regex(self) -> re.Pattern[str]:
        """The design phrases ignoring case, for a title beyond ASCII: compiled when the first
        such title comes (ignoring case, it costs some 20 ms of the start-up)."""
        return re.compile(self.design_source, re.I)

    def design_cues(self, text: str) -> list[tuple[str, str]]:
        """``(label, design)`` of each design phrase in ``text`` (a title)."""
        if text.isascii():
            matches = self.design_regex_low.finditer(text.lower())
        else:
            matches = self.design_regex.finditer(text)
        return [self.design_phrases[m.group().lower()] for m in matches]

    def __call__(self, doc: Doc) -> Doc:
        matches = self.phrases(doc)
        # (spaCy's Matcher costs about 0.3 ms a document even for one pattern, as much as all
        # the phrases together: the pattern files hold phrases, token patterns only if needed.)
        if len(self.tokens):
            matches += self.tokens(doc)
        # Longest first, then leftmost; drop anything overlapping a kept match.
        matches.sort(key=lambda m: (m[1] - m[2], m[1]))
        taken = bytearray(len(doc))
        kept = []
        for key, start, end in matches:
            if 1 in taken[start:end]:  # (only 0 and 1 are written: "any", but cheaper)
                continue
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, key))
        kept.sort()
        starts = token_starts(doc)
        text = doc_text(doc)
        mentions = []
        for start, end, key in kept:
            label, ident = self.keys[key]
            a = starts[start]
            if ident == "OS" and a >= 6 and text.startswith("-free ", a - 6):
                # "colostomy-free survival rates": a kind of survival the files do not name
                # (those they name, "metastasis-free survival", are longer matches), blocked
                # as they are: from the word before "-free" to "survival"
                a -= 6
                while a > 0 and text[a - 1].isalnum():
                    a -= 1
                mentions.append((a, _token_end(doc, text, starts, start), label, "NONE"))
                continue
            if ident == "iPFS" and text.startswith("bPFS", a) and _biochemical(text):
                ident = "NONE"  # prostate cancer's biochemical PFS, not the brain's
            b = _token_end(doc, text, starts, end - 1)
            if text[b - 1] == "S" and text[a:b].lower() in self.plurals:
                continue  # "CRS" is no "CRs"
            if text[b - 1] == "s" and text[a:b] == "mos":
                continue  # "8.6 mos (95% CI ...)": months, matched lower-cased as "mOS"
            if text[b - 1] == "S" and text[a:b] == "MSS" and _microsatellites(text):
                continue  # microsatellite-stable tumours, not melanoma-specific survival
            mentions.append((a, b, label, ident))
        doc._.mentions = mentions
        return doc


def _microsatellites(text: str) -> bool:
    """Whether "MSS" in ``text`` is microsatellite stability: the abstract names
    microsatellites or their instability (MSI)."""
    return "MSI" in text or "icrosatellite" in text


def _biochemical(text: str) -> bool:
    """Whether "bPFS" in ``text`` is biochemical progression-free survival: the abstract is
    about prostate cancer and names no brain."""
    low = text.lower()
    return "prostat" in low and "brain" not in low


def _token_end(doc: Doc, text: str, starts: list[int], i: int) -> int:
    """The character offset where token ``i`` of ``doc`` ends (``starts`` are the tokens'
    offsets, ``text`` the doc's text).

    Read from the next token's offset, without a Token object: a token that opens with no white
    space holds none (spaCy splits the text at white space first), so it ends where the next
    token starts, or one before when the one space of its trailing white space lies between.
    (The last token, and a token of white space, get ``len`` of the token itself.)"""
    if i + 1 < len(starts) and not text[starts[i]].isspace():
        nxt = starts[i + 1]
        return nxt - 1 if text[nxt - 1].isspace() else nxt
    return starts[i] + len(doc[i])


@Language.factory("defined_abbreviations")
class DefinedAbbreviations:
    """Abbreviations the abstract defines for an endpoint, used as that endpoint afterwards.

    "intracranial response rate (IC-RR)" makes every later "IC-RR" an iORR; "intracranial (IC)"
    makes "IC" an intracranial qualifier, so a later "IC RR" or "IC PFS" resolves too. An
    abbreviation of the vocabulary that the abstract defines as something else ("independent
    radiology review (IRR)") is no endpoint there.
    Sets ``doc._.abbreviations`` (dict: abbreviation -> endpoint).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.mentions or []
        text = doc_text(doc)
        if "(" in text:
            mentions = abbreviations.drop_redefined(text, mentions)
        defined = abbreviations.defined_abbreviations(text, mentions)
        doc._.abbreviations = defined
        if defined:
            mentions = abbreviations.abbreviation_mentions(text, mentions, defined)
        doc._.mentions = mentions
        return doc


@Language.factory("efficacy_linker")
class EfficacyLinker:
    """Attach numbers to endpoint mentions, sentence by sentence; sets ``doc._.findings``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.findings = link.link_doc(doc)
        return doc


@Language.factory("cohort_size")
class CohortSize:
    """Find the headline number of patients; sets ``doc._.cohort_size`` (int or None)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.cohort_size = cohort.cohort_size(doc_text(doc))
        return doc


def trie_regex(phrases: list[str]) -> str:
    """One regex matching any of ``phrases``, longest first, written as a trie of prefixes.

    Python's ``re`` tries the alternatives of a flat alternation one by one at every position;
    shared prefixes make a failing position cost one character test instead of one per phrase.
    """
    if not phrases:
        return "(?!)"
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A phrase may end here: the longer ones are tried first (greedy "?").
        return ("(?:" + body + ")?") if ends else body

    return "(?:" + walk(tree) + ")"


def load_patterns(folder: Path) -> list[dict]:
    """Read every ``*.jsonl`` entity-ruler file in ``folder``; a bad line names file and line."""
    patterns: list[dict] = []
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise ExtractorError(f"no pattern files (*.jsonl) in {folder}")
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as err:
                raise ExtractorError(f"{path}:{number}: not JSON: {err}") from err
            if not {"label", "pattern"} <= entry.keys():
                raise ExtractorError(f"{path}:{number}: a pattern needs 'label' and 'pattern'")
            patterns.append(entry)
    return patterns


# The lexical attributes the components read (see build_nlp).
_LEXEME_ATTRS = (LOWER, IS_PUNCT)


@cache
def build_nlp(patterns: Path | None = None) -> Language:
    """The extraction pipeline (built once per process and per pattern folder)."""
    nlp = spacy.blank(
        "en", config={"nlp": {"tokenizer": {"@tokenizers": "extractor.tokenizer.v1"}}}
    )
    # Each word not seen before becomes a lexeme, and spaCy computes its 23 lexical attributes
    # then (shape, prefix, suffix, norm, like_num, ...): a fifth of the tokenizer's time on new
    # text. The components read two of them, LOWER (the phrase ruler) and IS_PUNCT (sentence
    # breaks); only those are computed. (Other attributes of a new word's tokens stay unset.)
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in _LEXEME_ATTRS}
    nlp.add_pipe("sentence_breaks")
    nlp.add_pipe("pattern_ruler", config={"patterns_dir": str(patterns) if patterns else None})
    nlp.add_pipe("defined_abbreviations")
    nlp.add_pipe("efficacy_linker")
    nlp.add_pipe("cohort_size")
    return nlp
