"""Study design: ``real-world``, ``trial``, ``pooled``, ``meta-analysis`` or ``other``.

Evidence comes from the publication types PubMed assigns (when the record has them) and from
design cues in the title and abstract, matched by the entity ruler from ``patterns/design.jsonl``
(``DESIGN_STRONG`` cues weigh 3, ``DESIGN`` cues 1, cues in the title three times as much; a
phrase with id ``NONE`` holds a cue word but is no cue, "case report forms", and being longer it
hides the cue inside it).
Precedence follows FORMAT.md: a meta-analysis or a pooled analysis is that whatever trials it
contains; a retrospective or real-world cohort stays real-world even when it names the trials
it compares with.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc

from extractor.nlp.quoting import trial_names
from extractor.nlp.regex_scan import compile_guarded, holds_any, lowers_as_ascii
from extractor.nlp.sections import BACKGROUND_LABELS, section_at, sentence_end, sentence_start
from extractor.nlp.values import at_word_start

WEIGHT = {"DESIGN_STRONG": 3, "DESIGN": 1}

# A sentence that calls for a design rather than reporting one: "This strategy deserves
# evaluation in a prospective clinical trial", "randomised trials are warranted"; or that says
# what a drug was approved on: "approved ... on the basis of the single-arm phase II ZUMA-2
# trial". (A review's own cues stand in such sentences: "Here we discuss how these results
# should be weighed".)
# Matched on a lower-cased sentence that holds one of _HYPOTHETICAL_WORDS; the word start is
# checked in :func:`_calls_for_study`.
_HYPOTHETICAL_WORDS = (
    "warrant", "deserv", "merit", "should", "need", "to be", "future", "further", "required",
    "under", "planned", "call", "hypothesis", "basis", "approv", "support", "reference",
    "benchmark", "yardstick",
)  # fmt: skip


_HYPOTHETICAL = re.compile(
    r"(?:warrant(?:s|ed)?|deserves?|merits?|should\s+be|needs?\s+to\s+be|"
    # ("Prospective studies should refine patient selection")
    r"(?:studies|trials|research)\s+should|"
    # ("trials of these agents need an up-to-date reference population", "these data give a
    # reference for single-arm studies of new drugs": the studies to come)
    r"(?:studies|trials)\s+(?:of\s+(?:[\w-]+\s+){1,3})?need|"
    r"(?:reference|benchmark|yardstick)\s+(?:for|against)|"
    r"to\s+be\s+(?:confirmed|validated|tested|evaluated|explored)|future|"
    r"further\s+(?:prospective|randomi[sz]ed|evaluation|investigation|studies|trials)|"
    r"(?:is|are)\s+(?:needed|required|under\s*way|planned)|calls?\s+for|hypothesis-generating|"
    r"on\s+the\s+basis\s+of|approved\s+(?:for|in|by|on|based)|"
    # ("These observations support prospective trials of PD-1 blockade")
    r"supports?\s+(?:further\s+|future\s+|larger\s+)?(?:(?:prospective|randomi[sz]ed|"
    r"clinical)\s+)*(?:trials|studies|evaluation|investigation))\b"
)
# (_HYPOTHETICAL after a non-word character, see :func:`_matches_at_a_word_start`)
_HYPOTHETICAL_AFTER_GAP = re.compile(r"\W" + _HYPOTHETICAL.pattern)


def _matches_at_a_word_start(low: str) -> bool:
    """Whether ``_HYPOTHETICAL`` matches ``low`` somewhere at a word start: at its start, or
    after a non-word character. Where it does not, ``finditer`` finds no match at a word start
    (a third of the cost: opening with ``\\W``, a character class, lets ``re`` skip in C to the
    gaps between words, where ``finditer`` tries every position). Where it does, an earlier
    match inside a word may still hide that one from ``finditer`` ("xstudies should be"), so
    the caller scans on."""
    return _HYPOTHETICAL.match(low) is not None or _HYPOTHETICAL_AFTER_GAP.search(low) is not None


def _calls_for_study(text: str, pos: int, seen: dict[int, bool]) -> bool:
    """Whether the sentence of ``text`` holding ``pos`` calls for a study (see above);
    ``seen`` caches the answer by sentence start."""
    # (the start first: a sentence seen before needs no end)
    lo = sentence_start(text, pos)
    if lo not in seen:
        low = text[lo : sentence_end(text, pos)].lower()
        seen[lo] = (
            holds_any(low, _HYPOTHETICAL_WORDS)
            and _matches_at_a_word_start(low)
            and any(at_word_start(low, m.start()) for m in _HYPOTHETICAL.finditer(low))
        )
    return seen[lo]


# A cue of the study's own in a sentence that calls for another: "in this observational cohort,
# targeted treatment was associated with longer survival; randomized trials are needed".
_OWN_STUDY_BEFORE = re.compile(
    r"\b(?:[Tt]his|[Oo]ur|the\s+present|the\s+current)\s+(?:[\w-]+\s+){0,2}$"
)


# What other studies of a design found: "retrospective data suggested", "retrospective series
# have shown".
_OTHERS_EVIDENCE_AFTER = re.compile(
    r"\s+(?:data|studies|series|reports|analyses|evidence)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:suggest|show|indicate|report|demonstrate)\w*\b",
    re.I,
)


# "retrospective, exploratory analysis in EMILIA", "retrospectively analysed in the phase III
# CLEOPATRA trial": a trial named in capitals, or the word trial (not a database or registry).
_ANALYSIS_OF_TRIAL = re.compile(
    r"[Rr]etrospective(?:ly)?[\s,]+(?:(?:exploratory|post[- ]hoc|subgroup|secondary|unplanned)"
    r"\s+)?(?:analys[ie]s|analy[sz]ed)\s+(?:of|in|from)\s+(?:the\s+|a\s+)?(?:(?:randomi[sz]ed|"
    r"pivotal|phase\s+\w+|open-label|double-blind|multicent\w+|international)[\s,]+){0,4}"
    # (a regimen's name is no trial's: "retrospective analysis of FOLFIRI in patients ...")
    r"(?:trials?\b|(?!(?:FOLF[A-Z]*|XELOX|CAPOX|CAPIRI|XELIRI|GEMOX|R-CHOP|CHOP|ABVD|"
    r"BEACOPP|FLOT|DCF|ECF|EOX|TPF|MVAC|FEC|CMF)\b)"
    r"[A-Z][A-Z0-9-]{2,}\b(?!\s+(?:database|registry|data|cohort|group|network|"
    r"consortium|cent(?:re|er)s?|institutions?|hospitals?)\b))"
)


def _analyses_of_trials(text: str) -> int:
    """``len(_ANALYSIS_OF_TRIAL.findall(text))``, matching only where "etrospective" stands
    after an "R" or "r": every match opens so, and a search would try the pattern at every "R"
    and "r" of the abstract. The matches are counted as ``finditer`` finds them: the first
    match at or after a position, the next from its end."""
    count = 0
    i = text.find("etrospective", 1)
    while i != -1:
        m = _ANALYSIS_OF_TRIAL.match(text, i - 1) if text[i - 1] in "Rr" else None
        if m is None:
            i = text.find("etrospective", i + 1)
        else:
            count += 1
            i = text.find("etrospective", m.end() + 1)
    return count


# A character outside ASCII.
# Several trials or studies ("two large multicentre, placebo-controlled, randomised phase III
# trials"), and words that pool them.
_SEVERAL_TRIALS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w/,-]+\s+){0,6}?"
    r"(?:trials|studies)\b",
    re.I,
)
# (_SEVERAL_TRIALS for lower-cased ASCII text, without IGNORECASE, in two parts: the count after
# a non-word character, and the count at the text's start. Its ``\b`` stands before a word
# character, so it holds there and nowhere else; opening with ``\W``, a character class, lets
# ``re`` skip in C to the gaps between words, where ``\b`` made it try every position.)
_SEVERAL_TRIALS_CORE = _SEVERAL_TRIALS.pattern.removeprefix(r"\b")
_SEVERAL_TRIALS_AFTER_GAP = re.compile(r"\W" + _SEVERAL_TRIALS_CORE)
_SEVERAL_TRIALS_AT_START = re.compile(_SEVERAL_TRIALS_CORE)


def _names_several_trials(text: str) -> bool:
    """Whether ``_SEVERAL_TRIALS.search(text)`` matches (see :data:`_SEVERAL_TRIALS_CORE`;
    text that does not :func:`lowers_as_ascii` gets the original: under IGNORECASE "ı" and
    "ſ" match ASCII letters, which ``str.lower`` does not give)."""
    if not lowers_as_ascii(text):
        return _SEVERAL_TRIALS.search(text) is not None
    low = text.lower()
    return (
        _SEVERAL_TRIALS_AFTER_GAP.search(low) is not None
        or _SEVERAL_TRIALS_AT_START.match(low) is not None
    )


_POOLING = re.compile(
    r"\bpool(?:ed|ing)\b|\b(?:integrated|combined)\s+(?:data|analys[ie]s)\b|"
    r"\bacross\s+(?:these|both|the\s+(?:two|three|four))\s+(?:trials|studies)\b",
    re.I,
)
# Every alternative of _POOLING opens with one of these words (lower-cased), at a word start.
_POOLING_WORDS = ("pool", "integrated", "combined", "across")
# (_POOLING for lower-cased ASCII text: its letters are all lower-case, so it matches there
# without IGNORECASE, which makes every scanned character dearer)
_POOLING_LOW = re.compile(_POOLING.pattern)


# (guarded: searched over the whole abstract, where the leading \b would be tried at every
# position)
_TREATED_ON_SEVERAL = compile_guarded(
    r"\b(?:treated|enrolled|included|registered|randomi[sz]ed)\s+(?:on|in|into|across)\s+"
    r"(?:the\s+)?(?:two|three|four|five|six|seven|eight|\d+|several)\s+(?:consecutive\s+|"
    r"successive\s+|sequential\s+)?(?:[\w'-]+\s+){0,4}?(?:trials|protocols)\b",
    re.I,
)


def _pools(text: str) -> bool:
    """Whether ``_POOLING.search(text)`` matches. A text that :func:`lowers_as_ascii` is
    tested lower-cased, with :data:`_POOLING_LOW` matched only where one of the words that every
    match opens with (:data:`_POOLING_WORDS`) stands: a search would try the pattern at every
    "a", "c", "i" and "p" of the abstract. (Other text gets the original: under IGNORECASE "ı",
    "ſ" and "İ" match ASCII letters, which ``str.lower`` does not give.)"""
    if not lowers_as_ascii(text):
        return _POOLING.search(text) is not None
    low = text.lower()
    for word in _POOLING_WORDS:
        i = low.find(word)
        while i != -1:
            if _POOLING_LOW.match(low, i):  # (its "\b" checks the word start)
                return True
            i = low.find(word, i + 1)
    return False


# Publication types (MeSH publication-type vocabulary) and the design they point to.
PUBLICATION_TYPES: dict[str, tuple[str, int]] = {
    "meta-analysis": ("meta-analysis", 20),
    "systematic review": ("meta-analysis", 20),
    "randomized controlled trial": ("trial", 8),
    "clinical trial": ("trial", 8),
    "clinical trial, phase i": ("trial", 8),
    "clinical trial, phase ii": ("trial", 8),
    "clinical trial, phase iii": ("trial", 8),
    "clinical trial, phase iv": ("trial", 8),
    "controlled clinical trial": ("trial", 8),
    "pragmatic clinical trial": ("trial", 8),
    "observational study": ("real-world", 8),
    "case reports": ("other", 20),
    "review": ("other", 4),
    "editorial": ("other", 20),
    "comment": ("other", 10),
    "news": ("other", 20),
}


def design_scores(
    abstract: Doc,
    title_cues: Iterable[tuple[str, str]] = (),
    publication_types: Iterable[str] = (),
) -> Counter[str]:
    """Summed cue weights per design; ``review`` sums the strong cues of a review, editorial
    or case report (an abstract that quotes other studies' figures)."""
    scores: Counter[str] = Counter()
    text = abstract.user_data.get("text") or abstract.text
    seen: dict[int, bool] = {}
    cues = [
        (label, design, 1)
        for start, end, label, design in abstract._.mentions or ()
        if label in WEIGHT
        and design != "NONE"
        # ("retrospective data suggested similar benefit": the evidence of other studies)
        and not (design == "real-world" and _OTHERS_EVIDENCE_AFTER.match(text, end))
        and (
            design == "other"
            or not _calls_for_study(text, start, seen)
            # ("in this observational cohort, ...; randomized trials are needed")
            or _OWN_STUDY_BEFORE.search(text, max(0, start - 30), start) is not None
        )
    ]
    cues += [(label, design, 3) for label, design in title_cues if design != "NONE"]
    for label, design, factor in cues:
        if label in WEIGHT:
            scores[design] += WEIGHT[label] * factor
            if design == "other" and label == "DESIGN_STRONG":
                scores["review"] += WEIGHT[label] * factor
    # "a retrospective, exploratory analysis in EMILIA": an analysis of a trial is the trial's
    # (FORMAT.md), however retrospective; its cue weighs as a trial's.
    title = abstract.user_data.get("title", "")
    of_trial = _analyses_of_trials(text) + 3 * _analyses_of_trials(title)
    if of_trial:
        moved = min(scores["real-world"], 3 * of_trial)
        scores["real-world"] -= moved
        scores["trial"] += moved
    if scores["trial"] and _pools(text) and _names_several_trials(text):
        # "We report a pooled update of MM-009 and MM-010, two large ... randomised phase III
        # trials", "We integrated data on 350 patients ... in three phase I/II studies": each
        # trial's own cues count for the pooled analysis of them.
        scores["pooled"] += scores["trial"]
    if not scores["pooled"] and "pooled" in text and len(trial_names(text)) >= 2:
        # "Patients from KEYNOTE-001, KEYNOTE-002 and KEYNOTE-006 ... were pooled": named
        # trials pooled, without the words "pooled analysis"
        scores["pooled"] += WEIGHT["DESIGN_STRONG"]
    if ("trials" in text or "protocols" in text) and any(
        section_at(text, m.start()) not in BACKGROUND_LABELS
        for m in _TREATED_ON_SEVERAL.finditer(text)
    ):
        # "patients with group I ARMS treated on three consecutive Children's Oncology Group
        # trials", "who had been prospectively enrolled in four consecutive PETHEMA trials":
        # the patients of several trials analysed together (not a tool "derived from 1,200
        # patients treated in three trials" that the background names)
        scores["pooled"] += WEIGHT["DESIGN_STRONG"]
    for pt in publication_types:
        hit = PUBLICATION_TYPES.get(pt.strip().lower())
        if hit:
            scores[hit[0]] += hit[1]
            if hit[0] == "other" and hit[1] >= 10:
                scores["review"] += hit[1]
    return scores


def classify(scores: Counter[str]) -> str:
    """The design from cue scores (see the module docstring for the precedence)."""
    # (A pooled analysis that names the meta-analysis before it stays pooled.)
    # (One named in the background of a registry study, "trials and a meta-analysis showed
    # ...", does not outweigh the study's own real-world cues.)
    if scores["meta-analysis"] >= 6 or (
        scores["meta-analysis"] >= 3
        and scores["meta-analysis"] >= scores["trial"]
        and scores["meta-analysis"] >= scores["pooled"]
        and scores["meta-analysis"] >= scores["real-world"]
    ):
        return "meta-analysis"
    # A review, editorial, case report or recommendation names pooled analyses and trials it
    # quotes; its own cues decide before theirs.
    if scores["review"] >= 3 or (
        scores["other"] >= 9 and scores["other"] > scores["trial"] + scores["real-world"]
    ):
        return "other"
    # (A trial that also pools its data with an earlier one's stays a trial: its own trial
    # cues outweigh the pooling many times over.)
    if (
        scores["pooled"] >= 3
        and scores["pooled"] * 2 >= scores["real-world"]
        and scores["pooled"] * 8 >= scores["trial"]
    ):
        return "pooled"
    if scores["real-world"] >= 3 and scores["real-world"] >= scores["trial"] * 0.5:
        return "real-world"
    # Weak cues alone: the more of them wins, a trial on a tie ("we reviewed ... were
    # identified" outweighs a closing "prospective trials are under way").
    if scores["trial"] >= 1 and scores["trial"] >= scores["real-world"]:
        return "trial"
    if scores["real-world"] >= 1:
        return "real-world"
    return "other"
