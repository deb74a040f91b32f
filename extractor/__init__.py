"""Evidence extractor: efficacy figures from oncology abstracts, with their sentences.

The public API::

    from extractor import Article, Finding, extract, open_store
"""

from extractor.models import Article, Extraction, Finding
from extractor.store import Store, open_store

__all__ = ["Article", "Extraction", "Finding", "Store", "open_store", "evidence_frame"]


def __getattr__(name: str) -> object:
    # evidence_frame pulls in pandas and scipy: load it on first use, not on every
    # `import extractor` (the CLI imports the package for every command).
    if name == "evidence_frame":
        from extractor.analysis.export import evidence_frame

        return evidence_frame
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
