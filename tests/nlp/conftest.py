"""Helpers for extraction tests: run one sentence or abstract through the pipeline."""

import pytest

from extractor.models import Article
from extractor.nlp import extract


def findings_of(text: str, title: str = "", publication_types: tuple[str, ...] = ()):
    """(endpoint, kind, value, months, not_reached, group, of, ci) for each finding of text."""
    art = Article(pmid="1", title=title, abstract=text, publication_types=publication_types)
    return [
        (f.endpoint, f.kind, f.value, f.months, f.not_reached, f.group, f.of, (f.ci_low, f.ci_high))
        for f in extract(art).findings
    ]


@pytest.fixture
def run():
    return findings_of
