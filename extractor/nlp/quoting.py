"""Figures that are not the study's own: sentences that report other studies (the literature,
a planned or hypothesised rate, an example), trials named that are not the abstract's own,
and figures "reported in" another trial inside a sentence about the study's results.

The abstract's own trial names come from its title and from how it introduces them ("X is a
phase 3 trial", "X (NCT...)", named in the Methods); any other named trial is quoted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractor.nlp.cohort import WORD_NUMBER
from extractor.nlp.regex_scan import compile_guarded, holds_any
from extractor.nlp.sections import section_at
from extractor.nlp.values import Value

# A sentence that reports someone else's results (background, comparison with the literature).
_OTHER_STUDY = compile_guarded(
    r"\b(?:previous(?:ly)?\s+(?:reported|published|described|shown|studies|trials|reports|data|"
    r"analys[ie]s|results)|prior\s+(?:studies|trials|reports)|earlier\s+(?:studies|reports)|"
    # "Our group earlier proposed a GPA ... derived from 209 patients whose median ..."
    r"earlier\s+(?:proposed|developed|described|published)|"
    # "In an earlier single-institution phase II study, 47.6% ... responded"
    r"(?:in|from)\s+(?:an?|the)\s+(?:earlier|previous|prior)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:study|trial|series|report|cohort)|"
    # "better than in the original classification, in which 5-year PFS had been 82%"
    r"(?:original|earlier|previous)\s+(?:classification|report|publication|model)\s*,?\s+"
    r"in\s+which|"
    # "Results were similar to those of AALL0031, in which 5-year OS was 81%"
    r"similar\s+to\s+(?:those|that)\s+(?:of|in)\s+[^,;()]{2,40},\s+in\s+which|"
    r"(?:has|have|had)\s+(?:been\s+)?(?:shown|reported|demonstrated)|was\s+reported|"
    r"were\s+reported|literature|registrational|"
    r"pivotal\s+trials?\s+(?:showed|reported)|(?:showed|demonstrated|established)\s+that|"
    # "In the pivotal phase II trial in PTCL, it produced an ORR of 28%": the trial that
    # led to approval, before this one
    r"in\s+the\s+pivotal|"
    # "pooled historical data put the 1-year overall survival at 37%"
    r"historical\s+(?:data|series|cohorts?|controls?)\s+(?:put|puts|show|showed|suggest|"
    r"suggested|indicate|indicated|give|gave|report|reported|had|have|achieved))\b",
    re.I,
)


# Sample-size and hypothesis sentences quote target rates, not results.
_DESIGN_SENTENCE = compile_guarded(
    r"\b(?:null|alternative)\s+(?:hypothesis|response|rate|of|ORR|DCR|PFS)|\bSimon\b|"
    # (not the crossover adjustment: "the two-stage method lowered the OS hazard ratio to 0.49",
    # nor an interval: "29% (two-stage 95% CI, 13% to 51%)")
    r"two-stage(?!\s+(?:method|approach|adjustment|estimation|model|\d{2}(?:\.\d+)?\s*%\s*CI))|"
    r"(?<!not\s)(?<!not\sbeing\s)\bpowered\b|\d\s*%\s+power\s+(?:for|to)\b|\bhypothes[ie]s|\bsample\s+size|\bto\s+detect\b|\bassum(?:ed|ing)\b|"
    r"\bexpected\s+(?:response|rate|median)|\b(?:considered|deemed)\s+(?:promising|active|worthy)|"
    # ("the trial was sized on an expected median of 12 months versus 5 months")
    r"\bsized\s+(?:on|for|to\s+detect)\b|"
    # ("the trial sought to reject a 3-year survival of 35%; ... a 3-year survival of 80% was
    # expected")
    r"\bsought\s+to\s+(?:reject|exclude)\b|\d\s*%\s+(?:was|were)\s+expected\b|"
    # ("The primary objective was a 4.5-month PFS of 63%", "the design distinguished a 30%
    # from a 50% 6-month survival", "with a boundary hazard ratio (HR) of 1.34")
    r"\bprimary\s+(?:objective|aim|goal|end\s?point)\s+was\s+an?\s+\d+(?:\.\d+)?-"
    r"(?:months?|years?|weeks?)\s+[\w-]+(?:\s+rate)?\s+of\s+\d|"
    r"\bdistinguish(?:ed|es)?\s+(?:between\s+)?an?\s+\d+(?:\.\d+)?\s*%|"
    r"\bboundary\s+(?:hazard\s+ratio|HR)\b|"
    r"\bwas\s+to\s+be\b|\bwould\s+be\s+(?:considered|deemed)|\bif\s+at\s+least\b|"
    # ("with a confirmed ORR of 15% as the threshold": the bar of an interim analysis)
    r"\bas\s+the\s+(?:futility\s+)?(?:threshold|boundary)\b",
    re.I,
)


# A word every alternative of _DESIGN_SENTENCE holds (lower case), but for "was to be".
_DESIGN_WORDS = (
    "null", "alternative", "simon", "two-stage", "power", "hypothes", "sample", "detect",
    "assum", "expected", "considered", "deemed", "least", "threshold", "boundary", "sought",
    "distinguish", "sized",
    # (not "primary end", which two abstracts in five hold: the primary aim's target needs
    # "was a" after it)
    "objective was a", "aim was a", "goal was a", "endpoint was a", "end point was a",
)  # fmt: skip
_WAS_TO_BE = re.compile(r"was\s+to\s+be")


def _design_sentence(sentence: str, low: str) -> bool:
    """``_DESIGN_SENTENCE.search(sentence)`` as a bool; ``low`` is ``sentence.lower()``. (An
    ASCII sentence without one of its words cannot match: in ASCII text, ignoring case means
    the lower case; another is searched.)"""
    if sentence.isascii() and not (
        any(map(low.__contains__, _DESIGN_WORDS)) or _WAS_TO_BE.search(low)
    ):
        return False
    return bool(_DESIGN_SENTENCE.search(sentence))


_EXAMPLE = compile_guarded(r"\b(?:for\s+example|for\s+instance|e\.g\.)", re.I)


_OWN_STUDY = compile_guarded(
    r"\b(?:we|our|this\s+(?:study|analysis|trial|cohort)|the\s+present)\b", re.I
)


# Cheap substring triggers: the regexes below run only on sentences holding one of them.
_OTHER_TRIGGERS = (
    "previous", "prior ", "earlier", "shown", "reported", "demonstrated",
    "literature", "registrational", "null", "alternative", "simon", "two-stage", "power",
    "hypothes", "sample size", "to detect", "assum", "expected", "considered", "deemed",
    "to be", "would be", "at least", "example", "instance", "e.g.", "showed", "established",
    "threshold", "boundary", "pivotal", "historical", "original", "similar to th",
    # (and the words of _DESIGN_WORDS not above: a design sentence passes this test first)
    "sought", "distinguish", "sized", "objective was a", "aim was a", "goal was a",
    "endpoint was a", "end point was a",
)  # fmt: skip


# A trial's name carries a number: DESTINY-Breast04, KEYNOTE-355, CheckMate 067, TUXEDO-1.
# (A number with a unit after it is a value: "median TTNT 5 months".)
# (The word start is checked after its capital, "[A-Z](?<!\w[A-Z])", not by a leading "\b":
# a pattern that opens with a character class lets ``re`` skip to the capitals.)
# (The runs of letters are possessive, "{2,}+" and "++": a letter given back would stand
# where "-", " " or a digit must, so no match needs one; ``re`` gave them back one by one at
# every capitalised word.)
_TRIAL_NAME = re.compile(
    r"(?P<word>[A-Z](?<!\w[A-Z])[A-Za-z]{2,}+)(?:-[A-Za-z]++)?[- ]?\d{1,3}[a-z]?\b(?![./%-]?\d)"
    r"(?!\s*(?:%|months?|mo\b|mos\b|weeks?|wks?\b|years?|days?|mg\b|patients|pts\b))"
)


_NOT_TRIAL = frozenset(
    {
        "grade", "phase", "cohort", "cohorts", "arm", "arms", "day", "days", "cycle", "cycles",
        "stage", "part", "group", "level", "type", "week", "weeks", "month", "months", "year",
        "years", "line", "lines", "figure", "table", "version", "class", "score", "recist",
        "erbb", "brca", "ros", "her", "cdk", "pik", "fgfr", "ntrk", "ecog", "ctcae", "rano",
        "nct", "umin", "jrct", "chictr", "mesh", "vol", "step", "dose", "doses", "patients",
        "icd", "mgmt", "idh", "egfr", "alk", "met", "ret", "kras", "braf", "tp", "ki", "pd", "pdl",
        "ctla", "lag", "tim", "tigit", "il", "cd", "vegfr", "covid", "sars", "and", "or", "of",
        "ptnm", "ajcc", "who", "kps", "gpa", "bgpa", "ds", "bm", "visit", "dl", "ca", "cea", "exp",
        "lot",
        # a body-mass index with its cut-off: "BMI 25 to <30", "BMI >=30"
        "bmi",
        # prognostic scores and stages with their value: "GPS 1-2", "NLR 3", "ISS 3", "ALBI 2"
        "gps", "mgps", "nlr", "plr", "lmr", "iss", "riss", "albi",
        # an interim scan: "PET2-negative", "after PET-2"
        "pet",
        # genes written with their number: "STK11-mutant", "KEAP1", "SMAD4", "MLH1", "CDKN2A"
        "stk", "keap", "smad", "cdkn", "palb", "chek", "mlh", "msh", "pms", "nf", "rb", "tsc",
        "kmt", "ctnnb", "npm", "flt", "jak", "calr", "bcl", "myd", "ezh", "runx", "cxcr",
        "pdgfr", "hras", "nras", "atrx", "polr",
        "esr", "arid", "akt", "ccnd", "gata", "fbxw", "ercc", "dnmt", "tet", "asxl", "srsf",
        # radiotherapy doses: "BED10 >=50 Gy", "EQD2", "V12"
        "bed", "eqd",
        # regimens written with their schedule: "FOLFOX4", "mFOLFOX6", "CHOP-21"
        "folfox", "folfiri", "folfirinox", "folfoxiri", "xelox", "capox", "chop", "beacopp",
        "the", "all", "among", "after", "at", "in", "for", "with", "by", "to", "from", "over",
        "within", "between", "median", "overall", "only", "about", "approximately", "nearly",
        "these", "those", "this", "that", "each", "both", "total", "fig", "than",
        "results", "methods", "conclusions", "background", "findings", "interpretation",
        "before", "during", "since", "until", "under", "above", "below", "least",
        "dcr", "orr", "pfs", "ihc", "ish", "cbr", "dor", "ttp", "efs", "dfs", "tps", "cps",
        # statistics with their number: "(IQR 41 to 90)", "(HR 0.78", "95% CI 41"
        "iqr", "ci", "hr", "rr", "os",
        # a survival's abbreviation with its figure: "(MST 17 v 11 months", "mOS 12.1"
        "mst", "mos", "mpfs", "rmst",
        # a survival rate's abbreviation with its timepoint: "PFSR6m", "OSR1y"
        "pfsr", "osr",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip


# A name in capitals called a trial or study: "In the RECOURSE trial ...".
# ... or after the word: "the registration trial FRESCO".
_NAMED_TRIAL = compile_guarded(
    # ("the EMBRACE randomised trial")
    r"\b(?P<name>[A-Z][A-Z0-9]{3,}(?:-[A-Z0-9]+)?)\s+(?:randomi[sz]ed\s+)?(?:trial|study)\b"
    r"|(?<=\btrial\s)(?P<after>[A-Z][A-Z0-9]{3,}(?:-[A-Z0-9]+)?)\b"
)


# A sponsor's protocol code named as someone else's study: "the global phase II NP28673 study".
_STUDY_CODE = compile_guarded(
    r"\b(?:global|pivotal|previous|prior|earlier|original|parent)\s+(?:phase\s+\w+\s+)?"
    r"(?P<code>(?-i:[A-Z]{2,4}\d{4,6}))\b(?=\s+(?:study|trial)\b)",
    re.I,
)


# What every match of _NAMED_TRIAL holds: a capital or digit, white space and "trial" or
# "study", with "randomised" between them or not (its first alternative), or "trial", one
# white-space character and a capital (its second). Each scan opens with a character class or
# a literal, which ``re`` skips to in C; _NAMED_TRIAL, guarded by a look-ahead, costs a try at
# every position of the text.
_NAMED_TRIAL_BEFORE_WORD = re.compile(r"[A-Z0-9]\s+(?:randomi[sz]ed\s+)?(?:trial|study)")
_NAMED_TRIAL_AFTER_WORD = re.compile(r"trial\s[A-Z]")


def _named_trials(text: str) -> Iterator[re.Match[str]]:
    """``_NAMED_TRIAL.finditer(text)``, nothing at once where :data:`_NAMED_TRIAL_BEFORE_WORD`
    and :data:`_NAMED_TRIAL_AFTER_WORD` find that it cannot match."""
    if _NAMED_TRIAL_BEFORE_WORD.search(text) or _NAMED_TRIAL_AFTER_WORD.search(text):
        return _NAMED_TRIAL.finditer(text)
    return iter(())


# A protocol code, which every match of _STUDY_CODE holds (two capitals, then four digits:
# its "[A-Z]{2,4}\d{4,6}" matched with case). The scan opens with a character class.
_CODE_LETTERS_DIGITS = re.compile(r"[A-Z][A-Z]\d\d\d\d")


def trial_names(text: str) -> set[str]:
    """Names of trials in ``text``: a word with two or more capitals and a number
    (DESTINY-Breast04, KEYNOTE-355, CheckMate 067, ZUMA-1), or a protocol code called a study
    (NP28673 study); not drug codes such as TAS-102, and not a name used as a label
    ("ZUMA-1-eligible patients")."""
    names = set()
    if "stud" in text or "trial" in text:
        if _CODE_LETTERS_DIGITS.search(text):
            names = {m.group("code") for m in _STUDY_CODE.finditer(text)}
        names |= {
            m.group("name") or m.group("after")
            for m in _named_trials(text)
            if (m.group("name") or m.group("after")).lower() not in _NOT_TRIAL
        }
    for m in _TRIAL_NAME.finditer(text):
        word = m.group("word")
        if word.lower() in _NOT_TRIAL or sum(c.isupper() for c in word) < 2:
            continue
        digits = re.sub(r"\D", "", m.group())
        if word.isupper() and len(word) <= 4 and len(digits) >= 3:
            continue  # a drug code: TAS-102, DS-8201
        if re.match(
            # ("PET2-negative", "ABC5-high": a marker's state)
            r"-?(?:in)?eligib|-like|-type|-based|-(?:negative|positive|high|low|mutant|mutated)\b|"
            r"\s+(?:(?:inclusion|entry|enrol+ment|selection)\s+)?(?:criteria|eligibility)",
            text[m.end() :],
        ):
            continue
        names.add(m.group())
    return names


# Sections that describe the study itself: trials named there are its own.
_METHOD_SECTIONS = (
    "method", "patients and method", "design", "materials", "experimental design",
    "study design", "setting", "participants",
)  # fmt: skip


def own_trials(title: str, text: str) -> frozenset[str]:
    """Trial names the abstract uses for itself: in its title, or introduced as "X is/was a",
    "X (NCT...)", "In X, a phase ..."; figures of any other named trial are quoted ones. An
    abstract that says in its title or methods that it pools trials (a meta-analysis, a pooled
    analysis) owns every trial it names in its methods or results: they are the trials it
    pools ("In the head-to-head trials FIRE-3, CALGB/SWOG 80405 and PEAK, ... (HR 0.71 ...)")."""
    names = trial_names(title)
    # (said in the title or the methods: a real-world study may cite a meta-analysis)
    pools = _POOLS_TRIALS.search(title) or any(
        section_at(text, p.start()).startswith(_METHOD_SECTIONS)
        for p in _POOLS_TRIALS.finditer(text)
    )
    for m in (*_TRIAL_NAME.finditer(text), *_named_trials(text)):
        name = (m.group("name") or m.group("after")) if m.re is _NAMED_TRIAL else m.group()
        section = section_at(text, m.start())
        if pools and section.startswith(_POOLED_IN):
            names.add(name)
            continue
        if m.re is _NAMED_TRIAL:
            if name in names:
                continue
            if re.match(
                r"\s*(?:\(NCT|(?:is|was)(?!\s*\d))", text[m.end() : m.end() + 40]
            ) or section.startswith(_METHOD_SECTIONS):
                names.add(name)  # "the PACIFIC-R study (NCT...)", named in the Methods
            continue
        after = text[m.end() : m.end() + 40]
        # ("X study was a phase 3 trial", not "in the X study was 29.6%": a figure it quotes)
        if re.match(
            r"\s*(?:(?:is|was)(?!\s*\d)|\(NCT|,\s*an?\s|\s*\(?(?:a|an)\s+(?:phase|randomi|open|"
            r"single|multi))",
            after,
        ) or re.match(r"\s*(?:trial|study)\s*(?:\(NCT|(?:is|was)(?!\s*\d))", after):
            names.add(name)
        before = text[max(0, m.start() - 30) : m.start()]
        if re.search(
            r"\b(?:trial|study)\s*\(\s*$|\b(?:the|this|our)\s+(?:trial|study)\s*$", before, re.I
        ) or section.startswith(_METHOD_SECTIONS):
            names.add(name)  # "phase 3 trial (PAOLA-1)", or named in the Methods
        elif after.startswith(")") and _DRUG_BEFORE.search(before) and _GLUED.fullmatch(name):
            names.add(name)  # "pegvorhyaluronidase alfa (PEGPH20)": a drug's code
    return frozenset(names)


# An abstract that pools trials: each trial it names in its methods or results is its own
# (not in unlabelled text, which may recall a trial: "In E2100, adding bevacizumab had
# lengthened median PFS from 5.9 to 11.8 months")
_POOLED_IN = ("result", "finding", *_METHOD_SECTIONS)
# (trials or studies pooled, not "a pooled analysis of two institutional cohorts": a real-world
# study, whose named trials are quoted ones)
_POOLS_TRIALS = re.compile(
    r"meta-?analy|systematic\s+review|individual\s+patient\s+data|"
    r"pool(?:ed|ing)\s+(?:analys[ie]s\s+|data\s+)?(?:of\s+|from\s+|across\s+)?(?:[\w/-]+\s+){0,4}?"
    r"(?:trials|studies|RCTs)\b",
    re.I,
)


# A name defined in brackets right after a word in lower case ("alfa (PEGPH20)") and written
# without a hyphen is a drug's code, not another trial.
_DRUG_BEFORE = re.compile(r"[a-z]{3,}\s*\(\s*$")
_GLUED = re.compile(r"[A-Za-z]+\d+")


def names_other_trial(sentence: str, context: dict, conclusions: bool = False) -> bool:
    """Whether the sentence reports a named trial that is not the abstract's own
    ("in DESTINY-Breast04, median PFS was 10.1 months" in a real-world study or a review).
    In the conclusions a comparison with another trial counts even beside the study's own
    words ("our PFS and OS were shorter than in IMpassion130 (3.0 vs. 7.5 months ...)"): the
    own figures there repeat the results."""
    names = trial_names(sentence)
    if not names or (_OWN_STUDY.search(sentence) and not conclusions):
        return False
    return not (names & _own(context))


_QUOTED_FROM = re.compile(
    r"\s*(?:[\(\[][^()\[\]]*[\)\]]\s*)?(?:previously\s+)?(?:reported|observed)\s+"
    r"(?:with\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:in|by|for)\s+(?:the\s+)?",
)


# A trial the text names by its place before this study, not by its name.
_EARLIER_TRIAL = re.compile(
    r"(?:original|pivotal|registration(?:al)?|earlier|previous|prior|parent)\s+"
    r"(?:phase\s+\w+\s+)?(?:trials?|stud(?:y|ies))\b",
    re.I,
)
_THAN_BEFORE = compile_guarded(r"\bthan\s+(?:the|that\s+of|those\s+of)?\s*$", re.I)


# "the EORTC-22981-26981 trial, which reported a median OS of 14.6 months" (not "In the 13
# trials that reported it, the pooled 1-year OS was 51.6%": the pooled figure of those trials)
_WHICH_REPORTED_BEFORE = compile_guarded(
    r"\b(?:trials?|stud(?:y|ies)|series)\b[^.;()]{0,40}?,?\s+(?:which|that)\s+(?:had\s+)?"
    r"(?:reported|showed|found|achieved)\b(?!\s+(?:it|them|this|these|those)\s*,)[^.;]{0,50}$",
    re.I,
)


def quoted_from_trial(sent: str, v: Value, context: dict) -> bool:
    """ "lower than the 75.8% reported with T-DXd in DESTINY-Breast03": a figure of another
    named trial inside a sentence about the study's own results."""
    if _WHICH_REPORTED_BEFORE.search(sent, max(0, v.start - 110), v.start):
        return True
    hit = _QUOTED_FROM.match(sent, v.span_end)
    if not hit:
        return False
    if _THAN_BEFORE.search(sent, max(0, v.start - 16), v.start):
        return True  # "shorter than the 9.3 months reported for the ... arm of BEACON"
    if _EARLIER_TRIAL.match(sent, hit.end()):
        return True  # "exceeded the median OS of 9.2 months reported by the original trial"
    names = trial_names(sent[hit.end() : hit.end() + 40])
    if not names:
        return False
    return not (names & _own(context))


