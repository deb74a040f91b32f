"""The headline cohort size: the number of patients the abstract first states as enrolled,
included, treated or analysed (FORMAT.md ``cohort_size``).

Candidates are "<number> [up to four words] patients|cases|women|participants..." (digits or
words: "Thirty-nine patients"), "a total of <number>" and "N = <number>". Numbers that are parts
of fractions ("11 of 15 patients"), counts followed by a percentage ("23 patients (59%)"),
screening counts, planned sizes, trial numbers ("ECOG 4599") and background sentences are not
candidates. The first candidate in a sentence with an inclusion verb wins (or, in it, those
taken in after a screening count, two arms' sum, or the count the others add up to); else the
first candidate; else the whole of an "n/N patients"; else a count the study states of itself
in its background ("We now describe the full cohort of 36 patients").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from extractor.nlp.regex_scan import compile_guarded, lowers_as_ascii
from extractor.nlp.sections import mask_background
from extractor.nlp.values import TENS_WORDS as _TENS
from extractor.nlp.values import UNIT_WORDS as _UNITS
from extractor.nlp.values import at_word_start, lower_same_length

# A number word below 100 ("thirty-nine", "four").
_SMALL_WORD = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[\s-](?:"
    + "|".join(list(_UNITS)[:9])
    + r"))?|"
    + "|".join(_UNITS)
    + r")"
)
# A count in words ("Thirty-nine", "one hundred and four", "One thousand two hundred and
# fifteen"); the linker reads counts with it too. (Without the thousands, the last example
# read as 215.)
WORD_NUMBER = (
    _SMALL_WORD
    + r"(?:\s+thousand(?:,?\s+(?:and\s+)?"
    + _SMALL_WORD
    + r"(?![\w-]))?)?(?:\s+hundred(?:\s+(?:and\s+)?[a-z-]+)?)?"
)
# The first three letters of every number word.
_NUMBER_WORD_OPENINGS = "one|two|thr|fou|fiv|six|sev|eig|nin|ten|ele|twe|thi|fif|for"
# (Thousands may be grouped with commas or with (thin) spaces: "1,054", "11 351".)
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d.])|\d+|" + WORD_NUMBER + r")"
# A patient noun, then a look back for the number that counts it ("39 HER2-positive patients").
# Matched on the lower-cased sentence: re.IGNORECASE makes every scanned character dearer.
# (No leading ``\b``: the pattern opens with literal words, so ``re`` skips to their first
# letters; the word start is checked by the caller. That skip needs every alternative to open
# with a plain letter: a nested group or an optional word first makes ``re`` try every
# position, three times slower, so "(medical )?charts" is spelled out.)
# The words are grouped by first letter (a trie): a position that opens with one of those
# letters then tests the few words that start with it, not all eighteen. (Within a letter the
# words keep their order of precedence: "patients?" before "patient\s+records", "cases"
# before "case\s+records", as in the flat list they were written as.)
_NOUN = re.compile(
    r"(?:p(?:atients?|ts|articipants|eople|ersons|atient\s+records)"
    # ("124 eligible medical records were identified"; a search's "10,802 records" are none)
    r"|c(?:ases|hildren|ase\s+records|harts)"
    r"|women"
    r"|m(?:en|edical\s+records|edical\s+charts)"
    r"|s(?:ubjects|urvivors)"
    # ("313 chemotherapy-naive Korean never-smokers": a population named by its habit)
    r"|n(?:ever-smokers|on-?smokers)"
    r"|individuals|adults)\b"
    # (not a name's possessive: "three consecutive Children's Oncology Group trials")
    r"(?!['\u2019]s\b)"
)
_COUNT_BEFORE = compile_guarded(
    # (nor an allele's number: "HLA-A*0201-positive patients")
    r"(?<![\w./%<>=*-])(?<![Pp]hase\s)(?<![Pp]hase)"
    # "in stage 2 further patients", "Cohort 2 included patients": a part's number
    r"(?<!stage\s)(?<!cohort\s)(?<!part\s)(?<!arm\s)(?<!grade\s)"
    # "After 117 patients had been enrolled, folic acid was added": when, not how many (but
    # "the study closed after 540 patients had been enrolled" counts them all)
    r"(?<!(?-i:After)\s)(?<!(?-i:Once)\s)"
    + _NUMBER
    # (a dose or a time is no count: "800 mg/d and ENLIVEN patients")
    + r"(?!\s*(?:mg|g|mcg|µg|Gy|cGy|IU|units?|cycles?|doses?|weeks?|days?|months?|years?|"
    r"hours?)\b)"
    # "159 enrolled pts", "48 treated patients": the verb as an adjective
    + r"(?:\s+(?:consecutively|prospectively|retrospectively))?"
    + r"(?:\s+(?:enrolled|included|treated|randomi[sz]ed))?"
    + r"(?:\s+|\s*-\s*)(?:(?!(?:of|in|with|from|to|per|at|by|on|for|that|who|which|were|"
    r"was|trials?|stud(?:y|ies)|enrolled|included|treated|received|had|have|hospitals?|them|"
    r"they|as|"
    # ("two national health registries identified every patient")
    r"cent(?:re|er)s?|sites?|institutions?|countries|registr(?:y|ies)|databases?)\s)"
    r"(?![\d.]+\s)"
    # ("79 pediatric and young adult patients", but not "2 or more patients")
    r"(?!(?:and|or)\s+(?:\d|more|fewer|less|over|under|above|below|[a-z]+\s+(?:and|or)\s))"
    r"[A-Za-z0-9+/\-]+\s+){0,5}$",
    re.I,
)
# "113 in all", "57 in total": the whole of the parts before it.
# (not the top of a range: "PS 0-1 in all")
_IN_ALL_COUNT = r"(?<![\w.])(?<!\d-)(?P<all>\d{1,3}(?:,\d{3})+|\d+)\s+in\s+(?:all|total)\b"
# (The look-ahead first makes a failing position cost one character test: every alternative
# opens with "a", "n", "p", "f", "i", "t" or a digit.)
_TOTAL = re.compile(
    # (the second look-ahead holds the opening of every alternative: "a total", "n =", a digit,
    # "found", "identified", "total", "patients", "pts", "participants"; most positions that
    # pass the first fail it at one character)
    r"(?=[aAnNpPfFiItT0-9])(?=\d|a\s|n\s*=|found|identified|total|pa|pt)(?:\ba\s+total\s+of\s+"
    + _NUMBER
    # (not a length of treatment or a dose: "continued up to a total of 52 weeks")
    + r"(?!\d|\s*(?:weeks?|months?|years?|days?|cycles?|doses?|courses?|fractions?|[Gg]y|mg)\b)"
    + r"|(?<![\w])[nN]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?!\d)"
    # "(n = 132; 60.6%)": a share of the cohort, not the cohort (but "(n=100; 65% male)"
    # describes the cohort it counts)
    r"(?!\s*[;,]\s*\d+(?:\.\d+)?\s*%\s*\))"
    + r"|"
    + _IN_ALL_COUNT
    # "240 patients were screened and 199 were randomised": the count the verb makes a cohort
    # ("status of 0-2 were randomly assigned": the end of a range)
    + r"|(?<![\w.,<>=-])(?P<were>\d{1,3}(?:,\d{3})+|\d+)\s+(?:were|had\s+been)\s+(?:randomi[sz]ed|"
    r"randomly\s+(?:assigned|allocated)|enrolled|included|eligible|treated)\b"
    # "the first 850 of 1225 enrolled patients": the enrolled
    r"|(?<![\w.,])\d[\d,]*\s+of\s+(?:the\s+)?(?P<of_enrolled>\d[\d,]*)\s+(?:enrolled|randomi[sz]ed|"
    r"included)\s+(?:patients|pts|participants)\b"
    # "found 93 who developed brain metastases", "we found 79 with BM"
    r"|\b(?:found|identified)\s+(?P<found>\d[\d,]*)\s+(?:who|that|with)\b"
    # "Patients randomized (n): A, 335; B, 334; C, 337; total, 1006": a row's total
    r"|\btotal\s*[,:=]\s*(?P<row_total>\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:[;)]|\.(?!\d)|$))"
    # "Elderly patients numbered 224"
    r"|(?:patients|pts|participants)\s+(?:numbered|totall?ed)\s+(?P<numbered>\d[\d,]*)\b"
    # "22 of a planned 110 patients had been enrolled", "745 (99%) of the 748 planned patients"
    r"|(?<![\w.,])(?P<of_planned>\d[\d,]*)\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?of\s+"
    r"(?:(?:a|the)\s+(?:planned|targeted|intended)\s+\d|(?:the\s+)?\d[\d,]*\s+(?:planned|"
    # (not "228 of 302 planned events": events, not patients)
    r"targeted|intended)\b(?!\s+(?:deaths|events)\b))"
    # "HER2-positive, and 33 of them were enrolled": those taken in of a group just named
    r"|(?<![\w.,])(?P<of_them>\d[\d,]*)\s+of\s+(?:them|these|those)\s+(?:were|was)\s+"
    r"(?:enrolled|included|randomi[sz]ed|randomly\s+assigned)\b"
    # "410 of 519 screened patients were enrolled": those taken in, not the screened
    r"|(?<![\w.,])(?P<of_screened>\d[\d,]*)\s+of\s+(?:the\s+)?\d[\d,]*\s+(?:screened|assessed)\s+"
    r"(?:patients\s+|pts\s+|participants\s+)?(?:were|was)\s+(?:enrolled|included|randomi[sz]ed|"
    r"randomly\s+assigned|eligible)\b)",
    re.I,
)
# A score's threshold before "were randomly assigned", not a count of patients.
# (also the top of a score's range: "a WHO risk score of 0 to 6 were included", "a performance
# status of 0 to 2 were eligible")
_SCALE_BEFORE = re.compile(
    r"(?:at\s+least|status\s+of|score\s+of|\u2265|>=|(?:score|status)\s+of\s+\d+\s*(?:to|-))\s*$",
    re.I,
)
# (the same, for a lower-cased ASCII sentence: its letters are lower-case or in pairs, "[nN]")
_TOTAL_LOW = re.compile(_TOTAL.pattern)
# Where a _TOTAL_LOW match can start in a lower-cased sentence, but for its first character and
# "patients|pts|participants numbered|total(l)ed" (no word start; see :func:`_totals_low`): the
# character after a non-word character, if it opens a digit, "a" + space + "total", "n" + "=",
# "found", "identified" or "total" + [,:=] (every other alternative needs one, with no word
# character before). It opens with one character class, so ``re`` skips in C to the characters
# between words, rather than entering _TOTAL's look-aheads at every position.
_TOTAL_START = re.compile(
    r"\W(?:\d[\d,]*\s+(?:in\s|were\s|had\s|of\s|\()|a\s+total|n\s*=|found|identified|"
    r"total\s*[,:=])"
)


def _totals_low(low: str) -> Iterator[re.Match[str]]:
    """``_TOTAL_LOW.finditer(low)``: tried at the first character, then only at the character
    after each :data:`_TOTAL_START` (leftmost first, each search going on from the end of the
    match before, as ``finditer``; no match is empty, and one tried at a position sees the text
    before it, as in a search). A text that may hold "patients numbered ..." is scanned whole."""
    if "numbered" in low or "totaled" in low or "totalled" in low:
        yield from _TOTAL_LOW.finditer(low)
        return
    m = _TOTAL_LOW.match(low)
    if m:
        yield m
    pos = m.end() if m else 1  # (the first position that a match may start at)
    while start := _TOTAL_START.search(low, pos - 1):
        m = _TOTAL_LOW.match(low, start.start() + 1)
        if m:
            yield m
            pos = m.end()
        else:
            pos = start.start() + 2


_INCLUSION = compile_guarded(
    r"\b(?:enrol+ed|included|treated|received|analy[sz]ed|identified|evaluated|eligible|"
    r"registered|randomi[sz]ed|randomly\s+assigned|assigned|participated|collected|consecutive|"
    r"recruited|accrued|reviewed|underwent|comprised|cohort|population|total|allocated|studied|"
    r"examined|involved|managed|"
    # "Retrospective study of 47 SCLC pts from 2 centres"
    r"(?:study|analysis|review|series)\s+of(?=\s+(?:\d|[a-z]+[\s-]+(?:patients|pts)\b)))\b",
    re.I,
)
# _INCLUSION for an ASCII sentence, matched on it lower-cased (IGNORECASE makes every scanned
# character dearer) and with the words as a trie, so that a position costs one test of its
# first letter rather than one per word. Only whether it matches is read, and a reordered
# alternation matches at the same positions.
_OF_PATIENTS = r"\s+of(?=\s+(?:\d|[a-z]+[\s-]+(?:patients|pts)\b))"
_INCLUSION_LOW_WORDS = (
    r"(?:a(?:ccrued|llocated|naly[sz]ed|nalysis" + _OF_PATIENTS + r"|ssigned)"
    r"|co(?:hort|llected|mprised|nsecutive)"
    r"|e(?:nrol+ed|valuated|ligible|xamined)"
    r"|i(?:ncluded|dentified|nvolved)"
    r"|managed|underwent"
    r"|p(?:articipated|opulation)"
    r"|r(?:andomi[sz]ed|andomly\s+assigned|e(?:c(?:eived|ruited)|gistered|view(?:ed|"
    + _OF_PATIENTS
    + r")))"
    r"|s(?:tudied|tudy" + _OF_PATIENTS + r"|eries" + _OF_PATIENTS + r")"
    r"|t(?:reated|otal))\b"
)
# The words after a non-word character: the pattern opens with one character class, so ``re``
# skips to the gaps between words in C. (A word start in an ASCII text is its first character
# or follows a non-word character; see :func:`_has_inclusion`.)
_INCLUSION_AFTER_GAP = re.compile(r"\W" + _INCLUSION_LOW_WORDS)
_INCLUSION_AT_START = re.compile(_INCLUSION_LOW_WORDS)


def _has_inclusion(sentence: str, low: str) -> bool:
    """Whether ``_INCLUSION.search(sentence)`` matches; ``low`` is ``sentence.lower()``.
    (For ASCII text, matching ignoring case is matching the lower-cased text.)"""
    if not sentence.isascii():
        return _INCLUSION.search(sentence) is not None
    # (``\b`` before a letter: at the start, or after a non-word character)
    return (
        _INCLUSION_AFTER_GAP.search(low) is not None or _INCLUSION_AT_START.match(low) is not None
    )


_NOT_COHORT_AFTER = re.compile(
    # ("About 180 patients were to be randomized": the planned size)
    r"^\s*(?:\(\s*\d+(?:\.\d+)?\s*%|were\s+screened|screened|assessed\s+for|had\s+died|died|"
    r"(?:were|was)\s+to\s+be\b|"
    r"\d|%|achieved|responded|experienced|discontinued|had\s+(?:a\s+)?(?:complete|partial|"
    r"objective|intracranial))",
    re.I,
)
# "The study included 174 patients (56.9% male ...)": a cohort described, not a share of one.
_INCLUDED = compile_guarded(
    r"\b(?:included|enrol+ed|recruited|comprised|analy[sz]ed|identified|held|contained)\s+(?:a\s+total\s+of\s+)?$",
    re.I,
)
# A group's acronym before a number names a trial ("ECOG 4599", "CALGB 9741"); a section
# heading in capitals does not ("RESULTS 39 patients").
_TRIAL_CODE_BEFORE = compile_guarded(
    r"\b(?!(?:RESULTS|FINDINGS|METHODS|CONCLUSIONS?|BACKGROUND|PURPOSE|OBJECTIVES?|DESIGN|"
    r"SETTING|PARTICIPANTS|INTERVENTIONS?|MEASUREMENTS|AIMS?|IN|OF|AND|ALL|THE)\s)[A-Z]{2,8}\s+$"
    # "CheckMate 141 randomized patients", "IMpower 150": a trial's name in mixed case
    r"|\b[A-Z]+[a-z]+[A-Z][A-Za-z]*\s+$|\b[A-Z]{2,}[a-z]+\s+$"
)
_YEAR_BEFORE = compile_guarded(
    r"(?:\b(?:in|since|from|during|until|to|by|between|and|of|before|after|through|year|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)|"
    r"[-/])\s*$",
    re.I,
)
_OPENING_AMONG = re.compile(
    r"^\s*(?:[A-Z][A-Za-z ]{2,30}:\s*)?(?:Among|Of|In)\s+(?:the\s+|all\s+)?$"
)
# The size of a study's preliminary part, not of its cohort.
_PART_BEFORE = compile_guarded(
    r"\b(?:part|lead-in|run-in|dose[- ](?:finding|escalation)|optimi[sz]e\s+the\s+dose|"
    r"phase\s+(?:1b?|ib?))\b[^()]{0,40}\(\s*$",
    re.I,
)
# The part of a study a count is the size of: "a lead-in cohort of", "a safety run-in of".
# Those an event happened to: "adverse events occurred in three patients".
_EVENT_IN_BEFORE = re.compile(r"\b(?:occurred|developed|observed|reported|seen)\s+in\s+$", re.I)
_LEAD_IN_OF = compile_guarded(
    r"\b(?:lead-in|run-in|dose[- ](?:escalation|finding))(?:\s+(?:cohort|phase|part|"
    r"portion|stage))?\s+(?:of|with)\s+$",
    re.I,
)
_MONTH_BEFORE = compile_guarded(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", re.I
)
_EARLY_PHASE_BEFORE = compile_guarded(
    r"\b(?:phase\s+(?:1b?|ib?)|dose[- ](?:escalation|finding)|safety\s+run-in|lead-in)\b"
    r"[^;,.]{0,20}$",
    re.I,
)
_MAIN_PHASE_BEFORE = compile_guarded(r"\bphase\s+(?:2|ii|3|iii)\b[^;.]{0,20}$", re.I)
# (and "one in five evaluable patients", a ratio)
_FRACTION_BEFORE = compile_guarded(
    r"(?:\d\s*(?:/|of|out\s+of)|\bof\s+(?:these|whom)|\b(?:one|two|three|[123])\s+in)\s*$", re.I
)


def words_to_int(text: str) -> int | None:
    """ "Thirty-nine" -> 39, "one hundred and four" -> 104, "two thousand and six" -> 2006,
    "104" -> 104, "1,054" -> 1054."""
    t = text.lower().replace(",", "")
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", t):
        t = t.replace(" ", "")
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
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
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
    r"[\d" + "".join(sorted({w[0] for w in (*_UNITS, *_TENS)})) + r"](?<![\w./%*-].)"
)
# The same for an ASCII sentence, where a number word's next two letters are also those of a
# number word (in ``low`` as in the sentence: the scan on it ignores case as _COUNT_BEFORE
# does). Words such as "the", "to", "of" or "survival" then cost no try of _COUNT_BEFORE.
# (Not for other text: under IGNORECASE "ı" and "ſ" match "i" and "s", which ``str.lower``
# does not give.)
_COUNT_START_ASCII = re.compile(
    _COUNT_START.pattern
    + r"(?=(?<=\d)|"
    + "|".join(sorted({w[1:] for w in _NUMBER_WORD_OPENINGS.split("|")}))
    + r")"
)


def _count_before(sentence: str, low: str, lo: int, hi: int) -> re.Match[str] | None:
    """The leftmost count in ``sentence[lo:hi]`` that reaches ``hi`` (as
    ``_COUNT_BEFORE.search(sentence, lo, hi)``, tried only where :data:`_COUNT_START`, or
    :data:`_COUNT_START_ASCII`, finds a count can begin in ``low``, the sentence lower-cased
    with the same offsets)."""
    # (The scan is bounded to the window: its look-behind still sees the character before
    # ``lo``, so it finds there exactly the starts it finds in the whole sentence; and it stops
    # at the first count, which is the leftmost.)
    starts = _COUNT_START_ASCII if sentence.isascii() else _COUNT_START
    for start in starts.finditer(low, lo, hi):
        m = _COUNT_BEFORE.match(sentence, start.start(), hi)
        if m:
            return m
    return None


def _candidates(sentence: str, low: str | None = None) -> list[tuple[int, int]]:
    """(position, number) for each patient count in ``sentence``; ``low``, when given, is
    ``sentence.lower()`` (the caller's, not made again where it keeps the offsets)."""
    found = []
    if low is None or len(low) != len(sentence):
        low = lower_same_length(sentence)
    for m in _NOUN.finditer(low):
        if not at_word_start(low, m.start()):
            continue  # inside a word ("outpatients")
        before = _count_before(sentence, low, max(0, m.start() - 70), m.start())
        if before is None:
            continue
        if _FRACTION_BEFORE.search(sentence, max(0, before.start() - 12), before.start()):
            continue
        if _TRIAL_CODE_BEFORE.search(sentence, max(0, before.start() - 12), before.start()):
            continue  # "ECOG 4599 randomly assigned patients": a trial's number
        if _PLANNED_BEFORE.search(sentence, max(0, before.start() - 30), before.start()):
            continue
        if "each" in low and _EACH_WITH.search(low, max(0, before.start() - 40), m.end()):
            continue  # "14 trials, each with more than 150 patients, were pooled (N = 12,567)"
        if ("screened" in low or "sought" in low) and _SCREENED_BEFORE.search(
            sentence, max(0, before.start() - 30), before.start()
        ):
            continue  # "We retrospectively screened more than 6000 patients": a rough count
            # of a search, never the cohort (an exact one may be: "We screened 131 patients
            # ... and analysed their data")
        if _LEAD_IN_OF.search(sentence, max(0, before.start() - 40), before.start()):
            continue  # "A lead-in cohort of five patients received ...": a part's size
        if _EVENT_IN_BEFORE.search(sentence, max(0, before.start() - 20), before.start()):
            continue  # "Grade 5 adverse events occurred in three patients": an event's count
        if (
            _NOT_COHORT_AFTER.match(sentence[m.end() : m.end() + 40])
            and not _INCLUDED.search(sentence, max(0, before.start() - 30), before.start())
            # "Among 300 randomly sampled pts (77.0% HR+, ...)": the cohort described
            and not _OPENING_AMONG.match(sentence[: before.start()])
        ):
            continue
        n = words_to_int(before.group("num"))
        # "In 2019 participants ...": a year, unless nothing dates it ("totalling 2052
        # participants")
        if (
            n is not None
            and 1900 <= n <= 2100
            and (
                m.group().lower() != "patients"
                or _MONTH_BEFORE.search(sentence, max(0, before.start() - 12), before.start())
            )
            and _YEAR_BEFORE.search(sentence, max(0, before.start() - 12), before.start())
        ):
            continue  # ("from January 2012 to June 2013 and classified them as ... patients")
        if n is not None:
            found.append((before.start(), n))
    has_total = (
        "=" in sentence
        or "total" in sentence
        or "Total" in sentence
        or " in all" in sentence
        or " were " in sentence
        or "planned" in sentence
        or "targeted" in sentence
        or "intended" in sentence
        or "screened" in sentence
        or "numbered" in sentence
        or "found" in sentence
        or "identified" in sentence
        # ("the first 850 of 1225 enrolled patients", "33 of them were enrolled")
        or (
            " of " in sentence
            and ("enrolled" in sentence or "andomi" in sentence or "included" in sentence)
        )
    )
    # (An ASCII sentence is scanned lower-cased without IGNORECASE, the same spans; the
    # counts' groups come out lower-cased, and :func:`words_to_int` reads them so.)
    if not has_total:
        totals: Iterator[re.Match[str]] = iter(())
    elif sentence.isascii():
        totals = _totals_low(low)
    else:
        totals = _TOTAL.finditer(sentence)
    for m in totals:
        n = words_to_int(
            m.group("num")
            or m.group("n")
            or m.group("all")
            or m.group("were")
            or m.group("of_planned")
            or m.group("of_screened")
            or m.group("of_them")
            or m.group("numbered")
            or m.group("of_enrolled")
            or m.group("found")
            or m.group("row_total")
        )
        if m.group("were") and n is not None and 1900 <= n <= 2100:
            continue  # "from 2015 to 2019 were included": a year
        if m.group("were") and _SCALE_BEFORE.search(sentence, max(0, m.start() - 25), m.start()):
            continue  # "a Karnofsky performance status of at least 70 were randomly assigned"
        if m.group("n") and _PART_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            continue  # "After an open-label part to optimize the dose (n = 12), 261 patients"
        if n is not None:
            found.append((m.start(), n))
    found.sort()
    if len(found) >= 2 and _EARLY_PHASE_BEFORE.search(
        sentence, max(0, found[0][0] - 30), found[0][0]
    ):
        # "Phase 1b treated 15 patients; in phase 2, 133 patients were randomised": the size
        # of the dose-finding part is not the trial's, when a later count is the main part's
        later = [
            c for c in found[1:] if _MAIN_PHASE_BEFORE.search(sentence, max(0, c[0] - 30), c[0])
        ]
        if later:
            found = [c for c in found if c[0] >= later[0][0]]
    return found


# "Of N ...", "Results: Among the N ...": the count a sentence opens with. The patterns built
# on it are matched at the sentence's first character that is no white space (see
# :func:`_subset`): a leading "^\\s*" would make a sentence after a blanked background section,
# hundreds of spaces long, cost a failed attempt per space.
_OF_TOTAL = (
    r"(?:[A-Z][A-Za-z ]{2,30}:\s*|(?:Findings|Results)\s+)?"
    # ("From a cohort of 1,040,877 individuals with CRC, 795 had ...")
    # ("From the 3616 patients in the registry, we identified 356 who ...")
    r"(?:Of|Among|From\s+(?:a|the)\s+(?:cohort|population|total)\s+of|From\s+the)\s+"
    r"(?:the\s+|these\s+|all\s+)?(?P<total>\d[\d,]*)\s"
)
_OF_THEN_SUBSET = re.compile(
    _OF_TOTAL + r"[^,;]{0,80},\s*(?:we\s+(?:\w+\s+)?(?:identified|selected|included)\s+)?"
    r"(?:only\s+|just\s+)?"
    r"(?P<m>\d[\d,]*)\s+(?:\([^)]*\)\s+)?"
    r"(?:had|were|was|met|received|with|comprised|formed|who)\b"
    r"(?P<rest>.*)$",
    re.I,
)


# "Among 505 patients with PD-L1 TPS >50%, 61% had ECOG PS 0-1": shares of the cohort.
_OF_THEN_SHARE = re.compile(
    _OF_TOTAL + r"\s*(?:patients|pts|participants|women|men)\b[^,;]{0,80},\s*"
    r"\d+(?:\.\d+)?\s*%\s+(?:had|were|was|received)\b"
)
_RECEIVED = re.compile(
    r"(?:were|was)\s+(?:able\s+to\s+receive|treated|enrolled|included)\b|received\b|underwent\b",
    re.I,
)
_SCREENED = compile_guarded(r"\b(?:screened|assessed\s+for\s+eligibility)\b", re.I)
_TAKEN_IN = compile_guarded(
    r"\b(?P<n>\d[\d,]*)\s+(?:of\s+(?:those|these|them)\s+)?(?:patients\s+)?"
    # ("306 patients were screened and 257 randomly assigned": the verb shared)
    r"(?:(?:(?:were|was)\s+)?(?:randomly\s+(?:assigned|allocated)|randomi[sz]ed)|"
    r"(?:(?:were|was)\s+)?(?:enrolled|included)|(?:were|was)\s+(?:treated|eligible)|"
    r"met\s+the\s+eligibility\s+criteria|had\s+received|entered\s+the\s+(?:study|trial)|"
    r"underwent\s+randomi[sz]ation)\b",
    re.I,
)
# Those a screen took in, the verb before them: "... and retrospectively analysed the 96 who".
_TOOK_IN = re.compile(
    r"\b(?:analy[sz]ed|included|enrolled|selected|identified)\s+(?:the\s+|a\s+total\s+of\s+)?"
    r"(?:all\s+)?(?P<n>\d[\d,]*)\s+(?:[a-z]+\s+){0,2}?(?:who|patients|pts|eligible)\b",
    re.I,
)
# A count per trial, centre or arm of a pooled study: "each with more than 150 patients".
_EACH_WITH = re.compile(
    r"\beach\s+(?:with|of|enrolling|including|having)\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|over\s+|at\s+least\s+|[>\u2265]=?\s*)?[\d,]+\s+patients",
    re.I,
)
_EACH_ARM = re.compile(r"\s*(?:were\s+)?(?:\w+\s+){0,2}to\s+each\s+(?:arm|group)\b", re.I)


# The words an _OF_TOTAL opening can start with (after leading white space), lower-cased to
# their first two letters: "Of", "Among", "From", "Findings", "Results".
_OF_OPENINGS = frozenset({"of", "am", "fr", "fi", "re"})


def _may_open_with_of(sentence: str) -> bool:
    """False only when no match of :data:`_OF_TOTAL` can follow the leading white space of
    ``sentence`` (the pattern opens with a letter): the sentence then opens with none of
    :data:`_OF_OPENINGS`, and no colon closes a label ("[A-Z][A-Za-z ]{2,30}:", at most 32
    characters). Non-ASCII openings are left to the regex ("ſ", "ı", "İ" match ASCII letters
    under IGNORECASE)."""
    head = sentence.lstrip()[:32]
    return not head.isascii() or head[:2].lower() in _OF_OPENINGS or ":" in head


def _subset(sentence: str) -> int | None:
    """ "Of N patients ..., M had ...": M (the analysed subset, "Of 2002 patients treated, 398
    had BM at baseline") or N (the cohort, when M is one part of a breakdown of N: "Of 501
    randomised, 336 were assigned to A and 165 to B", or a share: "373 (50.9%) had HRD").
    Returns None when the sentence is not of this shape; the caller then reads N as usual."""
    if not _may_open_with_of(sentence):
        return None  # (neither _OF_THEN_SUBSET nor _OF_THEN_SHARE can match)
    # (Matched where the leading white space ends: what the patterns open with is a letter,
    # so "^\\s*" before them could only have taken all of it.)
    opening = len(sentence) - len(sentence.lstrip())
    m = _OF_THEN_SUBSET.match(sentence, opening)
    if not m:
        share = _OF_THEN_SHARE.match(sentence, opening) if "%" in sentence else None
        return words_to_int(share.group("total")) if share else None
    total = words_to_int(m.group("total"))
    part = words_to_int(m.group("m"))
    if total is None or part is None:
        return None
    share = re.match(r"\s*\(\s*\d+(?:\.\d+)?\s*%[^)]*\)\s*", sentence[m.end("m") :])
    if share and _MET_CRITERIA.search(sentence, m.end("total"), m.start("m")):
        # "Of the 2642 patients who met the criteria, 481 (18%) received adjuvant therapy":
        # the share treated is a part of the cohort the criteria selected
        return total
    if share and not _RECEIVED.match(sentence, m.end("m") + share.end()):
        # "Of 83 patients with samples, 37 (45%) had PD-L1-positive tumours, and 23 were
        # enrolled": those enrolled after the screen
        enrolled = _ENROLLED_AFTER.search(sentence, m.end("m"))
        if enrolled:
            return words_to_int(enrolled.group("n"))
        return total  # "373 (50.9%) had ...": a characteristic of the cohort
    # ("Of 9610 patients, only 155 (1.61%) were able to receive immunotherapy": those treated)
    if _SCREENED.search(sentence, m.start("total"), m.start("m")):
        # "Of 3807 patients screened, 810 had HER2-positive tumours and 594 were randomly
        # assigned": the screened are no cohort; those the trial took in are.
        taken = _TAKEN_IN.search(sentence, m.start("m"))
        return words_to_int(taken.group("n")) if taken else part
    if _EACH_ARM.match(m.group("rest")):
        return total  # "Of 560 randomized patients, 280 were assigned to each arm"
    if _EVALUABLE.match(sentence, m.end("m")):
        return total  # "Of the 212 patients enrolled, 180 were evaluable": an analysis set
    if _OUTCOME_COUNT.match(sentence, m.end("m")):
        return total  # "Of 891 patients analyzed, 452 were alive at ...": an outcome's count
    rest = re.sub(r"\([^)]*\)", "", m.group("rest"))
    # (years are no parts: "356 who received it before 2017, ...; 173 of them ...")
    # (nor doses and sizes: "76 both, most often 30 Gy in 10 fractions")
    others = [
        int(x) for x in _PART_COUNT.findall(rest) if not (len(x) == 4 and x[:2] in ("19", "20"))
    ]
    if others and abs(part + sum(others) - total) <= 1:
        return total  # the parts add up to the whole: "Of 700, 350 were assigned to A and 350 to B"
    if others and sum(others) == part:
        return part  # "369 were randomised: 246 to A and 123 to B"
    if others and 0.9 * total <= part + sum(others) < total:
        # nearly the whole (some received nothing): "Of 366 randomized patients, 243 received
        # MIRV and 109 received chemotherapy"
        return total
    if "eligible" in sentence[m.end("total") : m.start("m")] and _ENROLLED_AFTER.match(
        sentence, m.start("m")
    ):
        # "Of 606 eligible patients ..., 440 were randomized in a 2:1 ratio; 439 were analyzed,
        # 296 in ...": the eligible are no cohort; those randomised are
        return part
    return total if len(others) >= 2 else part


_MET_CRITERIA = re.compile(
    r"\b(?:met|fulfilled|satisfied)\s+(?:the\s+|all\s+|our\s+)?(?:\w+\s+)?criteria\b", re.I
)
_PART_COUNT = re.compile(
    r"(?<![\w.])(\d+)(?![\w.%])(?!\s*(?:c?Gy|mg|g|fractions?|cm|mm|years?|months?|weeks?|"
    r"days?|cycles?)\b)"
)
_EVALUABLE = re.compile(
    r"\s+(?:patients\s+)?(?:were|was)\s+(?:\w+\s+)?(?:evaluable|assessable|eligible\s+for\s+"
    r"(?:response|efficacy))\b",
    re.I,
)


# Those taken into the study after a screen: "..., and 23 were enrolled".
_ENROLLED_AFTER = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?:patients\s+)?(?:were|was)\s+(?:enrolled|randomi[sz]ed|"
    r"randomly\s+assigned)\b",
    re.I,
)
# A count of patients with an outcome, not a set that was analysed.
_OUTCOME_COUNT = re.compile(
    r"\s+(?:patients\s+)?(?:(?:were|was|remained)\s+(?:still\s+)?alive|(?:had\s+)?died|"
    r"(?:had\s+)?(?:not\s+)?(?:progressed|relapsed|recurred|responded)|"
    # ("Of 39 treated patients, 3 had a CNS response (1 complete, 2 partial)")
    r"(?:had|achieved)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:response|remission))\b",
    re.I,
)


