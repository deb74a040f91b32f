"""Extraction: Article -> Extraction (design, cohort size, findings with provenance).

``extract`` handles one article; ``extract_many`` streams many through ``nlp.pipe`` and, with
``jobs > 1``, spreads chunks over worker processes (each builds its own pipeline once).
"""

from __future__ import annotations

# First of all: spaCy, imported without its command line (see _spacy_import).
from extractor.nlp import _spacy_import  # noqa: F401

# isort: split
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from extractor.models import Article, Extraction
from extractor.nlp import checks
from extractor.nlp.design import classify, design_scores
from extractor.nlp.pipeline import build_nlp
from extractor.nlp.values import normalise

__all__ = ["extract", "extract_many"]


def _make_doc(nlp: Language, article: Article) -> Doc:
    text = normalise(article.abstract)
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    doc.user_data["original"] = article.abstract
    doc.user_data["title"] = article.title or ""
    return doc


def _finish(nlp: Language, article: Article, doc: Doc) -> Extraction:
    title_cues = nlp.get_pipe("pattern_ruler").design_cues(normalise(article.title or ""))
    scores = design_scores(doc, title_cues, article.publication_types)
    design = classify(scores)
    # (read once: each ``doc._`` builds spaCy's accessor object anew)
    ext = doc._
    doc_findings, cohort_size = ext.findings, ext.cohort_size
    if design == "other" and not +scores and doc_findings and cohort_size:
        # No cue at all, but a cohort of its own with results: most often a case series or
        # chart review ("Ten patients were included ... in 3 of the 10 patients (30%)").
        design = "real-world"
    # A review, editorial or case report quotes other studies' figures: none is a finding.
    # (An abstract with no design cue at all is "other" too, but keeps its figures.)
    quoting = design == "other" and scores["review"] > 0
    found = () if quoting else doc_findings or ()
    findings = tuple(checks.flag(f, design) for f in found)
    return Extraction(article, design, cohort_size, findings)


def extract(article: Article) -> Extraction:
    """Extract one article: its design, headline cohort size and every efficacy finding."""
    nlp = build_nlp()
    doc = nlp(_make_doc(nlp, article))
    return _finish(nlp, article, doc)


def _extract_chunk(articles: list[Article]) -> list[Extraction]:
    nlp = build_nlp()
    docs = nlp.pipe((_make_doc(nlp, a) for a in articles), batch_size=64)
    return [_finish(nlp, a, d) for a, d in zip(articles, docs, strict=True)]


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_many(articles: Iterable[Article], jobs: int = 1) -> Iterator[Extraction]:
    """Extract articles in order; ``jobs`` processes (1 = in this process)."""
    if jobs <= 1:
        for chunk in _chunks(articles, 256):
            yield from _extract_chunk(chunk)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(_extract_chunk, _chunks(articles, 256)):
            yield from result
