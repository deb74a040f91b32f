"""The two nouns of the program: an :class:`Article` read from a source and a :class:`Finding`
extracted from it, plus the :class:`Extraction` that pairs them.

Field names and the endpoint vocabulary follow ``shared/eval/FORMAT.md`` exactly; extend them
only by adding fields, never by renaming.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

#: Canonical endpoint names (FORMAT.md). Every synonym in the text maps onto one of these.
ENDPOINTS: tuple[str, ...] = (
    "iORR",
    "ORR",
    "ecORR",
    "iDCR",
    "DCR",
    "iCBR",
    "CBR",
    "iPFS",
    "gPFS",
    "ecPFS",
    "OS",
    "iDoR",
    "DoR",
    "HR",
)
KINDS: tuple[str, ...] = ("proportion", "median", "rate", "hr")
DESIGNS: tuple[str, ...] = ("real-world", "trial", "pooled", "meta-analysis", "other")

Design = Literal["real-world", "trial", "pooled", "meta-analysis", "other"]


@dataclass(frozen=True, slots=True)
class Section:
    """One AbstractText element: its label (``""`` when unlabelled) and its plain text."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """A bibliographic record with its abstract.

    ``abstract`` is the text that offsets in :class:`Finding` refer to. For a structured
    abstract it is the sections joined by newlines, each as ``"LABEL: text"`` (the form PubMed
    shows), so a person can find every figure by its offsets.
    ``status`` is ``"ok"`` or ``"withdrawn"`` (a DeleteCitation from efetch).
    """

    pmid: str | None
    doi: str | None = None
    title: str = ""
    abstract: str = ""
    journal: str | None = None
    year: int | None = None
    publication_types: tuple[str, ...] = ()
    mesh_terms: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    registry_ids: tuple[str, ...] = ()
    source: str = ""
    status: str = "ok"

    @property
    def key(self) -> str:
        """A stable identifier: the PMID, else ``doi:<doi>``, else the source position."""
        if self.pmid:
            return self.pmid
        if self.doi:
            return f"doi:{self.doi.lower()}"
        return f"src:{self.source}"


@dataclass(frozen=True, slots=True)
class Finding:
    """One efficacy figure with its provenance (FORMAT.md, "One finding").

    ``start``/``end`` are character offsets of the value in ``Article.abstract``;
    ``sentence`` is the sentence that holds it. ``flags`` names consistency problems found
    by the checks (never silently fixed).
    """

    endpoint: str
    kind: str
    value: float | None
    unit: str | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    months: float | None = None
    not_reached: bool = False
    n: int | None = None
    N: int | None = None  # noqa: N815 - the field name is fixed by FORMAT.md
    group: str | None = None
    of: str | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The FORMAT.md finding object, keys in the documented order."""
        return {
            "endpoint": self.endpoint,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "months": _num(self.months),
            "not_reached": self.not_reached,
            "n": self.n,
            "N": self.N,
            "group": self.group,
            "of": self.of,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "flags": list(self.flags),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the NLP step makes of one article: its design, headline cohort size and findings."""

    article: Article
    design: str
    cohort_size: int | None
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    def to_record(self) -> dict[str, Any]:
        """The FORMAT.md article record printed by ``extractor extract --format jsonl``."""
        a = self.article
        return {
            "pmid": a.pmid,
            "doi": a.doi,
            "title": a.title,
            "journal": a.journal,
            "year": a.year,
            "design": self.design,
            "cohort_size": self.cohort_size,
            "findings": [f.to_dict() for f in self.findings],
        }


# The fields new_finding sets, in field order (checked against the dataclass at import).
_FINDING_FIELDS = (
    "endpoint", "kind", "value", "unit", "ci_low", "ci_high", "months", "not_reached", "n", "N",
    "group", "of", "sentence", "start", "end", "flags",
)  # fmt: skip
if tuple(f.name for f in fields(Finding)) != _FINDING_FIELDS:
    raise AssertionError("new_finding must set every field of Finding, in field order")
# The slot setter of each field, one name each (see new_finding).
(
    _set_endpoint, _set_kind, _set_value, _set_unit, _set_ci_low, _set_ci_high, _set_months,
    _set_not_reached, _set_n, _set_big_n, _set_group, _set_of, _set_sentence, _set_start,
    _set_end, _set_flags,
) = (Finding.__dict__[name].__set__ for name in _FINDING_FIELDS)  # fmt: skip


def new_finding(
    endpoint: str,
    kind: str,
    value: float | None,
    unit: str | None,
    ci_low: float | None,
    ci_high: float | None,
    months: float | None,
    not_reached: bool,
    n: int | None,
    big_n: int | None,
    group: str | None,
    of: str | None,
    sentence: str,
    start: int,
    end: int,
    flags: tuple[str, ...],
) -> Finding:
    """``Finding(...)`` with every field given, in field order: the same object, made
    without the frozen dataclass's ``__init__``, which sets each slot through
    ``object.__setattr__`` and takes twice as long (the linker makes thousands). (Each slot is
    set by its own call, not in a loop over the fields: a loop's zip and unpacking cost as
    much again.)"""
    finding = object.__new__(Finding)
    _set_endpoint(finding, endpoint)
    _set_kind(finding, kind)
    _set_value(finding, value)
    _set_unit(finding, unit)
    _set_ci_low(finding, ci_low)
    _set_ci_high(finding, ci_high)
    _set_months(finding, months)
    _set_not_reached(finding, not_reached)
    _set_n(finding, n)
    _set_big_n(finding, big_n)
    _set_group(finding, group)
    _set_of(finding, of)
    _set_sentence(finding, sentence)
    _set_start(finding, start)
    _set_end(finding, end)
    _set_flags(finding, flags)
    return finding


def _num(x: float | None) -> float | int | None:
    """Print whole-number timepoints as integers (12, not 12.0)."""
    if x is not None and float(x).is_integer():
        return int(x)
    return x