# ("(1000 mg/d; n = 39)": the size may close a bracket that says more)
# ("to A (403 patients), B (137 patients) or C (136 patients)": the size in words)
# ("200 mg (laBCC, n = 66; mBCC, n = 13)": a bracket may hold two groups' sizes)
_ARM_SIZE = re.compile(
    r"[\(;,]\s*(?:[nN]\s*=\s*(\d+)|(\d+)\s+(?:patients|pts|participants))"
    r"\s*(?:\)|;(?=\s*[A-Za-z][^();]{0,30}?[nN]\s*=\s*\d+\s*\)))"
)


_SUBSET_OF = compile_guarded(
    r"\b(?:of\s+(?:which|whom|these|them)|among\s+(?:them|whom|these))\b", re.I
)


def _arms_total(sentence: str) -> int | None:
    """ "compared apalutamide (n = 525) with placebo (n = 527)", "infused every 3 weeks (q3w;
    n=43) or weekly (q1w; n=14)": the arms of a cohort whose total the abstract never prints
    add up to it; None when a count stands outside them."""
    arms = _ARM_SIZE.findall(sentence)
    if len(arms) < 2:
        return None
    if _SUBSET_OF.search(sentence):
        return None  # "39 studies (n = 4819), of which 32 studies (n = 3038)": a part, no arm
    if _candidates(_ARM_SIZE.sub(" ", sentence)):
        return None
    return sum(int(a or b) for a, b in arms)


