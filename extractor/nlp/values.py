"""Numbers as abstracts print them: percentages, times, fractions, "not reached", confidence
intervals, timepoints and ranges.

Values are grammar rather than vocabulary, so they are parsed here with compiled regular
expressions over the sentence text; the vocabulary (endpoint names, design cues) lives in the
pattern files. Every parser works on text produced by :func:`normalise`, which changes
characters one for one so that offsets into it are offsets into the original abstract.

The look-behinds are searched in a window before a position, ``rx.search(text, start - 16,
start)``: ``re`` reads a negative ``pos`` as 0, so the window needs no ``max(0, ...)`` call
(these searches run for most numbers of a sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from extractor.nlp.regex_scan import ascii_twin, compile_guarded

# One-for-one character replacements: offsets stay valid. The literature prints decimals with a
# middle dot (Lancet), minus signs and dashes of several kinds, and thin or no-break spaces
# around "=" and "%".
_SAME_LENGTH = {
    "\u2009": " ",  # thin space
    "\u202f": " ",  # narrow no-break space
    "\u00a0": " ",  # no-break space
    "\u2002": " ",
    "\u2003": " ",
    "\u200a": " ",  # hair space
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",
    "\ufe63": "-",
    "\uff0d": "-",
    "\u00b7": ".",  # middle dot as decimal point (only between digits, see below)
    "\u2219": ".",
    "\u22c5": ".",
    "\u2264": "<",  # ≤ (kept one character long)
    "\u2265": ">",  # ≥
}
# (``str.translate`` looks up every character, and a character class calls back into Python
# for every hit; ``str.replace`` of each look-alike the text holds costs a fifth of the latter.
# Every replacement is one ASCII character that no key is, so the order of the replacements
# does not matter.)
_SAME_LENGTH_ITEMS = tuple(_SAME_LENGTH.items())
_MIDDOT_NOT_DECIMAL = compile_guarded(r"(?<!\d)[\u00b7\u2219\u22c5]|[\u00b7\u2219\u22c5](?!\d)")


def lower_same_length(text: str) -> str:
    """``text`` lower-cased with the same offsets (a character that lower-cases into two, like
    "İ", is kept as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_WORD_CHAR = re.compile(r"\w")


def at_word_start(text: str, i: int) -> bool:
    """Whether ``text[i]`` starts a word (nothing of a word stands before it). Patterns that
    open with literal words instead of ``\b`` let ``re`` skip ahead; their callers check this."""
    return i == 0 or not _WORD_CHAR.match(text, i - 1)


def normalise(text: str) -> str:
    """Map look-alike characters onto ASCII one for one (same length, same offsets).

    A middle dot becomes a decimal point only between digits; elsewhere it becomes a space. An
    abstract that writes every decimal with a comma ("ORR 45,2%", "HR 0,62") gets points; one
    that uses points anywhere keeps its commas (thousands, lists).
    """
    if "\u00b7" in text or "\u2219" in text or "\u22c5" in text:
        text = _MIDDOT_NOT_DECIMAL.sub(" ", text)
    if "," in text and not _DECIMAL_POINT.search(text) and _DECIMAL_COMMA.search(text):
        text = _DECIMAL_COMMA.sub(".", text)
    if text.isascii():
        return text
    for char, ascii_char in _SAME_LENGTH_ITEMS:
        if char in text:
            text = text.replace(char, ascii_char)
    return text


# A decimal comma: "45,2%", "0,62" (one or two digits after it; "1,054" is a thousand).
_DECIMAL_COMMA = compile_guarded(r"(?<=\d),(?=\d{1,2}(?![\d,]))")
# (A point before exactly three digits may be a thousands separator in a comma-decimal text:
# "lapatinib 1.250 mg/day ... a response rate of 27,1%".)
# (Only whether there is one is read. Written to open with the point, which ``re`` scans for
# quickly, and to test the digits around it by look-arounds: the same digit, point, digit as
# r"\d\.(?!\d{3}(?!\d))\d", at a tenth of the cost.)
_DECIMAL_POINT = re.compile(r"\.(?<=\d\.)(?!\d{3}(?!\d))(?=\d)")


NUM = r"\d+(?:\.\d+)?"
# A ratio or a CI bound may drop the zero before its point (JCO's house style: "HR, .72; 95%
# CI, .60 to .86"); ``float`` reads ".72". (Only where a number follows its label: a bare
# ".72" elsewhere may be the end of a sentence's number.)
DOT_NUM = r"(?:\d+(?:\.\d+)?|\.\d+)"
# The first digit of a number that does not continue a word or a number: "(?<![\w.])" +
# NUM, written so that the pattern opens with a digit class, which ``re`` scans for quickly (a
# leading look-behind is tried at every position). Follow it with "\d*(?:\.\d+)?".
# (nor the second of a gene pair: "BRCA1/2 and 5.3 months")
_NUM_AT_START = r"\d(?<![\w.]\d)(?<![A-Za-z]\d/\d)"
# (";" only between the bounds of a bracket it closes: "95% CI [2.5; 3.5]")
_SEP = r"\s*(?:-|to|,|;(?=\s*-?\d+(?:\.\d+)?\s*[\]\)]))\s*"
_BOUND_NR = (
    r"(?:NR|NA|NE|NC|(?:upper\s+(?:level|limit|bound)\s+)?not\s+(?:yet\s+)?(?:reached|achieved)"
    r"(?:\s*[\(\[]\s*NR\s*[\)\]])?|not\s+estima(?:ble|ted)|non-?\s*estimable|non-?\s*evaluable|"
    r"not\s+evaluable|not\s+calcula(?:ble|ted)|not\s+applicable|"
    r"not\s+available|N/A)"
)

_CI_LABEL = (
    # "95% Cl" (a lower-case L, a common typesetting slip) only after its percentage
    r"(?:\d{2}(?:\.\d+)?\s*%\s*(?-i:Cl)\b|"
    # "IC 95% [10.6-20.2]", "IC95%": the French, Spanish and Italian order of the words
    r"(?-i:IC)\s*9\d(?:\.\d+)?\s*%\s*[\[(]?\s*|"
    # "95%-CI 5.3-8.5": a hyphen may join the percentage to its label; "95 percent confidence
    # interval, 17.5 to 29.1 percent": older journals spell the sign out
    r"(?:\d{2}(?:\.\d+)?(?:\s*%|\s+per\s?cent\b)\s*-?\s*)?"
    # "95% conditional CI", "95% exact CI"
    # ("95.6% repeated CI": a group-sequential trial's interval)
    r"(?:(?:conditional|exact|two-sided|2-sided|bootstrap|Wald|adjusted|repeated)\s+)?"
    # ("90% confidence limit, 0.71 to 1.52")
    r"(?:CI|C\.I\.|CrI|confidence\s+limits?|(?:confidence|credibility|credible)\s+inter(?:vals?|nal)"
    # glosses: "confidence interval (CI)", "confidence interval, CI,", and in a bracket already
    # opened "[95% confidence interval {CI}, 0.13 to 0.24]"
    r"(?:\s*[\(\[{]\s*(?:\d{2}(?:\.\d+)?\s*%\s*)?Cr?I\s*[\)\]}]|\s*,\s*CI(?=\s*,))?))"
    # "CI95% 4.8-14.5", "CI 95%: ..."
    r"(?:\s*9\d\s*%)?"
    # "95 % confidence interval [CI]; 4.7-9.1", "95% CI [2.5; 3.5]", "a 95% confidence interval
    # of 0.46-0.91"
    r"(?:\s*[:=,;]\s*|\s+(?:of\s+)?)?(?:[\[(]\s*(?=-?\d))?"
)
# A stated confidence interval: label, then two bounds (each may carry %).
# (The look-ahead holds the first character of every label: "95%", "IC", "CI", "conditional",
# "exact", "two-sided", "bootstrap". A position that opens none then costs one character test
# instead of a try of every alternative, which halves the scan. The second holds their first
# two or three: most digits, "e"s and "t"s open no label, and it halves the scan again. A label
# that opens with a digit opens with its percentage, "95%", so the digits are read up to it.)
_CI = re.compile(
    r"(?=[\dcietb])(?=\d\d(?:\.\d+)?\s*(?:%|per)|ic|c[i.r]|con|exa|two|boo)(?P<label>"
    + _CI_LABEL
    + r")"
    r"(?P<lo>-?"
    + DOT_NUM
    + r")\s*(?:%|per\s?cent\b|"
    + r"(?:months?|mos?|weeks?|years?|days?)\b)?"
    + _SEP
    + r"(?P<hi>[-+]?"
    + DOT_NUM
    + r"|"
    + _BOUND_NR
    + r")\s*(?:%|per\s?cent\b|(?:months?|mos?|weeks?|years?|days?)\b)?",
    re.I,
)
# A bare parenthesised pair right after a value: "21 (13.3-NR) months", "HR 0.25 (0.13-0.45)",
# "1.6 months (0.9-1.8; HR ...)" (the bracket goes on after a semicolon), "8.0 [5.1, 11.2]",
# "HR 0.40 [0.32; 0.49]".
_PAIR_UNIT = r"\s*(?:%|(?:months?|mos?|weeks?|years?)\b)?"
_BARE_PAIR = re.compile(
    r"\s*[\(\[]\s*(?P<lo>" + DOT_NUM + r")" + _PAIR_UNIT + r"\s*(?:-|to)\s*"
    r"(?P<hi>"
    + DOT_NUM
    + r"|"
    + _BOUND_NR
    + r")"
    + _PAIR_UNIT
    # "5.2 (3.4-7.0 95% CI) months": the label after the bounds
    + r"(?:\s*,?\s*9\d\s*%\s*(?:CI|confidence\s+interval))?\s*(?:[\)\]]|(?=;)|"
    # "0.81 (0.76-0.88, P < 0.0001)": the p-value closes the bracket
    + r"(?=,\s*p\s*[<=>\u2264\u2265]))|"
    r"\s*\[\s*(?P<lo2>" + NUM + r")\s*[,;]\s*(?P<hi2>" + NUM + r")\s*\]",
    re.I,
)

_SEMI_PAIR = re.compile(
    r"\s*[;,]\s*(?P<lo>" + NUM + r")\s*%?\s*(?:-|to)\s*(?P<hi>" + NUM + r"|" + _BOUND_NR + r")"
    r"\s*%?\s*[\)\]]",
    re.I,
)

_UNIT = {
    "month": "months",
    "months": "months",
    "mo": "months",
    "mos": "months",
    "mth": "months",
    "mths": "months",
    "m": "months",
    "week": "weeks",
    "weeks": "weeks",
    "wk": "weeks",
    "wks": "weeks",
    "year": "years",
    "years": "years",
    "yr": "years",
    "yrs": "years",
    "day": "days",
    "days": "days",
}
_UNIT_RE = r"(?:months?|mos?|mths?|weeks?|wks?|years?|yrs?|days?|m)\b\.?"

_NR = compile_guarded(
    r"\b(?:not\s+(?:yet\s+)?(?:been\s+)?reached|"
    # ("not evaluable (n=23) 0.40": the label of a subgroup, with its size)
    r"not\s+estimable|not\s+evaluable|not\s+calculable|unreached)\b(?!\s*\(\s*n\s*=)|"
    # (not "NR-M0 patients", a group's name: non-resected, non-metastatic)
    r"(?<![\w/])NR\b(?!-(?-i:[A-MO-Z]))|"
    r"(?<![\w/])NE\b(?=\s*[\(\[;,.)]|\s+(?:vs|versus|and|in|for|with|months?)\b)",
    re.I,
)

# The ASCII twin of _NR, written to open with a class of its first letters (case as it is, so
# that ``re`` scans for it; it tries a pattern that opens with "\b" or a look-behind at every
# position): after the letter, look-behinds read what "\b" and (?<![\w/]) read before it and
# which word it opens.
_NR_ASCII = re.compile(
    r"(?-i:[nNuU])(?:"
    r"(?<!\w.)(?:(?<=n)ot\s+(?:yet\s+)?(?:been\s+)?reached|(?<=n)ot\s+estimable|"
    r"(?<=n)ot\s+evaluable|(?<=n)ot\s+calculable|(?<=u)nreached)\b(?!\s*\(\s*n\s*=)|"
    r"(?<![\w/].)(?<=n)R\b(?!-(?-i:[A-MO-Z]))|"
    r"(?<![\w/].)(?<=n)E\b(?=\s*[\(\[;,.)]|\s+(?:vs|versus|and|in|for|with|months?)\b))",
    re.I | re.ASCII,
)

# "%", or NEJM's "44.8 percent"
_PCT_SIGN = r"(?:\s*%|\s+per\s?cent\b)"
_PERCENT = re.compile(
    r"(?P<num>"
    + _NUM_AT_START
    # ("[177Lu]Lu-PSMA-617 and 3%": a name's number shares no "%")
    + r"(?<![A-Za-z]-\d)(?>\d*(?:\.\d+)?))"
    # (The number is taken whole, without backtracking, and the first character other than a
    # space after it must open the sign or the list: the same matches, found faster. Any part
    # of the number is followed by a digit or a point, which nothing after it opens with.)
    + r"(?=\s*[%p,vao])(?:"
    + _PCT_SIGN
    # ("51.6, 12.5 and 17.3%": a list shares the sign; a comma alone does not make one)
    + r"|(?=(?:\s*,\s*"
    + NUM
    + r")*(?:\s*,?\s*(?:vs\.?|versus|against|and|or)"
    r"\s*" + NUM + r")+" + _PCT_SIGN + r"(?!\s*(?:CI|C\.I|conf))))"
)
# (a label's number, or a timepoint's: "at month 24, and 27% ...")
_LABEL_BEFORE = compile_guarded(
    # ("3.0 months with SEL + DOC 60, 4.2 months with SEL + DOC 75": a partner's dose)
    r"\+\s*[A-Z][A-Za-z-]{1,15}\s+$|"
    r"\b(?:cohorts?|arms?|groups?|parts?|stages?|grades?|phases?|strat(?:um|a)|levels?|months?|"
    # ("43% for ECOG 1 and 0% for ECOG 2": a performance status)
    # ("51% with PD-L1 of 0 and 46% with PD-L1 of 1-49%": an expression level)
    r"years?|weeks?|days?|ECOG|PS|(?:PD-L1|TPS|CPS)(?:\s+(?:of|expression\s+of))?)\s+$",
    re.I,
)
_PCT_PARTNER = re.compile(
    r"%\s*(?:vs\.?|versus)\s*(?P<num>"
    + NUM
    + r")(?![\d.]|\s*(?:%|months?|mo\b|weeks?|years?|days?|-))"
)
# One or more numbers sharing a time unit: "15.6 months", "15.0 vs 3.0 months",
# "11.8, 16.1 and 20.1 months", "18.5 (95% CI 13.6-23.3) months".
_TIME = re.compile(
    # (As in _PERCENT: the first number whole, and a look-ahead for what opens a list, an interval
    # or a unit after it.)
    r"(?P<nums>" + _NUM_AT_START + r"(?<![A-Za-z]-\d)(?>\d*(?:\.\d+)?)(?=\s*[(\[,/\-avotmwyd])"
    r"(?:\s*(?:[\(\[][^()\[\]]{0,60}[\)\]])?\s*(?:,\s*and|,|and|vs\.?|v\.?|versus|against|or|/|to)"
    # "19.1 vs 5.2, 32.7 vs 4.8, and not reached vs 6.9 months": a median not reached inside
    # the list does not end it (it is read as "nr" on its own)
    # (each further number whole too)
    r"\s*(?:(?:not\s+reached|NR)\s*(?:,|and|vs\.?|versus)\s*)?(?>" + NUM + r"))*)"
    # The interval may hold a short gloss: "18.9 (17.6-not reached [NR]) months", "14.4 [95%
    # confidence interval (95% CI), 12.4-16.4] months".
    r"\s*(?P<ci>[\(\[](?:[^()\[\]]|[\(\[](?:\d\d%\s)?\w{1,4}[\)\]]){0,60}[\)\]]\s*)?"
    r"-?(?P<unit>" + _UNIT_RE + r")",
    re.I,
)
_NUM_IN = compile_guarded(r"(?<![\w.])" + NUM + r"(?![\w.]*%)")
_FRACTION = re.compile(
    # ("in 13 of the 19 patients")
    r"(?P<n>\d(?<![\w./]\d)\d*)\s*(?:/|of(?:\s+the)?|out\s+of(?:\s+the)?)\s*(?P<N>\d+)(?![\w/%]|\.\d)"
    r"(?P<pct>\s*(?:patients?|pts|evaluable|participants|subjects|cases|women|men)?"
    r"[^()\[\]]{0,20}?[\(\[]\s*(?P<p>" + NUM + r")\s*%\s*[\)\];,])?",
    re.I,
)
# ("41.7% (15 of 36 patients; 95% CI ...)"; "(3%, 1/35; 95% CI 1-15%)", the fraction after a
# comma, where it must give the percentage)
_PCT_THEN_FRACTION = re.compile(
    r"\s*(?P<open>[\(\[,])\s*(?:[nN]\s*=\s*)?(?P<n>\d+)\s*(?:/|of)\s*(?P<N>\d+)"
    r"(?:\s+(?:evaluable\s+)?(?:patients|pts|participants))?\s*[\)\];,]"
)

# Timepoints: "12-month", "1-year", "24-mo", "at 12 months", "at 6 and 12 months", "at 1 year".
_WORD_NUM = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
}
_TP_NUM = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)"
_TIMEPOINT_HYPHEN = compile_guarded(
    r"(?<![\w.])(?P<nums>" + _TP_NUM + r"(?:\s*-?\s*(?:,|and|or|/)\s*" + _TP_NUM + r")*)"
    r"\s*-\s*(?P<unit>months?|mos?|years?|yrs?|y|weeks?|wks?)\b"
    # "a 5.49-month mPFS" is a median, not a timepoint
    r"(?<!\d\.\d-month)(?<!\d\.\d\d-month)",
    re.I,
)
# What every match of _TIMEPOINT_HYPHEN holds: a hyphen, then a unit (months, mo, years, yrs, y,
# weeks, wks). Its scan tries every number of the sentence; this one skips to the hyphens.
_HYPHEN_UNIT = re.compile(r"-\s*[mywMYW]")
# (The scans below open with a look-ahead for the first letters of their words: a position
# that opens none then costs one character test instead of a try of every alternative.)
_TIMEPOINT_AT = re.compile(
    # ("at landmarks of 12 and 18 months")
    r"(?=[abt])\b(?:at|by|after|to)\s+(?:(?:the\s+)?landmarks?\s+(?:of\s+)?|both\s+)?(?P<nums>"
    + _TP_NUM
    # ("at 6/48 months")
    + r"(?:\s*(?:,\s*and|,|and|or|/)\s*"
    + _TP_NUM
    + r")*)"
    # ("at 6 and 12 m": a lone "m" is months here)
    r"\s*(?P<unit>months?|mos?|m|years?|yrs?|y|weeks?|wks?)\b",
    re.I,
)
_FROM_TIME_BEFORE = compile_guarded(
    r"\bfrom\s+\d+(?:\.\d+)?\s*(?:months?|mos?|years?|weeks?)\b[^;]{0,70}$", re.I
)
# "Survival at 30 and 60 days was 55.7 and 38.5%": days only after "at" (a schedule's "after 14
# days" or "21-day cycles" is no timepoint).
_TIMEPOINT_AT_DAYS = re.compile(
    r"(?=a)\bat\s+(?P<nums>\d+(?:\s*(?:,\s*and|,|and|or)\s*\d+)*)\s*(?P<unit>days?)\b", re.I
)
# "the rate of progression-free survival at month 20", "at year 2", "at week 24".
_TIMEPOINT_UNIT_FIRST = re.compile(
    r"(?=[ab])\b(?:at|by)\s+(?P<unit>months?|years?|weeks?)\s+(?P<nums>"
    + _TP_NUM
    + r")\b(?![.,]\d)",
    re.I,
)
# "12m-OS 48.7%", "PFS6 30.4%": timepoints glued to their endpoint.
# (Two patterns that start with literals: a look-behind first would be tried at every position.)
_TIMEPOINT_GLUED_UNIT = compile_guarded(
    r"\b(?P<nums>\d{1,2})(?P<unit>m|mo|y|yr)-(?=(?:OS|PFS|DFS|EFS|DoR|DOR)\b)"
)
# ("PFS1" and "PFS2" are the first and second progression-free survival, not monthly rates;
# "PFS-6 rate": the hyphen of neuro-oncology's six-month PFS)
_TIMEPOINT_GLUED_AFTER = compile_guarded(r"\b(?:PFS|OS)-?(?P<nums>[3-9]|\d{2})\b")
# A rate's abbreviation with its timepoint and unit: "PFSR6m", "OSR1y", "OS12m".
_TIMEPOINT_GLUED_RATE = compile_guarded(r"\b(?:PFS|OS)R?(?P<nums>\d{1,2})(?P<unit>m|mo|y|yr)\b")
# The word before a figure that a time after it is: "was 12 months after docetaxel", "median
# PFS reached 23 months after cCRT".
_FIGURE_VERB_BEFORE = compile_guarded(
    r"\b(?:was|were|of|against|versus|vs\.?|than|stood\s+at|reached)\s+$", re.I
)
# "the proportions of responses lasting 12, 18 and 24 months were 68.3%, 59.8% and 53.1%":
# whole numbers after "responses lasting" are the timepoints of duration-of-response rates.
_TIMEPOINT_LASTING = re.compile(
    r"\blasting\s+(?:at\s+least\s+|≥\s*|>=?\s*)?(?P<nums>\d+(?:\s*(?:,\s*and|,|and|or)\s*\d+)*)"
    # (not before a median in the same clause; one after the share's own figure is another
    # endpoint's: "responses lasting at least 12 months was 88.3%, and median PFS was ...")
    r"\s*(?P<unit>months?|years?)\b(?![^;%]{0,40}?\bmedian)",
    re.I,
)
# Conditional survival's span: "the probability of surviving an additional 3 years", "of
# living 2 more years", "of reaching 5 additional years".
_TIMEPOINT_FURTHER = re.compile(
    r"\b(?:surviv(?:e|ing)|liv(?:e|ing)|reaching)\s+(?:for\s+)?"
    r"(?:(?:an?\s+)?(?:additional|further)\s+|another\s+)?(?P<nums>\d+)\s+"
    r"(?:(?:more|additional|further)\s+)?(?P<unit>years?|months?)\b",
    re.I,
)
# "OS rates: 1 yr, 74.0% vs 72.8%; 2 yr, 49.8% vs 37.5%": rows of a congress abstract, each a
# timepoint that opens a row (after ":" or ";") and the rates right after it.
_TIMEPOINT_ROW = re.compile(
    r"(?<=[:;])\s*(?P<nums>\d+(?:\.\d+)?)[\s-]*(?P<unit>years?|yrs?|y|months?|mos?|weeks?|wks?)"
    r"\s*[,:]?\s*(?=\d+(?:\.\d+)?\s*%(?!\s*(?:CI|C\.I|conf)))",
    re.I,
)
_RESPECTIVELY_NEXT = re.compile(r"\s*,?\s*respectively\b")
_SHARE_OF_RESPONSES = compile_guarded(
    r"\b(?:proportions?|percentages?|rates?|shares?)\s+of\s+(?:the\s+|all\s+)?(?:responses|"
    r"responders)\s+$",
    re.I,
)
# A second time after an event, with decimals, right after one: the two are figures ("3 years
# after resection and 2.2 years after biopsy").
_DECIMAL_TIME_AFTER_NEXT = re.compile(
    r"\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*and|,|and|vs\.?|versus)\s+\d+\.\d+\s*"
    r"(?:months?|years?|weeks?)\s+(?:after|following)\b"
)
# "Two years after diagnosis, 18% ... were alive", "alive 4 years later".
_TIMEPOINT_AFTER = re.compile(
    # ("alive 1, 3, 6, 12 and 24 months later": a list of them)
    r"(?=[\dotfsen])\b(?P<nums>" + _TP_NUM + r"(?:\s*(?:,\s*and|,|and)\s*" + _TP_NUM + r")*)"
    # ("a low NLR 6 weeks into treatment")
    r"\s+(?P<unit>months?|years?|weeks?)\s+(?:after|from|since|later|into)\b",
    re.I,
)


