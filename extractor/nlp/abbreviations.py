"""Abbreviations an abstract defines for its endpoints.

"intracranial response rate (IC-RR)" makes every later "IC-RR" an iORR; a vocabulary
abbreviation that the abstract defines as something else ("independent radiology review (IRR)")
is no endpoint there. Mentions are ``(start_char, end_char, label, id)`` tuples as the pattern
ruler gives them (see :mod:`pipeline`).
"""

from __future__ import annotations

import re

from extractor.nlp.mentions import RESPONSE
from extractor.nlp.regex_scan import compile_guarded

_NOT_ABBR = frozenset({"and", "or", "the", "of", "in", "a", "an", "n", "p", "ci", "hr", "vs"})


_DEFINITION = re.compile(r"\s*\(\s*(?P<abbr>[A-Za-z][A-Za-z0-9\-]{0,11})\s*[);,]")


# (and other outcomes: "local control (LC)", "distant brain failure (DBF)", "hematologic
# improvement (HI)", "transfusion independence (TI)", "local relapse rate (LR)")
_BLOCKED_OUTCOME = re.compile(
    r"time\s+to\b|.*(?:survival|control|failure|improvement|independence|"
    r"(?:relapse|recurrence)(?:\s+rate)?)$",
    re.I,
)


def defined_abbreviations(text: str, mentions: list[tuple[int, int, str, str]]) -> dict[str, str]:
    """Map abbreviations defined right after an endpoint mention ("... rate (IRR)") to it.

    A blocked outcome's abbreviation ("time to brain progression (TTBP)") blocks too; other
    blocking terms ("beyond progressive disease (CBPD)") name no outcome and define nothing.
    """
    defined: dict[str, str] = {}
    covered = {m[0] for m in mentions}
    for start, end, label, ident in mentions:
        if label != "ENDPOINT":
            continue
        if ident == "NONE" and not _BLOCKED_OUTCOME.match(text, start, end):
            continue
        m = _DEFINITION.match(text, end) or _qualified_definition(text, start, end)
        if not m or m.start("abbr") in covered:
            continue
        abbr = m.group("abbr")
        # ("overall response (OR)": the capitals, matched as written, are no conjunction)
        if any(c.isupper() for c in abbr) and (
            abbr.lower() not in _NOT_ABBR or (abbr == "OR" and ident in RESPONSE)
        ):
            defined[abbr] = ident
    return defined


# "overall survival from the start of brain metastasis treatment (OSBM)": words that qualify
# the endpoint between it and its abbreviation.
_QUALIFIED_DEFINITION = re.compile(
    r"(?P<words>(?:\s+[A-Za-z][\w-]*){1,7}?)\s*\(\s*(?P<abbr>[A-Z][A-Za-z0-9\-]{2,11})\s*[);,]"
)


def _initials(words: str) -> str:
    """The upper-cased first letters of ``words`` and of each part after a hyphen."""
    return "".join(w[0] for w in re.split(r"[\s-]+", words) if w).upper()


def _qualified_definition(text: str, start: int, end: int) -> re.Match[str] | None:
    """The definition after the qualifying words that follow the mention ``text[start:end]``:
    the abbreviation opens with the mention's initials ("OS") and the rest of its letters are
    initials of the qualifying words, in order ("BM" of "... brain metastasis treatment")."""
    if text[end : end + 1] != " ":
        return None
    m = _QUALIFIED_DEFINITION.match(text, end)
    if m is None:
        return None
    letters = m.group("abbr").replace("-", "").upper()
    head = _initials(text[start:end])
    if not letters.startswith(head) or len(letters) == len(head):
        return None
    rest = iter(_initials(m.group("words")))
    if not all(c in rest for c in letters[len(head) :]):
        return None
    # ("progression-free survival in the brain (PFSB)": the site may make it an intracranial
    # endpoint, or not ("PFS from the diagnosis of brain metastases"); it is left undefined)
    if _SITE_WORD.search(m.group("words")) and not head.startswith("OS"):
        return None
    return m


_SITE_WORD = re.compile(r"\b(?:brain|intracranial|CNS|cerebral|leptomeningeal)\b", re.I)


_ENDPOINT_WORD_BEFORE = compile_guarded(
    r"\b(?:rates?|respon\w*|survival|control|benefit|ratio)$", re.I
)


def drop_redefined(
    text: str, mentions: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """``mentions`` without the uses of a vocabulary abbreviation ("IRR", "CBR") that the
    abstract defines as something else: "(IRR)" right after words that name no endpoint."""
    ends = {e for _s, e, label, _i in mentions if label == "ENDPOINT"}
    redefined = set()
    for s, e, label, ident in mentions:
        # "hormone receptor (HR)" leaves "HR 0.56" a hazard ratio: breast abstracts use both.
        # (A blocking term counts too: "tumour treating fields (TTF)" is no time to treatment
        # failure, and "6.0 months with TTF" is the arm's survival.)
        if label != "ENDPOINT" or ident == "HR" or e - s > 6 or " " in text[s:e]:
            continue
        if text[s - 1 : s] == "(" and text[e : e + 1] == ")":
            before = text[: s - 1].rstrip()
            if (
                before[-1:].isalpha()
                and not any(len(before) - 25 <= end <= len(before) for end in ends)
                and not _ENDPOINT_WORD_BEFORE.search(before[-30:])
                and (ident != "NONE" or _spelled_by_initials(before, text[s:e]))
            ):
                redefined.add(text[s:e])
    if not redefined:
        return mentions
    return [m for m in mentions if text[m[0] : m[1]] not in redefined]


# Words of outcomes: an abbreviation spelled by them may still be the outcome's ("time to next
# line of therapy (TTNT)").
_OUTCOME_NOUNS = frozenset(
    {"time", "progression", "survival", "response", "failure", "treatment", "therapy", "event"}
)


def _spelled_by_initials(before: str, abbr: str) -> bool:
    """Whether ``abbr`` is the initials of as many words at the end of ``before``, none of them
    an outcome's word: "tumour treating fields (TTF)" and "complete resection (CR)" define a
    blocking term's abbreviation as something else."""
    letters = abbr.upper()
    words = re.split(r"[\s-]+", before)[-len(letters) :]
    if len(words) != len(letters) or any(w.lower() in _OUTCOME_NOUNS for w in words):
        return False
    return "".join(w[:1] for w in words).upper() == letters


def abbreviation_mentions(
    text: str, mentions: list[tuple[int, int, str, str]], defined: dict[str, str]
) -> list[tuple[int, int, str, str]]:
    """``mentions`` plus one for each use of a defined abbreviation outside other mentions."""
    # (and its plural: "median survival time (MST)" makes "MSTs for resected versus
    # non-resected patients were 18.7 vs. 7.0 months" medians of OS)
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, defined)) + r")(?-i:s)?(?![\w-])")
    extra = []
    for m in rx.finditer(text):
        if not any(s <= m.start() < e for s, e, _, _ in mentions):
            abbr = m.group()
            endpoint = defined.get(abbr) or defined[abbr[:-1]]
            extra.append((m.start(), m.end(), "ENDPOINT", endpoint))
    return sorted(mentions + extra) if extra else mentions
