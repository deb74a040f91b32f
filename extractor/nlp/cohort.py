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
_NOUN = (
    r"(?:patients?|pts|cases|women|men|participants|subjects|individuals|people|adults|"
    r"persons|children|survivors)"
)
_CANDIDATE = re.compile(
    r"(?<![\w./%-])" + _NUMBER + r"\s+(?:[A-Za-z0-9+/\-]+\s+){0,4}?" + _NOUN + r"\b"
    r"|\ba\s+total\s+of\s+"
    + _NUMBER.replace("num", "num2")
    + r"|(?<![\w])[nN]\s*=\s*(?P<num3>\d{1,3}(?:,\d{3})+|\d+)",
    re.I,
)
_INCLUSION = re.compile(
    r"\b(?:enrol+ed|included|treated|received|analy[sz]ed|identified|evaluated|eligible|"
    r"registered|randomi[sz]ed|randomly\s+assigned|assigned|participated|collected|consecutive|"
    r"recruited|accrued|reviewed|underwent|comprised|cohort|population|total)\b",
    re.I,
)
_NOT_COHORT_AFTER = re.compile(
    r"^\s*(?:\(\s*\d+(?:\.\d+)?\s*%|were\s+screened|screened|assessed\s+for|had\s+died|died|"
    r"\d|%|achieved|responded|experienced|discontinued|had\s+(?:a\s+)?(?:complete|partial|"
    r"objective|intracranial))",
    re.I,
)
_FRACTION_BEFORE = re.compile(r"(?:\d\s*(?:/|of|out\s+of)|\bof\s+(?:the|these|whom))\s*$", re.I)
_BACKGROUND = re.compile(
    r"(?:^|\n)\s*(?:BACKGROUND|Background|INTRODUCTION|Introduction|PURPOSE|Purpose|"
    r"OBJECTIVES?|Objectives?|AIMS?|Aims?|CONTEXT|Context)\s*:?[^\n]*",
)


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


def _sentences(text: str) -> list[tuple[int, str]]:
    out = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z(])|\n", text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def cohort_size(text: str) -> int | None:
    """The headline number of patients stated in ``text`` (normalised abstract), or None."""
    masked = _BACKGROUND.sub(lambda m: " " * len(m.group(0)), text)
    first: int | None = None
    for _start, sentence in _sentences(masked):
        if not sentence.strip():
            continue
        for m in _CANDIDATE.finditer(sentence):
            raw = m.group("num") or m.group("num2") or m.group("num3")
            n = words_to_int(raw)
            if n is None or n < 2 or n > 2_000_000:
                continue
            if _FRACTION_BEFORE.search(sentence[: m.start()]):
                continue
            if _NOT_COHORT_AFTER.match(sentence[m.end() :]):
                continue
            if 1900 <= n <= 2100 and m.group("num") and not m.group(0).lower().endswith("patients"):
                continue
            if _INCLUSION.search(sentence):
                return n
            if first is None:
                first = n
    return first