class Value(NamedTuple):
    """A number found in a sentence, with what it is.

    ``kind``: ``pct`` (a percentage), ``time`` (a number with a time unit), ``nr`` (not
    reached), ``frac`` (x/n with no percent), ``num`` (a bare number, used for hazard ratios).
    ``start``/``end`` cover the number itself; ``span_end`` also covers its CI and unit.
    """

    kind: str
    value: float | None
    start: int
    end: int
    span_end: int
    unit: str | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    n: int | None = None
    N: int | None = None  # noqa: N815 - FORMAT.md name


@dataclass(frozen=True, slots=True)
class Timepoint:
    """A timepoint phrase; ``months`` holds one entry per number in a list ("6 and 12 months")."""

    months: tuple[float, ...]
    start: int
    end: int


def to_float(text: str) -> float:
    """Parse a number printed with a point (after :func:`normalise`)."""
    return float(text)


def _bound(text: str) -> float | None:
    """A CI bound; "NR", "NA" and the like are no number (``None``)."""
    try:
        return float(text)
    except ValueError:
        return None


_CI_GAP = re.compile(
    r"\s*[\(\[,;:]?\s*(?:(?:months?|mos?|weeks?|years?|days?)\b\.?)?\s*"
    # "62% at 1 year [95% CI, 57% to 66%]"
    r"(?:at\s+\d+(?:\.\d+)?\s*(?:months?|mos?|years?|yrs?|weeks?)\s*)?"
    # ("by 21% given FAMTX (95% CI 13-28%)")
    r"(?:(?:with|in|for|among|of|given|receiving)\s+[\w\-+/]+(?:\s+[\w\-+/]+){0,3}\s*)?"
    r"[\(\[,;:]?\s*"
    # "66% of patients were free of progression (90% CI, 51% to 100%)"
    r"(?:(?:were|was|remained)\s+(?:alive\s+(?:and\s+)?)?(?:free\s+(?:of|from)\s+[\w-]+|"
    r"progression-free)\s*[\(\[,;:]?\s*)?"
    # "(HR 0.87 favouring NACT, 80% CI 0.76-0.98)": the arm the ratio favours
    r"(?:favou?ring\s+[\w\-+/]+(?:\s+[\w\-+/]+){0,2}\s*[,;]\s*)?"
    # "39.7% of patients had an objective response (95% CI 30.7% to 49.2%)"
    r"(?:(?:had|achieved|attained|showed|experienced)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:response|remission)\s*[\(\[,;:]?\s*)?"
    # "[n = 30; 95% CI ...]", "(exact 95% CI ...)"
    r"(?:n\s*=\s*\d+\s*[;,]\s*)?(?:(?:exact|two-sided|2-sided|two-tailed|two-stage|repeated)\s+)?"
    # "median 6 months (range 1-42 months; 95% CI: 4.4-7.6)": a range before the interval
    r"(?:range\s*[:,]?\s*\d+(?:\.\d+)?\s*(?:-|to)\s*\d+(?:\.\d+)?\s*(?:months?|weeks?|years?)?\s*;\s*)?"
    # "(HR 1.41 per additional site, 95% CI, 1.17-1.70)": the unit of a ratio
    r"(?:per\s+[\w-]+(?:\s+[\w-]+){0,2}\s*,?\s*)?"
    # "(SE = .24; 95% CI [2.5; 3.5])": a standard error before the interval
    r"(?:SE\s*=\s*\d*\.?\d+\s*[;,]\s*)?"
    # "(hazard ratio 0.78, p<0.0001, 95% CI 0.70-0.87)": the p-value before the interval
    r"(?:(?:one|two)-sided\s+)?(?:p\s*[<=>\u2264\u2265]=?\s*\d*\.?\d+\s*[;,]\s*)?$",
    re.I,
)
_CI_GAP_ASCII = ascii_twin(_CI_GAP)  # (for an ASCII gap: the pattern reads nothing outside it)
# The gaps that stand between most values and their intervals, each a full match of _CI_GAP (a
# set look-up spares the match, which tries every way of splitting a gap among its parts).
_COMMON_CI_GAPS = frozenset(
    (" (", " [", "; ", ", ", " ", "(", "[")
    + tuple(
        " " + unit + tail
        for unit in ("months", "month", "mo", "mos", "weeks", "week", "years", "year", "days")
        for tail in (" (", " [", ", ", "; ", " ")
    )
)


