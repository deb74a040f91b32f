"""Linking: which number belongs to which endpoint, with its kind, timepoint and group.

The rules, in the order they apply within one sentence (each has a test in
``tests/nlp/test_link.py`` with the sentence shape that needed it):

1. Numbers are found by :mod:`values` (percentages, times, "not reached", fractions, CIs).
   Timepoints, p-values, follow-up times, ages, cut-offs, schedules and range ends are dropped,
   and so are differences of medians ("by nearly 16 months"), approximate figures ("about
   5%"), benchmark and excludable rates, and figures "reported in" another named trial.
2. Hazard ratios take the first bare number after "HR"/"hazard ratio" (and further ratios
   listed after it); ``of`` is the endpoint named right after the number ("0.17 for OS"), in
   between ("for death"), before it in the clause, or later in the sentence. A ratio right
   after a blocked outcome ("time to CNS metastases (HR 0.45)") has none (see :mod:`ratios`).
3. Lists pair up in order: "ORR and DCR were 45% and 80%" (cyclically for one block per
   subgroup), "at 6 and 12 months were 69.2% and 59%" (per arm, or arm by arm at each
   timepoint), "87.1% and 61.3% at 1 and 2 years"; one "not reached" serves every endpoint of
   a list; a second row of rates "compared with" takes the first row's timepoints.
4. Otherwise a number goes to the nearest endpoint before it in its clause that can carry it
   (a percentage: a response rate, or a survival endpoint with a timepoint; a time: PFS, OS or
   DoR); a blocking term ("complete response", "time to progression") stops the search. A
   number that opens its clause, or is linked by a verb ("58.9% were free of CNS
   progression"), belongs to the endpoint after it.
   Shares of the responses still ongoing at a timepoint are DoR rates; a sentence that opens
   "Intracranially, ..." makes its plain endpoints intracranial.
5. Sites (brain metastases): "intracranial and extracranial response rates were 47% and 38%"
   gives one endpoint per site (and so does "the corresponding clinical benefit rates");
   a clause scope ("outside the brain, ...", "of the brain metastases") or a site right after
   or before the figure ("61.2% in intracranial lesions", "at IC (78%)") sets the site; a
   plain endpoint means the intracranial one when the study states only that one.
6. Groups: a sentence-initial scope ("In the active BM cohort, ..."), a phrase next to the
   value ("... with T-DXd"), a list ("in stable and active BM, respectively"), or the
   randomised arms for two compared values with no group of their own (see :mod:`groups`).

Sentences in a background section, or that report other studies or planned rates (see
:mod:`quoting`), are skipped (the clauses before a "; this rejected the null hypothesis of
40%" are kept); a figure repeated in another sentence is kept once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from extractor.models import Finding
from extractor.nlp.clauses import clause, clauses, semicolons
from extractor.nlp.cohort import WORD_NUMBER, words_to_int
from extractor.nlp.groups import groups_of, randomised_arms
from extractor.nlp.mentions import (
    DURATION,
    RESPONSE,
    SURVIVAL,
    TIMED,
    Mention,
    build_finding,
    finding_for,
    new_mention,
)
from extractor.nlp.quoting import names_other_trial, quoted_from_trial, reports_other_study
from extractor.nlp.ratios import (
    FOR_ENDPOINT,
    holds_bracketed_ratio,
    stated_ratios,
    unlabelled_ratios,
)
from extractor.nlp.regex_scan import compile_guarded, holds_any, lower_twin
from extractor.nlp.sections import BACKGROUND_LABELS, label_marks, section_at, sentence_span
from extractor.nlp.values import (
    COMPARED_NEXT,
    SAME_TIMEPOINTS,
    TIMEPOINT_JOIN,
    Timepoint,
    Value,
    find_timepoints,
    find_values,
    to_months,
)

# A count in words ("Nine", "Twenty-one"), as the cohort module reads them.
_NUMBER_WORD = r"\b(?i:" + WORD_NUMBER + r")"


_P_VALUE = compile_guarded(r"\b[pP]\s*(?:value\s*)?[=<>]\s*$")
_FOLLOW_UP = compile_guarded(
    # ("median FU 25.7 mo": the abbreviation of congress abstracts, in capitals)
    # ("the 13 survivors had been followed for a median of 45.2 months")
    r"(?:follow[\s-]*up|f/u|(?<![\w-])(?-i:FU)|followed\s+(?:up\s+)?for(?:\s+a\s+median)?|"
    r"observation\s+period|"
    r"median\s+observation|"
    # ("median study duration was 10.7 mo and median treatment duration was 5.5 mo")
    r"(?:study|treatment|therapy)\s+duration|"
    r"duration\s+of\s+"
    r"(?:treatment|therapy|exposure))(?:\s+(?:time|duration|period))?"
    # ("Median follow-up among the men still alive was 13 years")
    r"(?:\s+(?:among|in|for)\s+[^,;()]{0,40}?(?=\s(?:was|were)\b))?"
    r"\s*(?:was|were|of|:|,|=|\()?\s*"
    # ("with median follow-up of 18.9 and 15.5 months, respectively": the later times of a list)
    # (the list's times straight before the value, not past a comma or an endpoint: "At a
    # median follow-up of 20.4 months, median PFS was 12.7 months", "median f/u was 10.2 mo
    # and median rwOS 13.6 mo")
    r"(?:(?:\d+(?:\.\d+)?\s*(?:months?|mo|years?|weeks?)?\s+(?:and|vs\.?|versus)\s+)+|"
    r"(?:\w+\s+){0,2})$",
    re.I,
)
# The bracket after an analysis that holds only a median time: its follow-up.
_ANALYSIS_MEDIAN = re.compile(r"\banalys[ie]s\s*[\(\[]\s*median\s+$", re.I)
_FOLLOW_UP_FOR = re.compile(
    r"\W*(?:[A-Z][A-Za-z ]{2,30}:\s*)?(?:the\s+)?median\s+follow[\s-]*up\s+(?:time\s+)?was\b", re.I
)


def _items_before(unit: str, qualifier: str) -> str:
    """Regex tail: the earlier items of a list, each a number with ``unit`` and an optional
    ``qualifier``, that stand between a cue and the value ("absolute gains of 6.5% at 5 years
    and <value>"), so that every item of the list is read as the first one is."""
    return r"(?:\d+(?:\.\d+)?\s*" + unit + r"(?:\s+" + qualifier + r")?\s*(?:,\s*and|,|and)\s*)*$"


# "prolonged median OS by nearly 16 months", "OS difference 9.4 months": a difference of two
# medians, not a median.
_DIFFERENCE = compile_guarded(
    # ("was prolonged by a median of 10 months with R-FC")
    r"(?:\bby(?:\s+a\s+median\s+of)?|\badded|\bgained|"
    r"\bdifferences?(?:\s+(?:of|was|in\s+\w+(?:\s+\w+)?))?|"
    r"\bgains?\s+of|\bgained\s+(?:was|of)|\bimprovement\s+of|"
    # ("an advantage of 8 months", "a survival advantage of 3.2 months")
    r"\bprolongation\s+of|\badvantage\s+of|"
    # "an absolute increase in median survival of 1.5 months"
    r"\b(?:increase|improvement|gain|prolongation|extension)s?\s+in\s+(?:the\s+)?(?:median\s+)?"
    r"(?:[\w-]+\s+){1,3}?of)\s*(?:nearly|almost|about|approximately|around|roughly|more\s+than|"
    r"over|at\s+least|only|just|~)?\s*"
    + _items_before(r"(?:months?|mo|years?|weeks?)", r"of\s+[\w-]+"),
    # "chemotherapy added 1.5 months of PFS and 1.6 months of life": the later gains of a list
    re.I,
)
# The rate a single-arm trial measures itself against: not its result.
_BENCHMARK = compile_guarded(
    # ("with P0 set at 35% and P1 at 55%": the rates a design's hypotheses assume)
    # ("historical PFS-6 with lomustine is 20%": a timepoint's digits may stand between;
    r"\b(?:historical|benchmark|reference\s+(?:rate|value)|(?-i:[PH][01]))\b"
    # a comma closes it: "Compared with historical data, the PFS-6 was 35%")
    r"(?:[^.,;%\d()]|-\d+|\d+-){0,30}$",
    re.I,
)
_NEXT_LINE_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?on\s+(?:that|the|their)\s+(?:next|subsequent)\s+(?:line|treatment|therapy)",
    re.I,
)
_WITHOUT_PROGRESSION_AFTER = re.compile(
    r"(?:\s*(?:,\s*and|,|and|or)\s*\d+(?:\.\d+)?)*\s*(?:months?|years?|weeks?)?\s+"
    r"(?:without|free\s+(?:of|from))\s+progression",
    re.I,
)
# A share's difference between arms, named right before it: "difference in ORR 20.2%",
# "difference in response rate of 12%", "difference in the objective response rate: 9.6%".
_DIFFERENCE_IN_BEFORE = re.compile(
    r"\bdifferences?\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ORR|DCR|CBR|response\s+rates?|"
    r"(?:disease\s+)?control\s+rates?)\s*(?:of|was|were|,|:|=)?\s*$",
    re.I,
)
# A Bayesian posterior or predictive probability that a rate passes a target: the figures
# after it are the target and the probability, no results.
_POSTERIOR_BEFORE = re.compile(
    r"\b(?:(?:Bayesian\s+)?(?:posterior|predictive)\s+(?:probability|PP)|Bayesian\s+PP)\b"
    r"[^;,]{0,80}$",
    re.I,
)
# A percentile of survival time other than the median: "the p10 survival time lengthened from
# 17.2 to 21.0 months", "p25 from 7.9 to 9.9 months" (lower case: "P10" names an arm).
_PERCENTILE_BEFORE = re.compile(
    r"\bp(?:10|25|75|90)\s+(?:survival\s+(?:time\s+)?)?(?:\w+\s+)?from\s+"
    r"(?:\d+(?:\.\d+)?\s*(?:months?\s+)?to\s+)?$"
)
# Times after "alive" or "progression-free" are timepoints: "alive 3, 6 and 12 months into
# treatment", "alive 12 months after diagnosis and 12 months beyond the 6-month landmark".
_ALIVE_FOR = re.compile(
    r"\b(?:alive|progression[\s-]free|free\s+(?:of|from)\s+progression)\s+"
    r"(?:\d+(?:\.\d+)?\s*(?:(?:months?|years?|weeks?)\s+(?:after|from|since)\s+\w+\s+)?"
    r"(?:,\s*and|,|and|or)\s*)*$"
)
_EXCLUDED_RATE = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:could|can|cannot)\s+(?:not\s+)?be\s+(?:excluded|ruled\s+out)", re.I
)
# "At a median of 9.9 months after stopping venetoclax, most patients remained free of
# progression": when something happened, not an endpoint's median.
_AT_A_MEDIAN_OF = compile_guarded(r"\bat\s+a\s+median\s+(?:of\s+)?$", re.I)
_COMMA_AT_A_MEDIAN = re.compile(r",\s*at\s+a\s+median\s+(?:of\s+)?$", re.I)
_FROM_EVENT_AFTER = re.compile(r"\s+(?:after|since|from|following)\b", re.I)
_THAN_NEXT = re.compile(r"\s*,?\s*than\s")
# Own results are printed exactly; "about 5%" quotes what others found.
_APPROXIMATE = compile_guarded(r"\b(?:about|approximately|around|roughly|~)\s*$", re.I)
# "a 9.1-month gain", "9 months longer": a difference too.
# "6 months of adjuvant gemcitabine": how long a treatment is given, not an outcome
# ("Adding 6 months of vinorelbine ... improved survival": a drug named by its stem)
# (not an arm's result: "longer than the 3.6 months of the chemotherapy group")
_COURSE_OF = re.compile(
    r"\s+of\s+(?:(?:adjuvant|neoadjuvant|maintenance|consolidation|induction|continued)\b|"
    r"(?:[a-z]+\s+)?(?:treatment|therapy|chemotherapy|radiotherapy|immunotherapy|dosing)\b|"
    r"[a-z]+(?:mab|nib|lib|bine|taxel|platin|mide|rubicin|mycin|zomib|stine|fen|zole)\b)"
    r"(?!\s+(?:group|arm|cohort)s?\b)",
    re.I,
)
_DIFFERENCE_AFTER = re.compile(
    # ("The 6.3-month OS advantage": the endpoint may stand between)
    r"\s*(?:(?:OS|PFS|overall\s+survival|progression-free\s+survival|survival|median)\s+)?"
    r"(?:gain|improvement|difference|prolongation|benefit|increase|extension|longer|shorter|"
    r"advantage)\b",
    re.I,
)
_AGE = compile_guarded(r"\b(?:age[ds]?|years?\s+old|old)\b", re.I)
# "patients 70 years of age or younger", "65 years and older"
_AGE_AFTER = re.compile(
    r"\s*(?:of\s+age|or\s+(?:younger|older)|and\s+(?:older|younger|over|above))\b", re.I
)
# ("the 1-year iPFS rate and the 1-year OS rate were 80% and 77%": a timepoint may qualify each)
_LIST_JOIN = re.compile(
    r"^\s*(?:,|and|/|or|as\s+well\s+as|,\s*and|&)\s*(?:the\s+)?(?:\d+-(?:year|month)\s+)?"
    r"(?:median\s+)?$"
)


_COMMA_ONLY = re.compile(r"\s*,\s*(?:the\s+)?(?:median\s+)?")


# "With longer follow-up, median OS was 6.47 versus 4.90 months": a comma after the follow-up
# closes an opening phrase, not the first item of a list.
def _after_follow_up(sent: str, prev: Mention, gap: str) -> bool:
    return (
        sent.startswith(("follow", "Follow"), prev.start)
        and "," in gap
        and not _JOINING_WORD.search(gap)
    )


_JOINING_WORD = compile_guarded(r"\b(?:and|or|as\s+well)\b|[&/]")


# "ORR, CR rate and DCR": the word after a blocking term in a list.
_RATE_WORD = re.compile(r"^\s*rates?\b")


# ---------------------------------------------------------------------------------------------
# The document


def sentence_bounds(doc: Doc, length: int) -> list[tuple[int, int]]:
    """Character spans of the sentences, as ``sentence_breaks`` left them, else read from the
    token arrays (fast; no Span objects)."""
    starts = doc.user_data.get("sent_start_chars")
    if starts is not None:
        starts = list(starts)
    else:
        arr = doc.to_array([SENT_START, IDX])
        starts = [int(c) for c in arr[arr[:, 0] == 1, 1]]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [length]
    return list(zip(starts, ends, strict=True))


# The labels that open the closing words ("Conclusions:", Cochrane's "Authors' conclusions").
_CONCLUSION_LABELS = ("conclusion", "authors' conclusion")


def link_doc(doc: Doc) -> list[Finding]:
    """Every finding of the abstract, in text order, repeated figures removed."""
    text = doc.user_data.get("text") or doc.text
    original = doc.user_data.get("original", text)
    all_mentions = [m for m in doc._.mentions or () if m[2] == "ENDPOINT"]
    # (no endpoint and no hazard ratio: only blocking terms, which give no finding)
    for m in all_mentions:
        if m[3] != "NONE":
            break
    else:
        return []
    findings: list[Finding] = []
    context: dict = {
        # ("arms": the randomised arms, read by _arms when first needed)
        # "leptomeningeal metastases (LM)": "LM ORR", "median LM PFS" are intracranial
        "lm": "leptomening" in text and bool(_LM_DEFINED.search(text)),
        "own": None,  # the abstract's own trial names, found when first needed
        "title": doc.user_data.get("title", ""),
        "text": text,
    }
    # Plain endpoints that mean their intracranial ones here (see intracranial_by_definition).
    if "ntracranial" in text:
        defining = _defining_starts(text, all_mentions)
        implied = intracranial_by_definition(all_mentions, defining)
        all_mentions = [
            (a, b, label, ident if a in defining else implied.get(ident, ident))
            for a, b, label, ident in all_mentions
        ]
    k = 0
    prev_timed: str | None = None
    lead_in: str | None = None  # the survival endpoint of the sentence before, without figures
    bounds = sentence_bounds(doc, len(text))
    rows = row_labels(text, bounds, all_mentions) if ": " in text else {}
    # (The start of the next mention not yet read, past every sentence when none is left: a
    # sentence that ends before it, as most do, is told so by one comparison.)
    n_mentions = len(all_mentions)
    next_at = all_mentions[0][0] if n_mentions else len(text) + 1
    last_row: tuple[int, int, list[Finding]] | None = None  # the sentence before, if it gave any
    for s0, s1 in bounds:
        lead, lead_in = lead_in, None
        row, last_row = last_row, None
        # The sentence's mentions; with them (one pass) the last timed endpoint named, whether
        # any timed or response endpoint is, and whether any endpoint (not a blocking term) is.
        # (A mention that starts before the sentence, which sentences in order never leave,
        # is passed over.)
        mentions = []
        named_timed = None
        carries = named = False
        while next_at < s1:
            a, b, _label, ident = all_mentions[k]
            k += 1
            next_at = all_mentions[k][0] if k < n_mentions else len(text) + 1
            if a < s0:
                continue
            mentions.append(new_mention(a - s0, min(b, s1) - s0, ident))
            if ident != "NONE":
                named = True
                if ident in TIMED:
                    named_timed = ident
                    carries = True
                elif ident in RESPONSE:
                    carries = True
        if row and not mentions and text.find("orresponding", s0, s1) >= 0:
            # "With FOLFOX, the median time to progression was 8.7 months, the response rate
            # 45% and the median survival time 19.5 months. ... with IFL, for which the
            # corresponding values were 6.9 months, 31% and 15.0 months."
            found = _corresponding_row(text, original, s0, s1, row)
            if found:
                findings.extend(found)
                continue
        if not mentions and not prev_timed and text.find("espon", s0, s1) < 0:
            # (No endpoint here or carried from the sentence before, no ongoing responses:
            # the checks below would skip the sentence and leave prev_timed and lead_in None.
            # Most sentences end here: they are not sliced.)
            continue
        s_text = text[s0:s1]
        if not carries and prev_timed:
            # "In the overall population the medians were 13.8 and 8.2 months": the endpoint
            # of the sentence before.
            medians = _medians(s_text)
            if medians and not any(
                m.endpoint == "NONE"
                and m.end <= medians.start()
                and _BLOCKED_OUTCOME.search(s_text, m.start, m.end)
                for m in mentions
            ):
                # (not "Time to next treatment ranked the same way, with medians of 33.9, 12.6
                # and 7.8 months": the medians of the blocked outcome the sentence names)
                # (a pronoun's sentence may hand it on: "It was 6 months for patients given
                # X ... After whole-brain radiotherapy it was 4.6 months"; so may one that names
                # nothing else: "Within this population the medians were 9.1 versus 1.9 months
                # with bone metastases ... In tumors with a PIK3CA mutation the medians were
                # 5.5 versus 1.9 months")
                if not mentions or "it was" in medians.group().lower():
                    named_timed = prev_timed
                mentions = sorted(
                    [*mentions, Mention(medians.start(), medians.end(), prev_timed)],
                    key=lambda m: m.start,
                )
                named = True  # (prev_timed is an endpoint)
        prev_timed = named_timed
        if not _has_figure(s_text) or (
            not named
            and not (
                "espon" in s_text
                # ("Responses appeared after a median of 2.7 months and lasted a median of
                # 17.5 months": a duration of response that no phrase pattern spans)
                and (
                    _ONGOING.search(s_text)
                    or _RESPONSE_LASTED.search(s_text)
                    # ("Responses occurred in 8 of 13 patients (61.5%) at 5.4 mg/kg")
                    or ("esponses" in s_text and _RESPONDERS_COUNTED.search(s_text))
                )
            )
        ):
            said = [m.endpoint for m in mentions if m.endpoint in SURVIVAL]
            if said and not _design_talk(s_text):
                section = section_at(text, s0 + len(s_text) - len(s_text.lstrip()))
                if section not in BACKGROUND_LABELS and "method" not in section:
                    # "For survival, age modified the effect of treatment. Hazard ratios for
                    # patients aged ...": a bare ratio right after is of the outcome named.
                    # (Not after "The primary outcome was overall survival": the ratio
                    # that follows is the one the trial was designed for.)
                    lead_in = said[-1]
            continue
        section = section_at(text, s0 + len(s_text) - len(s_text.lstrip()))
        # Each check below is asked again of the same text at the end; it is computed once.
        # (reports_other_study(s, in_results=True) holds only where reports_other_study(s)
        # does, so a no here is a no there while the text stays as it is.)
        # (a background sentence is skipped whatever the answer: it is not asked there)
        other_study = section not in BACKGROUND_LABELS and reports_other_study(s_text)
        blanked = None  # (the text with a clause that quotes the design blanked, if any)
        if other_study and section not in BACKGROUND_LABELS:
            # "... a response rate of 58.3% (...); this rejected the null hypothesis of 40%":
            # the clauses before the one that quotes the design are the study's own.
            beyond = _BEYOND_NULL.search(s_text) if "null" in s_text else None
            if beyond:
                # "2-year PFS was 90.5%, which rejected the null hypothesis of 85% or less (P =
                # .04); with IMRT alone it was 87.6%": the clause that quotes the design, up to
                # the semicolon, is blanked (offsets kept); the rest is the study's own
                a = beyond.start()
                b = s_text.find(";", a)
                b = len(s_text) if b < 0 else b
                rest = s_text[:a] + " " * (b - a) + s_text[b:]
                if not reports_other_study(rest):
                    s_text = rest
                    blanked = text[:s0] + rest + text[s0 + len(rest) :]
                    other_study = False
                    mentions = [m for m in mentions if m.end <= a or m.start >= b]
            head = s_text.find(";") if other_study else -1
            if head > 0 and head not in semicolons(s_text):
                # "26.2% (n = 11/42; 95% CI 13.9-42.0), enough to reject the null hypothesis":
                # a semicolon inside brackets, whose bracket closes the study's own figures
                head = s_text.find(")", head) + 1
            if head > 0 and not reports_other_study(s_text[:head]):
                s_text = s_text[:head]
                other_study = False
                mentions = [
                    Mention(m.start, min(m.end, head), m.endpoint)
                    for m in mentions
                    if m.start < head
                ]
        conclusions = section.startswith(_CONCLUSION_LABELS)
        other_trial = section not in BACKGROUND_LABELS and names_other_trial(
            s_text, context, conclusions
        )
        if other_trial:
            # "Median PFS was 7 months, shorter than in ELOQUENT-3, which ...": the figures
            # before the comparison with the named trial are the study's own.
            than = _THAN_IN_TRIAL.search(s_text)
            if than and not names_other_trial(s_text[: than.start()], context, conclusions):
                s_text = s_text[: than.start()]
                other_trial = False
                other_study = True  # (not yet asked of the shorter text)
                mentions = [
                    Mention(m.start, min(m.end, than.start()), m.endpoint)
                    for m in mentions
                    if m.start < than.start()
                ]
        if (
            section in BACKGROUND_LABELS
            or (other_study and reports_other_study(s_text, section in _RESULTS_LABELS))
            or other_trial
        ):
            if section not in BACKGROUND_LABELS:
                # (a ratio in the results never refers to an endpoint of the background)
                _remember(context, mentions)
            continue
        quote = original[s0:s1].strip()
        remembered = context.get("survival")
        if lead:
            context["survival"] = lead
        found = link_sentence(blanked or text, s0, s0 + len(s_text), mentions, context, quote)
        if s0 in rows:
            found = [f if f.group else replace(f, group=_row_of(rows[s0], f.start)) for f in found]
        if found and original is not text and text[s0:s1] != original[s0:s1]:
            found = [_group_as_written(f, text, original, s0, s1) for f in found]
        if lead and not any(f.endpoint == "HR" for f in found):
            context["survival"] = remembered  # (the lead-in holds for this sentence only)
        findings.extend(found)
        if found:
            last_row = (s0, s0 + len(s_text), found)
        _remember(context, mentions)
    return dedupe(findings, _closing_start(text, bounds), text) if findings else findings


def _group_as_written(f: Finding, text: str, original: str, s0: int, s1: int) -> Finding:
    """``f`` with its group as the abstract writes it: normalising keeps every offset but
    writes some characters otherwise ("aged ≤ 64" is read as "aged < 64")."""
    at = text.find(f.group, s0, s1) if f.group else -1
    if at < 0:
        return f
    written = original[at : at + len(f.group)]
    return f if written == f.group else replace(f, group=written)


# ", above the prespecified null rate of 18%", ", which rejected the null hypothesis of 85%"
_BEYOND_NULL = re.compile(
    r",\s*(?:which\s+|this\s+|so\s+)?(?:(?:was|is|clearly|well)\s+)?(?:above|exceed\w*|surpass\w*|"
    r"beyond|higher\s+than|reject\w*|met|meeting)\s+(?:the\s+)?(?:pre-?specified\s+|"
    r"pre-?defined\s+|predefined\s+)?null\b",
    re.I,
)


def _closing_start(text: str, bounds: list[tuple[int, int]]) -> int:
    """Where the abstract's closing words start: its conclusions (or Lancet's
    interpretation) section, or else its last sentence."""
    start = bounds[-1][0] if bounds else len(text)
    for pos, label in label_marks(text):
        if label.startswith(_CONCLUSION_LABELS) or label == "interpretation":
            return min(pos, start)
    return start


# A row of a congress abstract opens with the population it reports on: "HER2-low: median PFS
# 13.2 vs 8.1 mo (HR 0.62 ...). ITT: median PFS 13.2 vs 8.1 mo (HR 0.63 ...)".
_ROW_LABEL = re.compile(r"\s*([A-Z][^\s:;,()]*(?: [^\s:;,()]+){0,5}(?: \([^()]{1,30}\))?):\s")
# First words of labels that head a section or a statement, not a population.
_NOT_A_ROW = frozenset({
    "abstract", "aim", "aims", "all", "among", "analysis", "at", "background", "case", "clinical",
    "conclusion", "conclusions", "context", "data", "design", "discussion", "efficacy", "evidence",
    "exposure", "findings", "for", "funding", "importance", "in", "interpretation", "intervention",
    "interventions", "introduction", "key", "main", "materials", "meaning", "method", "methods",
    "methodology", "objective", "objectives", "observations", "of", "on", "outcome", "outcomes",
    "overall", "participants", "patients", "primary", "pts", "purpose", "question", "rationale",
    "research", "result", "results", "safety", "secondary", "setting", "significance", "study",
    "summary", "survival", "toxicity", "trial",
    # (headers of lists of prognostic factors: "Other factors: age >=75 y, HR 1.32 ...")
    "age", "covariates", "factors", "independent", "multivariable", "multivariate", "other",
    "predictors", "prognostic", "race", "sex", "univariable", "univariate", "variables",
})  # fmt: skip


