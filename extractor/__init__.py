"""Evidence extractor: efficacy figures from oncology abstracts, with their sentences.

The public API::

    from extractor import Article, Finding, extract, open_store, evidence_frame

    extraction = extract(Article(pmid="1", title="...", abstract="..."))
    with open_store("db/evidence.db") as store:
        store.save(extraction, topic="her2-bcbm")
"""

from extractor.models import Article, Extraction, Finding

__all__ = ["Article", "Extraction", "Finding", "Store", "evidence_frame", "extract", "open_store"]

# The rest loads on first use: the store pulls in sqlite-utils and pandas, the analysis scipy,
# the extractor spaCy. `extractor extract` should not pay for the database, nor `extractor
# query` for spaCy.
_LAZY = {
    "extract": ("extractor.nlp", "extract"),
    "open_store": ("extractor.store", "open_store"),
    "Store": ("extractor.store", "Store"),
    "evidence_frame": ("extractor.analysis.export", "evidence_frame"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        return getattr(import_module(module), attr)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