def _match_start(m: re.Match[str]) -> int:
    """Where ``m`` starts (a bisect key)."""
    return m.start()


@lru_cache(maxsize=16)
def _ci_matches(text: str) -> list[re.Match[str]]:
    """Every stated CI of ``text``, found once per sentence."""
    low = text.lower()
    # Every label holds one of these; half the sentences have none, and the scan is slow.
    if not (
        "ci" in low
        or "c.i." in low
        or "cri" in low
        or "% cl" in low
        or "interval" in low
        or "confidence" in low
        or "ic" in low
    ):
        return []
    if not text.isascii():
        return list(_CI.finditer(text))
    return _ci_scan(text, low)


# Every label holds one of these words, its anchor: ignoring case "CI", "C.I.", "CrI",
# "confidence", "credible", "credibility", and as written "Cl" and "IC". No letter follows an
# anchor ("specific", "Clinical" and "ICI" hold none). Before the anchor a label holds only its
# percentage ("95% ", "95.0 %", "95 percent") and one of _CI_LEAD_WORDS with its spaces; none holds
# an anchor. (Ignoring case in ASCII text is lower-casing: the anchors but "IC" are looked for
# in the lower-cased sentence, by a scan that skips to each "c"; "cl" counts only as "Cl".)
_CI_ANCHOR = re.compile(r"c(?=(?:i|\.i\.|ri|l|onfidence|redible|redibility)(?![a-z]))")
# (the sentence is ASCII here: see ascii_twin)
_CI_ANCHOR_ASCII = ascii_twin(_CI_ANCHOR)
_CI_ASCII = ascii_twin(_CI)
_CI_LEAD_WORDS = (
    "conditional", "exact", "two-sided", "2-sided", "bootstrap", "wald", "adjusted", "repeated",
    "percent", "per cent",
)  # fmt: skip
# (what ``\d``, ``.``, ``%`` and ``\s`` match in ASCII text, as ``rstrip`` takes them)
# The ASCII characters that ``\s`` matches.
_ASCII_SPACES = frozenset(c for c in map(chr, range(128)) if c.isspace())
_CI_LEAD_CHARS = "0123456789.%-" + "".join(sorted(_ASCII_SPACES))


def _ci_lead_start(low: str, p: int) -> int:
    """How far before the anchor at ``p`` a label may open: back over the characters of a
    percentage and spaces, a lead word, and those characters again."""
    # (``rstrip`` steps back over the characters in C, not one test of a loop at a time)
    head = low[:p].rstrip(_CI_LEAD_CHARS)
    for word in _CI_LEAD_WORDS:
        if head.endswith(word):
            return len(head[: -len(word)].rstrip(_CI_LEAD_CHARS))
    return len(head)


def _ci_scan(text: str, low: str) -> list[re.Match[str]]:
    """What ``_CI.finditer(text)`` finds in an ASCII sentence, searched only near the anchors.

    The next match after ``pos`` has its anchor at or after ``pos``, and no anchor stands between
    its start and its own anchor; so the first anchor at or after ``pos`` is its own or one
    before its start, and a search from that anchor's lead (or ``pos``) finds it. No anchor
    left: no match left. (A scan tries every position of the sentence; most of them lie far
    from any label.)"""
    anchors = [
        m.start()
        for m in _CI_ANCHOR_ASCII.finditer(low)
        if low[m.start() + 1] != "l" or text[m.start()] == "C"
    ]
    i = text.find("IC")
    while i >= 0:
        if not low[i + 2 : i + 3].isalpha():
            anchors.append(i)
        i = text.find("IC", i + 1)
    if not anchors:
        return []
    anchors.sort()
    out = []
    pos = 0
    for p in anchors:
        if p < pos:
            continue
        q = max(pos, _ci_lead_start(low, p))
        # (No match opens with a space, and the search is from spaces before a number most
        # often: past them, the match is most often right there, and ``match`` finds it at half
        # the cost of ``search``; the search follows when it does not.)
        while text[q] in _ASCII_SPACES:
            q += 1
        m = _CI_ASCII.match(text, q) or _CI_ASCII.search(text, q)
        if m is None:
            break
        out.append(m)
        pos = m.end()
    return out


def find_ci(text: str, pos: int, limit: int = 48) -> tuple[float | None, float | None, int] | None:
    """Find a confidence interval starting within ``limit`` characters after ``pos``.

    Accepts "(95% CI 47.5-79.8)", "[95% confidence interval (CI) 47.5% to 79.8%]",
    "(95% CI: 8.4, 22.6)", "; 95% CI, 0.45-0.85", "95% CI 16.4-NA". Returns
    ``(low, high, end)`` or ``None``; ``end`` includes a closing bracket.
    """
    matches = _ci_matches(text)
    if not matches:
        return None
    return _ci_after(text, matches, pos, limit)


def _ci_after(
    text: str, matches: list[re.Match[str]], pos: int, limit: int = 48
) -> tuple[float | None, float | None, int] | None:
    """:func:`find_ci` over ``matches``, the non-empty ``_ci_matches(text)``, read once by the
    caller (find_values reads them for every number of the sentence)."""
    if len(matches) == 1:
        # (what the bisect below gives for one interval, without its key function)
        m = matches[0]
        start = m.start()
        if start < pos or start > pos + limit:
            return None
    else:
        i = bisect_left(matches, pos, key=_match_start)
        if i == len(matches) or matches[i].start() > pos + limit:
            return None
        m = matches[i]
    # Between a value and its CI only brackets, separators and a unit may stand.
    if not _ci_gap(text, pos, m.start()):
        return None
    end = m.end()
    rest = text[end : end + 3]
    close = _CLOSE.match(rest)
    if close:
        end += close.end()
    return _bound(m.group("lo")), _bound(m.group("hi")), end


def _ci_gap(text: str, pos: int, start: int) -> bool:
    """Whether ``_CI_GAP.match(text, pos, start)`` matches: the gap between a value and a CI."""
    gap = text[pos:start]
    if gap in _COMMON_CI_GAPS:
        return True
    if ")" in gap or "]" in gap or "%" in gap:
        return False  # (no part of _CI_GAP holds a closing bracket or a "%")
    return bool((_CI_GAP_ASCII if gap.isascii() else _CI_GAP).match(text, pos, start))


_CLOSE = re.compile(r"\s*[\)\]]")
# What closes Lancet's interval after a comma: the bracket, a semicolon, or the comparison going
# on ("(14.1 months, 12.7-15.5, vs 19.4 months, 14.2-24.6)").
_CLOSE_SEMI_OR_VERSUS = re.compile(r"\s*(?:[;\)\]]|,\s*(?:vs\b|versus\b))")


# The patients a share is of, then its labelled interval: "69.4% of the patients in the
# selpercatinib group (95% CI, 62.4 to 75.8)". (_GROUP_BEFORE_PAIR, below, is the arm after a
# time before a bare pair; a share's group may open with "of the patients" and needs the label.)
_SHARE_GROUP_BEFORE_CI = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:patients|pts)\s+)?(?:in|with|among)\s+(?:the\s+)?[\w+/-]+"
    r"(?:\s+[\w+/-]+){0,2}?(?=\s*[\(\[]\s*9\d(?:\.\d+)?\s*%\s*(?:CI|confidence))"
)
_GROUP_BEFORE_PAIR = re.compile(
    r"\s+(?:with|in|for|among)\s+[\w+/-]+(?:\s+[\w+/-]+){0,2}?(?=\s*[\(\[]\s*\d)", re.I
)


_PAIR_OPENERS = frozenset("([;,")  # what _BARE_PAIR and _SEMI_PAIR open with after spaces
_PAIR_OPENERS_OR_NONE = _PAIR_OPENERS | {""}  # ("": only spaces, or the end)


def find_bare_pair(text: str, pos: int) -> tuple[float | None, float | None, int] | None:
    """A parenthesised "low-high" right at ``pos`` that is not labelled a range, or the
    "; low-high)" that closes a bracket opened before the value ("five (20%; 7-41) of 25",
    "20 (47%, 31-62) of 43")."""
    # (each pattern opens with spaces and one of these characters: most positions have another
    # after their spaces, and spare both matches; ``lstrip`` strips what ``\s`` matches)
    first = text[pos : pos + 16].lstrip()[:1]
    if first and first not in _PAIR_OPENERS:
        return None
    m = _BARE_PAIR.match(text, pos) or _SEMI_PAIR.match(text, pos)
    if not m:
        return None
    if m.re is _BARE_PAIR and m.group("lo") is None:
        return _bound(m.group("lo2")), _bound(m.group("hi2")), m.end()
    return _bound(m.group("lo")), _bound(m.group("hi")), m.end()


def _comma_interval(text: str, v: Value, pos: int) -> Value:
    """Lancet's unlabelled interval after a comma inside the bracket that holds the value:
    "(8·4 months, 7·2–9·9; HR 0·77 ...)"; ``v`` unchanged when there is none."""
    pair = _COMMA_PAIR.match(text, pos)
    if not pair or not _CLOSE_SEMI_OR_VERSUS.match(text, pair.end()):
        return v
    if text.rfind("(", 0, v.start) <= text.rfind(")", 0, v.start):
        return v  # not inside a bracket
    lo, hi = _bound(pair.group("lo")), _bound(pair.group("hi"))
    if not _plausible_ci(v.value, lo, hi):
        return v
    return v._replace(ci_low=lo, ci_high=hi, span_end=pair.end())