# "Squamous histology: PFS HR 0.63 (...), OS HR 0.61 (...); non-squamous: 0.66 and 0.76": a
# second population labelled after a semicolon.
_INNER_ROW_LABEL = re.compile(r";\s+([A-Za-z][^\s:;,()]*(?: [^\s:;,()]+){0,3}):\s")


_COMPARISON = re.compile(r"\b(?:vs|versus|v)\b", re.I)


def row_labels(
    text: str, bounds: list[tuple[int, int]], mentions: list[tuple[int, int, str, str]]
) -> dict[int, list[tuple[int, str]]]:
    """``{sentence start: [(offset, label), ...]}`` of the sentences that open with a
    population label, where at least two do (one label alone is more often a heading than a
    row of a table); each label holds from its offset to the next."""
    rows: dict[int, list[tuple[int, str]]] = {}

    def is_row(m: re.Match[str]) -> bool:
        label = m.group(1)
        return (
            label.split()[0].lower() not in _NOT_A_ROW
            and "=" not in label  # ("Race (Black = reference): White, HR 0.83 ...")
            # (a comparison heads the ratios of the whole population: "ICI + chemo vs chemo:")
            and not _COMPARISON.search(label)
            # (an endpoint or blocked term in the label heads a row of that outcome's figures)
            and not any(m.start(1) <= a < m.end(1) for a, _b, _l, _i in mentions)
        )

    for s0, s1 in bounds:
        # (every match ends with ":\s" inside the sentence: one without a colon is not tried)
        m = _ROW_LABEL.match(text, s0, s1) if text.find(":", s0, s1) >= 0 else None
        if m and is_row(m):
            rows[s0] = [(s0, m.group(1))]
            rows[s0] += [(x.start(), x.group(1)) for x in _INNER_ROW_LABEL.finditer(text, s0, s1)]
    return rows if len(rows) >= 2 else {}


def _row_of(labels: list[tuple[int, str]], start: int) -> str:
    """The label of the row segment that holds offset ``start`` (the first label for an
    offset before them all)."""
    return next((label for at, label in reversed(labels) if at <= start), labels[0][1])


# A sentence of the study's design, not of its results.
_DESIGN_TALK = compile_guarded(
    r"\b(?:primary|secondary|co-primary|end\s?points?|outcomes?)\b", re.I
)


def _design_talk(sent: str) -> bool:
    """``bool(_DESIGN_TALK.search(sent))``, not searched in an ASCII sentence without one of
    the words every match holds, in lower case ("primary", "secondary", "point" of "end point",
    "outcome"; there ignoring case is the lower case): most sentences that name a survival
    endpoint and give no figure hold none."""
    if sent.isascii():
        low = sent.lower()
        if not ("primary" in low or "secondary" in low or "point" in low or "outcome" in low):
            return False
    return _DESIGN_TALK.search(sent) is not None


# The comparison that brings another trial into a sentence about the study's own figures.
# (", figures close to those of single-agent abemaciclib in MONARCH-1")
_THAN_IN_TRIAL = re.compile(
    r",\s*(?:\w+\s+){0,2}?(?:than|close\s+to|similar\s+to|comparable\s+(?:to|with))\s+"
    r"(?:in|with|that\s+of|those\s+of|reported\s+in)\s",
    re.I,
)


# A sentence that states the study's endpoints: "Primary endpoints were the intracranial
# objective response rate and ...; secondary endpoints were toxicity, PFS and OS".
_ENDPOINT_DEFINITION = compile_guarded(
    r"\b(?:(?:co-?)?primary|secondary|key\s+secondary)\s+(?:end\s*-?\s*points?|outcomes?|"
    r"objectives?|aims?)\b",
    re.I,
)


def _defining_starts(text: str, mentions: list[tuple[int, int, str, str]]) -> set[int]:
    """The starts of the mentions that lie in a sentence stating the study's endpoints (each
    sentence is searched once: the mentions in it share the answer). An ASCII abstract
    without "primary" or "secondary" in its lower case, which every match holds (ignoring case,
    the lower case there), has none: its sentences are not cut out."""
    out: set[int] = set()
    if text.isascii():
        low = text.lower()
        if "primary" not in low and "secondary" not in low:
            return out
    asked: dict[tuple[int, int], bool] = {}
    for a, _b, _label, _ident in mentions:
        span = sentence_span(text, a)
        if span not in asked:
            asked[span] = bool(_ENDPOINT_DEFINITION.search(text, *span))
        if asked[span]:
            out.add(a)
    return out


def intracranial_by_definition(
    mentions: list[tuple[int, int, str, str]], defining: set[int]
) -> dict[str, str]:
    """Plain endpoints that mean the intracranial ones in this abstract: the study states an
    intracranial endpoint ("the primary endpoint was the intracranial objective response rate")
    and not the plain one, and names the intracranial one nowhere else; its results then say
    "the objective response rate was 54.84% and 95.65%". ``defining`` holds the starts of the
    mentions in sentences that state the endpoints. Returns plain -> intracranial."""
    defined: set[str] = set()
    elsewhere: set[str] = set()
    for a, _b, _label, ident in mentions:
        (defined if a in defining else elsewhere).add(ident)
    return {
        base: ic
        for base, ic in _AT_SITE["intracranial"].items()
        if ic in defined and base not in defined and ic not in elsewhere
    }


def _remember(context: dict[str, str], mentions: list[Mention]) -> None:
    """Keep the last survival endpoint named: a later bare "HR" may refer to it."""
    for m in mentions:
        if m.endpoint in SURVIVAL:
            context["survival"] = m.endpoint


# "the medians were ...", "The six-year rates favoured the combination": the endpoint of the
# sentence before. (link_doc searches only sentences holding "med", "rate" or "fared"; an
# alternative without one of them must be anchored at the start, "^".)
_MEDIANS = compile_guarded(
    r"\b(?:the|corresponding)\s+medians\b|\bmedians\s+(?:were|of)\b|"
    # "PFS varied by subtype. In liposarcomas the median was 6.8 months, ..."
    r"\bthe\s+median\s+was\s+(?=\d)|"
    # "It was numerically longer in patients treated with ... (median, 23.7 versus 19.3 mo)"
    r"^\s*(?:It|They)\s+(?:was|were)\s+(?:\w+\s+)?(?:longer|shorter|similar)\b|"
    # "The median survival was 7.16 months. It differed markedly by diagnosis: 7.00 months for"
    r"^\s*(?:It|They)\s+(?:\w+\s+)?(?:differed|varied)\s+[^:;]{0,40}:\s*(?=\d)|"
    # "Median PFS was 25.9 months with alectinib. With crizotinib it was 10.2 months."
    # ("In the intention-to-treat population, it was 19.2 months versus 16.6 months")
    # ("Median survival for the whole cohort was 4.2 months. It was 6 months for patients
    # given systemic treatment", "After whole-brain radiotherapy it was 4.6 months")
    r"^\s*(?:With|In|After|Among|For)\s+[^,;]{1,40}?,?\s+it\s+was\s+(?=\d)|"
    r"^\s*It\s+was\s+(?=\d)|"
    r"\b(?:the|corresponding)\s+\w+-(?:years?|months?|yr|mo)\s+rates\b|"
    # "An updated analysis confirmed the benefit (median, 14.9 months vs. 11.3 months; ...)"
    r"\b(?:benefit|advantage|improvement)\s*\(\s*medians?,?\s+(?=\d)|"
    # "Investigator assessment gave a similar picture (median 22.4 v 14.7 weeks)"
    r"\(\s*medians?,?\s+(?=\d+(?:\.\d+)?\s*(?:months?|mo|weeks?|years?)?\s*"
    r"(?:vs\.?|v\.?|versus)\s*\d)|"
    # "Patients with two or more extracranial sites fared worse than those with 0-1 (5.9 vs
    # 16.3 months; ...)"
    r"\bfared\s+(?:worse|better)\b[^.;()]{0,80}\(\s*(?=\d+(?:\.\d+)?\s*(?:months?|mo|weeks?|"
    r"years?)?\s*(?:vs\.?|v\.?|versus)\s*\d)",
    re.I,
)
_MEDIANS_LOW = lower_twin(_MEDIANS)  # (for ASCII text)
# The words the alternatives of _MEDIANS anchored at the start open with (after white space),
# in lower case.
_MEDIANS_OPENINGS = ("it", "they", "with", "in", "after", "among", "for")


def _medians(sent: str) -> re.Match[str] | None:
    """``_MEDIANS.search(sent)``, tried only where it can match. (Most sentences hold neither
    "med" nor "rate" nor "fared", one of which every alternative not anchored at the start
    needs: only an anchored one can match there, and trying position 0 alone finds it as the
    search would; in ASCII text ignoring case is the lower case, and those alternatives open
    with one of _MEDIANS_OPENINGS after the white space.) In ASCII text the match may be one
    of the lower case of ``sent`` (the same span)."""
    low = sent.lower()
    if "med" in low or "rate" in low or "fared" in low:
        # (the match of the lower-case twin in the lower case has the same span; see
        # lower_twin)
        return _MEDIANS_LOW.search(low) if sent.isascii() else _MEDIANS.search(sent)
    if sent.isascii() and not low.lstrip().startswith(_MEDIANS_OPENINGS):
        return None
    return _MEDIANS.match(sent)


# A sentence about responses still ongoing names no endpoint of the vocabulary.
_ONGOING = compile_guarded(
    r"\bof\s+(?:the\s+)?(?:responses|responders)(?:\s+(?:to|with|on)\s+[^,;%()]{1,60}?)?\s+"
    r"(?:were|was|remained)\s+(?:still\s+)?"
    r"(?:ongoing|in\s+response|maintained|continuing|durable|responding)|"
    r"\brespon\w*\s+(?:(?:were|was)\s+)?(?:still\s+)?ongoing\s+at\s+\d|"
    r"\brespon\w*\s+(?:were|was)\s+(?:still\s+)?(?:maintained|ongoing|sustained)\s+in\s+\d",
    re.I,
)
# (Each alternative opens with a literal, so ``re`` skips to those characters.)
_HAS_FIGURE = re.compile(
    r"\d|N[RE]\b(?<=\bN[RE])|not\s+(?:yet\s+)?(?:been\s+)?reached|not\s+estimable"
    r"|[Nn]either\s+(?:the\s+)?median|[Nn]one\s+of\s+the\s+median"
)
# The alternatives of _HAS_FIGURE but the digit, each opening with a letter of its own: "N" or
# "n" ("[Nn]either" split in two), which ``re`` scans for.
_FIGURE_WORDS = re.compile(
    r"N(?:[RE]\b(?<=\bN[RE])|either\s+(?:the\s+)?median|one\s+of\s+the\s+median)"
    r"|n(?:ot\s+(?:yet\s+)?(?:been\s+)?reached|ot\s+estimable|either\s+(?:the\s+)?median"
    r"|one\s+of\s+the\s+median)"
)


def _has_figure(sent: str) -> bool:
    """``bool(_HAS_FIGURE.search(sent))``: an ASCII digit is looked for first (most sentences
    hold one), then in ASCII text the words alone. (``re`` scans for no first character of
    _HAS_FIGURE, whose first alternative is a class of digits: it tries every alternative at
    every position up to the first digit, and through the whole of a sentence without one.)"""
    for digit in "0123456789":
        if digit in sent:
            return True
    if sent.isascii():  # (no digit but the ASCII ones)
        # (every match holds "not", "either", "NR", "NE" or "one of", in this case: most sentences
        # without a digit hold none, and the scan tries the pattern at every "n" and "N")
        if not (
            "not" in sent or "either" in sent or "NR" in sent or "NE" in sent or "one of" in sent
        ):
            return False
        return _FIGURE_WORDS.search(sent) is not None
    return _HAS_FIGURE.search(sent) is not None


_RESULTS_LABELS = frozenset({"results", "findings"})


_WHOLE_SCOPE = re.compile(
    r"\W*(?:in|among|across)\s+(?:the\s+)?(?:overall|whole|entire|total|intention-to-treat|ITT|all)\b",
    re.I,
)


# A sentence that opens with a subgroup ("In the hormone receptor-positive cohort, ..."): its
# figures belong to that subgroup even where the linker gave them no group.
_SUBGROUP_OPENING = re.compile(
    r"\W*(?:in|among)\s+(?:the\s+)?(?!(?:overall|whole|entire|total|intention|ITT|all)\b)"
    r"[^,;()]{1,60}?\b(?:cohort|population|subgroup|subset)\s*,",
    re.I,
)


def dedupe(findings: list[Finding], closing_from: int, text: str) -> list[Finding]:
    """Drop a figure stated again (e.g. in the conclusions); distinct groups are kept apart.

    A subgroup's figure equal to the whole cohort's stated earlier is kept ("79% had a
    response. Response rates were 79% in fludarabine-refractory disease, ..."); the whole
    cohort's figure after the same subgroup's, or the same group's again, is a repeat. In the
    closing words (from ``closing_from``, a character offset) a subgroup's figure stated again
    is a repeat whatever group it is given ("... can achieve a median OS of 34.3 months in
    Taiwanese patients with mCRC" after the subgroup's 34.3 months in the results).
    """
    seen: dict[tuple, Finding] = {}
    out: list[Finding] = []
    listed = _listed_values(findings, text)
    for f in findings:
        key = (f.endpoint, f.of, f.kind, f.value, f.months, f.not_reached)
        prev = seen.get(key)
        # The same figure in another sentence (the conclusions) is a repeat; in the same
        # sentence it belongs to another population ("10.4 vs 8.2 months in CPS>=1; in the
        # ITT population the values were 10.4 and 8.2 months").
        if (
            prev is not None
            and prev.sentence != f.sentence
            and (
                f.group is None
                or prev.group == f.group
                or (prev.group is not None and f.start >= closing_from)
            )
            # "In the PD-L1-positive population, median PFS was 13.8 months ... In the overall
            # population, median PFS was 13.8 months": the whole cohort after a subgroup.
            and not (
                (prev.group is not None or _SUBGROUP_OPENING.match(prev.sentence))
                and _WHOLE_SCOPE.match(f.sentence)
            )
            and not (f.start < closing_from and f.start in listed)
        ):
            if (f.ci_low, f.ci_high) in ((prev.ci_low, prev.ci_high), (None, None)):
                continue
            if f.kind == "hr" and (prev.ci_low, prev.ci_high) == (None, None):
                # "HR 0.70" in the key points, "0.70 (95% CI, 0.56-0.88)" in the results: one
                # figure, kept where it has its interval. (Medians of two subgroups coincide
                # too often to be merged this way.)
                out[out.index(prev)] = f
                seen[key] = f
                continue
        seen[key] = f
        out.append(f)
    return out


def _listed_values(findings: list[Finding], text: str) -> set[int]:
    """Where the figures stand that are items of a list of three or more figures of one
    endpoint, kind and timepoint, joined only by commas and "and" ("With AFP below 1000, 1000
    to 2000, ... IU/ml, 5-year OS was 89%, 87%, 86% and 82%"), or of three or more such figures
    in a sentence of "corresponding" ones: each is a subgroup's figure, not the whole cohort's
    given again, whatever group was read for it. (Pairs compared with "vs" are not lists: a
    sentence that sums up repeats them.)"""
    rows: dict[tuple, list[Finding]] = {}
    for f in findings:
        rows.setdefault((f.sentence, f.endpoint, f.kind, f.months), []).append(f)
    listed: set[int] = set()
    for row in rows.values():
        if len(row) < 3:
            continue
        if "orresponding" in row[0].sentence:
            # ("The corresponding 1-year and 2-year survival rates were 71.6% and 48.3%, 58.2%
            # and 37.0%, and 52.0% and 29.5%": the groups of the sentence before, in turn)
            listed.update(f.start for f in row)
            continue
        row.sort(key=lambda f: f.start)
        run = [row[0]]
        for f in row[1:]:
            if _LIST_GAP.fullmatch(text, run[-1].end, f.start):
                run.append(f)
                continue
            if len(run) >= 3:
                listed.update(x.start for x in run)
            run = [f]
        if len(run) >= 3:
            listed.update(x.start for x in run)
    return listed


# Between two items of a list of figures: the unit or "%", then a comma or "and".
_LIST_GAP = re.compile(r"\s*(?:%|months?|mo|years?|weeks?|days?)?\s*(?:,\s*(?:and\s+)?|and\s+)")


# ---------------------------------------------------------------------------------------------
# One sentence


_OPEN_GAP = re.compile(r"\s*[\(\[]\s*")
_CLOSE_AFTER = re.compile(r"\s*[\)\];,]")
_CLOSE_BRACKET = re.compile(r"\s*[\)\]]")


def _collapse(mentions: list[Mention], sent: str) -> list[Mention]:
    """Merge "long form (ABBR)" into one mention; keep order. (A sentence without a bracket
    gives ``mentions`` itself: every merge needs one in the gap, and most sentences hold none.)"""
    if "(" not in sent and "[" not in sent:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if out:
            prev = out[-1]
            gap = sent[prev.end : m.start]
            # Only an abbreviation collapses: "(HR, 0.56" after an endpoint is a hazard ratio.
            if (
                (m.endpoint == "HR") == (prev.endpoint == "HR")  # "hazard ratio [HR]" is one
                and ("(" in gap or "[" in gap)  # (cheap: _OPEN_GAP needs one)
                and _OPEN_GAP.fullmatch(gap)
                and _CLOSE_AFTER.match(sent, m.end)
                and (" " not in sent[m.start : m.end] or m.endpoint == "NONE")
            ):
                # "intracranial PFS (PFS)", "duration of response (iDoR)": keep the more
                # specific of long form and abbreviation.
                endpoint = prev.endpoint
                if prev.endpoint == "NONE" or _specificity(m.endpoint) > _specificity(endpoint):
                    endpoint = m.endpoint
                close = _CLOSE_BRACKET.match(sent, m.end)
                out[-1] = Mention(prev.start, close.end() if close else m.end, endpoint)
                continue
        out.append(m)
    return out


_INHERITS_I = {"DCR": "iDCR", "CBR": "iCBR", "DoR": "iDoR"}
_QUALIFIER_BEFORE = compile_guarded(
    r"(?:\bec|extracranial|extra-cranial|systemic|overall)[\s-]*$", re.I
)
_OWN_QUALIFIER = re.compile(r"(?:ec\b|ec-|extra|non-|systemic|overall|global|whole|body)", re.I)


_OVERALL_AND = compile_guarded(r"\boverall\s+and\s+(?=progression|PFS|event)", re.I)


def _elided_os(mentions: list[Mention], sent: str) -> list[Mention]:
    """ "The 1-year overall and progression-free survival rates": "overall" is OS."""
    hit = _OVERALL_AND.search(sent) if "verall and" in sent else None
    if hit is None or any(m.start <= hit.start() < m.end for m in mentions):
        return mentions
    end = hit.start() + len("overall")
    return sorted([*mentions, Mention(hit.start(), end, "OS")], key=lambda m: m.start)


_BEFORE_ABBREVIATION = re.compile(r"[^\d,;()%]{0,40}\(\s*")


def _blocked_by_abbreviation(mentions: list[Mention], sent: str) -> list[Mention]:
    """An endpoint that the abstract abbreviates as a blocking term is that term: "the median
    PFS on the subsequent line (PFS2) was not reached" is no PFS."""
    if "(" not in sent:
        return mentions
    out = list(mentions)
    for i, (m, x) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if (
            m.endpoint not in ("NONE", "HR")
            and x.endpoint == "NONE"
            and _BEFORE_ABBREVIATION.fullmatch(sent, m.end, x.start)
            and sent[x.end : x.end + 2].lstrip().startswith(")")
        ):
            out[i] = Mention(m.start, m.end, "NONE")
    return out


def _cause_specific(mentions: list[Mention], sent: str) -> list[Mention]:
    """ "5-year melanoma-specific CS stayed at 97%": the abstract's abbreviation of overall
    (conditional) survival, made specific to one cause of death, is no overall survival."""
    if "-specific" not in sent:
        return mentions
    return [
        Mention(m.start, m.end, "NONE")
        if m.endpoint == "OS" and _SPECIFIC_BEFORE.search(sent, max(0, m.start - 12), m.start)
        else m
        for m in mentions
    ]


_SPECIFIC_BEFORE = re.compile(r"\w-specific\s+$")


def _drop_response_labels(mentions: list[Mention], sent: str) -> list[Mention]:
    """A best response that names a subgroup is no outcome of its own: in "OS HRs were 0.72
    (0.48-1.08) in the CR subgroup, 0.70 (0.54-0.91) in the PR subgroup" the figures after
    "CR" are the next subgroup's, not figures the complete responses block."""
    if "group" not in sent and "cohort" not in sent and "subset" not in sent:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.endpoint == "NONE"
            and _LABEL_AFTER.match(sent, m.end)
            and _IN_THE_BEFORE.search(sent, max(0, m.start - 12), m.start)
        )
    ]


# "in the CR subgroup", "among the PR group", "for the SD cohort"
_IN_THE_BEFORE = re.compile(r"\b(?:in|among|for)\s+(?:the\s+)?$")
_LABEL_AFTER = re.compile(r"\s+(?:(?:sub)?(?:groups?|cohorts?)|subsets?)\b")


def _drop_conditions(mentions: list[Mention], sent: str) -> list[Mention]:
    """Endpoints that only set a condition are no subject: in "Post-progression survival was
    shorter when first-line PFS was under 12 months (median 22.6 vs 31.3 months)" the medians
    are not PFS's. (The condition's own number is a threshold, dropped as such.)"""
    return [
        m
        for m in mentions
        if not (
            _CONDITION_BEFORE.search(sent, max(0, m.start - 30), m.start)
            and _THRESHOLD_AFTER.match(sent, m.end)
        )
    ]


# "when first-line ", "in patients whose ", "if the ": the words before an endpoint in a
# condition; "was under 12", "of less than 6", "was >= 3": its threshold after it.
_CONDITION_BEFORE = re.compile(r"\b(?:when|whose|if)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_THRESHOLD_AFTER = re.compile(
    r"\s+(?:was|were|is|of)\s+(?:under|over|below|above|(?:less|more|longer|shorter)\s+than|"
    r"at\s+least|at\s+most|[<>\u2264\u2265]=?)\s*\d"
)


def _drop_glosses(mentions: list[Mention], sent: str) -> list[Mention]:
    """Blocking terms inside the definition that follows an endpoint are part of it: "tumor
    control (complete or partial response or stable disease) was achieved in 81.4%", "the
    objective response rate, made up entirely of partial responses, was 12.2%"."""
    if "(" not in sent and ", " not in sent:
        return mentions
    glosses = []
    definitions = []
    outside = []  # the glosses of outcomes outside the vocabulary
    defines = "defined" in sent or "counting" in sent or "including" in sent
    for m in mentions:
        if m.endpoint == "HR":
            continue
        opened = _GLOSS_OPEN.match(sent, m.end)
        close = sent.find(")", m.end, m.end + 100) if opened else -1
        if m.endpoint == "NONE":
            # "the major response rate (partial response or better) was 73.0%": the endpoint
            # in the bracket defines the outcome before it, and is not named for itself
            # (not a bracket with figures: "six partial responses (objective response rate
            # [ORR], 42.9%; ...)" gives the rate of the endpoint it names)
            if (
                close > 0
                and not any(c.isdigit() for c in sent[opened.end() : close])
                and _names_outcome(sent, m)
            ):
                outside.append((opened.end(), close))
            continue
        if close > 0 and "%" not in sent[opened.end() : close]:
            # (not a bracket with shares of its own: "75% responded (complete responses in
            # 21%)" gives the complete responses' share, which is no response rate)
            glosses.append((opened.end(), close))
        # "An objective response at both sites, in every case a partial response, was seen"
        aside = _ASIDE.search(sent, m.end, m.end + 160)
        if aside and not _has_any(sent[m.end : aside.start()], ",;"):
            glosses.append((m.end, aside.end()))
        # "the clinical benefit rate, defined as freedom from progression at 6 months, was
        # 29%" (or "counting stable disease of at least 24 weeks"): every endpoint named in a
        # definition is part of it, not one of its own
        if defines:
            defined = _DEFINED_AS.match(sent, m.end)
            if defined:
                definitions.append((m.end, defined.end()))
    if not glosses and not definitions and not outside:
        return mentions
    return [
        m
        for m in mentions
        if not any(a <= m.start < b for a, b in definitions)
        and (m.endpoint != "NONE" or not any(a <= m.start < b for a, b in glosses))
        and (m.endpoint in ("NONE", "HR") or not any(a <= m.start < b for a, b in outside))
    ]


_GLOSS_OPEN = re.compile(r"\s*\((?=[a-z])")
# A definition between commas right after an endpoint, then its verb.
# ("the clinical benefit rate, counting stable disease of at least 24 weeks, was 20%")
_DEFINED_AS = re.compile(
    r",\s+(?:defined\s+as|counting|including)\s+[^,;()%]{3,120}?,\s*(?=(?:was|were|is|are)\b)"
)
# An aside between commas, then the verb of the endpoint before it.
_ASIDE = re.compile(r",\s+(?=[a-z])[^,;()%\d]{3,60},\s*(?=(?:was|were|is|are)\b)")


