"""Files -> articles -> extractions -> evidence store: what ``extractor load`` does.

Kept apart from :mod:`extractor.store` so the store does not depend on the NLP side (the data
flows one way: sources -> nlp -> store).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from extractor.errors import ParseError
from extractor.models import Article
from extractor.store import Store

#: The keys of the Counter that :func:`load_paths` returns, in the order the CLI prints them.
LOAD_COUNTS: tuple[str, ...] = (
    "read",
    "new",
    "unchanged",
    "updated",
    "with_findings",
    "problems",
)


def load_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    topic: str | None,
    on_error: Callable[[ParseError], None] | None = None,
    *,
    jobs: int = 1,
) -> Counter:
    """Read every article in ``paths``, extract it and save it under ``topic``.

    Returns a Counter with the keys of :data:`LOAD_COUNTS`: ``read`` articles read, ``new`` /
    ``unchanged`` / ``updated`` as :meth:`Store.save` answered, ``with_findings`` articles with
    at least one finding, ``problems`` records or files that could not be read (each one is
    passed to ``on_error`` and the rest is still read). Each article is saved in its own
    transaction, so an interrupted load keeps what it saved and a rerun finishes the job.
    """
    # Imported here: spaCy is slow to import and only this path needs it.
    from extractor.nlp import extract_many
    from extractor.sources.files import read_articles

    counts: Counter = Counter({k: 0 for k in LOAD_COUNTS})

    def problem(err: ParseError) -> None:
        counts["problems"] += 1
        if on_error is not None:
            on_error(err)

    def counted(articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            counts["read"] += 1
            yield article

    if topic is not None:
        store.add_topic(topic)
    for extraction in extract_many(counted(read_articles(paths, on_error=problem)), jobs=jobs):
        counts[store.save(extraction, topic)] += 1
        if extraction.findings:
            counts["with_findings"] += 1
    return counts