def is_range(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows "range" or "IQR" (a spread, not a result), is
    either end of "ranged from 6% to 43%", or is a heterogeneity statistic ("I2 = 84.5%")."""
    before = text[max(0, start - 40) : start].lower()
    spread = _SPREAD_BEFORE.search(before)
    if spread and spread.group().startswith("ranged from") and _OWN_FIGURE.match(text, start):
        # "Median rwPFS ranged from 6.0 months (95% CI 5.8-6.2) for the HR-/HER2- subtype to
        # 13.3 months (...) for ...": the ends are two subgroups' figures, each with its own
        return False
    if spread:
        return True
    # "Median PFS ranged from 2.1 to 5.9 months and median OS from 6.7 to 20.9 months": the
    # second range, whose verb is left out, is a spread too.
    return "from" in before and bool(_ELIDED_RANGE.search(text, max(0, start - 160), start))


# "I2", "i ^2", "I-squared" (as :func:`is_range` reads them, lower-cased)
_I_SQUARED = re.compile(r"i\s*(?:\u00b2|2|\^2|-squared)")


def _spread_cue(low: str) -> bool:
    """Whether the lower-cased sentence ``low`` holds a word that :func:`is_range` needs before a
    number ("range", "iqr", "ranged", "ranging", "varied", "varying", "medians", "i2"); without one,
    ``is_range`` is false at every position of it. (Its look-behind reads a lower-cased slice,
    which holds only what ``low`` holds.)"""
    return (
        "rang" in low
        or "iqr" in low
        or "vari" in low
        or "medians" in low
        # (every match holds one of these: a third of the sentences hold none, and spare the
        # search, which tries every "i")
        or (("2" in low or "\u00b2" in low or "squared" in low) and bool(_I_SQUARED.search(low)))
    )


# A figure with its own interval or group after it.
# ("ranged from 54% in the highest-risk to 88% in the lowest-risk group", "from 61% (poor) to
# 93% (very good)": each end with its group)
_OWN_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|months?|years?|weeks?|days?)?\s*(?:\(\s*95\s*%|(?:for|in)\s+(?:the\s+)?\w"
    r"|\((?!\s*\d)[^()]{1,20}\))",
    re.I,
)


# "ranged from 2.1 to 5.9 months and median OS from 6.7 to [20.9]": either end of a range
# after "and", the verb left out (not after a verb of change: "and OS improved from ...").
_ELIDED_RANGE = re.compile(
    r"\b(?:ranged?|ranging|varied|varying)\s+(?:from|between)\s+[^;()]{1,60}?\band\s+"
    r"(?:(?!improv|increas|decreas|rose|fell|went|chang|prolong|extend|shorten|reduc|lengthen)"
    r"[\w-]+\s+){1,6}?from\s+(?:\d+(?:\.\d+)?\s*(?:%|months?|years?|weeks?)?\s*to\s+)?$",
    re.I,
)


_SPREAD_BEFORE = compile_guarded(
    r"(?:range|iqr|interquartile range)[\s:,=]*(?:of\s+|from\s+)?"
    # ("range, 3.7 months - 12.1 years": the upper end after a unit)
    r"(?:\d+(?:\.\d+)?\s*(?:%|months?|years?|weeks?|days?)\s*(?:to|-|\u2013|\u2014)\s*)?$"
    # ("with medians between 7.8 and 8.6 months depending on the criteria")
    r"|\bmedians\s+(?:of\s+)?between\s+(?:\d+(?:\.\d+)?\s*(?:and|-)\s*)?$"
    r"|\b(?:ranged?|ranging|varied|varying)\s+(?:from\s+|between\s+)?"
    r"(?:\d+(?:\.\d+)?\s*%?\s*(?:to|-|and)\s*)?$"
    r"|\bi\s*(?:\u00b2|2|\^2|-squared)\s*(?:[=:,]|of|was)?\s*$"
)


def _with_ci(
    text: str,
    v: Value,
    allow_bare: bool,
    pos: int | None = None,
    cis: list[re.Match[str]] | None = None,
) -> Value:
    """Attach a CI (stated, or a bare bracketed pair when ``allow_bare``) that follows ``v``:
    looked for at ``v.end``, or at ``pos`` when given (after the unit or the arm that follows the
    number); ``v`` keeps its ``end``. ``cis``, when given, is ``_ci_matches(text)`` (the caller
    read it once for the sentence: spared here are the cache's look-up and, in the many
    sentences without an interval, the call of find_ci)."""
    if pos is None:
        pos = v.end
    if cis is None:
        cis = _ci_matches(text)
    found = _ci_after(text, cis, pos) if cis else None  # (find_ci)
    # (the first test of find_bare_pair, made here: most positions fail it, and spare the call)
    if found is None and allow_bare and text[pos : pos + 16].lstrip()[:1] in _PAIR_OPENERS_OR_NONE:
        pair = find_bare_pair(text, pos)
        if pair and _plausible_ci(v.value, pair[0], pair[1]):
            found = pair
    if found is None:
        return v
    lo, hi, end = found
    # (built whole: ``_replace`` costs twice as much)
    if _VERB_IN_GAP.search(text, pos, end):
        # "65% of patients were alive (95% CI 53.4-74.9)", "39.7% had an objective response
        # (95% CI ...)": the interval is the figure's, but the endpoint named between stays
        # after the figure for the linker
        return Value(v.kind, v.value, v.start, v.end, v.span_end, v.unit, lo, hi, v.n, v.N)
    span_end = end if end > v.span_end else v.span_end
    return Value(v.kind, v.value, v.start, v.end, span_end, v.unit, lo, hi, v.n, v.N)


_DIGIT = re.compile(r"\d")
_VERB_IN_GAP = re.compile(r"\s(?:were|was|had|achieved|attained|showed|experienced)\s")


def _plausible_ci(value: float | None, lo: float | None, hi: float | None) -> bool:
    """Whether ``lo``-``hi`` can be the interval of ``value``; a median not reached
    (``value`` None) has an interval only with an open upper end."""
    if lo is None:
        return False
    if value is None:
        return hi is None
    return lo <= value and (hi is None or value <= hi)


def _after_spaces(text: str, pos: int) -> str:
    r"""The first character at or after ``pos`` past one space, if it is ASCII and no space;
    otherwise "" (more spaces, the end of the text, or a character beyond ASCII, which may
    match a letter ignoring case).

    A pattern that opens with ``\s*`` or ``\s+`` and then a word or a sign can match at ``pos``
    only when this is "" or a character its word or sign opens with (its openers, listed with
    it): the test spares a ``match`` call at the many positions where it cannot."""
    c = text[pos : pos + 1]
    if c == " ":
        c = text[pos + 1 : pos + 2]
    # (one look-up in place of the tests: "" for the spaces, the end and beyond ASCII)
    return _SPACE_TO_NONE.get(c, "")


# Every ASCII character that is no space, mapped to itself (what _after_spaces returns of it).
_SPACE_TO_NONE = {c: c for c in map(chr, range(128)) if c not in _ASCII_SPACES}


# (The patterns below were literals of ``re.search`` and the like in the functions: compiled
# once here, they spare a look-up of ``re``'s cache at every call.)
# "21.4% (27/126)": a percentage and the bracket its count opens
_PCT_BRACKET_BEFORE = re.compile(NUM + r"\s*%\s*[\(\[]\s*$")
# What may follow a lone "m" that is months: "47.8 m in ...", "11.8 m,", "11.7 m."
_AFTER_LONE_M = re.compile(r"\s*(?:[,;.)(]|\s(?:in|vs|versus|with|and|for|\())")
_STOP = re.compile(r"[;.]\s")

_ERROR_TERM = compile_guarded(r"\s*(?:\u00b1|\+/-|\+-)\s*\d+(?:\.\d+)?")
# What every match of _TIME ends with, its unit, read off the lower-cased sentence: a unit word,
# or a lone "m" after a number, a bracket or a hyphen ("47.8 m", "12-m"). (Ignoring case in ASCII
# text is lower-casing; a third of the sentences hold none, and skip the scan.)
_LONE_M = re.compile(r"m(?<=[\d\s)\]-]m)\b")


def _time_unit_cue(text: str, low: str) -> bool:
    """Whether ``low`` (``text`` lower-cased) may hold a match of _TIME: false only when none
    can be there."""
    if not text.isascii():
        return True
    return (
        "mo" in low  # (also every "month")
        or "day" in low
        or "year" in low
        or "week" in low
        or "mth" in low
        or "wk" in low
        or "yr" in low
        or _LONE_M.search(low) is not None
    )


# A pair compared in brackets with no unit: "(12.3 vs 10.3; 0.78 [...])".
_ELIDED_PAIR = re.compile(
    r"\(\s*(?P<a>\d+(?:\.\d+)?)\s*(?:vs\.?|versus|v)\s*(?P<b>\d+(?:\.\d+)?)\s*;"
)


# Number words below 100, as counts and shares are spelled out (the cohort module reads counts
# with them too).
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
# A share spelled out: "Thirty percent", "Forty-six per cent", "Nine percent".
_WORD_PERCENT = re.compile(
    r"\b(?P<w>(?:"
    + "|".join(TENS_WORDS)
    + r")(?:[- ](?:"
    + "|".join(list(UNIT_WORDS)[:9])
    + r"))?|"
    + "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
    + r")\s+(?:percent|per\s+cent)\b",
    re.I,
)


def _word_percent(words: str) -> float:
    """The value of a share spelled out ("Forty-six" -> 46.0), as :data:`_WORD_PERCENT` reads it."""
    parts = re.split(r"[- ]", words.lower())
    return float(sum(TENS_WORDS.get(p, 0) + UNIT_WORDS.get(p, 0) for p in parts))


# "not reached (lower limit of the 95% CI, 4.1 months)": an interval given by one bound
# (also "(lower 95% confidence limit, 24 weeks; upper limit not estimable)")
_LOWER_LIMIT = re.compile(
    r"[\(\[]\s*(?:(?:the\s+)?lower\s+(?:limit|bound)\s+of\s+(?:the\s+)?(?:\d{2}(?:\.\d+)?\s*%\s*)?"
    r"(?:CI|confidence\s+interval)|lower\s+\d{2}(?:\.\d+)?\s*%\s*(?:confidence\s+)?(?:limit|bound))"
    r"\s*[,:=]?\s*(?P<lo>\d+(?:\.\d+)?)\s*(?:months?|mo|weeks?|years?)?"
    r"(?:\s*;\s*upper\s+(?:limit|bound)\s+(?:not\s+(?:estimable|evaluable|reached)|NR|NE))?\s*[\)\]]",
    re.I,
)
# An arm's name and figure, then "vs" and the next arm's name, before a figure with its unit:
# "nivolumab 12.1 vs docetaxel 9.4 months", "anti-EGFR 12.39 and anti-VEGF 13.14 vs 9.83".
_LABELLED_PARTNER = re.compile(
    r"(?<![\w.-])(?P<label>[A-Za-z][\w+/-]*)\s+(?P<num>\d+(?:\.\d+)?)\s+"
    r"(?:vs\.?|versus|and)\s+(?:[A-Za-z][\w+/-]*\s+){1,3}$"
)
# Words before a number that name no arm: a ratio, an interval, a p-value, a count.
_NOT_ARM_LABELS = frozenset(("HR", "OR", "RR", "CI", "P", "N", "AHR", "HRS", "ECOG", "PS"))
# Numbers offered as alternatives: "6 or 12", "3, 6 or 12"
_ALTERNATIVES = re.compile(r"\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*,?\s+or\s+\d+(?:\.\d+)?")
# "days 1, 8 and 15 of 28-day cycles": a schedule, no fraction
_CYCLE_UNIT_AFTER = re.compile(r"-(?:days?|weeks?|months?|years?|cycles?|hours?)\b", re.I)


def find_values(text: str) -> list[Value]:
    """Every result-like number in ``text`` (normalised), in order, CI bounds excluded.

    Percentages, times (with the unit shared by a list), "not reached" and fractions. Numbers
    inside a CI, a range or an IQR are not values. Bare numbers are left to
    :func:`find_number_after` (only hazard ratios use them).
    """
    # Where an error term starts: a time just before one is a mean ("1.7 ± 3.3 vs. 0.3 ± 0.3
    # years") unless the sentence says "median" ("median overall survival 7 +/- 1.2 months").
    means: frozenset[int] = frozenset()
    if "\u00b1" in text or "+/" in text or "+-" in text:
        if "median" not in text.lower():
            means = frozenset(m.start() for m in _ERROR_TERM.finditer(text))
        # "17.0 +/- 3.9 months": the error term is no figure; blanked, offsets kept
        text = _ERROR_TERM.sub(lambda m: " " * len(m.group()), text)
    found: list[Value] = []
    taken: list[tuple[int, int]] = []
    # (nearly every sentence is ASCII, and is scanned with the patterns' ASCII twins)
    ascii_text = text.isascii()
    digit_rx, fraction_rx, percent_rx, partner_rx, time_rx, num_in_rx, elided_rx, nr_rx = (
        _VALUE_SCANS_ASCII if ascii_text else _VALUE_SCANS
    )
    # Every figure but "not reached" holds a digit (each scan below but the last opens its
    # number with ``\d``): a third of the sentences have none, and skip them.
    digits = digit_rx.search(text) is not None

    def free(a: int, b: int) -> bool:
        """Whether ``a:b`` overlaps no span taken so far."""
        # (a plain loop: a generator in ``all`` costs twice as much on these short lists)
        for s, e in taken:  # noqa: SIM110
            if b > s and a < e:
                return False
        return True

    def add(v: Value) -> None:
        found.append(v)
        taken.append((v.start, v.span_end))

    low = text.lower()
    spread_cue: bool | None = None  # whether the sentence names a spread at all (read once)

    def ranged(start: int) -> bool:
        """:func:`is_range` at ``start``, skipped when the sentence holds none of its words."""
        nonlocal spread_cue
        if spread_cue is None:
            spread_cue = _spread_cue(low)
        return spread_cue and is_range(text, start)

    # CIs first so their bounds are never read as values.
    lists: list[tuple[re.Match[str], list[tuple[float | None, float | None, int]]]] = []
    # (read once: every number of the sentence looks for its interval among them)
    cis = _ci_matches(text) if digits else []
    for m in cis:
        taken.append((m.start(), m.end()))
        more = _ci_list(text, m)
        if more:
            lists.append((m, more))
            taken.append((m.end(), more[-1][2]))
    # "not reached (lower limit of the 95% CI, 4.1 months)": the interval's one bound, no value
    lower_limits = list(_LOWER_LIMIT.finditer(text)) if digits and "lower" in low else []
    for m in lower_limits:
        taken.append((m.start(), m.end()))

    has_fraction = digits and ("/" in text or " of " in text)
    fractions = False  # (whether a "frac" value is found)
    for m in fraction_rx.finditer(text) if has_fraction else ():
        n, total = int(m.group("n")), int(m.group("N"))
        if total == 0 or n > total or not free(m.start(), m.end("N")):
            continue
        if text.startswith("-", m.end("N")) and _CYCLE_UNIT_AFTER.match(text, m.end("N")):
            continue  # "on days 1, 8 and 15 of 28-day cycles": a schedule, no fraction
        if is_threshold(text, m.start(), m.end("N")):
            continue
        if "/" in text[m.start() : m.end("N")] and _LABEL_BEFORE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            taken.append((m.start(), m.end("N")))
            continue  # "grade 3/4 thrombocytopenia", "phase 1/2": a label's numbers
        # "21.4% (27/126)", "45% (5 of 11)": handled with the percentage.
        if _PCT_BRACKET_BEFORE.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        if m.group("p"):
            p_start = m.start("p")
            v = Value(
                "pct", to_float(m.group("p")), p_start, m.end("p"), m.end(), "%", n=n, N=total
            )
            v = _with_ci(text, v._replace(end=m.end("p") + 1), allow_bare=True, cis=cis)
            add(v._replace(start=m.start(), end=m.end("p") + 1))
        else:
            later = _LATER_SHARE.match(text, m.end("N"))
            if later and _OTHER_OUTCOME_WORDS.search(later.group()):
                later = None
            if later is None and "giving" in text:
                # "19 of 52 patients had a response, all partial, giving an overall response
                # rate of 37%": the rate the count gives
                later = _GIVING_SHARE.match(text, m.end("N"))
            if later and abs(to_float(later.group("p")) - 100 * n / total) <= 1:
                # "92 of 144 patients had an overall response by independent review (64%, 95%
                # CI 56-71)": the printed share, with its interval, is the figure
                v = Value("pct", to_float(later.group("p")), later.start("p"), later.end("p"),
                          later.end(), "%", n=n, N=total)  # fmt: skip
                v = _with_ci(text, v._replace(end=later.end("p") + 1), allow_bare=True, cis=cis)
                add(v._replace(start=m.start(), end=later.end("p") + 1))
                continue
            v = Value("frac", round(100 * n / total, 1), m.start(), m.end("N"), m.end("N"), "%")
            fractions = True
            add(_with_ci(text, v._replace(n=n, N=total), allow_bare=False, cis=cis))

    # (every percentage holds "%", "percent" or "per cent": a third of the sentences hold none)
    for m in percent_rx.finditer(text) if digits and ("%" in text or "cent" in text) else ():
        if not free(m.start(), m.end()) or ranged(m.start()):
            continue
        e = m.end()
        # (what follows the percentage opens none of the patterns below at most of them)
        after = _after_spaces(text, e)
        if (after in _CI_LABEL_OPENERS and _CI_LABEL_AFTER.match(text, e)) or is_threshold(
            text, m.start(), e
        ):
            continue
        if _range_before(text, m.start()) and not (
            _CHANGE_FROM_TO.search(text, m.start() - 80, m.start())
        ):
            continue  # "PD-L1 1-49%", "rates of 60% to 70%": the upper end of a range
        if text[m.end() : m.end() + 1] == "-" and text[m.end() + 1 : m.end() + 2].isdigit():
            continue  # "TPS 1%-49%": the lower end
        if (
            after in _PCT_TO_PCT_OPENERS
            and _PCT_TO_PCT.match(text, e)
            and not _CHANGE_FROM.search(text, m.start() - 60, m.start())
        ):
            continue  # "5-year survival rates of 60% to 70%": the lower end
        if m.end() == m.end("num") and (
            _LABEL_BEFORE.search(text, max(0, m.start() - 18), m.start())
            or _COUNT_BEFORE.search(text, max(0, m.start() - 6), m.start())
        ):
            # "18% in cohort 1 and 20% in cohort 2": a label's number, no shared "%"; "94.0% for
            # scores 1-3, n = 571, vs 83.6%": a count
            continue
        v = Value("pct", to_float(m.group("num")), m.start(), m.end(), m.end(), "%")
        frac = _PCT_THEN_FRACTION.match(text, e) if after in _BRACKET_OPENERS else None
        if (
            frac
            and int(frac.group("N")) > 0
            and int(frac.group("n")) <= int(frac.group("N"))
            and (
                frac.group("open") != ","
                or abs(100 * int(frac.group("n")) / int(frac.group("N")) - v.value) < 1
            )
        ):
            v = v._replace(n=int(frac.group("n")), N=int(frac.group("N")), span_end=frac.end())
            v = _with_ci(text, v, allow_bare=False, pos=frac.end(), cis=cis)
        else:
            v = _with_ci(text, v, allow_bare=True, cis=cis)
            if v.ci_low is None and cis and (group := _SHARE_GROUP_BEFORE_CI.match(text, e)):
                # "69.4% of the patients in the selpercatinib group (95% CI, 62.4 to 75.8)"
                v = _with_ci(text, v, allow_bare=False, pos=group.end(), cis=cis)
        add(v)

    # "Thirty percent of patients achieved an objective response": a sentence may not open with
    # a numeral, so a share there is spelled out
    for m in _WORD_PERCENT.finditer(text) if "percent" in low or "per cent" in low else ():
        if free(m.start(), m.end()):
            add(Value("pct", _word_percent(m.group("w")), m.start(), m.end(), m.end(), "%"))

    # "the ORR 8.8% vs 0": the number compared with a percentage is one too.
    # (every match holds "%" and "vs" or "versus": substring tests spare the scan)
    partner = digits and "%" in text and ("vs" in text or "versus" in text)
    for m in partner_rx.finditer(text) if partner else ():
        if free(m.start("num"), m.end("num")):
            add(
                Value(
                    "pct", to_float(m.group("num")), m.start("num"), m.end("num"), m.end("num"), "%"
                )
            )

    # (an arm's figure before "vs" and another arm's name: see _LABELLED_PARTNER)
    partner_cue = " vs" in text or "versus" in text
    for m in time_rx.finditer(text) if digits and _time_unit_cue(text, low) else ():
        unit = _UNIT[m.group("unit").rstrip(".").lower()]
        if m.group("unit").lower() == "m" and not _AFTER_LONE_M.match(text[m.end() :]):
            # a lone "m" is months only as "47.8 m in ...", "11.8 m," or "11.7 m." at the end
            # of the sentence (not "m2")
            continue
        nums_start = m.start("nums")
        nums = m.group("nums")
        # (read once for the numbers of the match)
        m_end = m.end()
        nums_end = nums_start + len(nums)
        hyphen_unit = text[m.start("unit") - 1] == "-"
        # (no bracket opens in the list: no number of it lies inside one)
        nums_bracket = "(" in nums or "[" in nums
        # ("a PFS of at least 6 or 12 months": a cut-off before alternatives holds for each;
        # not "26.2 months with CPS >= 5 and 18.8 months", a label's number)
        list_threshold = (
            " or " in nums
            and _ALTERNATIVES.fullmatch(nums) is not None
            and is_threshold(text, nums_start, m_end)
        )
        for i, j in _number_spans(nums, num_in_rx, ascii_text):
            a = nums_start + i
            b = nums_start + j
            if not free(a, b) or ranged(a) or (nums_bracket and _inside_brackets(nums, i)):
                continue
            if list_threshold or _in_range_pair(text, a, b) or is_threshold(text, a, m_end):
                continue
            if _schedule_before(text, a):
                continue
            if (
                b == nums_end
                and text.startswith(" of ", m_end)
                and _COURSE_AFTER.match(text, m_end)
            ):
                continue  # "12 weeks of PVI 5-FU was associated with ...": a course's length
            if b == nums_end and text.startswith(" ago", m_end):
                continue  # "longer than they did 15 years ago": a date
            if b < nums_end and _LABEL_BEFORE.search(text, a - 8, a):
                continue  # "3.7 months in cohort 1 and 4.0 months in cohort 2"
            if b < nums_end and hyphen_unit:
                continue  # "HR 0.92 (...) and 3-year PFS": a hyphenated unit is the last one's
            if b in means:
                continue  # a mean and its standard deviation: no median
            if b < nums_end and nums[i:j] == "0":
                continue  # "26 months with an ECOG status of 0 and 5.5 months": a label's 0
            if b < nums_end and unit != "days" and _calendar_year(nums[i:j]):
                # "8 months for those who died in 2006, 7 months ...": a year, whose list is
                # no list (2006 months would be 167 years; a count of days may be that big)
                continue
            if hyphen_unit and "." not in nums[i:j] and _NOUN_AFTER.match(text, m_end):
                # "a 10-day decitabine schedule": a whole number with a hyphenated unit before
                # a noun qualifies it (not "a 5.49-month mPFS", a median put first)
                continue
            if (
                # (a match ends with the bracket and spaces)
                text[a - 24 if a > 24 else 0 : a].rstrip()[-1:] in ("(", "[")
                and _NR_BRACKET_BEFORE.search(text, a - 24, a)
            ):
                continue  # "mDoR NR (22.0 mo-NR)": the interval of a median not reached
            v = _with_ci(
                text, Value("time", to_float(nums[i:j]), a, b, b, unit), allow_bare=True, cis=cis
            )
            last = j == len(nums)
            if v.ci_low is None and last:
                # "9.6 months (5.6-16.7)": the interval follows the unit.
                after_unit = _with_ci(text, v, allow_bare=True, pos=m_end, cis=cis)
                # "12 months with everolimus (4.1-19.9)": after the arm it belongs to
                # (the arm is looked for only when no interval follows the unit)
                if (
                    after_unit.ci_low is None
                    and _after_spaces(text, m_end) in _GROUP_OPENERS
                    and (group := _GROUP_BEFORE_PAIR.match(text, m_end))
                ):
                    after_unit = _with_ci(text, v, allow_bare=True, pos=group.end(), cis=cis)
                if after_unit.ci_low is not None:
                    v = after_unit
                elif text.startswith(",", m_end):  # (_COMMA_PAIR opens with it)
                    v = _comma_interval(text, v, m_end)
            if last and m_end > v.span_end:
                # (built whole: ``_replace`` costs twice as much)
                v = Value(*v[:4], m_end, *v[5:])
            add(v)
        if partner_cue:
            # "(nivolumab 12.1 vs docetaxel 9.4 months)": the figure of the arm named before,
            # which shares the unit of the one after it
            p = _LABELLED_PARTNER.search(text, max(0, nums_start - 70), nums_start)
            if (
                p
                and p.group("label").upper() not in _NOT_ARM_LABELS
                and free(p.start("num"), p.end("num"))
                and not _LABEL_BEFORE.search(text, max(0, p.start("num") - 18), p.start("num"))
            ):
                v = Value("time", to_float(p.group("num")), p.start("num"), p.end("num"),
                          p.end("num"), unit)  # fmt: skip
                add(_with_ci(text, v, allow_bare=True, cis=cis))
        # "18.5 (95% CI 13.6-23.3) months": the CI sits between number and unit.
    if digits and ":" in text:
        for v in _row_values(text, cis):
            if free(v.start, v.span_end):
                add(v)
    if digits and "(" in text and ";" in text and found:  # (every match holds both)
        # Lancet: "(median 14.9 months vs 10.7 months; HR ...) and the CPS >=1 population (12.3
        # vs 10.3; 0.78 [...])": a later pair compared in brackets keeps the unit before it.
        for m in elided_rx.finditer(text):
            unit = next(
                (v.unit for v in reversed(found) if v.kind == "time" and v.end < m.start()), None
            )
            if unit and free(m.start("a"), m.end("b")):
                for g in ("a", "b"):
                    add(Value("time", to_float(m.group(g)), m.start(g), m.end(g), m.end(g), unit))
    has_nr = ("N" in text or "not" in text or "unreached" in text) and (
        "not" in low or "unreached" in low or bool(_NR_WORD.search(low))
    )
    for m in nr_rx.finditer(text) if has_nr else ():
        if (
            _INSIDE_CI.search(text, m.start() - 40, m.start())
            or _NR_GLOSS.search(text, m.start() - 20, m.start())
            or _RANGE_BEFORE.search(text, m.start() - 8, m.start())
            or ("rang" in low and is_range(text, m.start()))
        ):
            # "(95% CI not reached)", "(95% CI, 9.6-upper level not reached)", and the open
            # end of a bare interval: "not reached (29.3-not reached)"; the open end of a range
            # ("range 2.5 months to not reached").
            continue
        if free(m.start(), m.end()):
            v = Value("nr", None, m.start(), m.end(), m.end(), None)
            v = _with_ci(text, v, allow_bare=True, cis=cis)  # "not reached (29.3-not reached)"
            for lim in lower_limits if v.ci_low is None else ():
                if lim.start() >= v.span_end and not text[v.span_end : lim.start()].strip():
                    v = v._replace(ci_low=to_float(lim.group("lo")), span_end=lim.end())
            add(v)

    if len(found) > 1:
        found.sort(key=_START)
    for m, more in lists:
        found = _spread_ci_list(found, m, more)
    if not fractions:
        return found  # (what follows drops or merges a fraction: most sentences hold none)
    if any(v.kind == "pct" and v.N is not None for v in found):
        # "45.1% (n = 23/51)": the percentage took its count; the count is no second figure.
        found = [v for v in found if v.kind != "frac" or not _counted(v, found)]
    return _merge_fraction_and_percent(text, found)


_START = itemgetter(2)  # a Value's start (a sort key that calls no Python function)


def _number_spans(nums: str, rx: re.Pattern[str], ascii_text: bool) -> list[tuple[int, int]]:
    """The spans of the matches of ``rx`` (_NUM_IN, or its twin) in ``nums``, the numbers of a
    match of _TIME, in a sentence that is ASCII when ``ascii_text``.

    A list of one number, the most common, is one match of the whole, and spares the scan:
    "12" or "12.5" (digits, and at most one point between them; in ASCII text ``isdigit`` is
    true of 0-9 only)."""
    if (
        ascii_text
        and nums[:1] != "."
        and (nums.isdigit() or (nums.replace(".", "", 1).isdigit() and nums[-1] != "."))
    ):
        return [(0, len(nums))]
    return [nm.span() for nm in rx.finditer(nums)]


# The ASCII twins of _TIME and _PERCENT (see ascii_twin), written so that a try that fails
# fails sooner; they find the same matches. These two scans cost the most of find_values: each
# tries every number of most sentences, and most tries fail.
# - A look-ahead for the first letters of an alternation ignoring case (its letters with their
#   two cases: in ASCII text a letter matches only these) rejects a position with one character
#   test: ``re`` skips an alternative that opens with a plain literal at a glance, but tries
#   one that opens with a letter ignoring case in full.
# - A repeat that nothing after it can take back from is possessive ("*+", "{0,60}+"): the
#   spaces before an optional bracket (with fewer, the bracket cannot open and the spaces after
#   it take the rest: the same place, tried again), and the characters or glosses inside a
#   bracket (none of them closes it, so with fewer the closing bracket cannot follow either).
# - Inside _PERCENT's look-ahead for a list sharing its sign, which only succeeds or fails, the
#   numbers and spaces are possessive, and so are the loops: a number is followed by no digit
#   or point, the first loop's items hold no word, and the second's items and the sign open
#   with what no item's end can be given back to make.
_TIME_ASCII = re.compile(
    r"(?P<nums>" + _NUM_AT_START + r"(?<![A-Za-z]-\d)(?>\d*(?:\.\d+)?)(?=\s*[(\[,/\-avotmwyd])"
    r"(?:\s*+(?:[\(\[][^()\[\]]{0,60}+[\)\]])?\s*(?=(?-i:[,/aAvVoOtT]))"
    r"(?:,\s*and|,|and|vs\.?|v\.?|versus|against|or|/|to)"
    r"\s*(?:(?:not\s+reached|NR)\s*(?:,|and|vs\.?|versus)\s*)?(?>" + NUM + r"))*)"
    r"\s*+(?P<ci>[\(\[](?:[^()\[\]]|[\(\[](?:\d\d%\s)?\w{1,4}[\)\]]){0,60}+[\)\]]\s*)?"
    r"-?(?=(?-i:[mMwWyYdD]))(?P<unit>" + _UNIT_RE + r")",
    re.I | re.ASCII,
)
# (and of _FRACTION: the numbers and the spaces around the joiner are possessive, since a digit
# or a space given back could not open what follows, and a look-ahead for the joiner's first
# letters spares the try of the alternation ignoring case)
_FRACTION_ASCII = re.compile(
    r"(?P<n>\d(?<![\w./]\d)\d*+)\s*+(?=(?-i:[/oO]))(?:/|of(?:\s+the)?+|out\s+of(?:\s+the)?+)\s*+"
    r"(?P<N>\d++)"
    r"(?![\w/%]|\.\d)" + _FRACTION.pattern[_FRACTION.pattern.index("(?P<pct>") :],
    re.I | re.ASCII,
)
_PERCENT_ASCII = re.compile(
    r"(?P<num>" + _NUM_AT_START + r"(?<![A-Za-z]-\d)(?>\d*(?:\.\d+)?))(?=\s*[%p,vao])"
    r"(?:" + _PCT_SIGN + r"|(?=(?:\s*+,\s*+\d++(?:\.\d++)?+)*+"
    r"(?:\s*+,?\s*(?:vs\.?|versus|against|and|or)\s*+\d++(?:\.\d++)?+)++"
    + _PCT_SIGN
    + r"(?!\s*(?:CI|C\.I|conf))))",
    re.ASCII,
)

# The scans of find_values, and their twins for ASCII sentences (see ascii_twin).
_VALUE_SCANS = (_DIGIT, _FRACTION, _PERCENT, _PCT_PARTNER, _TIME, _NUM_IN, _ELIDED_PAIR, _NR)
_WRITTEN_TWINS = {  # (the twins written above; ascii_twin makes the others)
    _FRACTION: _FRACTION_ASCII,
    _PERCENT: _PERCENT_ASCII,
    _TIME: _TIME_ASCII,
    _NR: _NR_ASCII,
}
_VALUE_SCANS_ASCII = tuple(_WRITTEN_TWINS.get(rx) or ascii_twin(rx) for rx in _VALUE_SCANS)


# The further intervals of a list: "(95% CI 9.9-15.0 vs 5.6-9.9)", "(95% CI: 12.0%-28.0% and
# 85.0%-95.0%)", "(CI95% 4.8-14.5 months, 16.5%-54% and 66.3%-95.8%)".
_MORE_CI = re.compile(
    r"\s*(?:months?|mos?)?\s*(?:,\s*and|,|;|and|vs\.?|versus)\s*(?P<lo>" + NUM + r")\s*%?"
    r"\s*(?:-|to)\s*(?P<hi>" + NUM + r"|" + _BOUND_NR + r")\s*%?(?:\s*(?:months?|mos?)\b)?",
    re.I,
)


def _ci_list(text: str, m: re.Match[str]) -> list[tuple[float | None, float | None, int]]:
    """The intervals that follow the stated CI ``m`` in one list, as ``(low, high, end)``."""
    more = []
    pos = m.end()
    while _after_spaces(text, pos) in _MORE_CI_OPENERS and (hit := _MORE_CI.match(text, pos)):
        more.append((_bound(hit.group("lo")), _bound(hit.group("hi")), hit.end()))
        pos = hit.end()
    return more


def _spread_ci_list(
    found: list[Value], m: re.Match[str], more: list[tuple[float | None, float | None, int]]
) -> list[Value]:
    """The figures just before a list of intervals take them in order: "13.0 vs 7.2 months
    (95% CI 9.9-15.0 vs 5.6-9.9)", "were 20.0% and 90.0%, respectively (95% CI: 12.0%-28.0%
    and 85.0%-95.0%)". Unchanged unless as many figures, each inside its interval, stand
    before it with no interval of their own (or with the list's first)."""
    pairs = [(_bound(m.group("lo")), _bound(m.group("hi"))), *((lo, hi) for lo, hi, _ in more)]
    before = [i for i, v in enumerate(found) if v.start < m.start()]
    idx = before[-len(pairs) :]
    if len(idx) != len(pairs) or any(found[i].kind not in ("pct", "time", "frac") for i in idx):
        return found
    first = pairs[0]
    if any(
        (found[i].ci_low, found[i].ci_high) not in ((None, None), first)
        or not _plausible_ci(found[i].value, lo, hi)
        for i, (lo, hi) in zip(idx, pairs, strict=True)
    ):
        return found
    out = list(found)
    for i, (lo, hi) in zip(idx, pairs, strict=True):
        out[i] = found[i]._replace(ci_low=lo, ci_high=hi)
    return out


# A unit stated once in a row header: "Median OS, months: nivolumab 12.0, docetaxel 9.6",
# "Overall survival, months (95% CI): A 17.2 (15.8-20.1); B 10.6 (9.3-12.1)", "Overall
# survival, median (months), A v B: all patients 16.7 v 12.5".
_ROW_HEADER = re.compile(
    r"[,(;]\s*(?:median\s*,?\s*)?\(?\s*(?P<unit>months|mos?|weeks|years|%)\s*\)?\s*"
    r"(?:[\(\[]\s*95\s*%\s*CI\s*[\)\]]\s*)?(?:,?\s*[^:;.()]{1,40}?)?"
    # "(pazopanib v placebo; median, months; hazard ratio [HR], 95% CI):", "(months) by
    # subgroup:"
    r"(?:;\s*[^:;.]{1,50}?\)\s*)?:",
    re.I,
)
_ROW_HEADER_ASCII = ascii_twin(_ROW_HEADER)
# A bare number in such a row, followed by the next one, its interval or the end of an item.
_ROW_NUMBER = compile_guarded(
    # (a full stop may end the row: "..., ALK 2.5.")
    r"(?<![\w.<>=/%-])(?<![<>=]\s)(?P<num>\d+(?:\.\d+)?)(?!\d|\.\d)"
    r"(?=\s*(?:v\.?\s|vs\.?|versus|,|;|[\(\[]|\.(?:\s|$)|$))"
)
_NOT_IN_ROW_BEFORE = compile_guarded(
    r"(?:\bHRs?|ratios?|\bRR|\bOR|\b[pP]|\b(?:cohort|arm|part|group|stage|grade|phase|line|"
    r"CPS|TPS))\s*(?:of\s+|was\s+|[=:,]\s*)?$",
    re.I,
)


_COUNT_BEFORE = re.compile(r"\b[nN]\s*=\s*$")


def _row_values(text: str, cis: list[re.Match[str]]) -> list[Value]:
    """The figures of rows whose unit a header states once, outside brackets (their
    intervals attached; ``cis`` is ``_ci_matches(text)``)."""
    out = []
    # (the header is looked for in most sentences with a colon; see ascii_twin)
    for header in (_ROW_HEADER_ASCII if text.isascii() else _ROW_HEADER).finditer(text):
        unit = header.group("unit").lower()
        kind, unit = ("pct", "%") if unit == "%" else ("time", _UNIT[unit])
        for nm in _ROW_NUMBER.finditer(text, header.end()):
            a, b = nm.span("num")
            if _inside_brackets(text[header.end() : a], a - header.end()):
                continue
            if _NOT_IN_ROW_BEFORE.search(text, a - 16, a) or is_threshold(text, a, b):
                continue
            v = Value(kind, to_float(nm.group("num")), a, b, b, unit)
            out.append(_with_ci(text, v, allow_bare=True, cis=cis))
    return out


def _counted(frac: Value, found: list[Value]) -> bool:
    """Whether a percentage before ``frac`` carries ``frac``'s count inside its span."""
    return any(
        v.kind == "pct" and v.start < frac.start < v.span_end and (v.n, v.N) == (frac.n, frac.N)
        for v in found
    )


def _merge_fraction_and_percent(text: str, found: list[Value]) -> list[Value]:
    """ "11 of 15 evaluable patients had a response (73%)": one figure, the stated 73% with
    n=11, N=15, not a computed 73.3% beside it. Times between the two ("12 of 20 patients were
    alive 3 months after enrolment (OS3 60%)") do not separate them, and the count may follow
    the interval ("43.5% (95% CI, 31.0% to 56.7%; 27/62 patients)")."""
    if len(found) < 2 or not any(v.kind == "frac" for v in found):
        return found  # (every merge takes a fraction)
    merged: dict[int, Value] = {}  # index of the percentage -> it with the fraction's n, N
    dropped: set[int] = set()
    for i, a in enumerate(found):
        if (
            a.kind == "pct"
            and a.N is None
            and i + 1 < len(found)
            and found[i + 1].kind == "frac"
            and (
                _AFTER_INTERVAL.fullmatch(text, a.span_end, found[i + 1].start)
                or _GROUP_THEN_BRACKET.fullmatch(text, a.span_end, found[i + 1].start)
            )
            and abs((a.value or 0) - (found[i + 1].value or 0)) < 1.0
        ):
            # "43.5% (95% CI, 31.0% to 56.7%; 27/62 patients)": the count closes the bracket.
            b = found[i + 1]
            merged[i] = a._replace(n=b.n, N=b.N, span_end=b.span_end)
            if a.ci_low is None and b.ci_low is not None:
                # "20.7% with rogaratinib (18/87; 95% CI, 12.7 to 30.7)": the interval follows
                # the count, in the bracket after the arm
                merged[i] = merged[i]._replace(ci_low=b.ci_low, ci_high=b.ci_high)
            dropped.add(i + 1)
            continue
        if a.kind != "frac" or i in dropped:
            continue
        j = i + 1
        while j < len(found) and found[j].kind == "time":
            j += 1
        if j == len(found) or j in merged:
            continue
        b = found[j]
        if (
            b.kind == "pct"
            and b.N is None
            and b.start - a.span_end <= 60
            and abs((a.value or 0) - (b.value or 0)) < 1.0
            and not _STOP.search(text[a.span_end : b.start])
        ):
            merged[j] = b._replace(n=a.n, N=a.N)
            dropped.add(i)
    # "the ORR was 27.8% (95% CI, 18.9 to 38.2), with 25 of 90 patients achieving a partial
    # response", "10 of 33 pts (median 5 prior regimens) had an objective response (30.3%, ...)":
    # a count whose share is a stated percentage of the sentence (to its printed precision) is
    # that percentage's count, however far apart they stand.
    for i, a in enumerate(found):
        if a.kind != "frac" or i in dropped or a.n is None or not a.N:
            continue
        share = 100 * a.n / a.N
        same = [
            j
            for j, b in enumerate(found)
            if b.kind == "pct"
            and b.N is None
            and j not in merged
            and abs(share - (b.value or 0)) < _share_tolerance(text, a, b)
        ]
        if len(same) == 1:
            b = found[same[0]]
            merged[same[0]] = b._replace(n=a.n, N=a.N)
            if b.ci_low is None and a.ci_low is not None:
                # "83% of patients with grade 1 tumours were alive and progression-free (10 of
                # 12; 95% CI, 52 to 98)": the interval stands with the count
                merged[same[0]] = merged[same[0]]._replace(ci_low=a.ci_low, ci_high=a.ci_high)
            dropped.add(i)
    if not merged:
        return found
    return [merged.get(i, v) for i, v in enumerate(found) if i not in dropped]


def _share_tolerance(text: str, count: Value, pct: Value) -> float:
    """How far the share of ``count`` may lie from the percentage ``pct`` for the two to be one
    figure: half a unit of the last digit printed ("83%" 0.5, "83.3%" 0.05) for a count that
    follows the percentage in its clause ("83% of patients ... were progression-free (10 of
    12; ...)"); otherwise 0.05 ("39 of 69 patients had died; 12-month OS was ... 57%": deaths).
    """
    if pct.start > count.start or ";" in text[pct.end : count.start]:
        return 0.05
    printed = _PRINTED_NUMBER.match(text, pct.start)
    decimals = len(printed.group(1) or "") if printed else 0
    return 0.5 * 10.0**-decimals + 1e-9


_PRINTED_NUMBER = re.compile(r"\d*(?:\.(\d+))?")


_AFTER_INTERVAL = re.compile(r"\s*[;,]\s*")
# "64.8% with lenvatinib (169 of 261 patients ...)": the count of the figure before it
_GROUP_THEN_BRACKET = re.compile(
    r"\s*(?:(?:with|in|for|among)\s+[^();,.%]{1,30}?)?\s*[\(\[]\s*(?:[nN]\s*=\s*)?", re.I
)
_NR_BRACKET_BEFORE = compile_guarded(r"(?:\bN[RE]|not\s+(?:yet\s+)?reached)\s*[\(\[]\s*$", re.I)
_NR_WORD = re.compile(r"n[re]\b")  # what "NR" and "NE" need (the scan of _NR is slow)
_CI_LABEL_AFTER = re.compile(
    r"\s*-?(?:(?:Wald|exact|conditional|two-sided|bootstrap|adjusted)\s+)?"
    r"(?:CIs?|C\.I\.|CrIs?|confidence|credib(?:ility|le)"
    # "one-sided 95% upper bound 1.94": the level of a one-sided interval
    r"|(?:upper|lower)\s+(?:confidence\s+)?(?:bound|limit))\b",
    re.I,
)
# (The readable form of _THRESHOLD_BEFORE_SCAN, which is searched instead; the tests hold the two
# to the same matches.)
_THRESHOLD_BEFORE = re.compile(
    r"(?:[<>]=?|\bat\s+least|\bmore\s+than|\bless\s+than|\bup\s+to|\bover|\bunder|"
    r"\bexceed(?:ing|ed|s)?|"
    r"\bbelow|\babove|\bminimum\s+of|\bthreshold\s+of)\s*$",
    re.I,
)
# _THRESHOLD_BEFORE written to open with a class of its first characters (each letter with the
# characters that match it ignoring case: for these letters, its two cases only), which ``re``
# scans for; it tries a pattern that opens with "\b" or a look-ahead at every position. After
# the character, a look-behind reads what "\b" reads before it, and the word goes on as the
# one it opens. (The same matches, at the same positions.)
_THRESHOLD_BEFORE_SCAN = re.compile(
    r"(?-i:[<>aAmMlLuUoOeEbBtT])(?:(?<=[<>])=?|(?<!\w.)(?:(?<=a)t\s+least|(?<=m)ore\s+than|"
    r"(?<=l)ess\s+than|(?<=u)p\s+to|(?<=o)ver|(?<=u)nder|(?<=e)xceed(?:ing|ed|s)?|(?<=b)elow|"
    r"(?<=a)bove|(?<=m)inimum\s+of|(?<=t)hreshold\s+of))\s*$",
    re.I,
)
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:or\s+(?:more|greater|higher|less|lower|longer|shorter|fewer)|reduction|decrease|shrinkage|"
    r"volumetric|increase|improvement|"
    # ("a PFS of 12 months was the best cutoff for predicting survival")
    r"(?:was|as)\s+(?:the\s+)?(?:best\s+|optimal\s+)?cut-?\s*off)\b",
    re.I,
)
# A word after "10-day" that it qualifies as an adjective (not "18-months in arm A").
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|vs|versus|and|or|with|for|among|compared|respectively|than|from|on|at|"
    r"after|of|to|when|while|but|was|were|is)\b)[a-z]",
    re.I,
)