# "complete or partial response": the response rate's name only when it stands alone
_CR_OR_PR = re.compile(r"(?:complete|partial) or (?:complete|partial) responses?", re.I)
# ... "or stable disease": the definition of disease control or clinical benefit
_CR_OR_PR_THEN_SD = re.compile(r"\s*,?\s*(?:or|plus|and|\+)\s+(?:stable\b|SD\b)", re.I)
# "a best overall intracranial response of partial or complete response": a category named
_CR_OR_PR_AS_CATEGORY = re.compile(r"\b(?:response|remission)\s+(?:of|:)\s*(?:an?\s+)?$", re.I)
# A response seen on imaging, which a kind of response before it may name ("complete
# radiological responses were seen on average in 10%"), as it may name a bare "response".
_IMAGED_RESPONSE = re.compile(r"(?:radiolog(?:ic|ical)|radiographic|tumou?r)\s+respons", re.I)
# "complete responses were more common", "PSA responses were more frequent": the bare
# "responses were more ..." phrase then tells of another response
_RESPONSE_KIND_BEFORE = re.compile(
    r"\b(?:complete|near-complete|partial|PSA|PSA50|biochemical|metabolic|molecular|"
    r"pathologic(?:al)?|cytogenetic|ha?ematologic(?:al)?|serologic(?:al)?|marker|CA-?125|"
    r"major|minor|MRD)\s+$",
    re.I,
)


def _other_response_mentions(mentions: list[Mention], sent: str) -> list[Mention]:
    """A "complete or partial response" mention that defines another outcome is none of its own,
    and a bare "responses were more common" after a kind of response tells of that one.

    "A complete or partial response occurred in 76%" names the response rate, but "the disease
    control rate (complete or partial response or stable disease) was 62%" and "the overall
    response rate (complete or partial response) was 54%" only spell out the endpoint before,
    and "an intracranial response of partial or complete response" names a category.
    """
    out = []
    for i, m in enumerate(mentions):
        if (
            m.endpoint == "ORR"
            and (
                sent[m.start : m.start + 8].lower() == "response"
                # ("complete radiological responses were seen on average in 10%")
                or _IMAGED_RESPONSE.match(sent, m.start, m.end)
            )
            and _RESPONSE_KIND_BEFORE.search(sent, max(0, m.start - 20), m.start)
        ):
            m = Mention(m.start, m.end, "NONE")
        elif m.endpoint == "ORR" and _CR_OR_PR.fullmatch(sent, m.start, m.end):
            before = mentions[i - 1] if i else None
            if (
                before is not None
                and before.endpoint not in ("NONE", "HR")
                and _GLOSS_OPEN.match(sent, before.end)
                and ")" not in sent[before.end : m.start]
                and not any(c.isdigit() for c in sent[before.end : m.start])
            ):
                continue  # in the bracket after the endpoint it spells out
            if _CR_OR_PR_THEN_SD.match(sent, m.end) or _CR_OR_PR_AS_CATEGORY.search(
                sent, max(0, m.start - 30), m.start
            ):
                # (it still blocks, as "complete response" alone does)
                m = Mention(m.start, m.end, "NONE")
        out.append(m)
    return out


def _inherit_qualifier(mentions: list[Mention], sent: str) -> list[Mention]:
    """ "intracranial ORR 53%; DCR 57%": a plain DCR, CBR or DoR after an intracranial
    response endpoint in the same sentence is intracranial too, and so is "responded".
    A sentence that opens with its scope ("Intracranially, ORR, DCR and CBR were ...") makes
    every plain endpoint in it intracranial, PFS and ORR included."""
    out: list[Mention] = []
    scoped = _intracranial_scope(sent)
    intracranial = scoped
    inherits = _SCOPE_INHERITS_I if scoped else _INHERITS_I
    for m in mentions:
        if m.endpoint in ("iORR", "iDCR", "iCBR", "iDoR"):
            intracranial = True
        elif intracranial and m.endpoint == "ORR" and _RESPONDED.match(sent, m.start):
            m = Mention(m.start, m.end, "iORR")  # "IC RR was 21%, and 21% of ... responded"
        elif (
            intracranial
            and m.endpoint in inherits
            and not _OWN_QUALIFIER.match(sent, m.start)
            and not _QUALIFIER_BEFORE.search(sent, max(0, m.start - 16), m.start)
        ):
            m = Mention(m.start, m.end, inherits[m.endpoint])
        out.append(m)
    return out


_INTRACRANIAL_SCOPE = re.compile(
    r"\W*(?:[A-Z][A-Za-z ]{2,30}:\s*)?(?:intracranially|in\s+the\s+(?:brain|CNS)|within\s+the\s+"
    r"(?:brain|CNS)|for\s+(?:intracranial|CNS|brain)\s+(?:lesions|disease|metastases))\s*,",
    re.I,
)


def _intracranial_scope(sent: str) -> bool:
    """``bool(_INTRACRANIAL_SCOPE.match(sent))``, not tried on an ASCII sentence without the
    words every match holds in lower case ("intracranial", "brain", "cns"; there ignoring case
    is the lower case): most sentences name no site."""
    if sent.isascii():
        low = sent.lower()
        if not ("intracranial" in low or "brain" in low or "cns" in low):
            return False
    return _INTRACRANIAL_SCOPE.match(sent) is not None


_SCOPE_INHERITS_I = {**_INHERITS_I, "ORR": "iORR", "gPFS": "iPFS"}
_LM_DEFINED = re.compile(
    r"leptomeningeal\s+(?:metastas[ie]s|disease|carcinomatosis)\s*\(\s*LMD?\s*\)", re.I
)
_LM_BEFORE = compile_guarded(r"\bLMD?[\s-]+$")


# Sites of one endpoint named together: "intracranial and extracranial response rates were 47%
# and 38%". The base endpoint of each site-specific one, and the site-specific one of each base.
_BASE = {
    "iORR": "ORR", "ecORR": "ORR", "iPFS": "gPFS", "ecPFS": "gPFS", "iDCR": "DCR",
    "iCBR": "CBR", "iDoR": "DoR", "ORR": "ORR", "gPFS": "gPFS", "DCR": "DCR", "CBR": "CBR",
    "DoR": "DoR",
}  # fmt: skip
_AT_SITE = {
    "intracranial": {"ORR": "iORR", "gPFS": "iPFS", "DCR": "iDCR", "CBR": "iCBR", "DoR": "iDoR"},
    # (The vocabulary has no extracranial DCR, CBR or DoR: those stay plain.)
    "extracranial": {"ORR": "ecORR", "gPFS": "ecPFS", "DCR": "DCR", "CBR": "CBR", "DoR": "DoR"},
}
_SITE_WORD = (
    r"(?:(?P<i>intra-?cranial|intra-?cerebral|IC|CNS|brain)|"
    r"(?P<ec>extra-?cranial|extra-?cerebral|EC|non-CNS|systemic|body))"
)
_SITE_PAIR_BEFORE = compile_guarded(
    _SITE_WORD + r"\s*(?:and|or|/|vs\.?|versus)\s*(?P<whole>(?:global|overall|whole[- ]body)\s+)?$",
    re.I,
)
_CORRESPONDING = compile_guarded(r"\b(?:corresponding|respective)\s+$", re.I)


# (looked for with ``holds_any``: a plain loop, no generator frame per word)
_SITE_PAIR_WORDS = ("cranial", "CNS", "IC", "EC", "rain", "erebral")
_CLAUSE_SITE_WORDS = ("brain", "CNS", "cranial", "nervous", "erebral")
_SITE_OF_VALUE_WORDS = ("cranial", "brain", "CNS", "IC", "EC", "erebral")


def _site_pairs(
    mentions: list[Mention], sent: str
) -> tuple[list[Mention], dict[int, tuple[str, str]]]:
    """ "intracranial and extracranial objective response rates were 45.1% and 56.7%": the
    first site is an endpoint of its own (iORR), listed before the one the phrase names (ecORR).
    Returns the mentions and, for a later "the corresponding clinical benefit rates were 62.7%
    and 70.0%", the endpoints its two figures take (start of the mention -> (iCBR, CBR))."""
    corresponding: dict[int, tuple[str, str]] = {}
    if not holds_any(sent, _SITE_PAIR_WORDS):
        return mentions, corresponding
    out: list[Mention] = []
    sites: tuple[str, str | None] | None = None  # the sites of the last pair (None: the whole)
    for m in mentions:
        base = _BASE.get(m.endpoint)
        pair = base and _SITE_PAIR_BEFORE.search(sent, max(0, m.start - 40), m.start)
        first = pair and ("intracranial" if pair.group("i") else "extracranial")
        if (
            pair
            and m.endpoint != _AT_SITE[first][base]
            and not any(x.start <= pair.start() < x.end for x in out)
        ):
            # The phrase names the other site's endpoint ("extracranial response rates") or
            # the whole ("extracerebral and global response rates"): the first site is added.
            word = "i" if pair.group("i") else "ec"
            out.append(Mention(pair.start(word), pair.end(word), _AT_SITE[first][base]))
            sites = (first, _site(m.endpoint))
            if pair.group("whole"):
                m = Mention(pair.start("whole"), m.end, m.endpoint)
        elif (
            sites
            and base == m.endpoint
            and _CORRESPONDING.search(sent, max(0, m.start - 16), m.start)
        ):
            corresponding[m.start] = (_at_site(sites[0], base), _at_site(sites[1], base))
        out.append(m)
    return out, corresponding


def _at_site(site: str | None, base: str) -> str:
    """``base`` (ORR, gPFS, ...) at ``site``, or ``base`` itself for the whole (None)."""
    return _AT_SITE[site][base] if site else base


def _site(endpoint: str) -> str | None:
    """The site an endpoint is specific to ("intracranial", "extracranial"), or None."""
    if endpoint.startswith("ec"):
        return "extracranial"
    return "intracranial" if endpoint[0] == "i" else None


# A scope that opens a clause: "When the brain alone was evaluated, disease control was ...;
# outside the brain, disease control was ...", "Among patients assessable for central nervous
# system response on imaging, the response rate was 86%".
_CLAUSE_SITE = re.compile(
    r"(?:^|[;,:]\s*|\b(?:and|but|while|whereas)\s+)\W*(?:"
    r"(?P<i>intra-?cranially|in\s+the\s+(?:brain|CNS)|within\s+the\s+(?:brain|CNS)|"
    r"when\s+(?:the\s+)?(?:brain|intracranial\s+(?:lesions|disease))\s+(?:alone\s+)?"
    r"(?:was|were)\s+(?:evaluated|assessed|considered)|"
    r"(?:among|in)\s+(?:the\s+)?(?:\d+\s+)?(?:patients|pts)\s+(?:who\s+were\s+)?"
    r"(?:assessable|evaluable)\s+for\s+(?:intracranial|CNS|central\s+nervous\s+system|brain)\s+"
    r"response[^,;]{0,40}|"
    r"for\s+(?:intracranial|CNS|brain)\s+(?:lesions|disease|metastases))"
    r"|(?P<ec>extra-?cranially|outside\s+the\s+(?:brain|CNS)|"
    r"for\s+extra-?cranial\s+(?:lesions|disease|metastases)))\s*,",
    re.I,
)


# "Median progression-free survival of the brain metastases was 13.6 months", "Complete or
# partial responses of the brain lesions were recorded in 22 of 32 patients, an objective
# response rate of 68.8%": the site of the endpoint before it and of those after it.
_OF_SITE = compile_guarded(
    r"\s*\b(?:of|in|within)\s+the\s+(?:(?P<i>brain|intra-?cranial|cerebral|CNS)|"
    r"(?P<ec>extra-?cranial|extra-?cerebral))\s+(?:lesions|metastases|disease|tumou?rs)\b",
    re.I,
)


# A site as the subject: "Tumours outside the brain responded objectively in 15 patients",
# "The brain metastases responded completely in 5 patients ...", "Extracranial disease
# stabilised in 7 patients (13%) and responded in 6 (11%)".
_SUBJECT_SITE = compile_guarded(
    r"\b(?:(?:tumou?rs|lesions|metastases|disease)\s+(?:(?P<ec>outside|beyond)|(?P<i>in|within))"
    r"\s+the\s+(?:brain|CNS)\b|"
    r"(?:(?P<i2>brain|intra-?cranial|cerebral|CNS)|(?P<ec2>extra-?cranial|extra-?cerebral))\s+"
    r"(?:metastases|lesions|disease)\s+(?=(?:had\s+|have\s+)?(?:responded|stabili[sz]ed|"
    r"regressed|shrank)\b))",
    re.I,
)


def _clause_sites(mentions: list[Mention], sent: str) -> list[Mention]:
    """Plain endpoints after a clause's site scope take that site (see ``_CLAUSE_SITE`` and
    ``_OF_SITE``); an "overall" endpoint after the site of an endpoint before it does not ("The
    objective RR of the brain metastases was 41.9% and the overall RR 34.9%")."""
    if not holds_any(sent, _CLAUSE_SITE_WORDS):
        return mentions
    scopes = [
        (
            m.end(),
            # (only _SUBJECT_SITE has "i2")
            "intracranial" if m.group("i") or m.groupdict().get("i2") else "extracranial",
            m.re is _OF_SITE,
        )
        for m in (
            *_CLAUSE_SITE.finditer(sent),
            *_OF_SITE.finditer(sent),
            *_SUBJECT_SITE.finditer(sent),
        )
    ]
    if not scopes:
        return mentions
    scopes.sort()
    out = []
    for m in mentions:
        of_site = _OF_SITE.match(sent, m.end)
        if of_site:
            site = "intracranial" if of_site.group("i") else "extracranial"
        else:
            scope = next((s for s in reversed(scopes) if s[0] <= m.start), None)
            overall = sent.startswith(("overall", "Overall"), m.start) or sent.endswith(
                ("overall ", "Overall "), 0, m.start
            )
            site = scope[1] if scope and not (scope[2] and overall) else None
        if site and _BASE.get(m.endpoint) == m.endpoint:
            m = Mention(m.start, m.end, _AT_SITE[site][m.endpoint])
        out.append(m)
    return out


# A figure followed by its site: "62.7%: 61.2% in intracranial lesions and 64.2% in
# extracranial lesions", "65%, compared with 70% extracranially".
_SITE_AFTER = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{0,40}[\)\]]\s*)?(?:(?:in|for|at|of)\s+(?:the\s+)?"
    r"(?:(?P<i>intra-?cranial|CNS|brain)|(?P<ec>extra-?cranial|non-CNS|extra-CNS|systemic|body))"
    r"\s+(?:lesions?|disease|sites?|metastases|tumou?rs?|targets?)\b"
    r"|(?P<i2>intra-?cranially\b|when\s+(?:only\s+)?(?:intracranial|CNS|brain)\s+progression\s+"
    r"(?:was|is)\s+(?:counted|considered)\b)"
    r"|(?P<ec2>extra-?cranially\b|outside\s+the\s+(?:brain|CNS)\b))",
    re.I,
)


# ... or before it: "Response rates were similar at IC (78%) and EC (90%) sites".
_SITE_BEFORE = compile_guarded(
    r"\b(?:(?P<i>IC|intra-?cranial|CNS|brain)|(?P<ec>EC|extra-?cranial|extra-?cerebral))\s*"
    r"[\(\[]\s*$",
    re.I,
)


def _site_of_value(sent: str, m: Mention, v: Value) -> Mention:
    """``m``, or its endpoint at the site named right after (or before) the figure ``v``."""
    base = _BASE.get(m.endpoint)
    if not base:
        return m
    after = _SITE_AFTER.match(sent, v.span_end) or _SITE_BEFORE.search(
        sent, max(0, v.start - 16), v.start
    )
    if not after:
        return m
    site = "intracranial" if after.group("i") or after.groupdict().get("i2") else "extracranial"
    return Mention(m.start, m.end, _AT_SITE[site][base])


def _split_corresponding(
    links: list[tuple[Mention, Value, float | None]], corresponding: dict[int, tuple[str, str]]
) -> list[tuple[Mention, Value, float | None]]:
    """The two figures of "the corresponding clinical benefit rates were 62.7% and 70.0%"
    take the endpoints of the two sites named before (see :func:`_site_pairs`)."""
    out = []
    for m, v, months in links:
        pair = corresponding.get(m.start)
        own = [x for x in links if x[0].start == m.start]
        if pair and len(own) == 2:
            m = Mention(m.start, m.end, pair[0] if own[0][1] is v else pair[1])
        out.append((m, v, months))
    return out


def _specificity(endpoint: str) -> int:
    if endpoint == "NONE":
        return 0
    return 2 if endpoint[0] in "ie" and endpoint not in ("NONE",) else 1


def _can_carry(endpoint: str, v: Value, has_timepoint: bool) -> bool:
    if endpoint in RESPONSE:
        return v.kind in ("pct", "frac")
    if endpoint in TIMED:
        if v.kind in ("time", "nr"):
            return True
        return v.kind in ("pct", "frac") and has_timepoint
    return False


# "60 days before", "30 days prior to": a window counted back from an event
_BEFORE_AN_EVENT = re.compile(r"\s+(?:before|prior\s+to)\b")


def _drop(
    sent: str,
    v: Value,
    tps: list[Timepoint],
    may_exclude: bool = True,
    may_follow_up: bool = True,
) -> bool:
    """Numbers that are not results: timepoints, p-values, follow-up, ages. ``may_exclude``
    False says the sentence holds neither "exclud" nor "ruled" in any case, so that no rate
    "could not be excluded" (see :func:`_may_exclude`); ``may_follow_up`` False, that it
    holds no "follow" in any case, so that it opens with no median follow-up (see
    :func:`_may_follow_up`)."""
    if v.kind in ("time", "frac"):
        for t in tps:  # (a loop, not ``any`` over a generator: no frame made for each value)
            if t.start <= v.start < t.end:
                return True  # ("at 6/48 months" is no fraction either)
    before = sent[max(0, v.start - 50) : v.start]
    window = sent[max(0, v.start - 12) : v.start]
    # (_P_VALUE needs one of "=<>": most windows hold none)
    if ("=" in window or "<" in window or ">" in window) and _P_VALUE.search(window):
        return True
    if (
        v.kind == "time"
        and may_follow_up
        and _FOLLOW_UP_FOR.match(sent)
        and FOR_ENDPOINT.match(sent, v.span_end)
    ):
        return True  # "Median follow-up was 3.5 years for rPFS and 4.4 years for OS"
    if v.kind == "time" and (
        _NEXT_LINE_AFTER.match(sent, v.span_end)
        # "using 12, 24 and 36 months without progression as reference time points"
        or ("progression" in sent and _WITHOUT_PROGRESSION_AFTER.match(sent, v.end))
    ):
        return True  # "a median PFS of 6.2 months on that next line": the next line's
    if (
        v.kind == "time"
        and "survived" in before
        and _SHARE_SURVIVED_BEFORE.search(sent, max(0, v.start - 110), v.start)
    ):
        return True  # "About a quarter of operated patients survived 18 months": a share's time
    if v.kind == "time" and "reaching" in before and _PROBABILITY_OF_REACHING.search(before):
        return True  # "conditional probabilities of reaching 5 years": a timepoint
    if v.kind == "time" and "surviv" in before and _HAD_SURVIVED.search(before):
        # "patients who had already survived 1, 2, 3 and 4 years", "after surviving 1 to 5
        # years": the time a conditional survival is counted from
        return True
    if v.kind == "time" and "lasted" in before and _TREATMENT_LASTED.search(before):
        return True  # "the longest treatment still under way had lasted 5.4 years"
    if v.kind == "time" and (
        _BEFORE_AN_EVENT.match(sent, v.span_end)
        or sent[v.start - 1 : v.start] in ("-", "\u2212")
        or v.value == 0
    ):
        # "antibiotics from 60 days before to the first ICI dose ([-60 days; 0 days])": an
        # exposure window counted back from the start of treatment, no median (nor is a time
        # of nought)
        return True
    if v.kind == "time" and ";" in before and _CONVERTED_IN_BRACKET.search(before):
        return True  # "39 weeks (95% CI, 26 to 45 weeks; 9.0 months)": the median again
    if v.kind == "pct" and "change" in before and _BEST_CHANGE_BEFORE.search(before):
        return True  # "with a median best change of 35%": tumour shrinkage, no rate
    if v.kind == "time" and " p" in before and _PERCENTILE_BEFORE.search(before):
        return True  # "the p10 survival time lengthened from 17.2 to 21.0 months": no median
    if v.kind == "pct" and "ifferen" in before and _DIFFERENCE_IN_BEFORE.search(before):
        return True  # "(difference in ORR 20.2%; 95% CI, 10.5%-29.6%)": between the arms
    if (
        v.kind == "pct"
        and ("PP" in sent or "robabilit" in sent)
        and _POSTERIOR_BEFORE.search(sent, 0, v.start)
    ):
        return True  # "The Bayesian PP that the ORR exceeded the 20% target was 92.3%"
    if v.kind == "time" and "the" in window and _PERIOD_BEFORE.search(window):
        return True  # "Over the 20 years, 5-year OS rose": a span of calendar time
    if (
        v.kind == "pct"
        and "responses" in sent
        and _SHARE_OF_RESPONSES_AFTER.match(sent, v.span_end)
    ):
        return True  # "symptom improvement accompanied 69.2% and 85.7% of the tumor responses"
    if v.kind == "time" and may_follow_up and _OF_FOLLOW_UP_AFTER.match(sent, v.span_end):
        return True  # "with 5 years of follow-up": how long patients were followed
    if v.kind == "time" and v.value == 0 and window.endswith("at "):
        return True  # "from 11% at 0 months to 33% at 18 months": a landmark, no median
    if v.kind == "time" and v.unit == "years" and v.value >= 10 and _DECADES_BEFORE.search(window):
        return True  # "has improved only slightly in 30 years": calendar time, no median
    if v.kind == "time" and ("alive" in before or "free" in before) and _ALIVE_FOR.search(before):
        # "the probability of being alive 3, 6 and 12 months into treatment", "were
        # progression-free 3 months ... after chemotherapy began"
        return True
    # (In an ASCII window ignoring case is the lower case: the words the `$`-anchored
    # searches below need are looked for first; any other window is searched.)
    ascii_low = before.lower() if before.isascii() else None
    if v.kind == "pct" and (
        _benchmark(before, ascii_low) or _REQUIRED_AFTER.match(sent, v.span_end)
    ):
        return True  # "compared with a historical control rate of 10%", "the 11% required"
    if v.kind == "time" and (
        _REQUIRED_AFTER.match(sent, v.span_end)
        # "brigatinib was taken for a median of 5.7 months": how long treatment lasted
        or (" for a median" in before and _TREATED_FOR.search(before) is not None)
        or (
            "istorical" in sent
            and _HISTORICAL_BRACKET.search(sent, max(0, v.start - 100), v.start) is not None
        )
    ):
        # "a median of 19.0 months was prespecified as clinically meaningful", "compared with
        # a historical control of cisplatin and pemetrexed (median 12.0 months)"
        return True
    if v.kind == "pct" and _not_a_rate(sent, v, before, ascii_low):
        return True
    if v.kind == "pct" and "(" in before[-4:] and _group_share(sent, v, before):
        return True
    if v.kind == "pct" and _NO_RATE_AFTER.match(sent, v.span_end):
        return True  # "a 40.3% lower risk of death", "at 75% data maturity", "the 50% expected"
    if v.kind == "frac" and _EVENTS_AFTER.match(sent, v.span_end):
        return True  # "(228 of 302 planned events)"
    if may_exclude and _EXCLUDED_RATE.match(sent, v.span_end):
        return True  # "so a 15% rate could not be excluded"
    if (
        v.kind in ("pct", "time")
        and _approximate(before, ascii_low)
        # (not a figure measured to the hundredth: "The median OS was about 38.57 months")
        and not _HUNDREDTHS.match(sent, v.start)
    ):
        return True  # "FOLFOX yields a response in about 5%": a figure from elsewhere
    if v.kind == "time":
        if (
            _follow_up(before, ascii_low)
            # "Final analysis (median 42.0 mo): mOS ...": the follow-up of an analysis
            # (not two medians compared: "longer in univariate analysis (median 10.7 vs.
            # 9.1 months)")
            or (
                (ascii_low is None or "analys" in ascii_low)
                and _ANALYSIS_MEDIAN.search(before) is not None
                and not COMPARED_NEXT.match(sent, v.span_end)
            )
            # (not a median compared: "PFS was longer with A, at a median of 7.4 months (...)
            # compared with 4.6 months", "OS was longer with OFF, at a median of 5.9 months,
            # than with FF"; nor one with a confidence interval, which no follow-up time has)
            or (
                _at_a_median_of(before, ascii_low)
                and v.ci_low is None
                and not COMPARED_NEXT.match(sent, v.span_end)
                and not _THAN_NEXT.match(sent, v.span_end)
                # ("Survival was shortest with liver metastases, at a median of 13.5 months":
                # the clause's own endpoint, unless the time runs from an event)
                and not (
                    _COMMA_AT_A_MEDIAN.search(before) is not None
                    and _FROM_EVENT_AFTER.match(sent, v.span_end) is None
                )
            )
            or _difference(before, ascii_low)
            or _DIFFERENCE_AFTER.match(sent, v.span_end)
            # (a course has no confidence interval: "3.6 months (95% CI: 3.1-4.1) of the
            # chemotherapy" is a median)
            or (v.ci_low is None and _COURSE_OF.match(sent, v.span_end))
        ):
            return True
        if v.unit == "years" and (
            _AGE.search(sent[max(0, v.start - 25) : v.span_end + 6])
            or _AGE_AFTER.match(sent, v.span_end)
        ):
            return True
    return False


_APPROXIMATE_WORDS = ("about", "approximately", "around", "roughly", "~")
_HUNDREDTHS = re.compile(r"\d+\.\d\d")


def _approximate(before: str, ascii_low: str | None) -> bool:
    """``_APPROXIMATE.search(before)``; ``ascii_low`` is the lower case of an ASCII ``before``
    (else None). (A match ends the text but for white space: the text without it ends with the
    word.)"""
    if ascii_low is not None and not ascii_low.rstrip().endswith(_APPROXIMATE_WORDS):
        return False
    return bool(_APPROXIMATE.search(before))


def _at_a_median_of(before: str, ascii_low: str | None) -> bool:
    """``_AT_A_MEDIAN_OF.search(before)``, as :func:`_approximate` (a match ends the text, but
    for white space, with "median" or "of")."""
    if ascii_low is not None and not ascii_low.rstrip().endswith(("median", "of")):
        return False
    return bool(_AT_A_MEDIAN_OF.search(before))


