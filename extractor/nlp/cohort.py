"""The headline cohort size: the number of patients the abstract first states as enrolled,
included, treated or analysed (FORMAT.md ``cohort_size``).

Candidates are "<number> [up to four words] patients|cases|women|participants..." (digits or
words: "Thirty-nine patients"), "a total of <number>" and "N = <number>". Numbers that are parts
of fractions ("11 of 15 patients"), counts followed by a percentage ("23 patients (59%)"),
screening counts and background sentences are not candidates. The first candidate in a
sentence with an inclusion verb wins; else the first candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from extractor.nlp.sections import mask_background
from extractor.nlp.values import lower_same_length

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD_NUMBER = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[\s-](?:"
    + "|".join(list(_UNITS)[:9])
    + r"))?|"
    + "|".join(_UNITS)
    + r")(?:\s+hundred(?:\s+(?:and\s+)?[a-z-]+)?)?"
)
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|" + _WORD_NUMBER + r")"
# A patient noun, then a look back for the number that counts it ("39 HER2-positive patients").
# A patient noun, then a look back for the number that counts it ("39 HER2-positive patients").
# Matched on the lower-cased sentence: re.IGNORECASE makes every scanned character dearer.
# (No leading ``\b``: the pattern opens with literal words, so ``re`` skips to their first
# letters; the word start is checked by the caller.)
_NOUN = re.compile(
    r"(?:patients?|pts|cases|women|men|participants|subjects|individuals|people|adults|"
    r"persons|children|survivors)\b"
)
_WORD_CHAR = re.compile(r"\w")
_COUNT_BEFORE = re.compile(
    r"(?<![\w./%-])(?<![Pp]hase\s)(?<![Pp]hase)"
    + _NUMBER
    + r"(?:\s+|\s*-\s*)(?:(?!(?:of|in|with|and|or|from|to|per|at|by|on|for|that|who|which|were|"
    r"was|trials?|stud(?:y|ies)|enrolled|included|treated|received|had|have|hospitals?|"
    r"cent(?:re|er)s?|sites?|institutions?|countries)\s)(?![\d.]+\s)"
    r"[A-Za-z0-9+/\-]+\s+){0,4}$",
    re.I,
)
_TOTAL = re.compile(
    r"\ba\s+total\s+of\s+" + _NUMBER + r"|(?<![\w])[nN]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
    r"|(?<![\w.])(?P<all>\d{1,3}(?:,\d{3})+|\d+)\s+in\s+(?:all|total)\b"
    # "240 patients were screened and 199 were randomised": the count the verb makes a cohort
    r"|(?<![\w.,])(?P<were>\d{1,3}(?:,\d{3})+|\d+)\s+(?:were|had\s+been)\s+(?:randomi[sz]ed|"
    r"randomly\s+(?:assigned|allocated)|enrolled|included)\b",
    re.I,
)
_INCLUSION = re.compile(
    r"\b(?:enrol+ed|included|treated|received|analy[sz]ed|identified|evaluated|eligible|"
    r"registered|randomi[sz]ed|randomly\s+assigned|assigned|participated|collected|consecutive|"
    r"recruited|accrued|reviewed|underwent|comprised|cohort|population|total|allocated)\b",
    re.I,
)
_NOT_COHORT_AFTER = re.compile(
    r"^\s*(?:\(\s*\d+(?:\.\d+)?\s*%|were\s+screened|screened|assessed\s+for|had\s+died|died|"
    r"\d|%|achieved|responded|experienced|discontinued|had\s+(?:a\s+)?(?:complete|partial|"
    r"objective|intracranial))",
    re.I,
)
# "The study included 174 patients (56.9% male ...)": a cohort described, not a share of one.
_INCLUDED = re.compile(
    r"\b(?:included|enrol+ed|recruited|comprised|analy[sz]ed|identified)\s+(?:a\s+total\s+of\s+)?$",
    re.I,
)
_FRACTION_BEFORE = re.compile(r"(?:\d\s*(?:/|of|out\s+of)|\bof\s+(?:these|whom))\s*$", re.I)


def words_to_int(text: str) -> int | None:
    """ "Thirty-nine" -> 39, "one hundred and four" -> 104, "104" -> 104, "1,054" -> 1054."""
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", t):
        if word == "and" or not word:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            return None
    total += current
    return total or None


# A sentence ends at a stop followed by a capital or a bracket, and at a newline. (The stop
# is matched rather than looked behind for: a leading look-behind is tried at every position.)
# The pattern opens with one character class, which ``re`` scans for quickly.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])\s+(?=[A-Z(])|(?<=\n))")


def _sentences(text: str) -> Iterator[str]:
    """Sentences, lazily: the reader usually stops at the first few."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + (text[m.start()] != "\n")  # keep the stop
        yield text[start:end]
        start = m.end()
    yield text[start:]


# Where a count can begin: a digit or the first letter of a number word, at a word start.
# _COUNT_BEFORE is tried only there (a search would try every position of the window).
_COUNT_START = re.compile(
    r"[\d" + "".join(sorted({w[0] for w in (*_UNITS, *_TENS)})) + r"](?<![\w./%-].)"
)