# "150 patients were allocated to sorafenib and 76 to placebo", "Thirty-one patients in the WBRT
# arm and 23 in the combination arm were enrolled": the arms of a cohort whose total the
# sentence never prints.
_COUNT = r"(?:\d[\d,]*|" + WORD_NUMBER + r")"
# (the pattern; compiled with IGNORECASE only by :func:`_allocated_any_case`)
_ALLOCATED_PATTERN = (
    # (every count opens with a digit or the first letter of a number word, or follows a colon;
    # the second look-ahead holds the first three letters of every number word, which most
    # words that open with those letters lack)
    r"(?=[\dotfsen:])(?=\d|:|" + _NUMBER_WORD_OPENINGS + r")"
    r"(?:(?<![\w.,])(?P<a>" + _COUNT + r")\s+(?:patients\s+|pts\s+)?were\s+(?:randomly\s+)?"
    # ("135 were assigned to axitinib (n=135) and 69 to sorafenib": a bracket may follow)
    r"(?:allocated|assigned|randomi[sz]ed)\s+to\s+[^,;.()]{1,60}?(?:\s*\([^()]*\))?\s+and\s+"
    r"(?P<b>" + _COUNT + r")\s+"
    r"(?:patients\s+|pts\s+)?(?:were\s+)?(?:(?:randomly\s+)?(?:allocated|assigned|randomi[sz]ed)\s+)?"
    r"to\b"
    r"|(?<![\w.,])(?P<a2>" + _COUNT + r")\s+(?:patients|pts)\s+in\s+the\s+[^,;.()]{1,40}?\s+"
    r"(?:arm|group|cohort)\s+and\s+(?P<b2>" + _COUNT + r")\s+in\s+the\s+[^,;.()]{1,40}?\s+"
    r"(?:arm|group|cohort)\s+(?:were\s+(?:enrolled|included|randomi[sz]ed|treated|analy[sz]ed)|"
    r"had)\b"
    # "We assigned 254 patients to tarlatamab and 255 to chemotherapy"
    r"|(?:(?<=assigned\s)|(?<=allocated\s)|(?<=randomi[sz]ed\s))(?P<a3>" + _COUNT + r")\s+"
    r"(?:patients\s+|pts\s+)?to\s+[^,;.()]{1,60}?\s+and\s+(?P<b3>" + _COUNT + r")\s+to\b"
    # "254 pts received first-line anti-PD-1 monotherapy and 330 first-line BRAF/MEK inhibitors"
    # ("Twelve patients received 90Y-DOTATOC (7.4-11 GBq) and 34 received 177Lu-DOTATATE")
    r"|(?<![\w.,])(?P<a5>" + _COUNT + r")\s+(?:patients|pts)\s+received\s+[^,;.()]{1,60}?"
    r"(?:\s*\([^()]*\))?\s+and\s+"
    r"(?P<b5>\d[\d,]*)\s+(?!patients\b|pts\b|of\b|%)(?=[A-Za-z])"
    # "... treated at X: 264 received an EGFR TKI first-line, and 187 received it second-line"
    r"|:\s*(?P<a6>\d[\d,]*)\s+received\s+[^,;.()]{1,60}?,?\s+and\s+(?P<b6>\d[\d,]*)\s+"
    r"received\b"
    # "60 patients were enrolled in cohort A and 30 in cohort B"
    r"|(?<![\w.,])(?P<a7>" + _COUNT + r")\s+(?:patients\s+|pts\s+)?were\s+(?:enrolled|included|"
    r"treated)\s+in\s+(?:the\s+)?(?:cohort|arm|group|part|stratum)\s+\w+\s+and\s+(?P<b7>"
    + _COUNT
    + r")\s+in\s+(?:the\s+)?(?:cohort|arm|group|part|stratum)\b"
    # "Intent-to-treat population: 175 (erdafitinib) and 176 (pembrolizumab) patients"
    r"|(?<![\w.,])(?P<a4>\d[\d,]*)\s*\([A-Za-z][^()]{0,40}\)\s+and\s+(?P<b4>\d[\d,]*)\s*"
    r"\([A-Za-z][^()]{0,40}\)\s+(?:patients|pts|participants)\b)"
)
# The allocated arms' pattern for an ASCII sentence, matched on it lower-cased without IGNORECASE
# (which makes every scanned character dearer; the pattern's letters are all lower-case or come in
# pairs, "[A-Za-z]"), the same spans. Its added look-ahead holds what every alternative needs at
# its start (a colon, or no word character, stop or comma before), so most positions inside words
# fail at once. (The counts' groups come out lower-cased: :func:`words_to_int` reads them so.)
_ALLOCATED_LOW = re.compile(r"(?=[\dotfsen:])(?=:|(?<![\w.,]))" + _ALLOCATED_PATTERN)