def _follow_up(before: str, ascii_low: str | None) -> bool:
    """``_FOLLOW_UP.search(before)``, as :func:`_approximate` (every match holds one of the
    words looked for)."""
    if ascii_low is not None and not (
        "follow" in ascii_low
        or "f/u" in ascii_low
        or "FU" in before  # (matched in capitals only)
        or "observation" in ascii_low
        or "duration" in ascii_low
    ):
        return False
    return bool(_FOLLOW_UP.search(before))


# (every match of _DIFFERENCE holds one of these words)
_DIFFERENCE_WORDS = (
    "by", "added", "gain", "differen", "improvement", "prolongation", "increase", "extension",
    "advantage",
)  # fmt: skip


def _difference(before: str, ascii_low: str | None) -> bool:
    """``_DIFFERENCE.search(before)``, as :func:`_approximate` (every match holds one of the
    words looked for)."""
    if ascii_low is not None and not holds_any(ascii_low, _DIFFERENCE_WORDS):
        return False
    return bool(_DIFFERENCE.search(before))


def _benchmark(before: str, ascii_low: str | None) -> bool:
    """``_BENCHMARK.search(before)``, as :func:`_approximate` ("P0", "H1" in their case)."""
    if ascii_low is not None and not (
        "historical" in ascii_low
        or "benchmark" in ascii_low
        or "reference" in ascii_low
        or "P0" in before
        or "P1" in before
        or "H0" in before
        or "H1" in before
    ):
        return False
    return bool(_BENCHMARK.search(before))


def _may_follow_up(sent: str) -> bool:
    """Whether ``_FOLLOW_UP_FOR`` may match in ``sent``: every match holds "follow", matched
    ignoring case, and these letters have no case but ASCII ones, so that the lower case of the
    sentence holds it too (as in :func:`_may_exclude`)."""
    return "follow" in sent.lower()


def _may_exclude(sent: str) -> bool:
    """Whether ``_EXCLUDED_RATE`` may match in ``sent``: every match holds "excluded" or
    "ruled", matched ignoring case, and these letters have no case but ASCII ones (only i, s
    and k have others), so the lower case of the sentence holds them too."""
    low = sent.lower()
    return "excluded" in low or "ruled" in low


# What follows a percentage that is no rate: a relative risk ("a 40.3% lower risk of death"),
# the share of events reached ("at 75% data maturity"), a design's assumption ("from the 50%
# expected with PS").
_NO_RATE_AFTER = re.compile(
    # ("against 48% in the reference trial": another study's figure)
    r"\s*in\s+the\s+(?:reference|registration(?:al)?|pivotal|landmark)\s+(?:trial|study)\b|"
    # ("of 78 injected lesions in responders, 98.7% shrank and 53.8% disappeared completely":
    # the lesions' shares)
    r"\s*(?:shrank|disappeared|regressed)\b|"
    # ("8.8% of olaparib-treated patients remained on study treatment for at least 3 years")
    r"\s*of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:remained|stayed|were\s+still|was\s+still)"
    r"\s+on\s+(?:study\s+)?(?:treatment|therapy|drug)\b|"
    # ("With 90% power, this trial rules out ...": a design's power; "at a 5% tumour-cell
    # cutoff": a threshold)
    r"\s*(?:(?:lower|higher|greater|reduced|relative)\s+(?:risk|hazard|odds)\b|power\b|"
    r"(?:[\w-]+\s+){0,2}(?:cut-?off|threshold)\b"
    # ("that the ORR exceeded the 20% target": a design's rate, not "45% in target lesions")
    r"|target\b(?!\s+lesion)"
    r"|reduction\s+in\s+(?:the\s+)?(?:risk|hazard)\b|(?:data\s+)?maturity\b"
    # ("against 75% originally": the figure of an earlier classification or report)
    r"|originally\b"
    # ("versus 15% expected", "the 50% expected with chemotherapy")
    r"|(?:expected|assumed|anticipated|hypothesi[sz]ed)\b"
    # ("with 32% set as the unacceptable rate and 44% as the promising rate": a design's rates)
    r"|(?:set\s+)?as\s+the\s+(?:unacceptable|acceptable|promising|null|alternative|target)\b"
    # ("with 10% considered inactive and 30% worth pursuing")
    r"|considered\s+(?:inactive|active|promising|unacceptable|acceptable|uninteresting)\b"
    r"|worth\s+pursuing\b)",
    re.I,
)
# A share of the patients that lived so long: "About a quarter of operated patients ...
# survived 18 months", "43% of patients survived beyond 2 years" (a rate, not a median).
_SHARE_SURVIVED_BEFORE = re.compile(
    r"\b(?:a\s+quarter|a\s+third|a\s+fifth|half|two\s+thirds|\d+(?:\.\d+)?\s*%|one\s+in\s+\w+)"
    r"\s+of\s+[^.;]{0,70}?\bsurvived\s+(?:for\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|beyond\s+)?$",
    re.I,
)
# The span a conditional survival reaches ("the probabilities of reaching 5 years"), and the
# times survived it is counted from ("who had already survived 1, 2, 3 and 4 years"): neither
# is a median.
_PROBABILITY_OF_REACHING = re.compile(
    r"\b(?:probabilit(?:y|ies)|chances?|likelihood)\s+of\s+reaching\s+$", re.I
)
_HAD_SURVIVED = re.compile(
    r"\b(?:(?:had|have|has)\s+(?:already\s+)?survived|after\s+surviving)\s+(?:for\s+)?"
    r"(?:at\s+least\s+)?(?:\d+(?:\.\d+)?\s*(?:,\s*and|,\s*or|,|and|or|to)\s*)*$",
    re.I,
)
_TREATMENT_LASTED = re.compile(
    r"\b(?:treatment|therapy)\b[^.;]{0,40}?\b(?:had\s+)?lasted\s+(?:for\s+)?$", re.I
)
# A span of calendar time: "over the 20 years", "during the past 10 years".
_PERIOD_BEFORE = re.compile(r"\b(?:[Oo]ver|[Dd]uring|[Aa]cross)\s+the\s+(?:past\s+|last\s+)?$")
# A share of the responses (not of the patients), and no share of them that lasted: "69.2% and
# 85.7% of the tumor responses" (not "85% of responses lasted at least 6 months").
_SHARE_OF_RESPONSES_AFTER = re.compile(
    r"(?:\s*(?:,|and|vs\.?|versus)\s*\d+(?:\.\d+)?\s*%)*\s+of\s+(?:the\s+|all\s+)?"
    r"(?:tumou?r|objective|overall)\s+responses\b"
    r"(?!\s+(?:\w+\s+)?(?:lasted|were\s+(?:still\s+)?(?:ongoing|maintained|continuing|durable)))",
    re.I,
)
# How long patients were followed: "with 5 years of follow-up".
_OF_FOLLOW_UP_AFTER = re.compile(r"\s+of\s+(?:median\s+)?follow[\s-]*up\b", re.I)
# Calendar time, before ten years or more: "has improved only slightly in 30 years" (unlike
# _PERIOD_BEFORE, without "the": the length of the span tells it from a median).
_DECADES_BEFORE = re.compile(r"\b(?:in|over|during|across|within|past|last)\s+$", re.I)
_TREATED_FOR = re.compile(
    r"\b(?:taken|given|received|continued|administered|treated)\s+for\s+a\s+median\s+"
    r"(?:duration\s+)?of\s+$",
    re.I,
)
# A count of events, not of patients: "(228 of 302 planned events)".
_EVENTS_AFTER = re.compile(r"\s*(?:(?:planned|required|expected|projected)\s+)?events\b", re.I)


def _not_a_rate(sent: str, v: Value, before: str, low: str | None = None) -> bool:
    """A percentage that is no rate of an endpoint, told by the words before it. (Each scan
    runs only where its words occur: these searches end at the value and are tried at every
    position of the window.) ``low`` is ``before.lower()`` where the caller has it."""
    if low is None:
        low = before.lower()
    return bool(
        # "with 3 complete (10%) and 14 partial (45%) responses"
        ("complete" in low or "partial" in low)
        and _COMPONENT_BEFORE.search(sent, max(0, v.start - 12), v.start)
        # "target lesions decreased in volume by 22.7%"
        # (a longer window: the later changes of a list stand further from the verb)
        or (" by" in sent[max(0, v.start - 90) : v.start] and _changed_by(sent, v.start))
        # "fewer women had died at 1 year (22 percent vs. 33 percent)": shares of deaths
        or ("died" in low and _DIED_BEFORE.search(before))
        # "IC and EC responses were concordant in 71% of patients"
        or (("cordan" in low or "agree" in low) and _CONCORDANT_BEFORE.search(before))
        # "an intracranial response in 35.7% and progression in 5.4%"
        or ("in" in low and _OTHER_COURSE_IN.search(sent, max(0, v.start - 90), v.start))
        # "the observed event rate was 20.2% against an expected 15%": events, not a rate of
        # an endpoint
        or ("event" in low and _EVENT_RATE_BEFORE.search(before))
        # "a treatment difference of 21.3%", "an absolute detriment of 6%"
        or (("differen" in low or "gain" in low) and _DIFFERENCE_OF.search(before))
        or ("detriment" in low and _DETRIMENT_OF.search(before))
        # "(one-sided alpha 10%)": a design's error rate
        or ("alpha" in low and _ALPHA_BEFORE.search(before))
        # "much as in the original classification (89%)": the earlier report's figure
        or ("original" in low and _ORIGINAL_BEFORE.search(before))
        # "the target response rate was 17%", "a hypothesised ORR of 30%": a design's rate
        or (
            ("target" in low or "hypothes" in low or "threshold" in low or "margin" in low)
            and _DESIGN_RATE_BEFORE.search(before)
        )
        # "close to the expected 94.3%", "against expected values of 94.4%, 89.5% and 83.7%":
        # the survival of the general population, not the study's
        or ("expected" in low and _EXPECTED_BEFORE.search(before))
        # "with absolute gains of 6.5% at 5 years": a difference of two rates (a longer
        # window: "absolute gains of 36% in PFS (HR 0.36, 95% CI 0.28-0.45) and 28% in OS")
        or (
            ("absolute" in sent or "relative" in sent)
            and _ABSOLUTE_GAIN.search(sent, max(0, v.start - 120), v.start) is not None
        )
        # "Intracranial response could be assessed in 53 patients of the BM group (60.9%)"
        or (("assessed" in low or "evaluated" in low) and _ASSESSABLE_SHARE.search(before))
    )


# Blocking terms that are outcomes a value can be the rate of (not populations like "HR+"),
# the abbreviations of other survivals among them ("prolonged EFS (median 2.8 vs 0.6 mo)").
_BLOCKED_OUTCOME = compile_guarded(
    r"\btime[\s-]+to\b|\b(?-i:TT[A-Z]{1,3})\b|free\s+survival|\b(?-i:[A-Z]{1,4}(?:FS|SS))\b", re.I
)
_OUTCOME_WORDS = compile_guarded(
    r"respon|remission|disease|progression|survival|control|\bC?Rs?\b|\bCRR\b|\b[SP]D\b|relapse|recurrence|"
    r"death|toxicit|failure|\btime[\s-]+(?:to|on)\b|adverse|\bAEs?\b|event|incidence|MRD|VGPR|sCR|"
    r"mortality|"
    r"shrinkage|\bETS\b|"  # early tumour shrinkage (ETS): an outcome outside the vocabulary
    # ("the 3-year risk of AML", "leukaemic transformation", "larynx preservation")
    r"\brisk\s+of\b|transformation|preserv|remained\s+stable|"
    # ("together with fewer dose reductions (34.8%) and discontinuations (3.4%)")
    # (not "survival after discontinuation": the event the time runs from)
    r"\bdose\s+reductions?\b|\bdiscontinuations\b|"
    # ("freedom from salvage brain treatment at 1 year was 50% and 78%")
    r"\bfreedom\s+from\b|"
    # ("the median duration of clinical benefit 11 months": a time of another outcome)
    r"\bdurations?\b|\bbenefit\b|"
    # ("better distant metastasis-free (81.9% vs. 75.0%)": a survival, its noun left out)
    r"\w-free\b|"
    r"\b(?-i:[A-Za-z]*(?:FS|SS))\b|"  # RFS, DMFS, EFS, MSS, CSS: survival of another kind
    r"\b(?-i:TT[A-Z]{1,3})\b",  # TTF, TTP, TTNT: time to another event
    re.I,
)
# A blocking term written as capitals only is an outcome's abbreviation (the vocabulary's
# "DFS", "TTP", "LRC", or one the abstract defines: "hematologic improvement (HI)"), also as
# a median ("mTST", "mDFS"); the populations among the blocking terms carry a sign or a word
# ("HR-", "ER-positive").
_CAPITALS = re.compile(r"m?[A-Z][A-Z0-9]{1,6}")


def _names_outcome(sent: str, m: Mention) -> bool:
    """Whether the blocking term ``m`` names an outcome (not a population or a condition)."""
    return bool(
        _OUTCOME_WORDS.search(sent, m.start, m.end) or _CAPITALS.fullmatch(sent, m.start, m.end)
    )


_VALUE_OF_BLOCKED = re.compile(
    # ("10.8% of patients given T-VEC had a complete response")
    r"^\s*[\)\]]?\s*(?:(?:patients|pts|participants)\s+)?(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,4}?)?(?:had|achieved|attained|were\s+in|"
    r"was\s+in|remained\s+in|in|with|showed|experienced|developed|reached|"
    # ("with 27% attaining at least a very good partial response")
    r"attaining|achieving|obtaining|obtained)?\s*(?:at\s+least\s+)?(?:an?\s+|the\s+)?"
    r"(?:[a-z]+\s+)?$",
    re.I,
)
# An endpoint's verb or sign right before its figure (no bare comma: "stable disease, 5 of 39")
_COPULA_GAP = re.compile(r"\s*(?:was|were|of|:|=)\s*")
# A category of response, which names a group when a survival time is given for it.
_RESPONSE_CATEGORY = re.compile(
    r"(?:(?:stringent|very\s+good|intracranial|composite)\s+)?(?:complete|partial|stable)\s+"
    r"(?:responses?|remission|disease)",
    re.I,
)
# An aside that counts patients of a category between figures of a list, and its end:
# ", with 6 CRs (13.6%), and 44.2% with ERDA"
_COUNT_ASIDE_BEFORE = re.compile(r",\s*(?:with|including)\s+\d+\s+$", re.I)
_ASIDE_CLOSED = re.compile(r"\s*\([^()]*\)\s*,\s*(?:and\s+)?")
# A response category as the condition a figure follows: "88.4% after a partial response".
_AFTER_CATEGORY = re.compile(r"\b(?:after|following)\s+(?:an?\s+)?$", re.I)
# "20% of patients in the 420-mg cohort and 15% in the 840-mg cohort had a partial response":
# shares compared, each with its group, share the verb after them.
_COMPARED_SHARE = compile_guarded(r"(?:,|\band\b|\bvs\.?|\bversus\b)\s*\d+(?:\.\d+)?\s*%")
_GROUP_PHRASE = compile_guarded(
    r"\b(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cohort|arm|group|subgroup)s?\b"
)
# "7.2 vs. 3.8 months for progression-free survival": the endpoint named after the values.
_VALUE_FOR = re.compile(
    r"^(?:\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:vs\.?|versus|and|,)\s*\d+(?:\.\d+)?)*"
    r"\s*(?:%|months?|mo|weeks?)?\s*(?:\([^()]*\)\s*)?(?:for|in)\s+(?:the\s+)?(?:median\s+)?$",
    re.I,
)
# (every match ends with the white space after "for", "in", "the" or "median")
_VALUE_FOR_WORDS = ("for", "in", "the", "median")


def _value_for(gap: str) -> re.Match[str] | None:
    """``_VALUE_FOR.match(gap)``, not tried on an ASCII gap that does not end, before its
    white space, with one of the words a match ends with."""
    if gap.isascii() and not (
        gap[-1:].isspace() and gap.rstrip().lower().endswith(_VALUE_FOR_WORDS)
    ):
        return None
    return _VALUE_FOR.match(gap)


_VERSUS = compile_guarded(r"\b(?:vs\.?|versus)(?!\w)")
_COORDINATION = compile_guarded(r"\b(?:and|while|whereas|but)\b|,")
# (not "no-" that opens an arm's name: "31% of the no-irinotecan group")
_NEGATION = compile_guarded(r"\b(?:never|not|no(?!-)|unevaluable|non-evaluable|without)\b", re.I)
# "48 of these 112 patients (42.9%)", "Nine (15%) of 62", "Nine patients (13.0%)": a count, in
# digits or words, then its share.
_SHARE_OF_COUNT = re.compile(r"(?:\d+|" + _NUMBER_WORD + r")\s+(?:[a-z]+\s+){0,2}\(\s*$")
# "five of 18 patients with squamous histology (28%) responded": a share that its count
# reproduces, however many words name the population (read with :func:`_share_of_its_count`).
_COUNT_OF_COUNT_BRACKET = re.compile(
    r"(?<![\w.])(?P<n>\d+|" + _NUMBER_WORD + r")\s+of\s+(?:the\s+)?(?P<N>\d+)\s+"
    r"(?:[\w-]+\s+){0,5}\(\s*$",
    re.I,
)


def _share_of_its_count(sent: str, v: Value) -> bool:
    """Whether ``v`` is a bracketed share right after "n of N <population>" that n/N gives."""
    m = _COUNT_OF_COUNT_BRACKET.search(sent, max(0, v.start - 70), v.start)
    if m is None or v.value is None:
        return False
    n, total = words_to_int(m.group("n")), int(m.group("N"))
    return n is not None and total > 0 and abs(100 * n / total - v.value) <= 1


_COUNT_IN_GAP = compile_guarded(
    r"(?<![\d.])\d+(?![\d.%])\s+(?:of\s+(?:whom|them|these)|patients|pts|had|were|subsequently)"
)
_VALUE_TO_TIMEPOINT = re.compile(
    # ("59 (61%) remained progression-free at 12 months and 10 (10%) at 5 years": past the
    # bracket that holds the share)
    r"^\s*\)?\s*(?:of\s+(?:the\s+)?(?:patients|pts|cases|participants)\s*)?"
    # ("43.6%, 45.6% and 25.3% at 12 months": the rest of a block of compared rates)
    r"(?:(?:(?:,\s*)?(?:vs\.?|versus|and)|,)\s*\d+(?:\.\d+)?\s*%\s*(?:\([^()]*\)\s*)?){0,4}$"
)
# What a share of patients did or had that is no rate of an endpoint.
# A rate a design asks for: "below the 11% required by protocol".
_REQUIRED_AFTER = re.compile(
    r"\s*(?:(?:was|were)\s+)?(?:required|needed|prespecified|pre-specified)\b", re.I
)
# A historical control's figure in the bracket after it (no comma: "Compared with historical
# controls, median OS was longer (12.1 vs 8.0 months)" gives the study's own).
_HISTORICAL_BRACKET = re.compile(
    r"\bhistorical\s+(?:controls?|cohorts?|series|data)\b[^.;%\d(),]{0,50}\(\s*(?:medians?\s+)?$",
    re.I,
)
# A time converted to another unit after its interval, in the interval's bracket.
_CONVERTED_IN_BRACKET = re.compile(r"\(\s*95\s*%\s*(?:CI|confidence\s+interval)[^();]*;\s*$", re.I)
# A change in tumour size: "a median best change of 35%", "maximum change of -42%".
_BEST_CHANGE_BEFORE = re.compile(
    r"\b(?:best|maximum|maximal|median)\s+(?:[\w-]+\s+)?change\s+(?:of|was)\s*-?$", re.I
)
# An endpoint of historical controls: "with historical median overall survival (OS) of 0.7
# months after HCT". (Not the figures of a study's own historical control arm: "compared
# with 8 months in the historical control group" is one of its findings.)
_HISTORICAL_ENDPOINT = re.compile(r"\bhistorical\s+(?:(?:control|median)\s+)?$", re.I)
_DETRIMENT_OF = re.compile(r"\bdetriment\s+of\s+$", re.I)
_EXPECTED_BEFORE = re.compile(
    r"\bexpected\s+(?:(?:values?|rates?|survival)\s+)?(?:of\s+)?"
    r"(?:\d+(?:\.\d+)?\s*%\s*(?:,\s*and|,|and)\s*)*$",
    re.I,
)
# "4-year OS was 95.4% for patients with no factor (16.7% of the cohort), 90.0% with one factor
# (33.9%)": a group's share of the cohort, in the bracket after the group a rate was given for
_SHARE_OF_COHORT_AFTER = re.compile(
    r"\s*of\s+(?:the\s+)?(?:whole\s+|entire\s+|total\s+)?(?:cohort|population|patients|sample|series)"
    r"\s*[\)\]]",
    re.I,
)
_RATE_THEN_GROUP = re.compile(
    r"\d\s*%\s+(?:for\s+(?:patients\s+)?)?(?:with|in|among|for)\s+(?:[\w+/<>=-]+\s+){0,4}?"
    r"[\w+/<>=-]+\s*[\(\[]\s*$",
    re.I,
)


def _group_share(sent: str, v: Value, before: str) -> bool:
    """Whether the bracketed percentage ``v`` is a group's share of the cohort: said so ("of the
    cohort"), or alone in its bracket right after a group that a rate before it was given for
    ("(88% in Asian and 81% in non-Asian patients)" are rates)."""
    return bool(
        _SHARE_OF_COHORT_AFTER.match(sent, v.span_end)
        or (_CLOSES_AFTER.match(sent, v.span_end) and _RATE_THEN_GROUP.search(before))
    )


_CLOSES_AFTER = re.compile(r"\s*[\)\]]")


_ORIGINAL_BEFORE = re.compile(
    r"\b(?:in|of)\s+the\s+original\s+(?:classification|series|report|analysis|cohort|study)\s*"
    r"[\(\[,]?\s*$",
    re.I,
)
# (not "targeted agents the pooled ORR was": a class of drugs)
_DESIGN_RATE_BEFORE = re.compile(
    r"\b(?:target(?:ed(?!\s+(?:agents?|therap\w*|drugs?|treatments?|inhibitors?)\b))?|"
    r"hypothes[iz]ed)\s+(?:[\w-]+\s+){0,3}?(?:rates?|ORR|DCR|CBR)\s*"
    r"(?:was|of|is|=|:)?\s*(?:set\s+(?:at|to)\s+)?$"
    # "(target 40%)", "(target, 30%)", "(threshold 15%, expected 40%)", "(non-inferiority
    # margin 10%)"
    r"|\b(?:target|threshold|margin)\s*(?:[,:=]|of)?\s*$",
    re.I,
)
_EVENT_RATE_BEFORE = re.compile(r"\bevent\s+rates?\s*(?:was|were|of|:|=)?\s*$", re.I)
_ALPHA_BEFORE = re.compile(r"\balpha\s*(?:level\s*)?(?:of|=|was|:)?\s*$", re.I)
_DIFFERENCE_OF = compile_guarded(
    # ("(difference, 16.9%; 95% CI, 2.1 to 31.7)": a difference named before its figure)
    # ("the gain was 4.5% at 5 years", "the gain in three-year overall survival was 5.4")
    r"\b(?:differences?|gains?)(?:\s*[,:=]|\s+(?:of|was|in\s+(?:[\w-]+\s+){1,3}(?:of|was)))?\s*"
    # ("a difference of -3.6%": the sign before the figure)
    r"(?:about|approximately)?\s*[-\u2212\u2013+]?\s*$",
    re.I,
)
_DIED_BEFORE = re.compile(
    r"\b(?:had\s+)?died\b[^.;()%]{0,30}?[\(\[]\s*(?:\d+(?:\.\d+)?\s*(?:%|percent)\s*"
    r"(?:vs\.?|versus|and|,)\s*)?$",
    re.I,
)
_OTHER_COURSE_IN = compile_guarded(
    # ("symptoms improved in 45% of patients": another outcome's share)
    # ("remained stable in 34 (29%)", "stabilised in six (11%)": stable disease's share)
    # ("disease was stable for 8 weeks or more in a further 30% and 33%")
    r"\b(?:progression|progressive\s+disease|stable\s+disease|death|relapse|improved|"
    r"(?:remained|were|was)\s+stable(?:\s+for\s+[^.;%()]{1,30}?)?|stabili[sz]ed)\s+in\s+"
    r"(?:a\s+further\s+|another\s+)?"
    r"(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:patients\s+)?[\(\[]\s*)?"
    r"(?:\d+(?:\.\d+)?\s*%\s*(?:,\s*and|,|and)\s*)*$",
    re.I,
)
_ABSOLUTE_GAIN = compile_guarded(
    r"\b(?:absolute|relative)\s+(?:[\w-]+\s+){0,2}?(?:gains?|benefits?|improvements?|differences?|"
    r"increases?|increments?|reductions?|decreases?)\s+(?:of\s+|was\s+|in\s+[\w-]+\s+(?:\w+\s+)?"
    # ("absolute survival gains at 2 years of 8.7% and 5.1%")
    r"of\s+|at\s+\d+\s+\w+\s+of\s+)?(?:about\s+|approximately\s+)?"
    # ("absolute gains of 36% in PFS (HR 0.36, 95% CI 0.28-0.45) and 28% in OS")
    + _items_before("%", r"(?:at\s+\d+\s+\w+|in\s+[\w-]+(?:\s*\([^()]*\))?)")
    # ("again an absolute 4% (1-8)", "an absolute 2.26% at 5 years")
    + r"|\ban\s+absolute\s+$",
    # "... of 6.5% at 5 years and 3.6% at 10 years": the later gains of the list
    re.I,
)
_ASSESSABLE_SHARE = compile_guarded(
    r"\b(?:could\s+be\s+)?(?:assessed|evaluated)\s+in\s+\d+\s+(?:patients|pts)\b[^.;%()]{0,40}"
    r"[\(\[]\s*$",
    re.I,
)
_CONCORDANT_BEFORE = compile_guarded(r"\b(?:concordan|discordan|agree)\w*\s+(?:in\s+)?$", re.I)
_CHANGED_BY_BEFORE = compile_guarded(
    # ("3-yr survival improved by 7%")
    r"\b(?:decreas|reduc|shr[au]nk|increas|fell|dropped|declin|grew|rose|rais|lower|lift|boost|"
    r"improv|worsen)\w*\s+"
    # ("rose substantially, by a relative 91.7%", "raised the risk of death by 22%")
    r"(?:(?:substantially|significantly|markedly|further),?\s+)?"
    r"(?:in\s+\w+\s+|(?:the\s+)?(?:risk|hazard|odds)\s+of\s+\w+\s+|"
    # ("lifting 5-year survival by 6%")
    r"(?:\d+-\w+\s+)?(?:overall\s+)?survival\s+)?"
    r"by\s+(?:a\s+median\s+of\s+|a\s+mean\s+of\s+|a\s+relative\s+)?"
    # ("by 22.7% in NSCLC and 18.8% in melanoma", "by 22% in A and by 43% in B": the later
    # changes of the list)
    r"(?:\d+(?:\.\d+)?\s*%(?:\s+(?:in|for)\s+[\w-]+)?\s*(?:,\s*and|,|and)\s*(?:by\s+)?)*$",
    re.I,
)


