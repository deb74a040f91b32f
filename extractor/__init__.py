"""Evidence extractor: efficacy figures from oncology abstracts, with their sentences.

The public API::

    from extractor import Article, Finding, extract, open_store
"""

from extractor.models import Article, Extraction, Finding
from extractor.store import Store, open_store

__all__ = ["Article", "Extraction", "Finding", "Store", "open_store"]