# (The readable form of _SCHEDULE_BEFORE_SCAN, which is searched instead; the tests hold the two
# to the same matches.)
_SCHEDULE_BEFORE = re.compile(
    r"\b(?:every|each|per|within|lasting|q|once|twice|for|over|beyond|than|after|before|"
    r"during|exposure\s+of|first|initial|last|next|past)\s*$",
    re.I,
)
# _SCHEDULE_BEFORE written to open with a class of its first letters, as _THRESHOLD_BEFORE_SCAN
# is ("i" with the "İ" and "ı" that match it ignoring case).
_SCHEDULE_BEFORE_SCAN = re.compile(
    r"(?-i:[eEpPwWlLqQoOtTfFbBaAdDiI\u0130\u0131nN])(?<!\w.)(?:(?<=e)(?:very|ach|xposure\s+of)|"
    r"(?<=p)(?:er|ast)|(?<=w)ithin|(?<=l)(?:asting|ast)|(?<=q)|(?<=o)(?:nce|ver)|(?<=t)(?:wice|han)|"
    r"(?<=f)(?:or|irst)|(?<=b)(?:eyond|efore)|(?<=a)fter|(?<=d)uring|(?<=i)nitial|(?<=n)ext)\s*$",
    re.I,
)
# The last two letters of its words, lower-cased, as a match of _SCHEDULE_BEFORE ends before
# its spaces (or "q").
_SCHEDULE_ENDS = frozenset(
    {"ry", "ch", "er", "in", "ng", "ce", "or", "nd", "an", "re", "of", "st", "al", "xt"}
)