# "OS at 8 years favoured neratinib numerically, by 2.1%": a difference between the arms
_FAVOURED_BY_BEFORE = re.compile(
    r"\bfavou?r(?:ed|ing|s)?\s+(?:[\w+/-]+\s+){0,3}?(?:\w+ly\s*,?\s+)?by\s+$", re.I
)


def _changed_by(sent: str, start: int) -> bool:
    """Whether the percentage at ``start`` is a change ("decreased by 22.7%", "raised the risk
    of death by 22% in A and by 43% in B", "favoured A by 2.1%"), judged on up to 90
    characters before it."""
    if _CHANGED_BY_BEFORE.search(sent, max(0, start - 90), start) is not None:
        return True
    return "avo" in sent and _FAVOURED_BY_BEFORE.search(sent, max(0, start - 60), start) is not None


# A part of a response rate: "3 complete (10%) and 14 partial (45%) responses".
# (not "had an objective response, all of them partial (26%, 95% CI ...)": the whole rate)
# ("An objective response was seen in 20 patients (87%): complete in 17% and partial in 70%":
# the parts)
_COMPONENT_BEFORE = compile_guarded(
    r"(?<!\ball\s)(?<!\ball\sof\sthem\s)\b(?:complete|partial)(?:ly)?\s*(?:[\(\[]|in\s)\s*$",
    re.I,
)


def _not_an_outcome_after(sent: str, pos: int, ascii_low: str | None) -> bool:
    """Whether ``_NOT_AN_OUTCOME_AFTER.match(sent, pos)``; ``ascii_low`` is the lower case of
    an ASCII ``sent`` (else None). Not tried where the first character after the white space
    is ASCII and neither a bracket nor a word character: every match goes on there with "]",
    ")" or a word. In ASCII text its lower-case twin is matched in the lower case (see
    :func:`lower_twin`): most values are followed by none of its many words, and the twin
    tells each alternative from its first letter."""
    head = sent[pos : pos + 8].lstrip()[:1]
    if head and head.isascii() and not (head.isalnum() or head in ")]_"):
        return False
    if ascii_low is not None:
        return _NOT_AN_OUTCOME_AFTER_LOW.match(ascii_low, pos) is not None
    return _NOT_AN_OUTCOME_AFTER.match(sent, pos) is not None


_GIVEN_AFTER = re.compile(r"\s+(?:given|treated\s+(?:with|for)|receiving)\b")
# The later items of a list of percentages: ", 56% and 50%".
_PCT_LIST_TAIL = re.compile(r"(?:\s*(?:,\s*and|,|and)\s*\d+(?:\.\d+)?\s*%)+")
_BARE_COMMA = re.compile(r"\s*,(?!\s*and\b)")
_LIST_ITEM_BEFORE = re.compile(r"\d\s*%\s*,\s*$")
_SHARE_GIVEN_BEFORE = re.compile(
    r"%\s+of\s+(?:the\s+)?(?:patients|pts|those)\s+(?:given|receiving|treated\s+with)\b"
)
# (the bracket may close the share's interval: "in 18 patients (24%, 95% CI 15-35) given A")
_BRACKET_GIVEN_AFTER = re.compile(r"\s*(?:[\)\]]\s*)?\s(?:given|treated\s+with|receiving)\b")
# The bracket after the denominator of a count: "ten of 98 patients (", "one of three (".
# (or after a count the share is "in": "seen in 160 patients (73%) given A and in 165 (76%)")
_OF_COUNT_BRACKET = re.compile(
    r"\b(?:of\s+(?:the\s+)?(?:\d+|" + _NUMBER_WORD + r")\s+(?:[a-z]+\s+){0,2}|"
    r"in\s+(?:\d+|" + _NUMBER_WORD + r")\s+(?:(?:patients|pts|participants)\s+)?|"
    # ("... in 18 patients (24%) given A and 17 (23%) given B": the second arm's count)
    r"\band\s+(?:in\s+)?\d+\s+)[\(\[]\s*$"
)
_NOT_AN_OUTCOME_AFTER = re.compile(
    # ("in 5% of patients given cabozantinib": a population, not what the share did)
    r"(?!\s*[\)\]]?\s*of\s+(?:the\s+)?(?:patients|pts)\s+(?:given|treated|receiving)\b)"
    # ("50 of the 59 patients went on to receive further treatment": the count's noun)
    r"\s*[\)\]]?\s*(?:of\s+(?:them|these|which|whom|(?:the\s+)?(?:patients|pts))\s+|"
    r"(?:patients|pts)\s+(?!given|treated|receiving))?"
    # "63% PR, 14% PR with lymphocytosis and 8% CR": parts of a response rate
    r"(?:(?:PRs?|CRs?|VGPRs?|SD|PD)\b|"
    # ("in nineteen of them (32%) the response was complete": the part of a response rate)
    r"(?:the\s+|their\s+)?responses?\s+(?:was|were)\s+(?:complete|partial)\b|"
    r"(?:were\s+|had\s+(?:been\s+)?)?(?:previously\s+|already\s+|also\s+)?"
    # ("29% went on to allogeneic transplantation, with a one-year survival of 79.4%")
    # ("25 of 42 symptomatic patients (60 %) improved neurologically": another outcome's share)
    r"(?:progressed|died|discontinued|stopped|received|treated|given|underwent|improved|"
    # (not a population: "86 of 92 (93%) relapsed or refractory patients")
    r"relapsed(?!\s*(?:or|and|/)\s*refractory|\s+(?:patients|pts|disease))|"
    r"(?:began|started)\b|"
    r"went\s+on\s+to|proceeded\s+to|"
    r"complete|partial|maturity|stable\s+diseases?|progressive\s+diseases?|"
    r"(?:an?\s+|some\s+|any\s+)?(?:\w+\s+)?(?:reduction|shrinkage|decrease)\b)\b)",
    re.I,
)
_NOT_AN_OUTCOME_AFTER_LOW = lower_twin(_NOT_AN_OUTCOME_AFTER)  # (for ASCII text)
# "Patients given pemetrexed (75%) had an ORR of 30%": a bracketed share of a population
# right after its name does not link forward to the endpoint after it.
_BRACKETED_SHARE = re.compile(r"[A-Za-z]\s*[\(\[]\s*$")
# "21% of pts with symptomatic BM responded": a share of patients and the verb after it.
_RESPONDED = re.compile(r"respond(?:ed|ing)\b", re.I)
_SHARE_OF_PATIENTS = re.compile(
    r"^\s*[\)\]]?\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+|all\s+|these\s+)?(?:\d+\s+)?(?:[\w-]+\s+)?"
    r"(?:patients|pts|participants)\b[^,;()]{0,40}$",
    re.I,
)
# A value followed by its subject: "58.9% (95% CI ...) were free of CNS progression".
_SUBJECT_ONLY = (
    # "7 (18%) of 40 patients had an objective response" (the verb in the mention)
    # ("83.7% of the first 43 assessable patients on pazopanib had not progressed")
    r"^\s*[\)\]]?\s*(?:of\s+(?:the\s+|these\s+|all\s+)?(?:first\s+)?(?:\d+\s+)?(?:[\w-]+\s+)?)?"
    # ("38 (35.5%) of the 107 patients in the FGFR2 cohort had an objective response")
    r"(?:(?:patients|pts|participants)(?:\s+(?:in|with|from|on)\s+(?:the\s+)?[\w+/-]+"
    r"(?:\s+[\w+/-]+){0,2})?)?\s*$"
)
_VALUE_THEN_VERB = re.compile(
    _SUBJECT_ONLY + r"|"
    # "24.2% versus 3.3% were alive without progression": compared values share the verb.
    # ("14% of ECF patients against 5% of FAMTX patients were alive": each with its arm)
    r"^(?:\s*[\)\]]?\s*(?:\([^()]*\)\s*)?(?:of\s+(?:the\s+)?(?:(?!(?:had|were|was)\b)"
    r"[\w-]+\s+){1,4}?)?(?:vs\.?|versus|against|and|,)\s*\d+(?:\.\d+)?\s*%"
    r"(?:\s*[\(\[][^()\[\]]*[\)\]])?)*"
    # ("32.2% (19 patients) had a confirmed objective response": the count in brackets)
    r"\s*[\)\]]?\s*(?:\([^()]*\)\s*)?(?:(?:patients|pts|participants)\s+)?"
    r"(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,7}?)?"
    # ("92% and 80% of patients, respectively, were alive at 12 months")
    r"(?:(?:[\w-]+\s*)?,\s*respectively\s*,\s*)?(?:were|was|had|achieved|attained|"
    r"experienced|showed|remained|reached|obtained|derived)\b(?:\s+(?:an?|the)\b)?[^,;]{0,25}$",
    re.I,
)
_SUBJECT_ONLY_RX = re.compile(_SUBJECT_ONLY, re.I)
# The verbs one of which every match of _VALUE_THEN_VERB but a _SUBJECT_ONLY one holds.
_THEN_VERBS = (
    "were", "was", "had", "achieved", "attained", "experienced", "showed", "remained", "reached",
    "obtained", "derived",
)  # fmt: skip


def _value_then_verb(gap: str) -> bool:
    """Whether ``_VALUE_THEN_VERB.match(gap)``: in an ASCII gap without one of _THEN_VERBS in
    the lower case (ignoring case, the lower case there) only its first alternative can match,
    which alone is tried (most gaps hold no verb, and the second alternative, with its
    brackets and lazy words, is slow to fail)."""
    if gap.isascii() and not holds_any(gap.lower(), _THEN_VERBS):
        return _SUBJECT_ONLY_RX.match(gap) is not None
    return _VALUE_THEN_VERB.match(gap) is not None


# "59% vs 30%, 12-mo PFS 28% vs 12%": a hyphenated timepoint before a word qualifies that word,
# not the figure before it.
_NEXT_NOUNS_TIMEPOINT = re.compile(
    r"[\d.]+\s*-\s*(?:months?|mos?|years?|yrs?|y|weeks?|wks?)\s+[A-Za-z]", re.I
)
_OPENING_SCOPE = re.compile(r"[^,;%\d]{0,30},")
# (what may stand before such a timepoint: "Results: At the 12-week assessment, ...")
_SCOPE_LEAD = re.compile(r"\W*(?:[A-Z][A-Za-z ]{2,30}:\s*)?(?:(?:at|after)\s+(?:the\s+)?)?", re.I)
_ASSESSMENT_SCOPE = re.compile(
    r"\s*(?:tumou?r\s+|response\s+|disease\s+)?(?:assessment|evaluation|visit|scan|restaging)s?\s*,"
    # ("After 3 months of treatment the overall disease control rate was 76.6%")
    r"|\s+of\s+(?:treatment|therapy)\b",
    re.I,
)
_BRACKETED = re.compile(r"[\(\[][^()\[\]]*[\)\]]")
# A bracket opened right after a timepoint and still open at the value: "at 24 weeks (56% v 25%"
_IN_ITS_BRACKET = re.compile(r"\s*[\(\[][^()\[\]]*")


def _has_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds any of ``chars`` (what ``re.search("[" + chars + "]")`` finds,
    without the regex)."""
    return any(c in text for c in chars)


# The event a timepoint counts from, between it and its figure: "after diagnosis", "from
# randomisation".
_EVENT_THEN_VALUE = re.compile(
    r"\s+(?:the\s+)?(?:diagnosis|surgery|treatment|randomi[sz]ation|enrol+ment|resection|"
    r"transplant(?:ation)?|radiotherapy|inclusion)\s*,?\s*"
)


# Conditional survival, named: the words before its "survival".
_CONDITIONAL_BEFORE = re.compile(r"\bconditional\s+(?:overall\s+)?$", re.I)


def _timepoint_for(
    m: Mention, v: Value, tps: list[Timepoint], sent: str, strict: bool
) -> Timepoint | None:
    """The timepoint a figure is tied to: between mention and value, just before the mention,
    or (for survival rates) just after the value. ``strict`` keeps only adjacent ones."""
    if m.endpoint == "OS" and ("onditional" in sent or "CS" in sent):
        named = _CONDITIONAL_BEFORE.search(sent, max(0, m.start - 24), m.start)
        if named or sent[m.start : m.end] in ("CS", "COS"):
            opening = named.start() if named else m.start
            for t in reversed(tps):
                if t.end <= opening and opening - t.end <= 3:
                    # "2-year conditional survival ... increased from 11% at 0 months to 33%
                    # at 18 months": the span it reaches; the times after figures are landmarks
                    return t
    for t in tps:
        # "34% at 2 years", "69.2% of patients at 6 months": a timepoint right after the value
        # (or between it and its interval: "62% at 1 year [95% CI, 57% to 66%]").
        if (
            v.span_end <= t.start
            and _VALUE_TO_TIMEPOINT.match(sent[v.span_end : t.start])
            and not _NEXT_NOUNS_TIMEPOINT.match(sent, t.start)
        ):
            return t
        if v.end <= t.start and t.end <= v.span_end:
            return t
    for t in reversed(tps):
        # "responses were sustained at 6 months (46.5%) and 12 months (53.1%)", "at 12 weeks
        # (85% v 45%) and at 24 weeks (56% v 25%)": every figure in the bracket after a
        # timepoint is at that timepoint, the second of a pair too.
        if t.end <= v.start and _IN_ITS_BRACKET.fullmatch(sent, t.end, v.start):
            return t
    for t in reversed(tps):
        # "At 3 years 10.9% of patients were alive, and at 5 years 6.3%": the timepoint right
        # before the value
        if t.end <= v.start and (
            not sent[t.end : v.start].strip(" ,")
            # ("Two years after diagnosis 54.24% of the women were still alive")
            or _EVENT_THEN_VALUE.fullmatch(sent, t.end, v.start) is not None
        ):
            return t
    for t in tps:
        # "At the 12-week assessment, 8 patients (24%) had an objective response": an
        # assessment's timepoint that opens the sentence holds for its response figures too
        if (
            t.end <= v.start
            and _SCOPE_LEAD.fullmatch(sent, 0, t.start)
            and _ASSESSMENT_SCOPE.match(sent, t.end)
            and ";" not in sent[t.end : v.start]
        ):
            return t
    for t in tps:
        if m.start <= t.start < m.end:
            return t  # "PFS6 30.4%": the timepoint glued to the endpoint
    for t in tps:
        # "24.8% vs 10.1% of patients were progression-free at 12 months": the value before
        # the endpoint, the timepoint right after it.
        if v.span_end <= m.start and 0 <= t.start - m.end <= 4:
            return t
    for t in reversed(tps):  # the nearest to the value: "PFS at 6 months ...; at 12 months, 40%"
        if (
            m.end <= t.start
            # (not one glued to another endpoint: "the pooled ORR, PFSR6m and OSR1y were ...")
            and not sent[t.start - 1 : t.start].isalpha()
            and t.end <= v.start
            and (
                not strict
                or t.start - m.end <= 25
                # ("The clinical benefit rate (partial response plus stable disease) at 4
                # months was 30%": a gloss in brackets does not count to the distance)
                or (
                    sent[m.end : m.end + 2].lstrip()[:1] == "("
                    and len(_BRACKETED.sub("", sent[m.end : t.start])) <= 25
                )
            )
        ):
            return t
    if "orrespond" in sent and (
        _CORRESPONDING_BEFORE.search(sent, max(0, m.start - 16), m.start)
        # ("the corresponding progression-free survival (PFS) was 86.0% and OS 94.5%": the next
        # endpoint of the same list)
        or _CORRESPONDING_LIST_BEFORE.search(sent, max(0, m.start - 90), m.start)
    ):
        # "The 3-year PFS was 75.6% ..., and the corresponding overall survival rates were
        # 78.3% and 74.4%": the timepoint of the rates before
        # (several timepoints before are paired in order elsewhere: "76% at 9 months and
        # 71% at 12 months; the corresponding overall survival rates were 87% and 85%")
        earlier = [t for t in tps if t.end <= m.start]
        if len(earlier) == 1:
            return earlier[0]
    for t in reversed(tps):  # the nearest: "6-mo PFS 59% vs 30%, 12-mo PFS 28% vs 12%"
        close = t.end <= m.start and m.start - t.end <= (3 if strict else 25)
        if close and not _has_any(sent[t.end : m.start], ";."):
            return t
    if not strict:
        for t in tps:
            if v.span_end <= t.start <= v.span_end + 40 and ";" not in sent[v.span_end : t.start]:
                return t
        for t in tps:
            # "Two years after infusion, the probability of PFS was 43.5% ... and the
            # probability of overall survival 63.8%": a timepoint that opens the sentence as
            # its scope holds for every rate of it.
            if (
                t.end <= v.start
                and not sent[: t.start].strip(" (")
                and _OPENING_SCOPE.match(sent, t.end)
                and ";" not in sent[t.end : v.start]
            ):
                return t
        for t in tps:
            # "At 12 months, 75.8% of patients ... were alive without progression".
            # (a semicolon inside a bracket ends no clause: "5-year overall survival (89% vs 81%;
            # P = .046) and progression-free survival (70% vs 57%)")
            gap = sent[t.end : v.start] if t.end <= v.start else ";"
            # (brackets do not count to the distance: "86% (95% CI, 72-94), 56% (...) and 58%";
            # nor does the bracket the value stands in: "progression-free survival (PFS; 15.9%")
            unbracketed = _BRACKETED.sub("", gap)
            outside = unbracketed[: unbracketed.rfind("(")] if "(" in unbracketed else unbracketed
            if ";" not in outside and (not re.search(r"\d\s*%", gap) or len(unbracketed) <= 120):
                return t
    return None


def link_sentence(
    text: str,
    s0: int,
    s1: int,
    mentions: list[Mention],
    context: dict[str, str],
    quote: str | None = None,
) -> list[Finding]:
    """Findings of one sentence ``text[s0:s1]``; offsets in the result are absolute and each
    finding's sentence is ``quote`` (the original text of the sentence; default: the slice)."""
    sent = text[s0:s1]
    found = find_values(sent)
    if (
        not found
        and "either" not in sent
        and "one of the median" not in sent
        and all(m.endpoint != "HR" for m in mentions)
        # ("overall survival was prolonged in NSCLC (0.72, 0.61 to 0.86)" after a ratio)
        and not (context.get("survival") and holds_bracketed_ratio(sent))
    ):
        # No figure, no hazard ratio (the steps below make none) and no "neither median had
        # been reached": nothing below can give a finding.
        return []
    quote = sent.strip() if quote is None else quote
    mentions = _blocked_by_abbreviation(_cause_specific(_collapse(mentions, sent), sent), sent)
    mentions = _drop_response_labels(_drop_glosses(mentions, sent), sent)
    if "when " in sent or "whose " in sent or "if " in sent:
        mentions = _drop_conditions(mentions, sent)
    mentions = _inherit_qualifier(_other_response_mentions(mentions, sent), sent)
    if ("espon" in sent and " median" in sent) or "lasted a median" in sent:
        mentions = _response_durations(sent, mentions)
    if context.get("lm") and "LM" in sent:
        mentions = [
            Mention(m.start, m.end, _SCOPE_INHERITS_I.get(m.endpoint, m.endpoint))
            if _LM_BEFORE.search(sent, max(0, m.start - 5), m.start)
            else m
            for m in mentions
        ]
    mentions, corresponding = _site_pairs(_clause_sites(_elided_os(mentions, sent), sent), sent)
    # (Timepoints serve only to judge and pair figures: a sentence without any skips them;
    # _assign pairs nothing then.)
    tps = find_timepoints(sent) if found else []
    if tps or context.get("timepoints"):
        tps = _same_timepoints(sent, tps, context)
    elif found and context.get("rate_months") and "%" in sent:
        tps = _carried_timepoints(sent, mentions, context["rate_months"])
    may_exclude = _may_exclude(sent)
    may_follow_up = _may_follow_up(sent)
    # (the figures that are no results, then those inside a mention: "PFS2", "grade 3")
    values = []
    for v in found:
        if _drop(sent, v, tps, may_exclude, may_follow_up):
            continue
        for m in mentions:
            if m.start <= v.start < m.end:
                break
        else:
            values.append(v)
    if "reported" in sent or "observed" in sent or "which" in sent:
        values = [v for v in values if not quoted_from_trial(sent, v, context)]
    if "area under" in sent or "AUC" in sent or "index" in sent or "statistic" in sent:
        values = _drop_accuracy_figures(sent, mentions, values)
    with_sd: list[tuple[Mention, Value]] = []
    if "table disease" in sent or "SD" in sent:
        with_sd = _control_rates(sent, mentions, values)
        if with_sd:
            values = [v for v in values if all(v is not w for _, w in with_sd)]
    # Hazard ratios first: their bare numbers are not available to anything else.
    out = stated_ratios(sent, quote, s0, mentions, values, context)
    if out and context.get("survival") and _rows_of_compared_medians(sent, mentions, values):
        # "By PD-L1: TPS <1% 9.9 vs 5.7 mo (HR 0.55; ...); TPS >=1% 12.6 vs 8.6 mo (HR 0.66)":
        # rows that name no endpoint give the medians of the survival their ratios are of
        mentions = [Mention(0, 0, context["survival"]), *mentions]
    if "gain" in sent or "differen" in sent:
        # "the gain in median survival shrank from 13.0 months ... to 2.8 months": the figures
        # of a gain or difference in an endpoint are no figures of it (its ratio still is)
        links = _assign(sent, [_as_difference(sent, m) for m in mentions], values, tps)
    else:
        links = _assign(sent, mentions, values, tps)
    if "mean" in sent or "Mean" in sent:
        links = [(m, v, t) for m, v, t in links if not _is_mean(sent, m, v)]
    if "istorical" in sent:
        links = [
            (m, v, t)
            for m, v, t in links
            if not _HISTORICAL_ENDPOINT.search(sent, max(0, m.start - 30), m.start)
        ]
    if corresponding:
        links = _split_corresponding(links, corresponding)
    if ";" in sent and tps and _IT_WAS.search(sent):
        links = _timepoints_of_clause_before(sent, links, tps)
    if len(links) >= 2 and "respectively" not in sent and _AGAINST.search(sent):
        links = _compared_block(sent, links, values)
    if with_sd:
        links = sorted([*links, *((m, v, None) for m, v in with_sd)], key=lambda x: x[1].start)
    if holds_any(sent, _SITE_OF_VALUE_WORDS):
        links = [(_site_of_value(sent, m, v), v, months) for m, v, months in links]
    out.extend(unlabelled_ratios(sent, quote, s0, links, out))
    if "arms" in context or "text" not in context:
        groups = groups_of(sent, links, context.get("arms"))
    else:
        groups = groups_of(sent, links, None, arms_of=lambda: _arms(context))
    for (m, v, months), group in zip(links, groups, strict=True):
        out.append(finding_for(quote, s0, m, v, months, group))
        if months is not None and v.kind in ("pct", "frac") and m.endpoint in TIMED:
            context.setdefault("rate_months", {})[m.endpoint] = months
    return [f for f in out if f is not None]


def _carried_timepoints(
    sent: str, mentions: list[Mention], rate_months: dict[str, float]
) -> list[Timepoint]:
    """For a sentence that states no timepoint: the timepoint of the last rate of each timed
    endpoint it names, glued to its mention, where a share follows the mention straight away
    ("5-year PFS was 85% and OS 97%. In limited-stage disease, PFS was 90% for children and 93%
    for young adults": 5-year rates; not "freedom from residual cancer went with longer
    survival", nor "the OS rate was markedly higher with A (100% vs. 60%)")."""
    return [
        Timepoint((rate_months[m.endpoint],), m.start, m.start)
        for m in mentions
        if m.endpoint in rate_months and _SHARE_STRAIGHT_AFTER.match(sent, m.end)
    ]


# A share right after an endpoint: "PFS was 90 ± 7%", "OS 97%", "OS rate of 81%".
_SHARE_STRAIGHT_AFTER = re.compile(
    r"\s*(?:rates?\s+)?(?:was|were|of|:|=)?\s*\d+(?:\.\d+)?\s*(?:%|\u00b1|\+/-)"
)


# Two medians compared with the ratio right after them: "9.9 vs 5.7 mo (HR 0.55".
_COMPARED_MEDIANS_HR = re.compile(
    r"\d+(?:\.\d+)?\s*(?:mo|months?)?\s*(?:vs\.?|versus|v)\s*\d+(?:\.\d+)?\s*(?:mo|months?)\s*"
    r"[\(\[;,]\s*(?:HR|hazard\s+ratio)\b"
)


_MEDIANS_WERE = re.compile(r"\bthe\s+medians\s+(?:were|was)\b")
_DID_BETTER = re.compile(r"\b(?:did|fared)\s+(?:better|worse)\b")


