"""The spaCy pipeline: ``spacy.blank("en")`` with tokenizer rules, section-aware sentence
boundaries, an entity ruler loaded from ``patterns/*.jsonl`` and the registered components that
turn endpoint mentions and numbers into findings.

There is no trained model (none can be downloaded here); everything stands on rules.

Components and the ``Doc._`` attributes they set:

- ``section_breaks``: a sentence starts after every newline (PubMed sections are joined by
  newlines) and at inline section labels ("RESULTS:", "Findings").
- ``sentencizer`` (spaCy's), then ``entity_ruler`` with the pattern files.
- ``defined_abbreviations``: ``doc._.abbreviations`` maps abbreviations the abstract defines
  ("intracranial response rate (IC-RR)") to endpoints, and adds entities for their later uses.
- ``efficacy_linker``: ``doc._.findings``, the findings of the abstract (see :mod:`link`).
- ``cohort_size``: ``doc._.cohort_size``, the headline number of patients (see :mod:`cohort`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex

from extractor import config
from extractor.errors import ExtractorError
from extractor.nlp import cohort, link

for _name, _default in (("findings", None), ("cohort_size", None), ("abbreviations", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

SECTION_LABEL = re.compile(
    r"(?:^|(?<=\n))\s*(?P<label>[A-Z][A-Za-z &/]{2,40}?)\s*:\s|"
    r"(?:^|(?<=[.\n]\s))(?P<bare>Background|Methods|Findings|Interpretation|Funding|Results|"
    r"Conclusions?)\s(?=[A-Z])"
)


def _customise_tokenizer(nlp: Language) -> None:
    """Split what abstracts glue together: "47.5-79.8", "n=17", ">=3", "95%CI"."""
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=[0-9])[-\u2013\u2014\u2212](?=[0-9])",
        r"(?<=[A-Za-z0-9])=(?=[0-9])",
        r"(?<=[0-9%])(?=CI\b)",
    ]
    prefixes = [*nlp.Defaults.prefixes, r"[\u2265\u2264<>]=?"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    for word in ("intra-cranial", "extra-cranial", "Intra-cranial", "Extra-cranial", "non-CNS"):
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


@Language.component("section_breaks")
def section_breaks(doc: Doc) -> Doc:
    """Start a sentence after each newline and at each inline section label."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or token.is_space:
            token.is_sent_start = True
    for m in SECTION_LABEL.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


@Language.factory("defined_abbreviations")
class DefinedAbbreviations:
    """Abbreviations the abstract defines for an endpoint, used as that endpoint afterwards.

    "intracranial response rate (IC-RR)" makes every later "IC-RR" an iORR; "intracranial (IC)"
    makes "IC" an intracranial qualifier, so a later "IC RR" or "IC PFS" resolves too.
    Sets ``doc._.abbreviations`` (dict: abbreviation -> endpoint).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        defined = link.defined_abbreviations(doc)
        doc._.abbreviations = defined
        if defined:
            link.add_abbreviation_entities(doc, defined)
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
        doc._.cohort_size = cohort.cohort_size(doc.text)
        return doc


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


@cache
def build_nlp(patterns: Path | None = None) -> Language:
    """The extraction pipeline (built once per process and per pattern folder)."""
    nlp = spacy.blank("en")
    _customise_tokenizer(nlp)
    nlp.add_pipe("section_breaks")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True, "overwrite_ents": True})
    ruler.add_patterns(load_patterns(patterns or config.patterns_dir()))
    nlp.add_pipe("defined_abbreviations")
    nlp.add_pipe("efficacy_linker")
    nlp.add_pipe("cohort_size")
    return nlp


def endpoint_mentions(span: Doc | Span) -> list[Span]:
    """The endpoint entities in ``span`` (blocking terms included, id ``NONE``)."""
    return [e for e in span.ents if e.label_ == "ENDPOINT"]