def _schedule_before(text: str, start: int) -> bool:
    """Whether _SCHEDULE_BEFORE matches the 16 characters before ``start``: searched only when
    they end, before their spaces, as one of its words does. (An ASCII letter matches only its
    own two cases ignoring case; a tail that is not ASCII is searched.)"""
    tail = text[start - 16 if start > 16 else 0 : start].rstrip()[-2:]
    if tail.isascii() and tail[-1:].lower() != "q" and tail.lower() not in _SCHEDULE_ENDS:
        return False
    return bool(_SCHEDULE_BEFORE_SCAN.search(text, start - 16, start))


# How a match of _THRESHOLD_BEFORE ends before its spaces: a sign ("<", ">", "<=") or the last two
# letters of its words, lower-cased ("at least", "more than", "up to", "over", "under", "exceed",
# "exceeding", "exceeds", "below", "above", "minimum of"; ignoring case, only "ſ" besides the
# ASCII letters matches one of them, and it stays as it is lower-cased).
_THRESHOLD_SIGNS = ("<", ">", "=")
_THRESHOLD_ENDS = frozenset(
    {"st", "ſt", "an", "to", "er", "ed", "ng", "ds", "dſ", "ow", "ve", "of"}
)


def is_threshold(text: str, start: int, end: int) -> bool:
    """A cut-off rather than a result: "<26%", "at least 50%", "50% or more", "30% reduction"."""
    # (the look-behind is searched only when the text before ``start`` ends as it can)
    # (a slice takes no negative start: clamped without a call of ``max``)
    tail = text[start - 16 if start > 16 else 0 : start].rstrip()[-2:].lower()
    return bool(
        (
            (tail[-1:] in _THRESHOLD_SIGNS or tail in _THRESHOLD_ENDS)
            and _THRESHOLD_BEFORE_SCAN.search(text, start - 16, start)
        )
        or (
            _after_spaces(text, end) in _THRESHOLD_AFTER_OPENERS
            and _THRESHOLD_AFTER.match(text, end)
        )
    )


