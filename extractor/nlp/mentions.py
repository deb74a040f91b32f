"""What the linking rules share: the endpoint families, an endpoint's mention in a sentence,
and the finding built from a mention and a number (see :mod:`link`)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from extractor.models import Finding, new_finding
from extractor.nlp.values import Value

# Endpoints by what their figures are: shares of patients (proportions; rates at a timepoint
# only with one), survival times and durations of response (medians, rates at timepoints).
RESPONSE = frozenset({"iORR", "ORR", "ecORR", "iDCR", "DCR", "iCBR", "CBR"})
SURVIVAL = frozenset({"iPFS", "gPFS", "ecPFS", "OS"})
DURATION = frozenset({"iDoR", "DoR"})
TIMED = SURVIVAL | DURATION


@dataclass(frozen=True, slots=True)
class Mention:
    """An endpoint mention: character span (in the sentence) and canonical endpoint or NONE."""

    start: int
    end: int
    endpoint: str


# The slot setters of Mention's fields (see new_mention).
_set_start, _set_end, _set_endpoint = (
    Mention.__dict__[name].__set__ for name in ("start", "end", "endpoint")
)
if tuple(f.name for f in fields(Mention)) != ("start", "end", "endpoint"):
    raise AssertionError("new_mention must set every field of Mention")


def new_mention(start: int, end: int, endpoint: str) -> Mention:
    """``Mention(start, end, endpoint)``: the same object, made without the frozen dataclass's
    ``__init__``, which sets each slot through ``object.__setattr__`` and takes nearly twice as
    long (the linker makes one for each endpoint mention of every sentence)."""
    m = object.__new__(Mention)
    _set_start(m, start)
    _set_end(m, end)
    _set_endpoint(m, endpoint)
    return m


def finding_for(
    sent: str, s0: int, m: Mention, v: Value, months: float | None, group: str | None
) -> Finding | None:
    """The finding value ``v`` gives endpoint ``m`` (at timepoint ``months``), or None when it
    can give none: a share of a survival endpoint without a timepoint, a time of a response
    rate. ``sent`` is the quoted sentence, ``s0`` its offset in the abstract."""
    endpoint = m.endpoint
    if v.kind in ("pct", "frac"):
        kind = "proportion" if endpoint in RESPONSE else "rate"
        if kind == "rate" and months is None:
            return None
        return build_finding(sent, s0, endpoint, kind, v, "%", months, group=group)
    if endpoint not in TIMED:
        return None
    if v.kind == "nr":
        return build_finding(sent, s0, endpoint, "median", v, "months", None, group=group, nr=True)
    return build_finding(sent, s0, endpoint, "median", v, v.unit, None, group=group)


def build_finding(
    sent: str,
    s0: int,
    endpoint: str,
    kind: str,
    v: Value,
    unit: str | None,
    months: float | None,
    *,
    group: str | None = None,
    of: str | None = None,
    nr: bool = False,
) -> Finding:
    """A finding of ``endpoint`` with value ``v`` (its interval, counts and offsets, made
    absolute with ``s0``); ``nr`` for a median not reached."""
    # (every field in order, flags last: see new_finding)
    return new_finding(
        endpoint,
        kind,
        None if nr else v.value,
        unit,
        v.ci_low,
        v.ci_high,
        months,
        nr,
        v.n,
        v.N,
        group,
        of,
        sent,
        s0 + v.start,
        s0 + v.end,
        (),
    )