@cache
def _allocated_any_case() -> re.Pattern[str]:
    """The allocated arms' pattern with IGNORECASE, compiled at its first use: only a sentence
    outside ASCII needs it, and compiled so its fourteen number-word counts take 60 ms, a
    twentieth of the command's start-up."""
    return re.compile(_ALLOCATED_PATTERN, re.I)


# Every alternative of the allocated arms' pattern holds "and", white space and the second count
# (a digit or a number word). Most sentences with an "and" have none: this scan, which opens with
# a literal, costs a fraction of _ALLOCATED_LOW's, which tries every position of the sentence.
_AND_COUNT = re.compile(r"and\s+(?:\d|" + _NUMBER_WORD_OPENINGS + r")")


def _allocated(sentence: str, low: str) -> re.Match[str] | None:
    """``_allocated_any_case().search(sentence)``, or its equal on ``low``
    (``sentence.lower()``) when ``sentence`` is ASCII (None at once where :data:`_AND_COUNT`
    finds no "and <count>"). So too for a sentence whose other characters no ASCII letter
    matches under IGNORECASE ("±", "≥", "α": see :func:`regex_scan.lowers_as_ascii`): the
    pattern with IGNORECASE, dear to compile, is left to the rare sentence with an "ſ", "ı"
    or a capital outside ASCII."""
    if not lowers_as_ascii(sentence):  # (true at once for an ASCII sentence)
        return _allocated_any_case().search(sentence)
    if not _AND_COUNT.search(low):
        return None
    return _ALLOCATED_LOW.search(low)