def _own(context: dict) -> frozenset[str]:
    """The abstract's own trial names, found once, when first needed."""
    if context.get("own") is None:
        context["own"] = own_trials(context.get("title", ""), context.get("text", ""))
    return context["own"]


def reports_other_study(sentence: str, in_results: bool = False) -> bool:
    """Background, examples from the literature, or the study's planned (not observed) rates.
    ("As previously reported, median PFS was ..." in an updated analysis is the study's own;
    so is "Analysis of 15 trials showed that ..." ``in_results``, a results section.)"""
    # (No trigger in the whole sentence means none in any part of it: the triggers are ASCII,
    # and the lower case of a tail is the tail of the lower case but for Greek sigmas. Most
    # sentences hold none; they skip the opening's match.)
    low = sentence.lower()
    if not holds_any(low, _OTHER_TRIGGERS):
        return False
    own_earlier = _AS_PREVIOUSLY_REPORTED.match(sentence)
    if own_earlier:
        sentence = sentence[own_earlier.end() :]
        low = sentence.lower()
        if not holds_any(low, _OTHER_TRIGGERS):
            return False
    if _design_sentence(sentence, low) or _EXAMPLE.search(sentence):
        return True
    hits = [
        m
        for m in _OTHER_STUDY.finditer(sentence)
        if not _counted_here(sentence, m)
        and not (in_results and _THAT_CLAUSE.fullmatch(m.group()))
        # "The response rate in group A was 38%, in line with previously published data"
        and not _IN_LINE_WITH.search(sentence, max(0, m.start() - 30), m.start())
    ]
    # ("Our group earlier proposed a GPA ...": the authors' own earlier work is another study)
    return bool(hits) and (
        not _OWN_STUDY.search(sentence) or any(_OWN_EARLIER.match(m.group()) for m in hits)
    )