# (also "TPS 1%-49%": a range of percentages)
_RANGE_BEFORE = re.compile(r"\d\s*(?:-|to)\s*$|\d%-$|\d\s*%\s+to\s+$")


def _range_before(text: str, start: int) -> bool:
    """Whether _RANGE_BEFORE matches the eight characters before ``start``: searched only when
    they end, before their spaces, with the "-" or "to" that every match ends with."""
    before = text[start - 8 if start > 8 else 0 : start]
    return before.rstrip()[-1:] in ("-", "o") and bool(_RANGE_BEFORE.search(before))


# "extended median PFS from 3.3 to 5.6 months": two figures compared, not a range.
_CHANGED = (
    r"(?:\b(?:prolong|extend|improv|increas|rose|rising|lengthen|rais|reduc|decreas|shorten|"
    r"lift|boost)\w*,?\s+"
    # ("improved significantly over time, from 12 to 30 months", "lifting 5-year survival by 6%,
    # from 60% to 66%")
    r"(?:[\w%.-]+,?\s+){0,7}?"
    # ("... rose from 25.0% to 41.9%, and median overall survival from 7.8 to 10.0 months",
    # "with 5-year survival going from 29% to 33%", "and 2-year CS from 17.3% to 39.4%")
    r"|\b(?:survival|OS|PFS|CS)\s+(?:going\s+|moving\s+)?)from\s+"
)
_CHANGE_FROM = compile_guarded(_CHANGED + r"$", re.I)
_CHANGE_FROM_TO = compile_guarded(
    _CHANGED
    # ("increased from 70.6 months in period 1 to 87.7 months in period 2")
    # ("rose from 9.6% (8.7-10.6) in 2000-05 to 18.0%": with its interval)
    + r"\d+(?:\.\d+)?\s*(?:%|months?|mo)?(?:\s*[\(\[][^()\[\]]{1,40}[\)\]])?"
    r"(?:\s+(?:in|with|for|among)\s+[^,;()]{1,30}?)?"
    r"\s*to\s*$",
    re.I,
)
_RANGE_AFTER = re.compile(r"\s*(?:-|to)\s*\d")


def _in_range_pair(text: str, a: int, b: int) -> bool:
    """Whether the number at ``a:b`` is one end of "3-6 months" or "from 3 to 6 months"."""
    # ("from 4.4 months in the pre-2015 era to 6.9 months" compares two figures; "from 3 to 6
    # months" is a range, and its "to 6" shows it.)
    if _after_spaces(text, b) in _RANGE_AFTER_OPENERS and _RANGE_AFTER.match(text, b):
        return not _CHANGE_FROM.search(text, a - 60, a)
    if _range_before(text, a):
        return not _CHANGE_FROM_TO.search(text, a - 80, a)
    return False


def _calendar_year(num: str) -> bool:
    """Whether a number as written is a calendar year (1900-2099, four digits, no decimals)."""
    return len(num) == 4 and num.isdigit() and num[:2] in ("19", "20")


def _inside_brackets(s: str, i: int) -> bool:
    """Whether position ``i`` of ``s`` lies inside a bracket pair."""
    depth = 0
    for ch in s[:i]:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
    return depth > 0


# "HR 0.56, 0.41-0.75": Lancet's unlabelled interval after a comma.
_NR_GLOSS = re.compile(r"not\s+(?:yet\s+)?reached\s*[\(\[]\s*$", re.I)  # "not reached [NR]"
_INSIDE_CI = compile_guarded(r"\b(?:CI|[Cc]onfidence\s+[Ii]nterval)\b[^()\[\]]*$")
_COMMA_PAIR = re.compile(
    r",\s*(?P<lo>" + NUM + r")\s*(?:-|to)\s*(?P<hi>" + NUM + r"|" + _BOUND_NR + r")(?![\d.])"
)
# (the same after a semicolon, where another part of the bracket follows)
_SEMI_OPEN_PAIR = re.compile(
    r";\s*(?P<lo>" + NUM + r")\s*(?:-|to)\s*(?P<hi>" + NUM + r")(?![\d.])(?=\s*[;,\)\]])"
)
_COMMA_THEN_BRACKET = re.compile(r"\s*,\s*(?=[\(\[]\s*\d)")
# (A full stop after the number ends the sentence: "The PFS HR was 0.67.")
# (not a number glued to a name by a hyphen: "S-1", "anti-PD-1")
_HR_NUM = compile_guarded(
    # ("CDK4/6", "11/15": no part of a slashed pair is a ratio)
    r"(?<![\w.])(?<![A-Za-z]-)(?<!\d/)(?P<num>" + DOT_NUM + r")(?!\d|\.\d|/\d)"
    r"(?!\s*%|\s*" + _UNIT_RE + r")"
)

# The ASCII twin of _HR_NUM (for ASCII text, see ascii_twin), written to open with its first
# character, which ``re`` scans for (it tries a pattern that opens with a look-behind at every
# position): after it, the look-behinds read the character before it, and the number goes on
# as the alternative it opens goes on.
_HR_NUM_ASCII = re.compile(
    r"(?P<num>[\d.](?<![\w.][\d.])(?<![A-Za-z]-[\d.])(?<!\d/[\d.])"
    r"(?:(?<=\d)\d*(?:\.\d+)?|(?<=\.)\d+))"
    r"(?!\d|\.\d|/\d)(?!\s*%|\s*" + _UNIT_RE + r")",
    re.ASCII,
)


# ("HRs below 1", "a hazard ratio of less than 0.8": a bound, not the ratio)
_CUT_OFF_BEFORE = compile_guarded(
    r"[<>]=?\s*$|\b(?:below|above|under|over|(?:less|greater|lower|higher)\s+than)\s+$", re.I
)


# "P = 0.03", "p<0.001", "P for interaction = 0.29": what follows is a p-value.
_P_BEFORE = compile_guarded(
    r"\bp(?:\s+(?:for|of)\s+(?:interaction|heterogeneity|trend|difference))?\s*(?:value\s*)?"
    r"[=<>]\s*$",
    re.I,
)


# The last character before the closing spaces of a match of _P_BEFORE ("P ="), and of
# _CUT_OFF_BEFORE: "<", ">=", "below", "above", "under", "over", "than" (ignoring case, only
# these ASCII letters match them).
_P_LAST = frozenset("=<>")
_CUT_OFF_LAST = frozenset("<>=wWeErRnN")


# A statistics program and its version: "RevMan 5.2", "SPSS version 22", "Stata 15.1".
_SOFTWARE_BEFORE = re.compile(
    r"\b(?:RevMan|Review\s+Manager|SPSS|Stata|STATA|SAS|Prism|MedCalc|R|[Vv]ersion)"
    r"(?:\s+(?:software|[Vv]ersion))?\s*$"
)


# "12 weeks of PVI 5-FU", "6 months of adjuvant chemotherapy": how long a treatment is given.
_COURSE_AFTER = re.compile(
    r" of\s+(?:(?:adjuvant|maintenance|induction|continuous|intermittent|bolus|oral|"
    r"intravenous|daily|weekly|concurrent)\s+)*(?:(?-i:[A-Z])[A-Za-z0-9-]*|treatment|therapy|"
    r"chemotherapy|radiotherapy|chemoradiotherapy|immunotherapy)\b",
    re.I,
)
# A word a number labels: "stage 3", "grade 2", "phase 3".
_LABEL_WORD_BEFORE = re.compile(r"\b(?:stage|grade|phase|cycle|step|level)\s+$", re.I)
# An abbreviation in capitals right before a whole number: a score or stage and its value
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,6}\s+$")


def find_number_after(text: str, pos: int, limit: int = 90) -> Value | None:
    """The first bare number within ``limit`` characters after ``pos`` (a hazard ratio's value).

    Skips "95%" labels, p-values and anything after a sentence-internal stop.
    """
    window = text[pos : pos + limit]
    for m in (_HR_NUM_ASCII if window.isascii() else _HR_NUM).finditer(window):
        before = window[: m.start()]
        # (both look-backs end with a sign or a word and then spaces: a character they cannot
        # end with before the spaces spares the search)
        last = before.rstrip()[-1:]
        if ";" in before or (last in _P_LAST and _P_BEFORE.search(before)):
            return None
        after = window[m.end() : m.end() + 2]
        if last.isalpha() and _SOFTWARE_BEFORE.search(before):
            continue  # "analysed with RevMan 5.2": a program's version
        if last.isalpha() and _LABEL_WORD_BEFORE.search(before):
            continue  # "HR for stage 3 of 2.1": a stage's number
        if last.isupper() and "." not in m.group("num") and _CAPITALS_BEFORE.search(before):
            continue  # "the HRs of the GPS 1 and GPS 2 groups": a score's value
        if (
            after.startswith("%")
            or (last in _CUT_OFF_LAST and _CUT_OFF_BEFORE.search(before))
            or _THRESHOLD_AFTER.match(window, m.end())
        ):
            continue  # "95%", and cut-offs: "HRs for OS: CPS >=10, 0.73"
        a = pos + m.start()
        v = Value("num", to_float(m.group("num")), a, pos + m.end(), pos + m.end(), None)
        v = _with_ci(text, v, allow_bare=True)
        if v.ci_low is not None:
            return v
        # "(HR 0·69, 0·56–0·85)", "(hazard ratio 0.58; 0.43 to 0.77; stratified log-rank ...)"
        pair = _COMMA_PAIR.match(text, v.end) or _SEMI_OPEN_PAIR.match(text, v.end)
        if pair and _plausible_ci(v.value, _bound(pair.group("lo")), _bound(pair.group("hi"))):
            return v._replace(
                ci_low=_bound(pair.group("lo")),
                ci_high=_bound(pair.group("hi")),
                span_end=pair.end(),
            )
        comma = _COMMA_THEN_BRACKET.match(text, v.end)
        if comma:
            # "[aHR 2.49, (1.33-4.67)]": the bracketed interval after a comma
            v = _with_ci(text, v, allow_bare=True, pos=comma.end())
        return v
    return None


def _tp_number(word: str) -> float:
    w = word.lower()
    return float(_WORD_NUM[w]) if w in _WORD_NUM else float(w)


def to_months(n: float, unit: str) -> float:
    """A timepoint in months: years times 12, weeks / 4.345 and days / 30.44 (one decimal),
    months as they are."""
    u = unit.lower()
    if u.startswith("y"):
        return n * 12
    if u.startswith("w"):
        return round(n / 4.345, 1)
    if u.startswith("d"):
        return round(n / 30.44, 1)
    return n


_AFTER_WORDS = ("after", "from", "since", "later", "into")
# What a match of _TIMEPOINT_AT, _TIMEPOINT_UNIT_FIRST and _TIMEPOINT_AFTER holds, read off the
# lower-cased sentence: in ASCII text ignoring case is lower-casing, so a sentence without it
# holds no match, and the scan is spared (most sentences hold none). (Not in other text: "ſ"
# matches "s" ignoring case.) The first two are read in one scan, _AT_OR_UNIT_FIRST_CUE; they
# stand here as its definition, which the tests hold it to.
_AT_CUE = re.compile(
    r"(?:at|by|after|to)\s+(?:(?:the\s+)?landmarks?\s+(?:of\s+)?|both\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)"
)
_UNIT_FIRST_CUE = re.compile(r"(?:at|by)\s+(?:month|year|week)")
_AFTER_CUE = re.compile(r"(?:month|year|week)s?\s+(?:after|from|since|later|into)")
_AFTER_CUE_ASCII = ascii_twin(_AFTER_CUE)
# The two cues in one scan, for ASCII text (a match with "unit" is one of _UNIT_FIRST_CUE when
# its word is "at" or "by"; one without is one of _AT_CUE). The words either cue reads ("at",
# "by", "after", "to", "the", "landmarks", "of", the units and the numbers) hold no "at", "by"
# or "to" after their first letter, so no match of either cue starts inside a match of this
# scan, and the scan meets each cue's first match.
_AT_OR_UNIT_FIRST_CUE = re.compile(
    r"(?P<word>at|by|after|to)\s+(?:(?P<unit>month|year|week)|"
    r"(?:(?:the\s+)?landmarks?\s+(?:of\s+)?|both\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen))",
    re.ASCII,
)


def _at_cues(low: str) -> tuple[bool, bool]:
    """Whether _AT_CUE and _UNIT_FIRST_CUE match the lower-cased ASCII sentence ``low``, read
    off one scan rather than two."""
    at = unit_first = False
    for m in _AT_OR_UNIT_FIRST_CUE.finditer(low):
        if m.group("unit") is None:
            at = True
        elif m.group("word") in ("at", "by"):
            unit_first = True
        if at and unit_first:
            break
    return at, unit_first


# What every match of _TIMEPOINT_GLUED_AFTER ("PFS6", "OS-12") and of _TIMEPOINT_GLUED_RATE
# ("PFSR6m", "OS12m") holds (both open with "\b", which ``re`` cannot scan for): one scan for
# the two.
_GLUED_CUE = re.compile(r"(?:PFS|OS)[-R]?\d")