def _rows_of_compared_medians(sent: str, mentions: list[Mention], values: list[Value]) -> bool:
    """Whether ``sent`` names no endpoint nor blocking term (only ratios) and every time in it
    is one of two medians compared with their ratio after them (see _COMPARED_MEDIANS_HR), in
    rows or after a label."""
    if any(m.endpoint != "HR" for m in mentions):
        return False
    times = [v for v in values if v.kind == "time"]
    if len(times) < 2 or any(v.kind not in ("time", "pct") for v in values):
        return False
    if _MEDIANS_WERE.search(sent):
        return True  # "Among treatment-naive patients the medians were 38.5 months (...) and 26.1"
    rows = list(_COMPARED_MEDIANS_HR.finditer(sent))
    # (rows of a table, one row after a label's colon, or a group that "did better": not
    # "tumours reached the brain sooner (9.3 vs 46.6 months; HR = 4.7)", a time to another event)
    return (
        bool(rows)
        and 2 * len(rows) == len(times)
        and (
            len(rows) > 1 or ":" in sent[: rows[0].start()] or _DID_BETTER.search(sent) is not None
        )
    )


_ACCURACY_TERM = re.compile(r"area\s+under|AUR?OC|AUC|C-index|concordance|C-statistic", re.I)


def _drop_accuracy_figures(sent: str, mentions: list[Mention], values: list[Value]) -> list[Value]:
    """``values`` without the figures of a model's accuracy: after "the area under the ROC curve
    was 62% (...) for 6-month PFS and 64% (...) for 1-year OS" (or an AUC, a C-index), a share
    "for" an endpoint is the accuracy of its prediction."""
    starts = [
        m.end for m in mentions if m.endpoint == "NONE" and _ACCURACY_TERM.match(sent, m.start)
    ]
    if not starts:
        return values
    return [
        v
        for v in values
        if not (
            v.start > starts[0]
            and v.kind in ("pct", "num")
            and FOR_ENDPOINT.match(sent, v.span_end)
        )
    ]


# "54%, rising to 81% when tumours with stable disease were counted", "30% (65% including
# stable disease)": a response rate that counts stable disease is a disease control rate.
# ("with" is no cue: "an ORR of 30%, with stable disease in 35%" names another share.)
_WITH_SD_AFTER = re.compile(
    r"\s*[\(\[]?\s*,?\s*(?:when|if|once|including|counting)\s+(?:(?:patients|tumou?rs|those|cases|"
    r"lesions)\s+with\s+)?(?:an?\s+)?(?:stable\s+disease|SD)\b",
    re.I,
)


def _control_rates(
    sent: str, mentions: list[Mention], values: list[Value]
) -> list[tuple[Mention, Value]]:
    """The shares in ``values`` that count stable disease with the responses of the response
    rate named before them, each with a DCR (iDCR) mention at that rate's place."""
    out = []
    for v in values:
        if v.kind not in ("pct", "frac") or not _WITH_SD_AFTER.match(sent, v.span_end):
            continue
        before = [m for m in mentions if m.end <= v.start and m.endpoint != "NONE"]
        if before and before[-1].endpoint in ("ORR", "iORR"):
            m = before[-1]
            out.append((Mention(m.start, m.end, "DCR" if m.endpoint == "ORR" else "iDCR"), v))
    return out


def _same_timepoints(sent: str, tps: list[Timepoint], context: dict) -> list[Timepoint]:
    """``tps`` with "at the same timepoints" given the list of an earlier sentence ("OS rates at
    6, 12 and 24 months were ... . PFS rates at the same timepoints were ..."); the last list
    of ``tps`` is kept in ``context["timepoints"]`` for the sentences after."""
    months = context.get("timepoints")
    if "same time" in sent or "these time" in sent:
        hits = [
            m
            for m in SAME_TIMEPOINTS.finditer(sent)
            if not any(t.start <= m.start() < t.end for t in tps)
        ]
        # "83.6% were alive at 3 months, 63.2% at 6 months and 46.9% at 12 months, while 66.5%,
        # 44.4% and 26.4% were free of progression at the same time points": the single
        # timepoints before it in the sentence, in order
        earlier = [t for t in tps if hits and t.end <= hits[0].start()]
        if len(earlier) >= 2 and all(len(t.months) == 1 for t in earlier):
            months = tuple(t.months[0] for t in earlier)
        if months and hits:
            tps = sorted(
                [*tps, *(Timepoint(months, m.start(), m.end()) for m in hits)],
                key=lambda t: t.start,
            )
    lists = [t.months for t in tps if len(t.months) >= 2]
    if lists:
        context["timepoints"] = lists[-1]
    return tps


def _arms(context: dict) -> tuple[str, str] | None:
    """The randomised arms of the abstract ``context["text"]``, read once, when first needed
    (most abstracts never need them, and the scan is slow)."""
    if "arms" not in context:
        context["arms"] = randomised_arms(context["text"])
    return context["arms"]


_GAIN_IN_BEFORE = compile_guarded(
    r"\b(?:gains?|differences?)\s+in\s+(?:the\s+)?(?:median\s+)?$", re.I
)


# "(44.3 vs 40.2 months": the two arms' figures, in a bracket right after the endpoint.
_ARMS_PAIR_AFTER = re.compile(
    r"\s*[\(\[]\s*(?:medians?,?\s+)?\d+(?:\.\d+)?\s*(?:months?|mo|weeks?|years?)?\s*"
    r"(?:vs\.?|v\.?|versus)\s*\d",
    re.I,
)


def _as_difference(sent: str, m: Mention) -> Mention:
    """``m`` blocked when it is the endpoint of a gain or difference ("gain in median OS"),
    unless the two arms' figures follow it in a bracket ("the difference in median OS (44.3 vs
    40.2 months) was not significant", "without a gain in OS (11 vs. 8.3 months)")."""
    if (
        m.endpoint in TIMED
        and _GAIN_IN_BEFORE.search(sent, max(0, m.start - 30), m.start)
        and not _ARMS_PAIR_AFTER.match(sent, m.end)
    ):
        return Mention(m.start, m.end, "NONE")
    return m


# "mean survival was 74.6 months", "restricted mean PFS over 24 months (7.8 vs 5.5 months)":
# a mean (or restricted mean) time is no median; the endpoint still names its hazard ratio.
# ("mean (SD) survival 17.0 (3.8) months": with its spread named)
_MEAN_BEFORE = compile_guarded(r"\bmean\s+(?:\(\s*(?:SD|SE|s\.d\.|s\.e\.)\s*\)\s+)?$", re.I)


def _is_mean(sent: str, m: Mention, v: Value) -> bool:
    """Whether time ``v`` is the mean of the endpoint ``m`` rather than its median."""
    return v.kind == "time" and bool(
        _MEAN_BEFORE.search(sent, max(0, m.start - 20), m.start)
        # ("median OS had not been reached, with an actuarial mean of 28.5 months")
        or _MEAN_OF_BEFORE.search(sent, max(0, v.start - 25), v.start)
    )


_MEAN_OF_BEFORE = re.compile(
    r"\b(?:mean|average)\s+(?:of\s+|was\s+|=\s*)?"
    # ("(mean 21 months vs 12 months; P = 0.0005)": the second of a compared pair too)
    r"(?:\d+(?:\.\d+)?\s*(?:months?|mo|weeks?|years?|days?)?\s*(?:vs\.?|versus)\s*)?$",
    re.I,
)


_IT_WAS_BEFORE = compile_guarded(r"\bit\s+was\s+$")
# "it was 59%", "it reached 50.0%": a share of the endpoint named before
_IT_WAS_SHARE_BEFORE = compile_guarded(r"\bit\s+(?:was|reached|rose\s+to|fell\s+to)\s+$")
# "59% in virus-positive and 53%", "50.0% among HCT recipients and 83.3%": the next group's
# share of a list
_IN_GROUP_THEN = re.compile(r"\s+(?:in|among)\s+[^,;.%()]{1,40}?\s+(?:and|,)\s+")
_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$)")


def _has_own_value(sent: str, values: list[Value], m: Mention) -> bool:
    """Whether a figure stands right before mention ``m``, tied to it ("56% responded", "19% of
    patients achieved a response")."""
    return any(
        0 <= m.start - v.span_end <= 40 and _value_then_verb(sent[v.span_end : m.start])
        for v in values
    )


_JOINED = re.compile(r",|;|\band\b|\bwhile\b|\bwhereas\b")
_OWN_FIGURE_GAP = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:was|were|is|of|reached|:|=)\s*)*", re.I
)


def _has_own_figure_after(sent: str, values: list[Value], v: Value, m: Mention) -> bool:
    """Whether the mention ``m`` after ``v``, across a coordination ("68% and the ORR 13%"),
    has a figure of its own right after it."""
    if not _JOINED.search(sent, v.span_end, m.start):
        return False
    for w in values:
        if w.start >= m.end:
            return _OWN_FIGURE_GAP.fullmatch(sent, m.end, w.start) is not None
    return False