def _count_before(sentence: str, starts: list[int], lo: int, hi: int) -> re.Match[str] | None:
    """The leftmost count in ``sentence[lo:hi]`` that reaches ``hi`` (as
    ``_COUNT_BEFORE.search(sentence, lo, hi)``, tried only at ``starts``)."""
    for pos in starts[bisect_left(starts, lo) : bisect_left(starts, hi)]:
        m = _COUNT_BEFORE.match(sentence, pos, hi)
        if m:
            return m
    return None


def _candidates(sentence: str) -> list[tuple[int, int]]:
    """(position, number) for each patient count in ``sentence``."""
    found = []
    starts: list[int] | None = None
    low = lower_same_length(sentence)
    for m in _NOUN.finditer(low):
        if m.start() and _WORD_CHAR.match(low, m.start() - 1):
            continue  # inside a word ("outpatients")
        if starts is None:
            starts = [c.start() for c in _COUNT_START.finditer(low)]
        before = _count_before(sentence, starts, max(0, m.start() - 70), m.start())
        if before is None:
            continue
        if _FRACTION_BEFORE.search(sentence, max(0, before.start() - 12), before.start()):
            continue
        if _NOT_COHORT_AFTER.match(sentence[m.end() : m.end() + 40]) and not _INCLUDED.search(
            sentence, max(0, before.start() - 30), before.start()
        ):
            continue
        n = words_to_int(before.group("num"))
        if n is not None and not (1900 <= n <= 2100 and m.group().lower() != "patients"):
            found.append((before.start(), n))
    has_total = (
        "=" in sentence
        or "total" in sentence
        or "Total" in sentence
        or " in all" in sentence
        or " were " in sentence
    )
    for m in _TOTAL.finditer(sentence) if has_total else ():
        n = words_to_int(m.group("num") or m.group("n") or m.group("all") or m.group("were"))
        if m.group("were") and n is not None and 1900 <= n <= 2100:
            continue  # "from 2015 to 2019 were included": a year
        if n is not None:
            found.append((m.start(), n))
    return sorted(found)


_OF_THEN_SUBSET = re.compile(
    r"^\s*(?:[A-Z][A-Za-z ]{2,30}:\s*|(?:Findings|Results)\s+)?"
    r"(?:Of|Among)\s+(?:the\s+|these\s+|all\s+)?"
    r"(?P<total>\d[\d,]*)\s[^,;]{0,80},\s*"
    r"(?P<m>\d[\d,]*)\s+(?:\([^)]*\)\s+)?(?:had|were|was|met|received|with|comprised|formed)\b"
    r"(?P<rest>.*)$",
    re.I,
)


def _subset(sentence: str) -> int | None:
    """ "Of N patients ..., M had ...": M (the analysed subset, "Of 2002 patients treated, 398
    had BM at baseline") or N (the cohort, when M is one part of a breakdown of N: "Of 501
    randomised, 336 were assigned to A and 165 to B", or a share: "373 (50.9%) had HRD").
    Returns None when the sentence is not of this shape; the caller then reads N as usual."""
    m = _OF_THEN_SUBSET.match(sentence)
    if not m:
        return None
    total = words_to_int(m.group("total"))
    part = words_to_int(m.group("m"))
    if total is None or part is None:
        return None
    if re.match(r"\s*\(\s*\d+(?:\.\d+)?\s*%", sentence[m.end("m") :]):
        return total  # "373 (50.9%) had ...": a characteristic of the cohort
    rest = re.sub(r"\([^)]*\)", "", m.group("rest"))
    others = [int(x) for x in re.findall(r"(?<![\w.])\d+(?![\w.%])", rest)]
    if others and abs(part + sum(others) - total) <= 1:
        return total  # the parts add up to the whole: "Of 700, 350 were assigned to A and 350 to B"
    if others and sum(others) == part:
        return part  # "369 were randomised: 246 to A and 123 to B"
    return total if len(others) >= 2 else part


_ARM_SIZE = re.compile(r"\(\s*[nN]\s*=\s*(\d+)\s*\)")


def _arms_total(sentence: str) -> int | None:
    """ "compared apalutamide (n = 525) with placebo (n = 527)": the arms of a cohort whose
    total the abstract never prints add up to it; None when a count stands outside them."""
    arms = _ARM_SIZE.findall(sentence)
    if len(arms) < 2 or not re.search(r"\b(?:random|assign|allocat|compar)", sentence, re.I):
        return None
    if _candidates(_ARM_SIZE.sub(" ", sentence)):
        return None
    return sum(int(a) for a in arms)


def cohort_size(text: str) -> int | None:
    """The headline number of patients stated in ``text`` (normalised abstract), or None."""
    first: int | None = None
    for sentence in _sentences(mask_background(text)):
        if not sentence.strip():
            continue
        subset = _subset(sentence)
        if subset:
            return subset
        for _pos, n in _candidates(sentence):
            if n < 2 or n > 2_000_000:
                continue
            if _INCLUSION.search(sentence):
                return _arms_total(sentence) or n
            if first is None:
                first = n
    return first