# "at 50.9 months compared with 38.8 months", "at a median of 7.4 months (...) versus 4.6":
# another figure compared right after, so the one before is a figure too.
COMPARED_NEXT = re.compile(
    r"\s*,?\s*(?:versus|vs\.?|(?:as\s+)?compared\s+with|against)\s+(?:\w+\s+){0,2}?\d", re.I
)


def _timepoint_scans(
    text: str, low: str, units: bool, glued: bool, days: bool
) -> list[re.Pattern[str]]:
    """The timepoint scans that :func:`find_timepoints` runs on ``text`` (``low`` lower-cased),
    in order: those whose cues the sentence holds."""
    # (each guard read once, not once per scan in a loop over all of them; each scan needs its
    # units: a sentence with only "days" skips the others)
    ascii_text = text.isascii()
    scans = []
    if units or glued:
        if _HYPHEN_UNIT.search(text):  # (most hyphens join words: "progression-free")
            scans.append(_TIMEPOINT_HYPHEN)
        # (the cues are read only off ASCII text, see ascii_twin)
        at_cue, unit_first_cue = _at_cues(low) if ascii_text else (True, True)
        if at_cue:
            scans.append(_TIMEPOINT_AT)
        if (
            ("month" in low or "year" in low or "week" in low)
            and any(w in low for w in _AFTER_WORDS)
            and (not ascii_text or _AFTER_CUE_ASCII.search(low))
        ):
            scans.append(_TIMEPOINT_AFTER)  # (it scans slowly; it needs its unit and a word)
        if unit_first_cue:
            scans.append(_TIMEPOINT_UNIT_FIRST)
    if days:
        scans.append(_TIMEPOINT_AT_DAYS)
    if (units or glued) and "lasting" in low:
        scans.append(_TIMEPOINT_LASTING)
    if units and ("surviv" in low or "liv" in low or "reaching" in low):
        scans.append(_TIMEPOINT_FURTHER)
    if units and "rate" in low and (":" in text or ";" in text):
        scans.append(_TIMEPOINT_ROW)
    return scans


def find_timepoints(text: str) -> list[Timepoint]:
    """Timepoint phrases: "12-month", "at 6 and 12 months", "1-year", "24-mo"."""
    low = text.lower()
    glued = "PFS" in text or "OS" in text
    units = (
        "mo" in low  # (also every "month")
        or "year" in low
        or "yr" in low
        or "week" in low
        or "wk" in low
        or " y" in low
        or "-y" in low
    )
    days = "day" in low
    if not glued and not units and not days:
        return []
    out: list[Timepoint] = []
    # (an ASCII sentence is scanned with the ASCII twin of each scan, see ascii_twin; ``rx``
    # names the scan)
    twins = _TIMEPOINT_TWINS if text.isascii() else None
    for rx in _timepoint_scans(text, low, units, glued, days):
        for m in (twins[rx] if twins else rx).finditer(text):
            if (
                rx is _TIMEPOINT_AT
                and "." in m.group("nums")
                and m.group().lower().startswith("to")
            ):
                continue  # "rose from 4.4 months ... to 6.9 months": a figure, not a timepoint
            if (
                rx is _TIMEPOINT_AT
                and m.group().lower().startswith("to")
                and (
                    _RANGE_START_BEFORE.search(text, m.start() - 12, m.start())
                    or _FROM_TIME_BEFORE.search(text, m.start() - 90, m.start())
                    # "prolonged median PFS to 41 months, as compared with 23 months"
                    or COMPARED_NEXT.match(text, m.end())
                )
            ):
                # "(range, 14 to 59 months)": the end of a range; "rose from 13 months in the
                # earliest period to 33 months": the figure a change reached
                continue
            if rx is _TIMEPOINT_AT and (
                _STOOD_BEFORE.search(text, max(0, m.start() - 10), m.start())
                # "median PFS was estimated at 40 weeks (95% CI, 32 to 50)": a figure with its CI
                or (
                    _CI_OPENS.match(text, m.end())
                    and _ESTIMATED_AT.search(text, max(0, m.start() - 40), m.start())
                )
            ):
                continue  # "median progression-free survival stood at 41 months": a figure
            if (
                rx is _TIMEPOINT_AT
                and "." in m.group("nums")
                and (
                    _CI_OPENS.match(text, m.end())
                    or _ESTIMATED_AT.search(text, m.start() - 40, m.start())
                    or COMPARED_NEXT.match(text, m.end())
                    # "Median OS did not differ, at 26.3 and 25.5 months, respectively"
                    or _RESPECTIVELY_NEXT.match(text, m.end())
                )
            ):
                # "favored pCSI, at 9.9 months (95% CI, ...)", "Median OS was estimated at 19.9
                # months and median PFS at 7.9 months", "longer with GCP, at 50.9 months
                # compared with 38.8 months": figures, not timepoints
                continue
            if rx is _TIMEPOINT_AT_DAYS and (
                text[max(0, m.start() - 2) : m.start()].strip() == ","
                or any(int(x) > 365 for x in _DIGITS.findall(m.group("nums")))
            ):
                continue  # "longer with IC, at 884 days, than ...": a median in days
            if (
                rx is _TIMEPOINT_LASTING
                and not _TWO_NUMBERS.search(m.group("nums"))
                and not _SHARE_OF_RESPONSES.search(text, m.start() - 40, m.start())
            ):
                continue  # "responses lasting 8 months": a duration, unless a share of them
                # or a list ("lasting 12, 18 and 24 months")
            if rx is _TIMEPOINT_AFTER and (
                "." in m.group("nums")
                or _FIGURE_VERB_BEFORE.search(text, m.start() - 12, m.start())
                # "3 years after resection and 2.2 years after biopsy": medians of two groups
                or _DECIMAL_TIME_AFTER_NEXT.match(text, m.end())
            ):
                continue  # "10.5 months after first-line treatment", "Median survival was 12
                # months after docetaxel", "against 112 months after RT alone": medians
            nums = _TP_NUM_RE.findall(m.group("nums"))
            if len(nums) > 1 and any(_tp_number(x) < 1 for x in nums):
                # "HR 0.72 and 24-month OS": a ratio before the timepoint is none (the span
                # keeps it, so that it is not read as a time either)
                nums = nums[-1:]
            months = tuple(to_months(_tp_number(x), m.group("unit")) for x in nums)
            if months and all(0 < x <= 240 for x in months):
                # (after "lasting" the timepoint is the numbers: the word ends the mention)
                start = m.start("nums") if rx is _TIMEPOINT_LASTING else m.start()
                out.append(Timepoint(months, start, m.end()))
    if glued and ("m-" in text or "y-" in text or "o-" in text or "r-" in text):
        for m in _TIMEPOINT_GLUED_UNIT.finditer(text):
            months = to_months(float(m.group("nums")), m.group("unit"))
            out.append(Timepoint((months,), m.start(), m.end()))
    if glued and _GLUED_CUE.search(text):
        for m in _TIMEPOINT_GLUED_AFTER.finditer(text):
            out.append(Timepoint((float(m.group("nums")),), m.start("nums"), m.end()))
        for m in _TIMEPOINT_GLUED_RATE.finditer(text):
            months = to_months(float(m.group("nums")), m.group("unit"))
            out.append(Timepoint((months,), m.start("nums"), m.end()))
    # "alive at 6 months and 1 year": a list of timepoints that changes its unit. The second is
    # a timepoint too (no time value), kept apart rather than joined into one list; the linker
    # pairs such a run with rates before it when "respectively" follows.
    # ("at 1 year (47.3% vs 36.3%), 2 years (28.5% vs 17.9%), and 3 years (...)": the list goes
    # on from each further timepoint)
    more: list[Timepoint] = []
    for t in out:
        x = _TP_MORE.match(text, t.end)
        while x and not any(o.start <= x.start("n") < o.end for o in out):
            unit = x.group("unit")
            more.append(
                Timepoint((to_months(_tp_number(x.group("n")), unit),), x.start("n"), x.end())
            )
            x = _TP_MORE.match(text, x.end())
    out.sort(key=lambda t: t.start)
    merged: list[Timepoint] = []
    for t in out:
        if merged and t.start < merged[-1].end:
            continue
        if merged and TIMEPOINT_JOIN.match(text[merged[-1].end : t.start]):
            # "the 6-month, 1-year and 3-year rates": one list of timepoints.
            prev = merged[-1]
            merged[-1] = Timepoint(prev.months + t.months, prev.start, t.end)
            continue
        merged.append(t)
    if more:
        merged = sorted(merged + [t for t in more if 0 < t.months[0] <= 240], key=lambda t: t.start)
    if "same time" in low or "these time" in low:
        # "PFS rates at 3, 6, 9 and 12 months were ..., and OS rates at the same timepoints were
        # ...": the list named before, again
        for m in SAME_TIMEPOINTS.finditer(text):
            prev = [t for t in merged if t.end <= m.start() and len(t.months) >= 2]
            if prev:
                merged.append(Timepoint(prev[-1].months, m.start(), m.end()))
        merged.sort(key=lambda t: t.start)
    return merged


_TIMEPOINT_TWINS = {
    rx: ascii_twin(rx)
    for rx in (
        _TIMEPOINT_HYPHEN,
        _TIMEPOINT_AFTER,
        _TIMEPOINT_UNIT_FIRST,
        _TIMEPOINT_AT_DAYS,
        _TIMEPOINT_LASTING,
        _TIMEPOINT_FURTHER,
        _TIMEPOINT_ROW,
    )
}
# The ASCII twin of _TIMEPOINT_HYPHEN written to open with a class of the first characters of
# its numbers (as for _NR_ASCII, which see): the character, no word character or point before
# it, and the rest of the number it opens.
_TIMEPOINT_TWINS[_TIMEPOINT_HYPHEN] = re.compile(
    r"(?P<nums>(?-i:[\dOoTtFfSsEeNn])(?<![\w.].)"
    r"(?:(?<=\d)\d*(?:\.\d+)?|(?<=o)ne|(?<=t)(?:wo|hree|en|welve)|(?<=f)(?:our|ive)"
    r"|(?<=s)(?:ix|even)|(?<=e)(?:ight|ighteen)|(?<=n)ine)"
    r"(?:\s*-?\s*(?:,|and|or|/)\s*" + _TP_NUM + r")*)"
    r"\s*-\s*(?P<unit>months?|mos?|years?|yrs?|y|weeks?|wks?)\b"
    r"(?<!\d\.\d-month)(?<!\d\.\d\d-month)",
    re.I | re.ASCII,
)
# The ASCII twin of _TIMEPOINT_AT written to open with a class of the first letters of its
# words (as for _NR_ASCII, which see): the letter, no word character before it, and the rest
# of the word it opens.
_TIMEPOINT_TWINS[_TIMEPOINT_AT] = re.compile(
    r"(?-i:[aAbBtT])(?<!\w.)(?:(?<=a)(?:t|fter)|(?<=b)y|(?<=t)o)\s+"
    r"(?:(?:the\s+)?landmarks?\s+(?:of\s+)?|both\s+)?(?P<nums>"
    + _TP_NUM
    + r"(?:\s*(?:,\s*and|,|and|or|/)\s*"
    + _TP_NUM
    + r")*)\s*(?P<unit>months?|mos?|m|years?|yrs?|y|weeks?|wks?)\b",
    re.I | re.ASCII,
)
_DIGITS = re.compile(r"\d+")
_TWO_NUMBERS = re.compile(r"\d\D+\d")
_TP_NUM_RE = re.compile(_TP_NUM, re.I)

# "at the same timepoints": a list of timepoints named before (in this sentence or an earlier one)
SAME_TIMEPOINTS = compile_guarded(r"\bat\s+(?:the\s+same|these)\s+time\s*-?points\b", re.I)


_PCT_TO_PCT = re.compile(r"\s+to\s+\d+(?:\.\d+)?\s*%")
# (the openers of the patterns after spaces, see _after_spaces; each holds "", which is unknown)
_PCT_TO_PCT_OPENERS = frozenset(("", "t"))
_BRACKET_OPENERS = frozenset(("", "(", "[", ","))  # _PCT_THEN_FRACTION
_CI_LABEL_OPENERS = frozenset("cC-WwEeTtBbAaUuLl") | {""}  # ("-": "95%-CI"; "95% Wald CI")
_GROUP_OPENERS = frozenset(("", *"wifaWIFA"))  # _GROUP_BEFORE_PAIR
_MORE_CI_OPENERS = frozenset(("", *"m,;avMAV"))
_THRESHOLD_AFTER_OPENERS = frozenset(("", *"ordsviwaORDSVIWA"))
_RANGE_AFTER_OPENERS = frozenset(("", "-", "t"))
# ("median survival stayed at 7 months throughout", "remained at 2 months")
_STOOD_BEFORE = re.compile(r"\b(?:stood|stands|stayed|remained)\s+$", re.I)
_ESTIMATED_AT = compile_guarded(r"(?:\bmedian\b[^,;.%]{0,25}|\bestimated|\bcalculated)\s*$", re.I)
_OTHER_OUTCOME_WORDS = compile_guarded(
    r"\b(?:stable|progress\w*|complete|partial|death|died|toxicit\w*|adverse|grade)\b", re.I
)
_LATER_SHARE = re.compile(r"[^()\[\];.%]{1,80}?[\(\[]\s*(?P<p>" + NUM + r")\s*%")
_GIVING_SHARE = re.compile(
    r"[^()\[\];.%]{1,60}?,\s*giving\s+(?:an?\s+)?(?:overall\s+|objective\s+)?(?:response\s+rate|ORR)"
    r"\s+(?:of\s+)?(?P<p>" + NUM + r")\s*%",
    re.I,
)
_CI_OPENS = re.compile(r"\s*[\(\[]\s*9\d(?:\.\d+)?\s*%")
_RANGE_START_BEFORE = re.compile(r"\d\s*(?:months?|mos?|years?|weeks?)?\s+$", re.I)
_TP_MORE = re.compile(
    # ("at 6 months (46.5%) and 12 months (53.1%)": the figure of the first may stand between)
    r"\s*(?:[\(\[][^()\[\]]{1,30}[\)\]]\s*)?(?:,\s*and|,|and|or)\s*(?P<n>" + _TP_NUM + r")\s*-?\s*"
    r"(?P<unit>months?|mos?|years?|yrs?|weeks?|wks?)\b",
    re.I,
)
#: What joins the timepoints of one list: "6-month, 1-year and 3-year".
TIMEPOINT_JOIN = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$")