def _assign(
    sent: str, mentions: list[Mention], values: list[Value], tps: list[Timepoint]
) -> list[tuple[Mention, Value, float | None]]:
    """Pair values with mentions; returns (mention, value, timepoint months) in value order."""
    real = [m for m in mentions if m.endpoint not in ("NONE", "HR")]
    if not values:
        # (With no figures every rule below pairs nothing: only a "neither median had been
        # reached" gives links, in the order the end of this function sorts them.)
        shared = _neither_reached(sent, real)
        return sorted(shared, key=lambda link: (link[1].start, link[0].start)) if shared else []
    # "OS was 82.4% at both 6 and 12 months": one figure at each timepoint of the list. The
    # pairing below reads the first; copies at the others are added at the end.
    both: dict[int, tuple[float, ...]] = {}  # (a timepoint's start -> its later months)
    if "both" in sent:
        for j, t in enumerate(tps):
            if len(t.months) >= 2 and _AT_BOTH.match(sent, t.start):
                both[t.start] = t.months[1:]
                tps = [*tps[:j], Timepoint(t.months[:1], t.start, t.end), *tps[j + 1 :]]
    listed = [m for m in mentions if m.endpoint != "HR"]
    result: dict[int, tuple[Mention, Value, float | None]] = {}
    shared: list[tuple[Mention, Value, float | None]] = []  # one value, several endpoints
    used: set[int] = set()

    def values_between(a: int, b: int) -> list[int]:
        return [i for i, v in enumerate(values) if a <= v.start < b and i not in used]

    # Lists of mentions followed by as many values: zip in order.
    runs: list[list[Mention]] = []
    # Blocking terms take part in lists ("OS, PFS and non-relapse mortality were 52%, 30% and
    # 6%") so that their values are consumed, not handed to a neighbour.
    for m in listed:
        gap = sent[runs[-1][-1].end : m.start] if runs else ""
        if runs and runs[-1][-1].endpoint == "NONE":
            gap = _RATE_WORD.sub("", gap, count=1)  # "ORR, CR rate and DCR were ..."
        if runs and _LIST_JOIN.match(gap) and not _after_follow_up(sent, runs[-1][-1], gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 2 or all(m.endpoint == "NONE" for m in run):
            continue
        if (
            len(run) == 2
            and run[0].endpoint == "NONE"
            and _COMMA_ONLY.fullmatch(sent, run[0].end, run[1].start)
            and "respectively" not in sent
        ):
            continue  # "restricted to the time on treatment, median PFS was 10.4 months with
            # A and 7.9 months with B": a comma that closes a phrase, not a list of two
        run = _unknown_items(sent, run) + run
        nxt = [m for m in mentions if m.start >= run[-1].end and m.endpoint != "NONE"]
        # The values of a list stand in its clause, up to "respectively", and before any of its
        # endpoints is named again ("RFS, DMFS and OS did not differ: 2-year RFS was 62% ...").
        limit = min(nxt[0].start if nxt else len(sent), clause(sent, run[-1].end)[1])
        named = {sent[m.start : m.end].lower() for m in run}
        again = [
            m.start
            for m in mentions
            if m.start >= run[-1].end and sent[m.start : m.end].lower() in named
        ]
        if again:
            limit = min(limit, again[0])
        idx = values_between(run[-1].end, limit)
        resp = sent.find("respectively", run[-1].end, limit)
        if len(idx) % len(run) and resp >= 0:
            # "... were 62.2%, 88.6% and 68.6%, respectively, and 67.4% of patients were ...":
            # the list ends at "respectively" unless the values go on block by block.
            idx = values_between(run[-1].end, resp) or idx
        while idx and len(idx) % len(run) and len(run) > 2 and _has_own_value(sent, values, run[0]):
            # "Overall, 56% responded, and median PFS and OS were 5.8 and 12.0 months,
            # respectively": an endpoint with its figure before it heads no list.
            run = run[1:]
        timed = [m for m in run if m.endpoint in TIMED]
        first_nr = bool(idx) and values[idx[0]].kind == "nr"
        if (
            first_nr
            and len(timed) >= 2
            and (
                len(idx) in (1, 1 + len(run))
                # "Median PFS and OS had not been reached, and responses persisted ...": the
                # clause ends with the one "not reached"
                or (
                    _CLAUSE_END.match(sent, values[idx[0]].span_end)
                    and values[idx[1]].kind in ("pct", "frac")
                )
            )
        ):
            # "median TTNT, PFS and OS had not been reached in either group": every endpoint
            # of the list, once per group ("... not reached in the dMMR cohort and were 2.2 and
            # 5.0 months in the proficient cohort": then the rest pair up as usual).
            v = values[idx[0]]
            copies = 2 if _EITHER_GROUP.match(sent, v.span_end) else 1
            shared += [(m, v, None) for m in timed for _ in range(copies)]
            used.add(idx[0])
            idx = idx[1:]
            if not idx:
                continue
        if idx and all(_EACH_AFTER.match(sent, values[i].span_end) for i in idx):
            # "their median CSS and OS were 14 months each, versus 12 months each": every
            # figure is each endpoint's
            named = [m for m in run if m.endpoint not in ("NONE", "HR")]
            for i in idx:
                shared += [(m, values[i], None) for m in named]
                used.add(i)
            continue
        lead = next((t for t in tps if len(t.months) >= 2 and 0 <= run[0].start - t.end <= 5), None)
        if lead and len(idx) == len(lead.months) * len(run) and all(m in real for m in run):
            # "One- and two-year OS and intracranial PFS rates were 57% and 36%, and 30% and
            # 17%, respectively": one block of rates per endpoint, one rate per timepoint.
            k = len(lead.months)
            for j, i in enumerate(idx):
                result[i] = (run[j // k], values[i], lead.months[j % k])
                used.add(i)
            continue
        # "ORR, IC-ORR and EC-ORR were a, b and c (cohort 1), and d, e and f (cohort 2)".
        if idx and len(idx) % len(run) == 0:
            per = len(idx) // len(run)
            if per > 1 and _VERSUS.search(sent, values[idx[0]].span_end, values[idx[1]].start):
                # "The intracranial ORR and DCR of the two arms were 34.9% vs. 20.2% and 98.4%
                # vs. 92.7%, respectively": one block of compared values per endpoint.
                pairs = [(run[j // per], i) for j, i in enumerate(idx)]
            else:
                pairs = [(run[j % len(run)], i) for j, i in enumerate(idx)]
        else:
            pairs = []
        if pairs and all(
            m.endpoint == "NONE" or _can_carry(m.endpoint, values[i], True) for m, i in pairs
        ):
            for m, i in pairs:
                if m.endpoint == "NONE":
                    used.add(i)
                    continue
                t = _timepoint_for(m, values[i], tps, sent, strict=m.endpoint in RESPONSE)
                if t is None and values[i].kind == "pct":
                    # "the 3-year locoregional RFS, DMFS and overall survival rates were 95.8%,
                    # 90.9% and 89.5%, respectively": the timepoint that opens the list
                    t = next(
                        (x for x in tps if len(x.months) == 1 and 0 <= run[0].start - x.end <= 5),
                        None,
                    )
                months = t.months[0] if t and len(t.months) == 1 else None
                result[i] = (m, values[i], months)
                used.add(i)

    # A mention with a timepoint list: "iCBR at 6 and 12 months were 69.2% and 59%".
    for t in tps:
        if len(t.months) < 2:
            continue
        near = [
            m
            for m in real
            if (
                abs(t.start - m.end) <= 25
                # (not a mention with its own figure before: "The overall DCR was 55.6%; at 8
                # and 12 weeks the DCR was 52.3% and 35.5%, respectively")
                and not (m.end <= t.start and _has_any(sent[m.end : t.start], ";%"))
            )
            or abs(m.start - t.end) <= 5
        ]
        if not near:
            continue
        m = near[0]
        after = max(m.end, t.end)
        nxt = [x for x in mentions if x.start >= after]
        end = nxt[0].start if nxt else len(sent)
        idx = values_between(after, end)
        resp = sent.find("respectively", after, end) if len(idx) % len(t.months) else -1
        if resp >= 0:
            # "OS at 6, 12 and 18 months was 75.9%, 44.0% and 30.6%, respectively, and 72.6%
            # of patients had progression": the list ends at "respectively"
            idx = values_between(after, resp) or idx
        idx = [i for i in idx if values[i].kind in ("pct", "frac")]
        # One block of values per arm or subgroup: "at 24, 36 and 48 months were 80%, 63% and
        # 49% in the combination group and 72%, 51% and 41% in the monotherapy group".
        if (
            idx
            and len(idx) % len(t.months) == 0
            and all(_can_carry(m.endpoint, values[i], True) for i in idx)
        ):
            per = len(idx) // len(t.months)
            # "at 1, 3, and 5 years were 79.9% versus 71.8%, 31.0% versus 20.4% and ...": the
            # arms compared at each timepoint in turn.
            paired = per > 1 and _VERSUS.search(sent, values[idx[0]].span_end, values[idx[1]].start)
            # "the 1-year CS at 6, 12 and 18 months after diagnosis was 81.5%, 83.8% and
            # 85.3%": the list is the time survived (conditional survival); each rate is of
            # the span glued to the endpoint
            own = (
                next((x for x in tps if len(x.months) == 1 and 0 <= m.start - x.end <= 1), None)
                if _AFTER_EVENT.match(sent, t.end)
                else None
            )
            for j, i in enumerate(idx):
                months = t.months[j // per] if paired else t.months[j % len(t.months)]
                result[i] = (m, values[i], own.months[0] if own else months)
                used.add(i)

    # "OS rates of 87.1% and 61.3% at 1 and 2 years, respectively": the list after the values.
    for t in tps:
        if len(t.months) < 2:
            continue
        idx = [
            i
            for i, v in enumerate(values)
            if i not in used
            and v.kind in ("pct", "frac")
            and v.span_end <= t.start
            and ";" not in sent[v.span_end : t.start]
        ]
        idx = idx[-len(t.months) :]
        if len(idx) != len(t.months) or not re.fullmatch(
            r"[\s,]*(?:and\s+)?", sent[values[idx[-1]].span_end : t.start].replace("at", "", 1)
        ):
            continue
        before = [m for m in real if m.end <= values[idx[0]].start]
        # ("LC was 84% and 82% at the same time points" after OS's rates: a blocked outcome
        # nearer the rates is theirs)
        blocked = next(
            (
                m
                for m in reversed(mentions)
                if m.endpoint == "NONE" and m.end <= values[idx[0]].start
            ),
            None,
        )
        if (
            before
            and blocked
            and blocked.start > before[-1].start
            and _names_outcome(sent, blocked)
        ):
            continue
        if before and all(_can_carry(before[-1].endpoint, values[i], True) for i in idx):
            for i, months in zip(idx, t.months, strict=True):
                result[i] = (before[-1], values[i], months)
                used.add(i)

    # "...; in patients with IHC 3+ tumors they were 11.9 and 21.1 months": the endpoints of the
    # clause before, in order.
    for c0, c1 in clauses(sent) if " were" in sent and _ANAPHORA.search(sent) else ():
        if not _ANAPHORA.search(sent, c0, c1) or any(c0 <= m.start < c1 for m in mentions):
            continue
        idx = [i for i, v in enumerate(values) if c0 <= v.start < c1 and i not in used]
        earlier = [m for m in real if m.end <= c0]
        if not idx or not earlier:
            continue
        prev_c0, _ = clause(sent, earlier[-1].start)
        # The list that clause named, blocking terms holding their places ("Median rwToT and OS
        # were ...; in the ECOG 0-1 subgroup they were 7.6 and 28.8 months").
        run = next((r for r in runs if earlier[-1] in r), [])
        prev = [m for m in earlier if m.start >= prev_c0]
        if len(run) == len(idx) and run[0].start >= prev_c0:
            prev = run
        elif len(prev) != len(idx):
            # "the median TTSF was 11.57 months and the median OS 15.52 months; with B they
            # were 25.64 months and NR": blocking terms named there hold their places too
            named = [m for m in listed if prev_c0 <= m.start and m.end <= c0]
            prev = named if len(named) == len(idx) else prev
        # "the corresponding 15-month estimates were ...": rates at the clause's timepoint.
        tp = [t for t in tps if c0 <= t.start < c1 and len(t.months) == 1]
        months = tp[0].months[0] if tp else None
        if months is None:
            # (without one of its own, the rates keep the one timepoint of the clause before:
            # "the 2-year PFS and OS were 21.5% and 28.7%; among responders they were 53.0% and
            # 60.7%")
            before_tp = {t.months[0] for t in tps if prev_c0 <= t.start < c0 and len(t.months) == 1}
            months = before_tp.pop() if len(before_tp) == 1 else None
        if len(prev) == len(idx) and all(
            m.endpoint == "NONE" or _can_carry(m.endpoint, values[i], months is not None)
            for m, i in zip(prev, idx, strict=True)
        ):
            for m, i in zip(prev, idx, strict=True):
                used.add(i)
                if m.endpoint == "NONE":
                    continue
                rate = values[i].kind in ("pct", "frac") and m.endpoint in TIMED
                result[i] = (m, values[i], months if rate else None)

    # Shares of the responses still ongoing at a timepoint are duration-of-response rates.
    for i, v in enumerate(values) if _may_share_ongoing(sent) else ():
        if i in used or v.kind not in ("pct", "frac"):
            continue
        months = _response_share_months(sent, v, tps)
        if months is not None:
            intracranial = any(
                m.endpoint in ("iORR", "iDoR") and m.end <= v.start for m in real
            ) or bool(
                re.match(
                    r"[^;]{0,30}?of\s+(?:the\s+|all\s+)?(?:intracranial|IC|CNS)\s+respon",
                    sent[v.span_end :],
                )
            )
            endpoint = "iDoR" if intracranial else "DoR"
            result[i] = (Mention(v.start, v.start, endpoint), v, months)
            used.add(i)

    # "with responses in 1/22 osteosarcoma and 1/5 chondrosarcoma pts", "responses occurred in
    # 8 of 13 patients (61.5%)": each count after "responses in" is a response rate of the
    # group it names, not a share of the endpoint named before. (Not where a phrase of another
    # endpoint spans the word: "intracranial responses", "complete responses" are read as named.)
    # (A "respectively" row is paired with its groups below.)
    for i, v in enumerate(values) if "esponses" in sent and "respectively" not in sent else ():
        if i in used:
            continue
        if v.kind == "frac" or v.N is not None:
            words = _RESPONSES_IN.search(sent, max(0, v.start - 160), v.start)
        elif v.kind == "pct" and _IN_COUNT_BRACKET.search(sent, max(0, v.start - 40), v.start):
            # "Responses were seen in nine of 16 (56%) patients treated first-line and in two
            # of eight (25%) treated second-line": a count in words, its share in brackets
            words = _RESPONSES_IN_WORDS_SCAN.search(sent, max(0, v.start - 160), v.start)
            if words and ";" in sent[words.end() : v.start]:
                words = None
        else:
            continue
        if words and not any(
            x.start < words.end("word") and words.start("word") < x.end and x.endpoint != "ORR"
            for x in mentions
        ):
            result[i] = (new_mention(v.start, v.start, "ORR"), v, None)
            used.add(i)

    # Everything else: the nearest suitable mention before the value in its clause; a value
    # that opens its clause ("; 71% of patients had a complete response") belongs to the
    # mention after it; otherwise the nearest suitable mention in earlier clauses.
    ascii_low = sent.lower() if sent.isascii() else None  # (see _not_an_outcome_after)
    one_clause = ";" not in sent  # (then clause(sent, pos) is the whole sentence)
    it_was: tuple[Mention, int] | None = None  # (a response rate "it was" gave, and its value)
    for i, v in enumerate(values):
        if i in used:
            continue
        c0, c1 = (0, len(sent)) if one_clause else clause(sent, v.start)
        # The mentions before the value, those of them in its clause, those after it in its
        # clause and the endpoints inside it, in order (one pass, not a list built from each).
        before: list[Mention] = []
        in_clause: list[Mention] = []
        after: list[Mention] = []
        within: list[Mention] = []
        for x in mentions:
            if x.end <= v.start:
                before.append(x)
                if x.start >= c0:
                    in_clause.append(x)
            if v.span_end <= x.start < c1:
                after.append(x)
            if v.start < x.start and x.end <= v.end and x.endpoint not in ("NONE", "HR"):
                within.append(x)
        # "19 of 27 patients responded (70%; 95% CI 50-86)": the fraction holds its endpoint.
        if within and _can_carry(within[0].endpoint, v, False):
            result[i] = (within[0], v, None)
            continue
        chosen: Mention | None = None
        if (
            after
            and after[0].endpoint == "NONE"
            # (a time is no share of a response category: "median OS was 8.1 months with
            # stable disease" is the survival of that group)
            and v.kind not in ("time", "nr")
            and _value_of_blocked(sent, v, after[0])
            # ("an overall response rate of 67% with complete remission in 26%": the figure
            # of the endpoint right before it; not after a bare comma: "88% of patients
            # responded, 54% with a complete response")
            and not any(_COPULA_GAP.fullmatch(sent, m.end, v.start) for m in in_clause if m in real)
        ):
            continue  # "40% in complete response", "10% had stable disease"
        tail = _PCT_LIST_TAIL.match(sent, v.span_end) if v.kind == "pct" else None
        if (
            tail
            # (a list's first item, joined by a bare comma, or a later one: not a clause of its
            # own, "The ORR was 73%, and 40% had progressed", "20% and 40% had stable disease")
            and (
                _BARE_COMMA.match(sent, v.span_end)
                or _LIST_ITEM_BEFORE.search(sent, max(0, v.start - 12), v.start)
            )
            and _not_an_outcome_after(sent, tail.end(), ascii_low)
        ):
            continue  # "64%, 56% and 50% began cycle 6": the list shares its verb
        if _not_an_outcome_after(sent, v.span_end, ascii_low) and not (
            # "in 26 of 128 given gemcitabine-docetaxel": the denominator's population
            # (or "14 of 61 patients (23%) given ...", a share read with its count)
            ((v.kind == "frac" or v.N is not None) and _GIVEN_AFTER.match(sent, v.span_end))
            # ("in ten of 98 patients (10%) given nivolumab alone": the same, where the count
            # in words is not read with the share)
            or (
                v.kind == "pct"
                and _BRACKET_GIVEN_AFTER.match(sent, v.span_end)
                and _OF_COUNT_BRACKET.search(sent, max(0, v.start - 40), v.start)
            )
            # ("by 82% of patients given venetoclax and 68% given placebo": the second arm)
            or (
                v.kind == "pct"
                and _GIVEN_AFTER.match(sent, v.span_end)
                and _SHARE_GIVEN_BEFORE.search(sent, 0, v.start) is not None
            )
        ):
            continue  # "12.1% had progressed", "80% had received immunotherapy", "five (6%) of
            # them complete"
        # A share of a population just named ("Patients given pemetrexed (75%) had an ORR of
        # 30%") links to no endpoint after it; a share of a count ("48 of these 112 patients
        # (42.9%) had a response") may.
        # (read only with an endpoint after it: every use below asks for one too)
        forward = bool(after) and (
            v.N is not None
            or not _BRACKETED_SHARE.search(sent, max(0, v.start - 3), v.start)
            or bool(_SHARE_OF_COUNT.search(sent, max(0, v.start - 30), v.start))
            or ("(" in sent[max(0, v.start - 3) : v.start] and _share_of_its_count(sent, v))
        )
        # (A time is not linked through a compared percentage: "median PFS was 7.0 months and
        # 64% of patients were alive".)
        if (
            forward
            and after
            and (v.kind in ("pct", "frac") or "%" not in sent[v.span_end : after[0].start])
            # ("the objective response rate was 2% and 32.6% of patients had disease
            # control": the figure of the endpoint right before it, not of the list's verb)
            and not (
                in_clause
                and in_clause[-1].endpoint not in ("NONE", "HR")
                and _COPULA_GAP.fullmatch(sent, in_clause[-1].end, v.start)
            )
            and (
                _value_then_verb(sent[v.span_end : after[0].start])
                or _value_for(sent[v.end : after[0].start])
                or (
                    _RESPONDED.match(sent, after[0].start)
                    and _SHARE_OF_PATIENTS.match(sent[v.span_end : after[0].start])
                )
            )
        ):
            m = after[0]
            t = _timepoint_for(m, v, tps, sent, strict=False)
            if m.endpoint not in ("NONE", "HR") and _can_carry(
                m.endpoint, v, t is not None and len(t.months) == 1
            ):
                chosen = m
            elif m.endpoint not in ("NONE", "HR") and (t is None or len(t.months) == 1):
                # "11 (52.4%) had an objective response ... and 15 (71.4%) were alive at the
                # data cutoff": the verb ties the figure to what follows, which cannot carry
                # it (no timepoint); it is no figure of an endpoint named before. (A list of
                # timepoints after it is paired below: "70% and 49% of patients were free
                # from progression at 3 and 6 months, respectively".)
                continue
        if (
            chosen is None
            and v.kind == "time"
            and _IT_WAS_BEFORE.search(sent, max(0, v.start - 9), v.start)
        ):
            # "The median DoR was 12.6 months, and for the patients in complete remission it
            # was 13.2 months": the endpoint of the clause before
            chosen = next((m for m in reversed(before) if m.endpoint in TIMED), None)
        elif (
            chosen is None
            and v.kind == "pct"
            and (
                _IT_WAS_SHARE_BEFORE.search(sent, max(0, v.start - 14), v.start)
                or (
                    it_was is not None
                    and _IN_GROUP_THEN.fullmatch(sent, values[it_was[1]].span_end, v.start)
                )
            )
        ):
            # "The objective response rate was 56% (...), made up of complete responses in 24%
            # and partial responses in 32%; it was 59% in virus-positive and 53% in
            # virus-negative tumors" ("it reached 50.0% among HCT recipients and 83.3% among
            # SOT recipients"): the response rate the sentence opened with, past the kinds of
            # response that spell it out (the next group's share too)
            chosen = next((m for m in before if m.endpoint in RESPONSE), None)
            it_was = (chosen, i) if chosen is not None else None
        if chosen is None and in_clause:
            chosen = _walk_back(in_clause, v, tps, sent)
        elif (
            chosen is None
            and forward
            and after
            and after[0].endpoint != "HR"
            and after[0].start - v.span_end <= 200
            # "in 276 patients (26%), 57 of whom achieved disease control": another count
            # stands between the value and the endpoint, which is that count's.
            and not _COUNT_IN_GAP.search(sent, v.span_end, after[0].start)
            # "Eight patients (35%) never reached a scan ... unevaluable for brain response"
            and not _NEGATION.search(sent, v.span_end, after[0].start)
            # "the PFR12 weeks was 68% and the objective response rate 13%": the endpoint
            # after the coordination has its own figure
            and not _has_own_figure_after(sent, values, v, after[0])
            # "In the 96 patients (79%) pretreated with chemotherapy, the ORR was 45%": a share
            # of a count is an outcome only when a verb links it to the endpoint.
            and not (
                _SHARE_OF_COUNT.search(sent, max(0, v.start - 30), v.start)
                and not _value_then_verb(sent[v.span_end : after[0].start])
            )
        ):
            m = after[0]
            t = _timepoint_for(m, v, tps, sent, strict=False)
            if m.endpoint not in ("NONE", "HR") and _can_carry(
                m.endpoint, v, t is not None and len(t.months) == 1
            ):
                chosen = m
        elif chosen is None and all(m.endpoint == "HR" for m in after):
            # (a ratio after the values is theirs: "in the intention-to-treat population the
            # corresponding values were 10.4 and 8.2 months (hazard ratio, 0.65 ...)")
            chosen = _walk_back(before, v, tps, sent)
        if chosen is None:
            continue
        t = _timepoint_for(chosen, v, tps, sent, strict=chosen.endpoint in RESPONSE)
        months = t.months[0] if t and len(t.months) == 1 else None
        result[i] = (chosen, v, months)
    if tps:  # (without timepoints no row is begun: see _compared_rows)
        _compared_rows(sent, values, tps, result)
    if "respectively" in sent:
        _respective_row(sent, values, result, mentions)
    if "respectively" in sent and len(tps) >= 2:
        _zip_timepoints(sent, values, tps, result)
        _pair_again_at(sent, values, tps, result)
    if ("respectively" in sent or "orresponding" in sent) and len(tps) >= 2:
        _timed_row_again(sent, values, tps, result)
    if "respectively" in sent and len(result) >= 4:
        _these_rates(sent, values, result)
    if any(len(t.months) >= 2 for t in tps):
        _rates_with_timepoint_list(sent, values, tps, real, result)
    if "orresponding" in sent:
        _corresponding_values(sent, values, real, result)
    if "orresponding" in sent or "matching" in sent or "respective" in sent:
        _corresponding_rates(sent, values, real, result)
    shared += _neither_reached(sent, real)
    # "the median PFS was 6.8 months in both arms", "both arms had a median PFS of 38.4
    # months": one figure for each arm.
    if result and _may_name_both(sent):
        # ("In both the ESCC and the G/GEJ cohorts the ORR was 46.7% and the DCR 80%": every
        # figure of a sentence that opens so and compares nothing, one figure an endpoint)
        opening = (
            _BOTH_OPENING.match(sent) is not None
            and not _COMPARES.search(sent)
            and len({m.endpoint for m, _v, _t in result.values()}) == len(result)
        )
        shared += [
            result[i]
            for i in sorted(result)
            if opening
            or _EITHER_GROUP.match(sent, values[i].span_end)
            or _EITHER_GROUP.match(sent, values[i].end)
            or _BOTH_HAD.search(sent, max(0, result[i][0].start - 40), result[i][0].start)
        ]
    for m, v, months in result.values() if both else ():
        at = _timepoint_for(m, v, tps, sent, strict=False) if months is not None else None
        if at is not None and at.start in both:
            shared += [(m, v, later) for later in both[at.start]]
    links = [result[i] for i in sorted(result)]
    if shared:
        links = sorted(links + shared, key=lambda link: (link[1].start, link[0].start))
    return links


# "responses in ", "Responses occurred in ": the words before a count of responders.
_RESPONSES_IN_WORDS = (
    r"(?P<word>\b[Rr]esponses)\s+"
    r"(?:(?:were\s+)?(?:seen|observed|noted)\s+|occurred\s+)?in\s+"
)
# Those words and the counts of a list after them, up to a value ("responses in 1/22
# osteosarcoma and ", before "1/5").
_RESPONSES_IN = re.compile(
    _RESPONSES_IN_WORDS + r"(?:\d+\s*(?:/|of)\s*\d+[^,;()%]{0,40}?(?:,\s*and|,|and)\s+)*$"
)
_RESPONSES_IN_WORDS_SCAN = re.compile(_RESPONSES_IN_WORDS)
# A count in words or digits after "in", with the bracket of its share opened: "in two of
# eight (", "in nine of 16 patients (".
_IN_COUNT_BRACKET = re.compile(
    r"\bin\s+(?:\d+|" + _NUMBER_WORD + r")\s+of\s+(?:\d+|" + _NUMBER_WORD + r")\s*"
    r"(?:patients\s+)?\(\s*$"
)
# Those words and a count ("responses in 3/10", "Responses occurred in 8 of 13"): a sentence
# that names no endpoint may hold such a response rate.
_RESPONDERS_COUNTED = re.compile(_RESPONSES_IN_WORDS + r"\d+\s*(?:/|of)\s*\d+")

# "at both 6 and 12 months", "both at 1 and 2 years" (a timepoint list's opening words)
_AT_BOTH = re.compile(r"(?:at\s+)?both\b", re.I)


# "the 1-year LC, DIC, sPFS and OS were 75%, 50%, 30% and 67%": abbreviations outside the
# vocabulary head the list and take their values.
_UNKNOWN_ITEMS = re.compile(
    r"\b(?i:the)\s+(?:[\w-]+\s+)?(?P<items>(?:[A-Z][A-Za-z0-9-]{1,10}\s*,\s*)+)$"
)
_ITEM = re.compile(r"[A-Z][A-Za-z0-9-]{1,10}")


def _unknown_items(sent: str, run: list[Mention]) -> list[Mention]:
    """Placeholders for the unknown items that open a list of endpoints."""
    hit = _UNKNOWN_ITEMS.search(sent, 0, run[0].start) if "," in sent[: run[0].start] else None
    if hit is None:
        return []
    base = hit.start("items")
    return [
        Mention(base + m.start(), base + m.end(), "NONE")
        for m in _ITEM.finditer(hit.group("items"))
    ]


_EITHER_GROUP = re.compile(
    r"\s*(?:months?|mo|weeks?|years?|days?)?\s*(?:in|for)\s+(?:either|both|each)\s+"
    # "in both the combination and the nivolumab groups"
    r"(?:(?:the\s+)?[\w+-]+(?:\s+[\w+-]+){0,2}\s+and\s+(?:the\s+)?[\w+-]+(?:\s+[\w+-]+){0,2}\s+)?"
    r"(?:treatment\s+|study\s+|[\w+]+-containing\s+)?(?:groups?|arms?|cohorts?|populations?)\b",
    re.I,
)


def _may_name_both(sent: str) -> bool:
    """False only where neither ``_EITHER_GROUP`` nor ``_BOTH_HAD`` can match: an ASCII
    sentence without "either", "both" or "each" in any case. (For ASCII text ``re.I`` matches
    exactly what lower-casing finds; other text is left to the patterns.)"""
    if not sent.isascii():
        return True
    low = sent.lower()
    return "either" in low or "both" in low or "each" in low


# "In both arms, ", "In both the ESCC and the G/GEJ cohorts " (a sentence's opening words)
_BOTH_OPENING = re.compile(
    r"\s*(?:(?:Results?|Findings)\s*:\s*)?(?:In|Among|For)\s+both\s+"
    r"(?:(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,2}\s+and\s+(?:the\s+)?[\w/+-]+(?:\s+[\w/+-]+){0,2}\s+)?"
    r"(?:treatment\s+|study\s+)?(?:groups|arms|cohorts|populations)\b"
)
# Words of a sentence that sets figures against each other.
_COMPARES = re.compile(r"\b(?:vs|versus|compared|respectively|than|whereas|while)\b")
_BOTH_HAD = compile_guarded(
    # ("Both cohorts had the same median PFS of 2.1 months")
    r"\bboth\s+(?:arms|groups|cohorts)\s+(?:had|showed|reached)\s+(?:an?\s+|the\s+)?"
    r"(?:same\s+|identical\s+|equal\s+)?(?:median\s+)?$",
    re.I,
)
_NEITHER_REACHED = compile_guarded(
    r"\bneither\s+(?:median|of\s+the\s+medians)\s+(?:had|has|was)\s+(?:yet\s+)?(?:been\s+)?reached",
    re.I,
)


# "None of the medians for duration of response, PFS or OS had been reached"
_NONE_OF_MEDIANS = re.compile(
    r"\bnone\s+of\s+the\s+medians?\s+(?:for|of)\s+(?P<a>[^;.]{2,80}?)\s+(?:had|has|have|was|were)"
    r"\s+(?:yet\s+)?(?:been\s+)?reached(?P<b>)",
    re.I,
)
_NEITHER_NOR = compile_guarded(
    r"\bneither\s+(?:the\s+)?median\s+(?P<a>[^,;.]{2,60}?)\s+nor\s+(?:the\s+)?(?:median\s+)?"
    r"(?P<b>[^,;.]{2,60}?)\s+(?:had|has|have|was|were)\s+(?:yet\s+)?(?:been\s+)?reached",
    re.I,
)


def _neither_reached(sent: str, real: list[Mention]) -> list[tuple[Mention, Value, None]]:
    """ "median PFS was 20.3 months and median OS 37.2 months; with B, neither median had been
    reached": a median not reached for each endpoint of the clause before; "Neither the median
    duration of response nor the median PFS had been reached": one for each endpoint named."""
    if "either" not in sent and "one of the median" not in sent:
        return []
    both = _NEITHER_NOR.search(sent) or _NONE_OF_MEDIANS.search(sent)
    if both:
        v = Value("nr", None, both.start(), both.end(), both.end())
        named = [
            m
            for m in real
            if m.endpoint in TIMED
            and any(
                m.start < both.end(g) and m.end > both.start(g)
                for g in ("a", "b")
                if both.group(g) is not None
            )
        ]
        return [(m, v, None) for m in named]
    hit = _NEITHER_REACHED.search(sent)
    if hit is None:
        return []
    c0, _c1 = clause(sent, hit.start())
    earlier = [m for m in real if m.end <= c0 and m.endpoint in TIMED]
    if not earlier or any(c0 <= m.start < hit.start() for m in real):
        return []
    p0, _p1 = clause(sent, earlier[-1].start)
    endpoints = dict.fromkeys(m.endpoint for m in earlier if m.start >= p0)
    v = Value("nr", None, hit.start(), hit.end(), hit.end())
    return [(Mention(hit.start(), hit.start(), e), v, None) for e in endpoints]


# "90% of responses were ongoing at 6 months"; "responses had lasted longer than 6 months in
# 57% of the responders".
_SHARE_ONGOING = re.compile(
    r"\s*(?:[\(\[][^()\[\]]*[\)\]]\s*)?"
    # ("86.5%, 75.5% and 64.2% of responses were maintained at 6, 9 and 12 months": the later
    # shares of a list, each at its timepoint)
    r"(?P<more>(?:vs\.?|versus|and)\s*\d+(?:\.\d+)?\s*%\s*(?:[\(\[][^()\[\]]*[\)\]]\s*)?|"
    r"(?:,\s*\d+(?:\.\d+)?\s*%\s*){1,3}(?:,\s*and|and)\s*\d+(?:\.\d+)?\s*%\s*|)"
    r"of\s+(?:the\s+|all\s+)?"
    r"(?:(?:intracranial|IC|CNS)\s+)?(?:responses|responders|responding\s+"
    # ("of responders to durvalumab and durvalumab plus tremelimumab were still in response")
    r"patients)(?:\s+(?:to|with|on)\s+[^,;%()]{1,60}?)?\s+(?:were|was|remained|had)\s+(?:still\s+)?"
    r"(?:ongoing|in\s+response|durable|"
    r"maintained|continuing|responding)\b",
    re.I,
)
# "response was maintained in 91.3% (95% CI ...) of responders at 6 months, 82.5% (...) at 12
# months and 80.5% at 18 months": the shares after the verb, each with its timepoint
_MAINTAINED_IN = re.compile(
    r"respons\w*\s+(?:was|were)\s+(?:still\s+)?(?:maintained|ongoing|sustained)\s+in\s+"
    r"(?:[^;]{0,160}?(?:,\s*(?:and\s+)?|\s+and\s+))?$",
    re.I,
)
_OF_RESPONDERS = re.compile(r"\s*of\s+(?:the\s+)?(?:responders|responses|responding\s+patients)\b")
# (a list of shares, not two compared: "86.5%, 75.5% and 64.2%")
_LISTED_SHARES = re.compile(r"(?:\s*(?:,\s*and|and|,)\s*\d+(?:\.\d+)?\s*%\s*)*")
_LISTED_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?\s*%\s*(?:,\s*and|and|,)\s*)+$")
# "... were maintained at 6 months and 74% at 12 months": a later share of the same list.
_ONGOING_BEFORE = re.compile(
    r"(?:responses|responders)\s+(?:were|was|remained)\s+(?:still\s+)?(?:ongoing|in\s+response|"
    r"durable|maintained|continuing)\s+at\s+\d+(?:\.\d+)?\s*(?:months?|years?|weeks?)\s*"
    r"(?:,\s*and|,|and)\s*$",
    re.I,
)
# "(67%) had responses lasting longer than 12 months and 58% longer than 24 months"
_LASTING_AFTER = re.compile(
    # ("Responses lasted a median of 8.4 months, and 65.6% of them lasted 6 months or longer")
    r"\s*(?:of\s+(?:the\s+)?(?:patients|responders|responses|them)\s+)?(?:(?:had\s+(?:a\s+)?"
    r"responses?\s+)?(?:lasting|that\s+lasted|lasted)\s+)?(?:(?:longer\s+than|more\s+than|"
    r"beyond|at\s+least|over|>=?)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>months?|mos?|years?|weeks?)\b|"
    # "61% of responders had responses lasting 18 months or longer", "67% of responses lasted
    # 12 months or more and 52% lasted 24 months or more"
    r"(?:(?<=lasting\s)|(?<=lasted\s))(?P<n2>\d+(?:\.\d+)?)\s*(?P<unit2>months?|years?|weeks?)"
    r"\s+or\s+(?:longer|more)\b)",
    re.I,
)
_LASTED = compile_guarded(
    r"\brespon\w*\s+(?:(?:had\s+)?(?:lasted|lasting|were\s+maintained|continued)\s+(?:for\s+)?"
    r"(?:longer\s+than|more\s+than|at\s+least|>=?|over|beyond)|(?:(?:were|was)\s+)?"
    # ("the response was still ongoing at 12 months in 84.7% and 63.0%", "at 12 mo in")
    r"(?:still\s+)?(?:ongoing|maintained|continuing)\s+at)\s+(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>months?|mo|years?|weeks?)\s+in\s+(?:\d+(?:\.\d+)?\s*%\s*(?:vs\.?|versus|and)\s*)?$",
    re.I,
)


def _timepoint_at(sent: str, tps: list[Timepoint], pos: int) -> Timepoint | None:
    """The timepoint that starts at ``pos``, after blanks only."""
    return next((t for t in tps if t.start >= pos and not sent[pos : t.start].strip()), None)


# A word every match of _SHARE_ONGOING, _ONGOING_BEFORE, _LASTING_AFTER and _LASTED holds, in
# lower case (the first two may hold "in response" instead; see _may_share_ongoing).
_ONGOING_WORDS = (
    "ongoing", "durable", "maintained", "continu", "lasted", "lasting", "still respond",
)  # fmt: skip
_IN_RESPONSE = re.compile(r"in\s+response")


def _may_share_ongoing(sent: str) -> bool:
    """Whether :func:`_response_share_months` may find a share of responses in ``sent``: not
    without "espon" (it says so itself), nor in an ASCII sentence (where ignoring case is the
    lower case) that holds none of ``_ONGOING_WORDS`` and no "in response" (most sentences):
    each of its scans is spared for each of the sentence's values."""
    if "espon" not in sent:
        return False  # (as _response_share_months itself says)
    if not sent.isascii():
        return True
    low = sent.lower()
    return holds_any(low, _ONGOING_WORDS) or bool(_IN_RESPONSE.search(low))


def _response_share_months(sent: str, v: Value, tps: list[Timepoint]) -> float | None:
    """The timepoint of a share of responses still ongoing (a duration-of-response rate), or
    None when ``v`` is no such share."""
    if "espon" not in sent:
        return None
    hit = _SHARE_ONGOING.match(sent, v.span_end)
    if hit:
        # the timepoint right after ("ongoing at 6 months"), or one that opens the sentence
        # ("One year after the start of treatment, 71% of the responses were ongoing")
        t = _timepoint_at(sent, tps, hit.end())
        if t is not None and len(t.months) > 1:
            # (one share per timepoint, in order: the shares before this one and after it)
            more = hit.group("more")
            later = more.count("%") if _LISTED_SHARES.fullmatch(more) else -1
            before = _LISTED_BEFORE.search(sent, max(0, v.start - 60), v.start)
            earlier = before.group().count("%") if before else 0
            if later >= 0 and earlier + later + 1 == len(t.months):
                return t.months[earlier]
        t = t or next((t for t in tps if t.end <= v.start and not sent[: t.start].strip()), None)
        return t.months[0] if t is not None and len(t.months) == 1 else None
    if _ONGOING_BEFORE.search(sent, max(0, v.start - 100), v.start):
        t = _timepoint_at(sent, tps, v.span_end)
        return t.months[0] if t is not None and len(t.months) == 1 else None
    if _MAINTAINED_IN.search(sent, max(0, v.start - 200), v.start):
        of = _OF_RESPONDERS.match(sent, v.span_end)
        t = _timepoint_at(sent, tps, of.end() if of else v.span_end)
        return t.months[0] if t is not None and len(t.months) == 1 else None
    if "lasting" in sent or "lasted" in sent:
        lasting = _LASTING_AFTER.match(sent, v.span_end)
        if lasting:
            n, unit = (
                lasting.group("n", "unit") if lasting.group("n") else lasting.group("n2", "unit2")
            )
            return to_months(float(n), unit)
    lasted = _LASTED.search(sent, max(0, v.start - 80), v.start)
    if lasted:
        return to_months(float(lasted.group("n")), lasted.group("unit"))
    return None


_ROW_COMPARED = re.compile(
    r"^[^;%]{0,60}?\b(?:compared\s+with|versus|vs\.?|and|"
    # "..., higher at each point than those of non-Japanese patients: 75.1%, 62.1% and 47.3%"
    r"than\s+(?:those|that)\s+(?:of|in|for)\b[^;%:]{0,40}:)\s+(?:the\s+)?$",
    re.I,
)


_CORRESPONDING_VALUES = compile_guarded(
    r"\bcorresponding\s+(?:values|figures|medians|estimates)\s+(?:were|was)\b", re.I
)


_AGAINST = compile_guarded(r"\b(?:against|versus|vs\.?|compared\s+with)\s+(?=\d)", re.I)


def _compared_block(
    sent: str, links: list[tuple[Mention, Value, float | None]], values: list[Value]
) -> list[tuple[Mention, Value, float | None]]:
    """ "5-year OS was 68.9% and 5-year PFS 59.5% with A, against 57.5% and 44.5% with B": a
    list of figures after "against" (or "versus") that names no endpoint gives, in order, the
    endpoints and timepoints of as many linked figures right before it, of as many different
    endpoints or timepoints (``values``: the sentence's figures, linked or not)."""
    out = list(links)
    for hit in _AGAINST.finditer(sent):
        after = [v for v in values if v.start >= hit.end()]
        run = after[:1]
        for v in after[1:]:
            if not _LIST_GAP.fullmatch(sent, run[-1].end, v.start):
                break
            run.append(v)
        before = [x for x in out if x[1].start < hit.start()][-len(run) :]
        if len(run) < 2 or len(before) != len(run):
            continue
        heads = [(x[0].endpoint, x[2]) for x in before]
        linked = {x[1].start: k for k, x in enumerate(out)}
        if (
            len(set(heads)) != len(heads)
            # ("... 18.0 months and 1- and 2-year PFS rates of 57% and 33%, against 7.3 months,
            # 31% and 7%": a time for a time, a rate for a rate)
            or any(_is_time(v) != _is_time(x[1]) for v, x in zip(run, before, strict=True))
            # (an endpoint named in the list: its own)
            or any(v.start in linked and out[linked[v.start]][0].start >= hit.start() for v in run)
            # ("90.2% vs 87.5% and 72.5% vs 66.7%": pairs compared in turn, not a block)
            or _AGAINST.match(sent, _past_spaces_and_percent(sent, run[-1].span_end))
        ):
            continue
        for v, x in zip(run, before, strict=True):
            if v.start in linked:
                out[linked[v.start]] = (x[0], v, x[2])
            else:
                out.append((x[0], v, x[2]))
        out.sort(key=lambda x: x[1].start)
    return out


def _past_spaces_and_percent(sent: str, pos: int) -> int:
    """``pos`` past the spaces (and a "%") that follow it."""
    while pos < len(sent) and (sent[pos].isspace() or sent[pos] == "%"):
        pos += 1
    return pos


def _is_time(v: Value) -> bool:
    """Whether ``v`` is a time (a median, or one not reached) rather than a share."""
    return v.kind in ("time", "nr")


_IT_WAS = compile_guarded(r"\b(?:it|they)\s+(?:was|were)\b", re.I)


def _timepoints_of_clause_before(
    sent: str, links: list[tuple[Mention, Value, float | None]], tps: list[Timepoint]
) -> list[tuple[Mention, Value, float | None]]:
    """ "OS after SABR was 91% at 3 years and 87% at 5 years; after VATS it was 91% and 84%":
    the rates of a clause that says "it was" (or "they were") and names no timepoint of its
    own are at the timepoints of the clause before, in order, when both clauses give as many
    rates of the endpoint."""
    out = list(links)
    spans = clauses(sent)
    for (p0, p1), (c0, c1) in zip(spans, spans[1:], strict=False):
        if not _IT_WAS.search(sent, c0, c1) or any(c0 <= t.start < c1 for t in tps):
            continue
        now = [i for i, (m, v, _) in enumerate(out) if c0 <= v.start < c1 and m.endpoint in TIMED]
        then = [x for x in out if p0 <= x[1].start < p1 and x[0].endpoint in TIMED]
        if len(now) < 2 or len(now) != len(then):
            continue
        months = [x[2] for x in then]
        if (
            None in months
            or len(set(months)) != len(months)
            or any(out[i][0].endpoint != x[0].endpoint for i, x in zip(now, then, strict=True))
            or any(out[i][1].kind not in ("pct", "frac") for i in now)
        ):
            continue
        for i, t in zip(now, months, strict=True):
            out[i] = (out[i][0], out[i][1], t)
    return out


def _corresponding_row(
    text: str, original: str, s0: int, s1: int, row: tuple[int, int, list[Finding]]
) -> list[Finding]:
    """The figures of a sentence that names no endpoint and gives "the corresponding values"
    of the sentence before (``row``: its bounds and findings): its figures, one for each of
    that sentence's, in order and of the same kinds, take the endpoints, timepoints and units
    of those that gave findings (a blocked outcome's figure keeps its place and gives none)."""
    sent = text[s0:s1]
    if not _CORRESPONDING_VALUES.search(sent):
        return []
    p0, p1, before = row
    then, now = find_values(text[p0:p1]), find_values(sent)
    if not now or len(then) != len(now):
        return []
    if any(_is_time(a) != _is_time(b) for a, b in zip(then, now, strict=True)):
        return []
    by_start = {f.start: f for f in before}
    quote = original[s0:s1].strip()
    out = []
    for a, b in zip(then, now, strict=True):
        f = by_start.get(p0 + a.start)
        if f is None or f.endpoint == "HR":
            continue
        out.append(
            build_finding(
                quote,
                s0,
                f.endpoint,
                f.kind,
                b,
                b.unit if b.kind == "time" else f.unit,
                f.months,
                nr=b.kind == "nr",
            )
        )
    return out


def _corresponding_values(
    sent: str,
    values: list[Value],
    mentions: list[Mention],
    result: dict[int, tuple[Mention, Value, float | None]],
) -> None:
    """ "a median OS of 9.4 months and a median PFS of 4.5 months, while in the locally
    advanced subgroup the corresponding values were 17.1 and 6.8 months": the figures take the
    endpoints named before, in order (``result`` is updated in place)."""
    hit = _CORRESPONDING_VALUES.search(sent)
    if not hit:
        return
    end = sent.find(";", hit.end())
    end = len(sent) if end == -1 else end
    figures = [i for i, v in enumerate(values) if hit.end() <= v.start < end and v.kind != "pct"]
    named: list[Mention] = []
    for m in mentions:
        new = all(x.endpoint != m.endpoint for x in named)
        if m.end <= hit.start() and m.endpoint in TIMED and new:
            named.append(m)
    if len(figures) < 2 or len(figures) != len(named):
        return
    for i, m in zip(figures, named, strict=True):
        result[i] = (m, values[i], None)


_CORRESPONDING_LIST_BEFORE = re.compile(
    r"\bcorresponding\s+[^;%]{1,50}?\b(?:was|were|of)\s+\d+(?:\.\d+)?\s*%\s*(?:,\s*and|,|and)\s*"
    r"(?:the\s+)?$",
    re.I,
)
_CORRESPONDING_BEFORE = compile_guarded(
    r"\b(?:corresponding|matching|respective)\s+(?:rates?\s+(?:for|of)\s+(?:the\s+)?)?$", re.I
)


def _corresponding_rates(
    sent: str,
    values: list[Value],
    mentions: list[Mention],
    result: dict[int, tuple[Mention, Value, float | None]],
) -> None:
    """ "the 1-, 2- and 3-year OS rates were 29.1%, 35.8% and 35.8%; the matching PFS rates
    were 46.4%, 67.0% and 63.1%": the rates of the second endpoint take the timepoints of the
    first, in order (``result`` is updated in place)."""
    for m in mentions:
        if m.endpoint not in TIMED or not _CORRESPONDING_BEFORE.search(
            sent, max(0, m.start - 30), m.start
        ):
            continue
        end = clause(sent, m.end)[1]
        after = [
            i
            for i, v in enumerate(values)
            if m.end <= v.start < end
            and v.kind in ("pct", "frac")
            and (i not in result or (result[i][0] is m and result[i][2] is None))
        ]
        earlier = [i for i in sorted(result) if values[i].span_end <= m.start]
        earlier = earlier[-len(after) :] if after else []
        if len(after) < 2 or len(earlier) != len(after):
            continue
        first = {result[i][0].endpoint for i in earlier}
        months = [result[i][2] for i in earlier]
        if len(first) != 1 or m.endpoint in first or None in months or len(set(months)) < 2:
            continue
        for i, month in zip(after, months, strict=True):
            result[i] = (m, values[i], month)


# A figure given to each endpoint of a list: "14 months each"
_EACH_AFTER = re.compile(r"(?:\s*(?:months?|mo|weeks?|years?))?\s*,?\s+each\b")
# The event a time is counted from: "at 6, 12 and 18 months after diagnosis"
_AFTER_EVENT = re.compile(
    r"\s+(?:after|from|since)\s+(?:the\s+)?(?:initial\s+)?(?:diagnosis|surgery|resection|"
    r"transplant\w*|treatment)\b",
    re.I,
)
_RATES_LIST = re.compile(r"^\s*(?:rates?\s+)?(?:were|was|of|:)?\s*$", re.I)


_AND_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_AND_OR_VS_JOIN = re.compile(r"\s*(?:,|and|,\s*and|vs\.?|versus)\s*")


def _listed(sent: str, values: list[Value], idx: list[int], join: re.Pattern[str]) -> bool:
    """Whether the values ``idx`` follow one another joined only by ``join``."""
    return all(
        join.fullmatch(sent, values[a].span_end, values[b].start)
        for a, b in zip(idx, idx[1:], strict=False)
    )


def _rates_with_timepoint_list(
    sent: str,
    values: list[Value],
    tps: list[Timepoint],
    mentions: list[Mention],
    result: dict[int, tuple[Mention, Value, float | None]],
) -> None:
    """A list of timepoints and as many rates pair in order (``result`` is updated in place):
    "the 1- and 2-year progression-free survival rates were 33.8% and 14.3%" (the timepoints
    right before the endpoint, unlinked rates right after it), and "70% and 49% of patients
    were free from progression at 3 and 6 months, respectively" (rates before the endpoint,
    the timepoints right after it)."""
    for t in tps:
        if len(t.months) < 2:
            continue
        if len(t.months) >= 3:
            _parallel_row(sent, values, t, mentions, result)
        m = next((x for x in mentions if 0 <= x.start - t.end <= 4), None)
        if m is not None and m.endpoint in TIMED:
            rates = [i for i, v in enumerate(values) if v.start >= m.end][: len(t.months)]
            if (
                len(rates) == len(t.months)
                and all(i not in result and values[i].kind in ("pct", "frac") for i in rates)
                and _RATES_LIST.match(sent[m.end : values[rates[0]].start])
                and _listed(sent, values, rates, _AND_OR_VS_JOIN)
            ):
                for i, months in zip(rates, t.months, strict=True):
                    result[i] = (m, values[i], months)
            continue
        m = next((x for x in reversed(mentions) if 0 <= t.start - x.end <= 4), None)
        # (as many rates as timepoints pair in order with "respectively" or without it: "95.6%
        # and 74.3% were alive at 1 and 2 years")
        if m is None or m.endpoint not in TIMED:
            continue
        rates = [i for i, v in enumerate(values) if v.span_end <= m.start][-len(t.months) :]
        if (
            len(rates) == len(t.months)
            and all(values[i].kind == "pct" for i in rates)
            and _listed(sent, values, rates, _AND_JOIN)
            and _value_then_verb(sent[values[rates[-1]].span_end : m.start])
        ):
            for i, months in zip(rates, t.months, strict=True):
                result[i] = (m, values[i], months)


def _parallel_row(
    sent: str,
    values: list[Value],
    t: Timepoint,
    mentions: list[Mention],
    result: dict[int, tuple[Mention, Value, float | None]],
) -> None:
    """ "Recurrence rates were 48.1%, 86.5%, 92.3% and 96.2% at 1, 2, 3 and 5 years, and OS
    rates were 63.8%, 37.9%, 24.4% and 18.3%": a later survival endpoint's row of as many
    rates, with no timepoint of its own, takes the list of three or more timepoints before it
    (``result`` is updated in place)."""
    # (only the first survival endpoint after the list)
    x = next((x for x in mentions if x.start >= t.end and x.endpoint in SURVIVAL), None)
    if x is None:
        return
    rates = [i for i, v in enumerate(values) if v.start >= x.end][: len(t.months)]
    if (
        len(rates) == len(t.months)
        and all(i not in result and values[i].kind == "pct" for i in rates)
        and _RATES_LIST.match(sent[x.end : values[rates[0]].start])
        and _listed(sent, values, rates, _AND_JOIN)
        and not _has_any(sent[t.end : x.start], ";")
    ):
        for i, months in zip(rates, t.months, strict=True):
            result[i] = (x, values[i], months)


# What stands between a list of timepoints and the rates it takes: "... at 6 months and 1
# year were 65.62% and ..."
_RATES_AFTER_RUN = re.compile(r"\s*,?\s*(?:were|was|of|:|=)\s*")


def _zip_timepoints(
    sent: str,
    values: list[Value],
    tps: list[Timepoint],
    result: dict[int, tuple[Mention, Value, float | None]],
) -> None:
    """ "85% and 73% of patients were alive at 6 months and 1 year, respectively": the rates
    of one endpoint just before a list of timepoints take them in order; so do those just
    after it, "PFS rates at 6 months and 1 year were 65.62% and 44.18%, respectively"
    (``result`` is updated in place)."""
    run = [tps[0]]
    for t in tps[1:]:
        if TIMEPOINT_JOIN.match(sent[run[-1].end : t.start]) and len(t.months) == 1:
            run.append(t)
            continue
        if len(run) >= 2:
            break
        run = [t]
    if len(run) < 2 or any(len(t.months) != 1 for t in run):
        return
    if re.match(r"[\s,]*respectively", sent[run[-1].end : run[-1].end + 20]):
        rates = [i for i in sorted(result) if values[i].span_end <= run[0].start][-len(run) :]
    else:
        rates = [i for i in sorted(result) if values[i].start >= run[-1].end][: len(run)]
        if (
            len(rates) != len(run)
            or not _RATES_AFTER_RUN.fullmatch(sent, run[-1].end, values[rates[0]].start)
            or not re.match(r"[\s,]*respectively", sent[values[rates[-1]].span_end :])
        ):
            return
    if len(rates) != len(run) or len({result[i][0].start for i in rates}) != 1:
        return
    if any(values[i].kind not in ("pct", "frac") for i in rates):
        return
    for i, t in zip(rates, run, strict=True):
        m, v, _months = result[i]
        result[i] = (m, v, t.months[0])


def _timed_row_again(
    sent: str,
    values: list[Value],
    tps: list[Timepoint],
    result: dict[int, tuple[Mention, Value, float | None]],
) -> None:
    """ "at 57% at 1 year, 31% at 2 years and 26% at 3 years, than in the control group, at
    32%, 11% and 3%, respectively": rows of one endpoint's rates after the last timepoint,
    ended by "respectively" or opened by "the corresponding figures were", take the first
    row's timepoints in order ("those at intermediate risk had survival of 75% and 54%, and
    those at high risk 38% and 11%, respectively": row after row). ``result`` is updated in
    place."""
    last = tps[-1].end
    # (the second rows' rates, linked or not: a rate of a timed endpoint without its timepoint
    # is linked to nothing)
    second = [i for i, v in enumerate(values) if v.kind in ("pct", "frac") and v.start >= last]
    before = [
        i for i in sorted(result) if values[i].kind in ("pct", "frac") and values[i].start < last
    ]
    width = next(
        (w for w in range(2, len(before) + 1) if len(second) % w == 0 and len(second) >= w),
        0,
    )
    if not width:
        return
    months = [result[i][2] for i in before[-width:]]
    if None in months or len(set(months)) != width:
        return
    if len({result[i][0].endpoint for i in (*before[-width:], *second) if i in result}) != 1:
        return
    if not (
        _RESPECTIVELY_AFTER.match(sent, values[second[-1]].span_end)
        or _CORRESPONDING_FIGURES.search(sent, 0, values[second[0]].start)
    ):
        return
    mention = result[before[-1]][0]
    for k, i in enumerate(second):
        result[i] = (result[i][0] if i in result else mention, values[i], months[k % width])


_RESPECTIVELY_THEN = re.compile(r"\s*,?\s*respectively\s*,?\s*", re.I)
_SHARE_JOIN = re.compile(r"\s*(?:,\s*and|and|,)\s*")


def _pair_again_at(
    sent: str,
    values: list[Value],
    tps: list[Timepoint],
    result: dict[int, tuple[Mention, Value, float | None]],
) -> None:
    """ "PFS was 62% and OS 85% at 2 years, and 28% and 66%, respectively, at 5 years": the
    rates before ", respectively, at <timepoint>" are of the endpoints of the rates linked just
    before them, in order, at that timepoint (``result`` is updated in place)."""
    for t in tps:
        if len(t.months) != 1:
            continue
        last = next(
            (
                i
                for i, v in enumerate(values)
                if v.kind in ("pct", "frac")
                and _RESPECTIVELY_THEN.fullmatch(sent, v.span_end, t.start)
            ),
            None,
        )
        if last is None:
            continue
        run = [last]
        while run[0] > 0 and _SHARE_JOIN.fullmatch(
            sent, values[run[0] - 1].span_end, values[run[0]].start
        ):
            run.insert(0, run[0] - 1)
        earlier = [i for i in sorted(result) if values[i].span_end <= values[run[0]].start]
        earlier = earlier[-len(run) :]
        if len(run) < 2 or len(earlier) != len(run):
            continue
        links = [result[i] for i in earlier]
        endpoints = [m.endpoint for m, _v, _months in links]
        months = {mo for _m, _v, mo in links}
        if (
            len(set(endpoints)) != len(run)
            or any(e not in TIMED for e in endpoints)
            or len(months) != 1
            or None in months
            or t.months[0] in months
        ):
            continue
        for (m, _v, _mo), i in zip(links, run, strict=True):
            result[i] = (m, values[i], t.months[0])


# "these rates were 69% and 73%, respectively": the figures named before, again in order
_THESE_RATES = re.compile(
    r"\b(?:these|the\s+same|the\s+respective)\s+(?:rates|figures|values|proportions|"
    r"percentages|estimates|medians)\s+(?:were|was)\s+$",
    re.I,
)


def _these_rates(
    sent: str, values: list[Value], result: dict[int, tuple[Mention, Value, float | None]]
) -> None:
    """ "Low-risk patients had a 5-year PFS rate of 80% and a 5-year OS rate of 80%; in
    high-risk patients these rates were 69% and 73%, respectively": the row after "these rates
    were" takes the endpoints and timepoints of as many figures before it, in order (``result``
    is updated in place)."""
    linked = sorted(result)
    for k, i in enumerate(linked):
        start = values[i].start
        if not _THESE_RATES.search(sent, max(0, start - 40), start):
            continue
        row = [i]
        for j in linked[k + 1 :]:
            if not _ROW_JOIN.fullmatch(sent, values[row[-1]].span_end, values[j].start):
                break
            row.append(j)
        earlier = [x for x in linked if values[x].span_end <= start][-len(row) :]
        if (
            len(row) < 2
            or len(earlier) != len(row)
            or len({result[x][0].endpoint for x in earlier}) != len(row)
            or not _RESPECTIVELY_AFTER.match(sent, values[row[-1]].span_end)
        ):
            continue
        for r, x in zip(row, earlier, strict=True):
            m, _v, months = result[x]
            result[r] = (m, values[r], months)


_CORRESPONDING_FIGURES = re.compile(
    r"\bcorresponding\s+(?:figures|values|rates|proportions|percentages|estimates)\s+"
    r"(?:were|was)\s*$",
    re.I,
)
_SECOND_ROW = compile_guarded(r"\b(?:compared\s+with|versus|vs\.?|against)\s+(?=\d)", re.I)
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b")
_ROW_JOIN = re.compile(r"\s*(?:,\s*and|,|and)\s*")


def _respective_row(
    sent: str,
    values: list[Value],
    result: dict[int, tuple[Mention, Value, float | None]],
    mentions: list[Mention],
) -> None:
    """ "the objective response rate was 11.1% and the disease control rate 58.3%, compared with
    34.6% and 76.7%, respectively, in the Child-Pugh A group": the second row takes the first
    row's endpoints in order (``result`` is updated in place)."""
    for hit in _SECOND_ROW.finditer(sent):
        row = [i for i, v in enumerate(values) if v.start >= hit.end()]
        n = 1
        while n < len(row) and _ROW_JOIN.fullmatch(
            sent, values[row[n - 1]].span_end, values[row[n]].start
        ):
            n += 1
        row = row[:n]
        if len(row) < 2 or not _RESPECTIVELY_AFTER.match(sent, values[row[-1]].span_end):
            continue
        first = [i for i in sorted(result) if values[i].span_end <= hit.start()][-len(row) :]
        named = [result[i][0] for i in first]
        if len(first) != len(row) or len({m.endpoint for m in named}) != len(row):
            first = _row_with_blocked(sent, values, result, mentions, hit.start(), len(row))
            if not first:
                continue
        for i, j in zip(first, row, strict=True):
            if i in result:
                m, _v, months = result[i]
                result[j] = (m, values[j], months)


def _row_with_blocked(
    sent: str,
    values: list[Value],
    result: dict[int, tuple[Mention, Value, float | None]],
    mentions: list[Mention],
    before: int,
    size: int,
) -> list[int]:
    """ "1-year OS was 62% and 1-year CSS 65% ..., compared with 72% and 74%, respectively": the
    first row of :func:`_respective_row` when an outcome outside the vocabulary names some of
    its figures. The ``size`` values before ``before``, each after a mention of its own (the
    blocked ones unlinked, the others linked to distinct endpoints); [] when they are no such
    row. (The second row's figure of a blocked outcome stays unlinked.)"""
    first = [i for i, v in enumerate(values) if v.span_end <= before][-size:]
    if len(first) != size or not any(i in result for i in first):
        return []
    linked = [result[i][0].endpoint for i in first if i in result]
    if len(set(linked)) != len(linked):
        return []
    edge = 0
    for i in first:
        v = values[i]
        own = [x for x in mentions if edge <= x.start and x.end <= v.start]
        if not own or (i not in result and own[-1].endpoint != "NONE"):
            return []
        edge = v.span_end
    return first


def _compared_rows(
    sent: str,
    values: list[Value],
    tps: list[Timepoint],
    result: dict[int, tuple[Mention, Value, float | None]],
) -> None:
    """ "27.2% at 2 years, 16.0% at 3 years and 9.8% at 5 years with A, compared with 10.9%,
    4.4% and 1.9% with B": the second row takes the first row's timepoints, in order."""
    order = sorted(result)
    own: list[int] = []  # the current row: linked rates, each with its timepoint right after
    for k, i in enumerate(order):
        m, v, months = result[i]
        if months is not None and any(
            v.span_end <= t.start
            and _VALUE_TO_TIMEPOINT.match(sent[v.span_end : t.start])
            and not _NEXT_NOUNS_TIMEPOINT.match(sent, t.start)
            for t in tps
        ):
            same = own and result[own[-1]][0] == m
            own = [*own, i] if same else [i]
            continue
        if len(own) < 2 or m != result[own[0]][0]:
            own = []
            continue
        row = order[k : k + len(own)]
        if (
            len(row) == len(own)
            and _ROW_COMPARED.match(sent[values[own[-1]].span_end : v.start])
            and all(result[j][0] == m and values[j].kind in ("pct", "frac") for j in row)
            # the second row states no timepoints of its own
            and not any(v.start <= t.start < values[row[-1]].span_end for t in tps)
        ):
            for j, src in zip(row, own, strict=True):
                result[j] = (m, values[j], result[src][2])
        own = []


_ANAPHORA = compile_guarded(
    r"\b(?:they|these|the\s+corresponding\s+(?:[\w-]+\s+){0,3}?(?:values|figures|medians|rates|"
    r"estimates))\s+were\b",
    re.I,
)


# "responses to pembrolizumab lasted a median of 23.9 months", "Responses were seen after a
# median of 1.8 months and had a median duration of 9.7 months": the duration of response, with
# words between the responses and the verb that no phrase pattern spans.
_RESPONSE_LASTED = compile_guarded(
    r"\brespon(?:ses|se|ders)\b[^;%]{0,80}?\b(?P<verb>(?:lasted|lasting|persisted\s+for)\s+a\s+"
    r"median\s+(?:of\s+)?|had\s+a\s+median\s+duration\s+of\s+)(?=\d)",
    re.I,
)


_OTHER_LASTED = re.compile(r"\blasted\s+a\s+median\s+(?:of\s+)?(?=\d)")
# (every match of _RESPONSE_LASTED holds one of these words, in lower case)
_RESPONSE_LASTED_WORDS = ("lasted", "lasting", "persisted", "duration")


def _response_durations(sent: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus a DoR (iDoR after "intracranial") at each verb of
    :data:`_RESPONSE_LASTED` that no mention covers. (Not searched in an ASCII sentence
    without one of _RESPONSE_LASTED_WORDS in its lower case, where ignoring case is the lower
    case: the lazy scan after each "respon" is spared in most sentences.)"""
    if sent.isascii() and not holds_any(sent.lower(), _RESPONSE_LASTED_WORDS):
        return mentions
    extra = []
    for hit in _RESPONSE_LASTED.finditer(sent):
        a, b = hit.span("verb")
        if any(m.start < b and a < m.end for m in mentions):
            continue
        lead = sent[max(0, hit.start() - 20) : a]
        intracranial = re.search(r"intracranial|\bCNS\b|\bbrain\b", lead, re.I)
        extra.append(Mention(a, b, "iDoR" if intracranial else "DoR"))
    if "lasted a median" in sent:
        # "whereas CMR lasted a median of 11.6 months": what lasted is no response of the
        # vocabulary, and its figure is no figure of the endpoint named before
        for hit in _OTHER_LASTED.finditer(sent):
            a, b = hit.span()
            if not any(m.start < b and a < m.end for m in (*mentions, *extra)):
                extra.append(Mention(a, b, "NONE"))
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


def _value_of_blocked(sent: str, v: Value, nxt: Mention) -> bool:
    """Whether ``v`` is the figure of the blocked outcome ``nxt`` right after it ("40% in
    complete response", "10% had stable disease")."""
    gap = sent[v.span_end : nxt.start]
    if v.kind in ("pct", "frac"):
        gap = _GROUP_PHRASE.sub(" ", _COMPARED_SHARE.sub(" ", gap))
    return bool(
        _VALUE_OF_BLOCKED.match(gap)
        # ("11% (2/18, both partial responses) by RECIST": a gloss inside the bracket)
        and sent.count("(", v.start, nxt.start) <= sent.count(")", v.start, nxt.start)
        # "53% of patients and a very good partial response by 45%": another clause
        and not _COORDINATION.search(gap)
        and _names_outcome(sent, nxt)
    )


def _walk_back(before: list[Mention], v: Value, tps: list[Timepoint], sent: str) -> Mention | None:
    """The nearest mention before ``v`` that can carry it; a blocked outcome stops the walk
    (a blocking term that names a population, "HR+", does not)."""
    for m in reversed(before):
        if m.endpoint == "NONE":
            if v.kind in ("time", "nr") and _RESPONSE_CATEGORY.fullmatch(sent, m.start, m.end):
                continue  # "median OS was 8.1 months with stable disease, 9.7 months with
                # ...": the category names the group whose survival follows
            if _AFTER_CATEGORY.search(sent, max(0, m.start - 16), m.start) and (
                _RESPONSE_CATEGORY.fullmatch(sent, m.start, m.end)
            ):
                continue  # "5-year OS was 100% after a complete response, 88.4% after a
                # partial response": a condition that names the group, no outcome
            gap = sent[m.end : v.start]
            if _COUNT_ASIDE_BEFORE.search(sent, max(0, m.start - 16), m.start) and (
                _ASIDE_CLOSED.fullmatch(gap)
            ):
                continue  # "ORR was 54.5% with A, with 6 CRs (13.6%), and 44.2% with B": a
                # count of a category set aside between the arms' figures
            if _names_outcome(sent, m) and gap.count(")") <= gap.count("("):
                return None  # (one inside a closed bracket glosses a figure: "(169 of 261
                # patients, including 4 complete responses) and 1.5% with placebo")
            continue  # "follow-up", "HR+": not an outcome, no barrier
        if m.endpoint == "HR":
            continue
        # (_can_carry reads the timepoint only for a share of a timed endpoint: it is looked
        # up only then)
        if m.endpoint in TIMED and v.kind in ("pct", "frac"):
            t = _timepoint_for(m, v, tps, sent, strict=False)
            carries = t is not None and len(t.months) == 1
        else:
            carries = _can_carry(m.endpoint, v, False)
        if carries:
            return m
        if v.kind in ("pct", "frac") and m.endpoint in DURATION:
            # "the response lasted at least 6 months in 40 of 68 (59%)": a share of the
            # responders, not a response rate of an endpoint named earlier.
            return None
    return None