_OWN_EARLIER = re.compile(r"earlier\s+(?:proposed|developed|described|published)", re.I)


_IN_LINE_WITH = compile_guarded(
    r"\b(?:in\s+line\s+with|consistent\s+with|similar\s+to|comparable\s+(?:to|with)|"
    r"in\s+keeping\s+with|in\s+agreement\s+with)\s+(?:the\s+|those\s+)?$",
    re.I,
)


_THAT_CLAUSE = re.compile(r"(?:showed|demonstrated|established)\s+that", re.I)


# "Fourteen deaths were reported": events the study counts, not results reported elsewhere.
_COUNT_BEFORE_REPORTED = re.compile(
    r"(?:\d+|\b(?i:" + WORD_NUMBER + r")|\bno)\s+(?:[\w-]+\s+){0,2}$", re.I
)


def _counted_here(sentence: str, m: re.Match[str]) -> bool:
    """Whether an other-study cue ``m`` is "was/were reported" of the study's own count or share."""
    return (
        m.group().lower().endswith("reported")
        and m.group().lower().startswith(("was", "were"))
        and bool(
            _COUNT_BEFORE_REPORTED.search(sentence, max(0, m.start() - 40), m.start())
            # "a complete or partial intracranial response was reported in 35.7%"
            or _IN_SHARE_AFTER.match(sentence, m.end())
        )
    )


# ("... was reported in 35.7%", "ADRs were reported in 17 (22.7%), 69 (34.9%) ...", "in 5/20",
# "in 12 patients")
_IN_SHARE_AFTER = re.compile(
    r"\s+in\s+\d+(?:\.\d+)?\s*(?:%|\(\s*\d+(?:\.\d+)?\s*%|/\s*\d|of\s+\d|patients\b|pts\b)"
)


_AS_PREVIOUSLY_REPORTED = re.compile(
    r"\W*(?:[A-Z][A-Za-z ]{2,30}:\s*)?As\s+(?:previously|earlier)\s+reported\s*,", re.I
)