_ARM_GROUPS = (
    ("a", "b"), ("a2", "b2"), ("a3", "b3"), ("a4", "b4"), ("a5", "b5"), ("a6", "b6"), ("a7", "b7"),
)  # fmt: skip
# "Each group comprised 246 patients": two arms of that size.
_EACH_GROUP = compile_guarded(
    r"\beach\s+(?:group|arm)\s+(?:comprised|included|consisted\s+of|had|enrolled)\s+"
    r"(?P<n>\d[\d,]*)\s+(?:patients|pts|participants)\b",
    re.I,
)
# "Twenty, 44 and three patients were treated at the 100, 125 and 150 mg/m2 dose levels,
# respectively": the parts of a cohort listed by dose level or arm.
_LISTED_PARTS = compile_guarded(
    r"(?<![\w.,])(?P<list>" + _COUNT + r"(?:\s*,\s*" + _COUNT + r")*\s*,?\s+and\s+" + _COUNT + r")"
    r"\s+(?:patients|pts|participants|subjects)\s+(?:were|was)\s+(?:enrolled|included|treated|"
    r"randomi[sz]ed|randomly\s+assigned|allocated|assigned)\b",
    re.I,
)


def _listed_total(sentence: str) -> int | None:
    """The sum of counts listed with "respectively", or None."""
    m = _LISTED_PARTS.search(sentence) if "respectively" in sentence else None
    if not m:
        return None
    parts = [words_to_int(x) for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list"))]
    return None if None in parts else sum(parts)  # type: ignore[arg-type]


# The rough count a screen went through: "We screened more than 6000 patients ...".
# (also a mutation sought in many: "A KRAS mutation was sought in 3323 patients ...; 866
# entered the study and 510 underwent randomization")
_SCREENED_BEFORE = re.compile(
    r"\bscreened\s+(?:more\s+than|over|about|approximately|nearly|almost|some)\s+$|"
    r"\bsought\s+in\s+$",
    re.I,
)
# A planned sample size is no cohort: "stage 1 was to enroll 23 evaluable pts", "planned to
# randomise 130 participants", "22 of a planned 110 patients".
_PLANNED_BEFORE = compile_guarded(
    r"(?:\b(?:was|were)\s+to|\bplanned\s+to|\baimed\s+to)\s+(?:enrol+|recruit|accrue|include|"
    r"randomi[sz]e|treat)\s+$|\b(?:planned|targeted|intended|target)\s+$|\bsample\s+size\s+of\s+$"
    # ("the planned sample of 458 patients could not be reached")
    r"|\b(?:planned|targeted|intended)\s+(?:sample|accrual|enrol+ment)\s+of\s+$"
    # "if more than 2 responses occurred among the first 28 patients": a design's first stage
    # (but "In the first 55 consecutively enrolled patients, the ORR was 69%" is the cohort)
    r"|\bamong\s+the\s+first\s+$"
    # "A safety review was planned once the first ten combination patients had ..."
    r"|\b(?:once|after|when|until)\s+the\s+first\s+$",
    re.I,
)


# "292 patients received nivolumab, 691 pembrolizumab and 144 atezolizumab, and 776 received
# docetaxel": a list of three or more groups by treatment, none of them the whole.
_RECEIVED_LIST = compile_guarded(
    r"(?<![\w.,])\d[\d,]*\s+(?:patients|pts|participants)\s+received\s+[\w+/ -]{1,40}?"
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d[\d,]*\s+(?:received\s+)?[\w+/-][\w+/ -]{0,39}?){2,}"
    r"(?=\s*(?:[.;]|$))"
)
_LIST_ITEM = compile_guarded(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(\d[\d,]*)\s")


def _received_total(sentence: str) -> int | None:
    """The sum of a :data:`_RECEIVED_LIST` in ``sentence``, or None."""
    m = _RECEIVED_LIST.search(sentence) if "received" in sentence else None
    if not m:
        return None
    parts = [words_to_int(x) or 0 for x in _LIST_ITEM.findall(m.group())]
    # ("253 patients received treatment, 31 during dose escalation and 222 in the expansion
    # cohorts": the first count is the whole)
    return parts[0] if parts[0] == sum(parts[1:]) else sum(parts)


# "Six patients were treated in phase Ib and 107 in phase II, 113 in all": the parts' total.
_IN_ALL = compile_guarded(_IN_ALL_COUNT, re.I)


def _in_all(sentence: str) -> int | None:
    """The count a sentence calls the total of its parts ("..., 113 in all"), or None."""
    m = _IN_ALL.search(sentence) if " in " in sentence else None
    return words_to_int(m.group("all")) if m else None


def _whole_of_parts(counts: list[int]) -> int | None:
    """The count that the others add up to ("Isa-Pd; N=154 ... Pd (N=153); 307 patients were
    randomized in total"), or None."""
    for whole in counts:
        parts = [c for c in counts if c != whole]
        if len(parts) >= 2 and abs(sum(parts) - whole) <= 1:
            return whole
    return None


_COUNT_OF_PATIENTS = compile_guarded(r"\b\d+\s*/\s*(?P<N>\d+)\s+(?:patients|pts)\b")


def _own_study(sentence: str) -> bool:
    """Whether a background sentence speaks of the study itself ("We now describe the full
    cohort of 36 patients")."""
    return bool(re.search(r"\b(?:we|our|here|this\s+(?:study|analysis|report))\b", sentence, re.I))


def cohort_size(text: str) -> int | None:
    """The headline number of patients stated in ``text`` (normalised abstract), or None."""
    masked = mask_background(text)
    first = _headline(masked)
    if first is None:
        # "Altogether, 293/355 patients received ASCT": the whole of the first count
        # (every match holds a slash)
        whole = _COUNT_OF_PATIENTS.search(masked) if "/" in masked else None
        first = int(whole.group("N")) if whole else None
    if first is None and _may_tell_of_one(masked) and _ONE_PATIENT.search(masked):
        # A case report counts no patients, it tells of one: "We describe a 60-year-old woman
        # with ...", "A 45-year-old man presented with ..."
        return 1
    if first is None and masked != text:
        # Nothing outside the background: the study may state its cohort there ("We now
        # describe the full cohort of 36 patients"), or the trial it re-analyses ("In the
        # phase 3 REFLECT trial, which randomised 954 patients ... We re-analysed ...").
        own = " ".join(s for s in _sentences(text) if _own_study(s))
        first = _headline(own)
        if first is None and _REANALYSIS.search(text):
            first = _headline(text, others=True)
    return first


_ONE_PATIENT = re.compile(
    # "We describe a woman with ...", "We report the case of a 66-year-old man ..."
    r"\b[Ww]e\s+(?:describe|report|present)\s+(?:here\s+)?(?:the\s+case\s+of\s+)?an?\s+"
    r"(?:\d+-year-old\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:woman|man|patient|girl|boy|child|female|male|veteran)\b|"
    # "A 45-year-old man presented with ..." (a sentence that opens with the patient's age)
    r"(?:^|(?<=[.:]\s))An?\s+\d+-year-old\s+(?:[\w-]+\s+){0,3}?"
    r"(?:woman|man|patient|girl|boy|child|female|male|veteran)\b"
)


def _may_tell_of_one(text: str) -> bool:
    """False only when :data:`_ONE_PATIENT` cannot match ``text``: its first alternative needs
    "describe", "report" or "present" (matched with case, as the pattern is), its second
    "-year-old"."""
    return "-year-old" in text or "describe" in text or "report" in text or "present" in text


# The study re-analyses a trial its background names.
_REANALYSIS = compile_guarded(
    r"\b(?:re-?analy[sz]ed|re-?analysis|post[\s-]hoc|exploratory\s+analysis|secondary\s+analysis|"
    r"covariate-adjusted|updated\s+analysis)\b",
    re.I,
)


# Another or an earlier study's count: "the phase III EF-11 trial, which randomly assigned 237
# patients", "We previously reported 155 AML patients ... and now update".
# (_headline searches only sentences holding "prev", "wh" or "we reported": every alternative
# needs one.)
_OTHER_REPORT = compile_guarded(
    r"\bwe\s+(?:have\s+)?previously\s+reported\b|\bin\s+(?:19|20)\d\d,?\s+we\s+reported\b|\b(?:trial|study)\s*,?\s+which\s+(?:randomly\s+"
    r"assigned|randomi[sz]ed|enrolled|included)\b",
    re.I,
)


def _may_be_other_report(sentence: str, low: str) -> bool:
    """False only when :data:`_OTHER_REPORT` cannot match ``sentence`` (``low`` is it
    lower-cased): two of its alternatives need "reported", the third "which" after "trial" or
    "study". (Only for ASCII: under IGNORECASE "ı" and "ſ" match ASCII letters, which
    ``str.lower`` does not give; any other sentence may match.)"""
    return (
        not sentence.isascii()
        or "reported" in low
        or ("which" in low and ("trial" in low or "study" in low))
    )


# A count added to one before it: "a further 28 patients", "an additional 12 patients".
_FURTHER = compile_guarded(r"\b(?:a\s+further|an\s+additional|another)\s+(?P<n>\d+)\s", re.I)


def _trim_opening(sentence: str) -> str:
    """``sentence`` without its leading white space but the last character of it.

    The sentence after a blanked background section opens with hundreds of spaces, which
    every scan of :func:`_headline` would walk through. What it reads is the same without
    them: no pattern matches in white space alone, and all it tests before a word is one
    character (look-behinds such as ``(?<![\\w.,])``, ``\\b``, " were " and " in all") or
    white space (``^\\s*``, ``\\s*$``); it reads positions only relative to one another,
    "screened" at position 0 of the sentence aside, which the character kept keeps at 1."""
    if len(sentence) < 2 or not sentence[1].isspace():
        return sentence  # (most sentences: at most one white-space character to open with)
    opening = len(sentence) - len(sentence.lstrip())
    return sentence[opening - 1 :] if opening > 1 else sentence


def _headline(text: str, others: bool = False) -> int | None:
    """The first count of a sentence that says patients were taken in (enrolled, included,
    ...), else the first count at all; see :func:`cohort_size`. Sentences that count another
    or an earlier study's patients are passed over unless ``others``."""
    first: int | None = None
    for sentence in _sentences(text):
        sentence = _trim_opening(sentence)
        low = sentence.lower()
        # (_OTHER_REPORT needs "previously" or "which"; most sentences hold neither, and a
        # substring test is much cheaper than the search)
        if not sentence.strip() or (
            not others
            and ("prev" in low or "wh" in low or "we reported" in low)
            and _may_be_other_report(sentence, low)
            and _OTHER_REPORT.search(sentence)
        ):
            continue
        subset = _subset(sentence)
        if subset:
            return subset
        found = [(pos, n) for pos, n in _candidates(sentence, low) if 2 <= n <= 2_000_000]
        counts = [n for _pos, n in found]
        screened = sentence.find("screened")
        if screened < 0:
            screened = sentence.find(" sought in ")
        if screened > 0 and (counts or " and " in sentence):
            # "519 patients ... were screened, and 416 met the eligibility criteria"
            # ("We screened 628 patients ... and retrospectively analysed the 96 who had ...")
            taken = _TAKEN_IN.search(sentence, screened) or _TOOK_IN.search(sentence, screened)
            if taken:
                return words_to_int(taken.group("n"))
        each = _EACH_GROUP.search(sentence) if "ach " in sentence else None
        if each:
            return 2 * (words_to_int(each.group("n")) or 0) or None
        if (
            first is not None
            and found
            and sentence[: found[0][0]].endswith("(")
            and _has_inclusion(sentence, low)
        ):
            # "The BM were treated with WBRT (5 patients), SRS (7) or surgery (6)": the sizes of
            # parts in brackets, after the count of the whole in an earlier sentence
            continue
        if (counts or " and " in sentence) and _has_inclusion(sentence, low):
            listed = _listed_total(sentence) if counts else None
            if listed:
                return listed
            arms = _allocated(sentence, low) if " and " in sentence else None
            if arms:
                a, b = next(arms.group(x, y) for x, y in _ARM_GROUPS if arms.group(x))
                parts = (words_to_int(a), words_to_int(b))
                if None not in parts:
                    return sum(parts)
            further = _FURTHER.search(sentence) if len(counts) == 2 else None
            if further and int(further.group("n")) == counts[1]:
                # "Six patients were treated first; ... a further 28 patients were then
                # enrolled": the first part and the part added to it
                return counts[0] + counts[1]
            if counts:
                return (
                    _whole_of_parts(counts)
                    or _received_total(sentence)
                    or _arms_total(sentence)
                    or _in_all(sentence)
                    or counts[0]
                )
        if counts and first is None:
            # "infused every 3 weeks (q3w; n=43) or, in a later cohort, weekly (q1w; n=14)":
            # the first counts are the arms of the cohort
            first = _arms_total(sentence) or counts[0]
    return first
