"""Exceptions of the extractor. Every message names the record (PMID, DOI or file position)."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class: the CLI turns any of these into a clear message and a non-zero exit."""


class ParseError(ExtractorError):
    """A record or file that could not be read.

    ``where`` names the file, ``record`` the PMID or position within it, ``reason`` why.
    """

    def __init__(self, where: str, reason: str, record: str | None = None) -> None:
        self.where = where
        self.record = record
        self.reason = reason
        at = f" (record {record})" if record else ""
        super().__init__(f"{where}{at}: {reason}")


class FetchError(ExtractorError):
    """A request that failed after all retries; the message names the request, never a key."""


class StoreError(ExtractorError):
    """A problem with the evidence database."""
