"""Hazard ratios: the number after "HR" or "hazard ratio", the further ratios listed after it,
and the endpoint each is of.

``of`` is the endpoint named right after the number ("0.17 for OS"), in between ("for
death", "of progression or death"), before it in the clause, or later in the sentence; a ratio
after a blocked outcome ("time to CNS metastases (HR 0.45)") has none. Bare ratios count too
where their shape says what they are: "it was 0.31" after a ratio, a later row of ratios,
"respectively" lists, and Lancet's unlabelled "(0.77, 0.64-0.92)" after two medians compared.
"""

from __future__ import annotations

import dataclasses
import re

from extractor.models import Finding
from extractor.nlp.clauses import clause
from extractor.nlp.mentions import DURATION, RESPONSE, SURVIVAL, TIMED, Mention, build_finding
from extractor.nlp.regex_scan import compile_guarded
from extractor.nlp.values import Value, find_number_after

# A design's bound on the ratio, not a result: "the hazard ratio set at 1.20", "a
# noninferiority margin of 1.25 for the hazard ratio", "the upper limit of the one-sided
# confidence interval for the hazard ratio" (a bound, whether set or found, is no ratio)
_DESIGN_BOUND_BETWEEN = re.compile(r"\b(?:set\s+at|margin|threshold\s+of)\b", re.I)
# "planned around an expected hazard ratio of 0.7": a design's assumption
_DESIGN_RATIO_BEFORE = re.compile(
    r"\b(?:an?\s+|the\s+)?(?:expected|assumed|hypothesi[sz]ed|targeted|target|anticipated)\s+$",
    re.I,
)
_DESIGN_BOUND_BEFORE = re.compile(
    r"\b(?:(?:non-?inferiority|equivalence)\s+(?:margin|bound|boundary)|"
    r"(?:upper|lower)\s+(?:limit|bound)\s+of\s+the\s+(?:one-sided|two-sided|\d+%)?\s*"
    r"(?:CI|confidence))\b[^.;()]*$",
    re.I,
)
# The outcome a factor is said to go with: "were associated with local control".
_ASSOCIATED_BEFORE = re.compile(
    # ("(HR, 1.86; P = .03) ... had shorter TTF": the outcome the ratios are of)
    r"\b(?:associated\s+with|predicted|predictive\s+of|prognostic\s+for|"
    r"had\s+(?:a\s+)?(?:shorter|longer|worse|better|inferior|superior))\s+"
    # ("were associated with a higher risk of recurrence")
    r"(?:(?:an?|the)\s+)?(?:(?:higher|lower|increased|reduced|decreased|greater|worse|better|"
    r"poorer)\s+)?$",
    re.I,
)
_AGES_THEN_VERB = re.compile(
    r"\d+(?:\s*(?:,|and|or|,\s*and)\s*\d+)*\s+(?:years?|yrs?)(?:\s+(?:old|of\s+age))?\s+"
    r"(?:were|was)\b"
)


def stated_ratios(
    sent: str,
    quote: str,
    s0: int,
    mentions: list[Mention],
    values: list[Value],
    context: dict,
) -> list[Finding]:
    """The hazard ratios of a sentence: the number after each "HR"/"hazard ratio" mention and
    the further ratios listed after it, each with the endpoint it is of (see :func:`_hr_of`);
    then "it was 0.31" after a ratio, rows of bare ratios and "respectively" lists of them.
    ``values`` are the sentence's other figures (a ratio is never one of them); ``context``
    carries the survival endpoint of an earlier ratio to later sentences."""
    out: list[Finding] = []
    for m in mentions:
        if m.endpoint != "HR":
            continue
        hr = find_number_after(sent, m.end)
        if hr is not None and _N_EQUALS_BEFORE.search(sent, max(0, hr.start - 6), hr.start):
            hr = find_number_after(sent, hr.end)  # (a subgroup's size is no ratio)
        ages = _AGES_THEN_VERB.match(sent, hr.start) if hr is not None else None
        if ages:
            # "HRs for patients aged 35, 40, 45 and 50 years were 0.46 (...), 0.52 (...)": the
            # ages name the subgroups; the ratios come after the verb.
            hr = find_number_after(sent, ages.end())
        if hr is None or not (0 < (hr.value or 0) < 20):
            continue
        if (
            _DESIGN_BOUND_BETWEEN.search(sent, m.end, hr.start)
            or _DESIGN_BOUND_BEFORE.search(sent, max(0, m.start - 60), m.start)
            or _DESIGN_RATIO_BEFORE.search(sent, max(0, m.start - 20), m.start)
        ):
            continue  # "the upper limit ... for the hazard ratio set at 1.20": a design's margin
        if _HEADER_END.search(sent, m.end, hr.start):
            continue  # "(median, months; hazard ratio [HR], 95% CI): overall, 9.2 v 4.2, HR 0.46"
        if any(v.start <= hr.start < v.span_end for v in values):
            continue
        if any(f.start == s0 + hr.start for f in out):
            continue  # "the hazard ratio for death ... (HR 0.73)": one ratio, two mentions
        earlier = next((f.of for f in reversed(out) if f.endpoint == "HR"), None)
        of = _hr_of(sent, m, hr, mentions, context, earlier)
        if of in SURVIVAL:
            # "the overall HR of death was 0.89 ... [next sentence] the HR was 1.40 for stage
            # IA": a later bare ratio refers to it (an endpoint the sentence names overrides)
            context["survival"] = of
        if of:
            out.append(build_finding(quote, s0, "HR", "hr", hr, None, None, of=of))
        # (a ratio of a blocked outcome gives none, but a further one may name its own: "a
        # hazard ratio of 16.5 (...) for DFS and 8.42 (...) for OS")
        # "the pooled HRs for OS, intracranial PFS and extracranial PFS were 0.52, 0.36 and
        # 0.71": a list of endpoints between "HRs" and the figures takes them in order.
        listed = [x.endpoint for x in mentions if m.end <= x.start and x.end <= hr.start]
        listed = listed if len(listed) >= 2 and all(e in TIMED for e in listed) else []
        # "0.63 for A [P=...] and 0.69 for B": further ratios of the same kind.
        plural = sent[m.start : m.end].lower().endswith("s")
        while True:
            more = _more_hr(sent, hr.span_end)
            if not more and plural:
                # "HRs (95% CI) for OS: CPS >=10, 0.73 (...); CPS >=1, 0.86 (...); ITT, 0.89"
                more = _MORE_HR_LABELLED.match(sent, hr.span_end)
            if not more and (plural or _BY_HEADER.match(sent, m.end)):
                # "PFS HR by histology: FL 0.580 [0.404-0.833]; MZL 0.475 [0.245-0.923]"
                more = _MORE_HR_ROW.match(sent, hr.span_end)
            if not more:
                # "in the A (hazard ratio = 0.68 [0.53-0.87]; p = 0.002), B (0.65 [0.40-1.05])
                # and C (0.22 [0.09-0.55]) subgroups": bracketed ratios with their intervals
                more = _MORE_HR_BRACKETED.match(sent, hr.span_end)
            if not more:
                break
            nxt = find_number_after(sent, more.end() - len(more.group("num")) - 1, limit=8)
            if nxt is None or not (0 < (nxt.value or 0) < 10):
                break
            # ("0.88 (95% CI 0.82-0.94, P < 0.0001) for OS and 0.81 ... for PFS": past the
            # rest of the bracket that holds the interval)
            rest = _BRACKET_REST.match(sent, hr.span_end)
            prev_own = FOR_ENDPOINT.match(sent, rest.end() if rest else hr.span_end)
            allowed = prev_own.end() if prev_own else -1  # "0.170 for OS ... and 0.107 for PFS"
            # ("... and for OS of 0.44": the endpoint the further ratio is named for)
            named = more.start("named") if more.groupdict().get("named") else -1
            if any(
                hr.span_end <= x.start < nxt.start and x.start not in (allowed, named)
                for x in mentions
            ):
                break  # "... and OS (HR, 0.72)": that ratio has its own mention
            own = FOR_ENDPOINT.match(sent, nxt.span_end) or FOR_ENDPOINT.match(sent, nxt.end)
            own_at = own.end() if own else named
            nth = sum(1 for f in out if f.start >= s0 + m.start and f.endpoint == "HR")
            own_of = next(
                (x.endpoint for x in mentions if x.start == own_at and x.endpoint in TIMED),
                listed[nth] if nth < len(listed) else of,
            )
            if own_of:
                out.append(build_finding(quote, s0, "HR", "hr", nxt, None, None, of=own_of))
            hr = nxt

    if "it was" in sent and any(f.endpoint == "HR" for f in out):
        out.extend(_hr_it_was(sent, quote, s0, out))
    if ":" in sent and sum(f.endpoint == "HR" for f in out) >= 2:
        rows = _hr_rows(sent, quote, s0, out)
        taken = {f.start for f in rows}
        out = [f for f in out if f.endpoint != "HR" or f.start not in taken] + rows
    if "respectively" in sent:
        _respective_hrs(sent, s0, mentions, out)
    if "(" in sent and (out or context.get("survival")):
        out.extend(_bare_ratios(sent, quote, s0, mentions, values, out))
    return out


# A bare ratio right after the endpoint it is of, in a sentence of ratios: "small-cell lung
# cancer (OS 0.58, P<0.001; PFS 0.55, P=0.030)".
_BARE_RATIO_AFTER = re.compile(
    r"\s*[=:]?\s*(?P<num>\d\.\d+)(?![\d.])(?!\s*(?:%|months?|mo\b|weeks?|years?|-\s*\d|vs\b))"
    r"(?=\s*[,;)])"
)
# A bracketed ratio with its interval and no label: "NSCLC (0.72, 0.61 to 0.86)".
_BRACKETED_RATIO = re.compile(
    r"\(\s*(?P<num>\d\.\d+)\s*,\s*(?P<lo>\d\.\d+)\s*(?:-|to|\u2013)\s*(?P<hi>\d\.\d+)\s*\)"
)


def holds_bracketed_ratio(sent: str) -> bool:
    """Whether ``sent`` holds a bracketed ratio with its interval and no label, which
    :func:`stated_ratios` reads after a sentence of ratios ("(0.72, 0.61 to 0.86)")."""
    return "(" in sent and _BRACKETED_RATIO.search(sent) is not None


def _bare_ratios(
    sent: str, quote: str, s0: int, mentions: list[Mention], values: list[Value], out: list
) -> list[Finding]:
    """Unlabelled hazard ratios of a sentence that reports ratios, or follows one that did
    (``stated_ratios`` asks only then): a number right after a survival endpoint inside
    brackets ("(OS 0.58, P<0.001; PFS 0.55, ...)"), and a bracketed ratio with its interval
    after a survival endpoint named in its clause ("overall survival was prolonged in NSCLC
    (0.72, 0.61 to 0.86)")."""
    taken = {f.start - s0 for f in out if f.endpoint == "HR"}

    def free(a: int) -> bool:
        return a not in taken and not any(v.start <= a < v.span_end for v in values)

    found: list[Finding] = []
    for m in mentions:
        if m.endpoint not in SURVIVAL or "(" not in sent[max(0, m.start - 60) : m.start]:
            continue
        if sent.rfind("(", 0, m.start) < sent.rfind(")", 0, m.start):
            continue  # (not inside a bracket)
        hit = _BARE_RATIO_AFTER.match(sent, m.end)
        if hit and free(hit.start("num")) and 0 < float(hit.group("num")) < 3:
            v = Value("num", float(hit.group("num")), hit.start("num"), hit.end("num"),
                      hit.end("num"), None)  # fmt: skip
            found.append(build_finding(quote, s0, "HR", "hr", v, None, None, of=m.endpoint))
            taken.add(hit.start("num"))
    for hit in _BRACKETED_RATIO.finditer(sent):
        num, lo, hi = (float(hit.group(k)) for k in ("num", "lo", "hi"))
        if not (lo < num < hi < 10) or not free(hit.start("num")):
            continue
        c0, _c1 = clause(sent, hit.start())
        named = [x for x in mentions if c0 <= x.start and x.end <= hit.start()]
        if not named or named[-1].endpoint not in SURVIVAL:
            continue
        v = Value("num", num, hit.start("num"), hit.end("num"), hit.end(), None, lo, hi)
        found.append(build_finding(quote, s0, "HR", "hr", v, None, None, of=named[-1].endpoint))
        taken.add(hit.start("num"))
    return found


_PAIRED_RATIOS = r"(?P<{0}>\d\.\d+)\s*\(\s*(?P<{0}lo>\d\.\d+)\s*(?:-|to)\s*(?P<{0}hi>\d\.\d+)\s*\)"


_HR_ROW = re.compile(
    r";\s*[^:;()]{1,40}:\s*"
    + _PAIRED_RATIOS.format("a")
    + r"\s*(?:,\s*and|and|,)\s*"
    + _PAIRED_RATIOS.format("b")
)


def _hr_rows(sent: str, quote: str, s0: int, found: list[Finding]) -> list[Finding]:
    """ "With bev: PFS HR 0.61 (0.47-0.79), OS HR 0.63 (0.47-0.87); without bev: 0.74
    (0.54-1.01) and 0.74 (0.53-1.04)": a later row of two bare ratios with their intervals
    takes the endpoints of the two ratios before it, in order (the caller replaces a ratio
    already read at the same place)."""
    out = []
    for row in _HR_ROW.finditer(sent):
        before = [f for f in found if f.endpoint == "HR" and f.start < s0 + row.start()][-2:]
        if len(before) < 2 or before[0].of == before[1].of:
            continue
        for key, f in zip("ab", before, strict=True):
            hr, lo, hi = (float(row.group(key + x)) for x in ("", "lo", "hi"))
            if lo < hr < hi:
                v = Value("num", hr, row.start(key), row.end(key), row.end(key + "hi") + 1, None)
                out.append(
                    build_finding(
                        quote,
                        s0,
                        "HR",
                        "hr",
                        v._replace(ci_low=lo, ci_high=hi),
                        None,
                        None,
                        of=f.of,
                    )
                )
    return out


_HEADER_END = re.compile(r"\)\s*:")


_IT_WAS = compile_guarded(r"\bit\s+was\s+(?=\d)")


_PAIR_AFTER = re.compile(r"\s*(?:vs\.?|versus|and|to|-)\s*\d", re.I)


def _hr_it_was(sent: str, quote: str, s0: int, found: list[Finding]) -> list[Finding]:
    """ "the CNS-PFS HR was 0.36 (...), and in those with stable BMs it was 0.31 (...)": a bare
    ratio that "it was" gives after a hazard ratio of the sentence is another of its kind."""
    out = []
    for hit in _IT_WAS.finditer(sent):
        before = [f for f in found if f.endpoint == "HR" and f.start < s0 + hit.start()]
        v = find_number_after(sent, hit.end() - 1, limit=16)
        if not before or v is None or v.start != hit.end() or not (0 < (v.value or 0) < 10):
            continue
        if _PAIR_AFTER.match(sent, v.end):
            continue  # "and in all patients it was 7.1 versus 7.0 months": medians
        if any(f.start == s0 + v.start for f in found):
            continue
        out.append(build_finding(quote, s0, "HR", "hr", v, None, None, of=before[-1].of))
    return out


def _respective_hrs(sent: str, s0: int, mentions: list[Mention], out: list[Finding]) -> None:
    """ "OS and PFS were longer with A (HR 0.70 and 0.60, respectively)": ratios with no
    endpoint of their own take the endpoints listed before them in order, cyclically for one
    block per subgroup (``out`` is updated in place)."""
    hrs = [i for i, f in enumerate(out) if f.endpoint == "HR"]
    first = next((m for m in mentions if m.endpoint == "HR"), None)
    if len(hrs) < 2 or first is None:
        return
    listed: list[str] = []
    for m in mentions:
        if m.end <= first.start and m.endpoint in TIMED and m.endpoint not in listed:
            listed.append(m.endpoint)
    last = max(out[i].end for i in hrs) - s0
    own = [m for m in mentions if first.end <= m.start < last and m.endpoint not in ("HR", "NONE")]
    if len(listed) < 2 or own or len(hrs) % len(listed):
        return
    for k, i in enumerate(hrs):
        out[i] = dataclasses.replace(out[i], of=listed[k % len(listed)])


# "the risk of grade >= 3 AEs (HR": a blocked outcome whose risk the bracket's ratio gives
_RISK_OF_BEFORE = re.compile(r"\brisk\s+of\s+(?:\S+\s+){0,4}$", re.I)
_BRACKET_GAP = re.compile(r"\s*[\(\[]\s*")
# A subtype named in full so that its "HR" is no ratio: a population, no outcome
_SUBTYPE = re.compile(r"hormone\s+receptor", re.I)
# "HR for OS", "hazard ratio of PFS": the endpoint right after the ratio's name
_FOR_GAP = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
# Blocking terms that are no outcome: an HR after them still belongs to a survival endpoint.
_NOT_AN_OUTCOME = re.compile(
    r"(?:follow|adverse|AEs?\b|TEAE|grade|toxicit|discontinu|dose|treatment\s+duration|"
    r"(?:median\s+)?(?:overall\s+)?survival\s+(?:benefit|gain)|"
    r"duration\s+of\s+(?:treatment|therapy|exposure))",
    re.I,
)


_UNLABELLED_HR = re.compile(
    r"\s*(?:months?|mo)?\s*\(\s*(?P<hr>\d\.\d+)\s*,\s*(?P<lo>\d\.\d+)\s*(?:-|to)\s*(?P<hi>\d\.\d+)"
    r"\s*[;,)]"
    # "(12.3 vs 10.3; 0.78 [0.64-0.96], p=0.0086)"
    r"|\s*;\s*(?P<hr2>\d\.\d+)\s*\[\s*(?P<lo2>\d\.\d+)\s*(?:-|to)\s*(?P<hi2>\d\.\d+)\s*\]"
    # "(median, HR [95% CI]): ESCC, 12.6 vs 9.8 months, 0.72 (0.60-0.88);"
    r"|\s*(?:months?|mo)?\s*,\s*(?P<hr3>\d\.\d+)\s*\(\s*(?P<lo3>\d\.\d+)\s*(?:-|to)\s*"
    r"(?P<hi3>\d\.\d+)\s*\)"
)


_UNLABELLED_KEYS = (("hr", "lo", "hi"), ("hr2", "lo2", "hi2"), ("hr3", "lo3", "hi3"))


def unlabelled_ratios(
    sent: str, quote: str, s0: int, links: list, found: list[Finding]
) -> list[Finding]:
    """Lancet's "17.7 versus 13.0 months (0.77, 0.64-0.92; p=...)": a hazard ratio with its
    interval, unlabelled, right after two medians compared."""
    out = []
    for (m1, v1, _), (m2, v2, _) in zip(links, links[1:], strict=False):
        if m1 != m2 or m1.endpoint not in SURVIVAL or v1.kind != "time" or v2.kind != "time":
            continue
        hit = _UNLABELLED_HR.match(sent, v2.end)
        if not hit:
            continue
        keys = next(k for k in _UNLABELLED_KEYS if hit.group(k[0]))
        hr, lo, hi = (float(hit.group(k)) for k in keys)
        if (
            lo < hr < hi
            and hi < 10
            and not any(f.endpoint == "HR" and f.value == hr for f in found)
        ):
            v = Value("num", hr, hit.start(keys[0]), hit.end(keys[0]), hit.end(), None, lo, hi)
            out.append(build_finding(quote, s0, "HR", "hr", v, None, None, of=m1.endpoint))
    return out


FOR_ENDPOINT = re.compile(r"\s*(?:\([^()]*\)\s*)?for\s+(?:the\s+)?")


_BRACKET_REST = re.compile(r"[^()\[\]]{0,30}[\)\]]")


_MORE_HR = re.compile(
    # (a p-value after a semicolon inside the bracket does not end the list: "0.49 (95% CI,
    # 0.30 to 0.80; P=0.006) in the 960-mg group and 0.58 (...) in the 240-mg group")
    # (a threshold's percentage does not either: "0.61 (...) with a score below 1%, 0.57 ...")
    # (nor does a meta-analysis's heterogeneity: "(95% CI 0.36-0.45, p = 0.000; I2 = 0%) and
    # 0.433 for 5-year OS")
    r"(?:;\s*[pP]\s*[=<>]\s*[\d.]+|[;,]\s*I(?:2|\u00b2|\^2)\s*[=<>]\s*[\d.]+\s*%|[^;%]|"
    r"[<>]=?\s*\d+\s*%|"
    r"\b(?:below|above|under|over|than|of)\s+(?:\d+\s*(?:-|to)\s*)?\d+(?:\.\d+)?\s*%)"
    # ("; BRCA mutation: 0.30 (0.26-0.34)": a labelled item of a list of ratios)
    # ("..., and that for the sequential group was 0.307 (95% CI, ...)": the same ratio for
    # another group)
    # ("an HR for PFS of 0.40 [...] and for OS of 0.44": the next endpoint named after "and")
    # ("0.97 (95% CI; 0.67-1.41), against 0.81 (...) in RAS WT/BRAF WT tumours": only a ratio
    # with its own interval; not "against 0.81 in the earlier analysis", another's figure)
    r"{0,90}?(?:\band(?:\s+for\s+(?P<named>[\w-]+(?:\s+[\w-]+)?))?|,|\bvs\.?|\bversus|"
    r"\bagainst(?=\s+\d+\.\d+\s*[\(\[])|"
    r";\s*[^;:()]{1,40}:|"
    # (not "and that for relapse was 1.52": another outcome's ratio)
    r"\bthat\s+(?:for|of|in|among|with)\s+(?!(?:the\s+)?(?:[\w-]+\s+)?(?:relapse|recurrence|"
    r"progression|death|mortality|survival|events?|response|failure|metasta))"
    r"[^;,()]{1,50}?\s+was)\s+"
    r"(?:of\s+)?"
    r"(?P<num>\d+\.\d+)(?![\d.])"
    r"(?!\s*(?:%|months?|mo\b|weeks?|years?|-\s*\d|to\s+\d|vs\b|v\.|versus\b))"
)


# What every match of _MORE_HR ends with: the word or mark before the next ratio, the ratio and
# what may not follow it (searched from the same position, it finds at least the place of
# that match, so where it finds nothing _MORE_HR, whose lazy repeat is slow, cannot match).
_MORE_HR_TAIL = re.compile(
    r"(?:and|[,:]|vs\.?|versus|against|was|\bfor\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:of\s+)?"
    r"\d+\.\d+(?![\d.])"
    r"(?!\s*(?:%|months?|mo\b|weeks?|years?|-\s*\d|to\s+\d|vs\b|v\.|versus\b))"
)


def _more_hr(sent: str, pos: int) -> re.Match[str] | None:
    """``_MORE_HR.match(sent, pos)``, tried only where its tail occurs after ``pos``."""
    return _MORE_HR.match(sent, pos) if _MORE_HR_TAIL.search(sent, pos) else None


_MORE_HR_LABELLED = re.compile(
    r"\s*;\s*[^;,:()0-9][^;,:()]{0,30}?[,:]\s*(?P<num>\d+\.\d+)(?![\d.])(?!\s*(?:%|months?|mo\b))"
)


# A header that announces rows of ratios: "HR by histology:", "HRs by subgroup:".
# ("HR vs O-Clb: A+O 0.10 (...); A 0.20 (...)": the ratios of each arm against one)
_BY_HEADER = re.compile(r"s?\s+(?:by|vs\.?|versus)\s+[\w\s/+-]{1,30}:")
# A row of such a list: "; MZL 0.475 [0.245-0.923]" (a label, the ratio and its interval).
# ("; 1-49% (n=203) 0.72 (95% CI 0.51-1.03)": a label that opens with a figure, the size of
# the subgroup and a labelled interval)
_MORE_HR_ROW = re.compile(
    r"(?:\s*[;,]\s*[pP]\s*[=<>]\s*[\d.]+)?\s*[\)\]]?\s*;\s*(?:[^;,:()0-9][^;,:()\[\]]{0,30}?|"
    r"\d[^;,:()\[\]]{0,30}?)"
    r"(?:\s*\(\s*n\s*=\s*\d+\s*\))?\s(?P<num>\d+\.\d+)"
    r"(?=\s*[\[(]\s*(?:95%\s*CI[:,]?\s*)?\d+\.\d+\s*-\s*\d+\.\d+\s*(?:[\])]|[;,]\s*[pP]\b))"
)
# The size of a subgroup before its ratio: "HR by PD-L1: low (n=139) 0.79 (...)".
_N_EQUALS_BEFORE = re.compile(r"\b[nN]\s*=\s*$")


# ("(pooled HR 1.47, ...) or of 2 versus 0-1 (1.52, 1.32-1.76), metastatic versus locally
# advanced disease (1.55, 1.39-1.72)": "or" joins too, and a label may hold whole numbers)
_MORE_HR_BRACKETED = re.compile(
    r"\s*(?:[;,]\s*[pP]\s*[=<>]\s*[\d.]+\s*)?[\)\]]?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)"
    r"(?:[^\d;()\[\]%]|\d+(?![.\d]))[^;()\[\]%]{0,59}?\(\s*(?P<num>\d+\.\d+)"
    r"(?=\s*[\[(,;]\s*(?:95%\s*CI[:,]?\s*)?\d+\.\d+\s*-\s*\d+\.\d+)"
)


# Outcomes that are no endpoint, named right before a bracketed hazard ratio.
_OTHER_OUTCOME_BEFORE = compile_guarded(
    r"\b(?:hospitali[sz]ations?|visits|admissions?|castration[- ]resistan\w*(?:\s+disease)?|"
    r"deterioration|toxicit(?:y|ies)|adverse\s+events|incidence|transaminitis|DVT/PE|"
    r"thrombo\w*|complications?|skeletal[- ]related\s+events|(?:ERCP|ED|ICU)\s+\w+)\s*"
    r"[\(\[]\s*$",
    re.I,
)


# Adverse events as the subject the ratio's bracket closes: "Grade 3 or higher AEs were not
# more frequent with ICIs [".
_EVENTS_WERE_BEFORE = re.compile(
    r"\b(?:AEs|TRAEs|irAEs|adverse\s+events)\s+(?:were|was)\b[^.;()\[\]]{0,60}[\(\[]\s*$", re.I
)


_TIME_TO = compile_guarded(r"\btime[\s-]+to\b", re.I)


def _may_say_time_to(sent: str, start: int, end: int) -> bool:
    """Whether ``_TIME_TO`` may match in ``sent[start:end]``: not where that ASCII text (in
    which ignoring case is the lower case) lacks "time" in its lower case, as most do."""
    return not sent.isascii() or "time" in sent[start:end].lower()


_PROGRESSION_OR_DEATH = compile_guarded(
    r"\b(?:progression|relapse)\s+(?:or|and/or)\s+(?:death|dying)\b", re.I
)


_SITE_PROGRESSION = compile_guarded(
    r"\b(?:loco-?regional|local|regional|distant|biochemical|PSA)\s+(?:progression|relapse|"
    r"recurrence|failure)",
    re.I,
)
# ("the hazard ratio for metastasis or death": metastasis-free survival's; not "for
# progression, relapse or death", which is PFS's)
_OTHER_EVENT_OR_DEATH = compile_guarded(
    r"\b(?:metastas[ie]s|recurrence|relapse|second\s+cancers?)\s+or\s+death\b", re.I
)
# (also "PFS was worse with larger tumour diameter (HR 1.09), ... a disease-free interval below
# 18 months (HR 1.52)")
_ASSOCIATED_WITH = compile_guarded(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:associated\s+with|(?:worse|better|poorer|shorter|longer)"
    r"\s+with)\b",
    re.I,
)


def _factor_of(sent: str, prior: list[Mention]) -> bool:
    """Whether the blocked term just before a ratio is a factor of a survival endpoint named
    before it: "Shorter PFS was associated with stable disease as best response (HR 2.12)"."""
    outcome = next((x for x in reversed(prior) if x.endpoint in SURVIVAL), None)
    return outcome is not None and bool(_ASSOCIATED_WITH.search(sent, outcome.end, prior[-1].start))


# "after UCP-only progression": the event a survival named before is counted from.
_COUNTED_FROM = re.compile(r"\bafter\s+(?:[\w-]+\s+){0,2}$", re.I)


# An outcome the sentence leaves unnamed: its ratio is of no endpoint of the sentences before.
# (Nor is the ratio of an event the sentence tells of: "BM developed in 5.8% of carriers and
# 2.1% of non-carriers (HR=3.029 ...)", "Chemotherapy was also started later in the apalutamide
# group (HR 0.63 ...)", "well-being deteriorated at a similar pace in both arms (HR = 1.12)".)
_UNNAMED_OUTCOME = compile_guarded(
    r"\b(?:outcomes?|prognosis|developed|started|initiated|incidence|deteriorated)\b", re.I
)


# (not a word of a group's name: "50% in the early-progression group and 90% in the reference
# group (hazard ratio, 6.44)" is a ratio of the survival named before)
# ("progressed sooner than those with wild-type BRAF (HR 2.98": progression)
_OUTCOME_CUE = compile_guarded(
    r"(?<![\w-])(?:progression|relapse|deaths?|mortality|died|die|dying|survival|"
    r"progressed(?=\s+(?:sooner|earlier|faster|more\s+(?:quickly|rapidly))\b))\b(?!-)"
    r"(?!\s+(?:groups?|cohorts?|arms?|subgroups?)\b)"
    # (not a transformation named as a factor: "progression to acute myeloid leukemia (HR,
    # 1.901) predicted shorter survival")
    r"(?!\s+to\s+(?:acute|AML|MDS|leuka?emi|myelofibrosis|blast|high-grade|muscle-invasive|"
    r"castration|metasta))",
    re.I,
)


# (compiled once: _hr_of runs for every hazard ratio)
_CONTRAST_BETWEEN = re.compile(r",\s*(?:while|whereas)\s", re.I)
_TIME_TO_OR_ODDS = re.compile(r"\btime[\s-]+to\b|\bodds\b", re.I)
_PROGRESSION_WORD = re.compile(r"progression|relapse", re.I)
_BRAIN_OR_IC_WORD = re.compile(r"intracranial|\bCNS\b|brain|\bIC\b")
_DEATH_WORD = re.compile(r"death|mortality|survival", re.I)
_BRAIN_WORD = re.compile(r"intracranial|\bCNS\b|brain")


def _next_outcome(mentions: list[Mention], pos: int) -> str | None:
    """The endpoint of the first mention after ``pos`` that is no hazard ratio, if any."""
    return next((x.endpoint for x in mentions if x.start >= pos and x.endpoint != "HR"), None)


def _hr_of(
    sent: str,
    m: Mention,
    hr: Value,
    mentions: list[Mention],
    context: dict[str, str],
    earlier: str | None = None,
) -> str | None:
    """The endpoint a hazard ratio belongs to (None for one of a blocked endpoint such as
    time to progression). ``earlier`` is the endpoint of the hazard ratio before it in the
    sentence, which a second one with no endpoint of its own shares ("larger in the CPS >=10
    subgroup (HR 0.60) than in the CPS <10 subgroup (HR 0.83)")."""
    between = sent[m.end : hr.start]
    c0, c1 = clause(sent, m.start)
    # (not a subtype named in full so that its "HR" is no ratio: "No OS benefit was seen in
    # any tumor subtype: hormone receptor positive (HR 0.96 ...)" is OS's, "The RFS advantage
    # was confined to hormone receptor-negative tumors (HR, 0.66" the blocked outcome's)
    prior = [
        x
        for x in mentions
        if c0 <= x.start
        and x.end <= m.start
        and x.endpoint != "HR"
        and not (x.endpoint == "NONE" and _SUBTYPE.match(sent, x.start))
    ]
    right_after = next((x for x in mentions if m.end <= x.start and x.end <= hr.start), None)
    if (
        right_after is not None
        and right_after.endpoint in TIMED
        and _FOR_GAP.fullmatch(sent, m.end, right_after.start)
    ):
        # "in MRD-negative CR: HR for OS 0.57": the endpoint the ratio names, whatever stands
        # before it
        return right_after.endpoint
    if (
        prior
        and prior[-1].endpoint == "NONE"
        and _BRACKET_GAP.fullmatch(sent, prior[-1].end, m.start)
        and _RISK_OF_BEFORE.search(sent, max(0, prior[-1].start - 40), prior[-1].start)
    ):
        return None  # "a higher risk of grade >= 3 AEs (HR = 2.01 ...)": the ratio of the AEs
    if (
        prior
        and prior[-1].endpoint == "NONE"
        and not _NOT_AN_OUTCOME.match(sent, prior[-1].start)
        and not _factor_of(sent, prior)
        # ("Variables associated with 30-day mortality were X (HR 1.61)": a ratio of death)
        and sent[prior[-1].start : prior[-1].end].lower() != "mortality"
        # ("T stage predicted RFS (HR 3.03), while age (HR 2.90) ... predicted OS": the
        # blocked outcome is the other half's, where this half names its own)
        and not (
            _CONTRAST_BETWEEN.search(sent, prior[-1].end, m.start)
            and _next_outcome(mentions, hr.span_end) in SURVIVAL
        )
        # ("made sCR [OR = 2.29 ...] more likely and progression or death less likely [HR =
        # 0.47": the event the ratio is of, named after the blocked outcome)
        and not _PROGRESSION_OR_DEATH.search(sent, prior[-1].end, m.start)
    ):
        return None  # "time to CNS metastases was delayed (HR 0.45)"
    time_to = [*_TIME_TO.finditer(sent, c0, m.start)] if _may_say_time_to(sent, c0, m.start) else []
    if time_to and not any(time_to[-1].end() <= x.start and x.endpoint in TIMED for x in prior):
        return None  # "Median time to biochemical, symptomatic or radiographic progression was
        # 20.2 months ... (hazard ratio, 0.61)": no pattern names that outcome
    if (
        _TIME_TO_OR_ODDS.search(between)
        or any(
            x.endpoint == "NONE"
            and m.end <= x.start < hr.start
            # ("the hazard ratio for mortality ... was 0.57": the ratio of death, so of OS)
            and sent[x.start : x.end].lower() != "mortality"
            for x in mentions
        )
    ):
        return None
    if _OTHER_OUTCOME_BEFORE.search(sent, max(0, m.start - 50), m.start):
        return None  # "Hospitalization (HR 1.01 ...)", "castration-resistant disease (HR 0.36)"
    events = _EVENTS_WERE_BEFORE.search(sent, max(0, m.start - 100), m.start)
    if events and not any(
        events.start() <= x.start < m.start and x.endpoint in SURVIVAL for x in mentions
    ):
        # "Grade 3 or higher AEs were not more frequent with ICIs [HR = 0.96": (not "irAEs
        # were associated with longer PFS (HR 0.54": the endpoint named in between)
        return None
    inside = [x for x in mentions if m.end <= x.start and x.end <= hr.start and x.endpoint in TIMED]
    if inside:
        return inside[0].endpoint
    if (
        prior
        and prior[-1].endpoint in RESPONSE
        and not any(x.endpoint in SURVIVAL for x in mentions if hr.span_end <= x.start < c1)
    ):
        # "The effect on ORR did not reach significance [HR = 1.29 ...]", "(ORR: HR = 1.89)":
        # a ratio of responses (a meta-analysis's), no survival's
        return None
    if prior and prior[-1].endpoint in DURATION:
        return prior[-1].endpoint  # "DoR favoured N+C (HR = 0.50; ...)"
    if _SITE_PROGRESSION.search(between) or (
        _OTHER_EVENT_OR_DEATH.search(between) and "progression" not in between.lower()
    ):
        return None  # "hazard ratio for locoregional progression or death": another outcome
    word = _PROGRESSION_WORD.search(between)
    if word:
        if word.group().lower() == "relapse":
            return None  # "the hazard ratio for relapse": relapse incidence, no PFS
        return "iPFS" if _BRAIN_OR_IC_WORD.search(between) else "gPFS"
    if _DEATH_WORD.search(between):
        return "OS"
    # "reduced the risk of death by 40% (HR=0.60 ...)", also after other endpoints: "PFS (HR=0.96)
    # and OS (HR=1.08) did not differ, whereas ... the risks of progression (HR=0.54)"
    named = [x.end for x in mentions if x.endpoint in SURVIVAL and c0 <= x.start < m.start]
    lead = sent[max(c0, m.start - 120, *named) : m.start]
    # (the nearest outcome word: "the risks of progression (HR=0.54) and of death (HR=0.73)")
    said = _PROGRESSION_OR_DEATH.sub("progression", lead)
    # (not the event a survival is counted from: "Median OS was 25.7 months after UCP-only
    # progression and 33.0 months after RAD-only progression (HR 1.39 ...)")
    cue = [
        c
        for c in _OUTCOME_CUE.finditer(said)
        if not (named and _COUNTED_FROM.search(said, max(0, c.start() - 30), c.start()))
    ]
    if cue and cue[-1].group().lower() == "relapse":
        # "a higher 3-year relapse rate (HR 1.64)", "the risk of relapse ... (HR 4.06)": the
        # incidence of relapse, which is no PFS
        return None
    if cue and cue[-1].group().lower() in ("progression", "progressed"):
        return "iPFS" if _BRAIN_WORD.search(lead) else "gPFS"
    if cue:
        return "OS"
    before = [x for x in mentions if x.end <= m.start and x.endpoint in SURVIVAL]
    if before and before[-1].start < c0:
        # "... were associated with PFS; and both EBV DNA (HR = 3.753) and clinical stage (HR =
        # 2.577) were associated with OS": the endpoint its own clause names after it, not the
        # one of the clause before
        own = [x for x in mentions if hr.span_end <= x.start < c1 and x.endpoint != "HR"]
        if own and own[0].endpoint in SURVIVAL:
            return own[0].endpoint
    if before:
        return before[-1].endpoint
    # ("0.58 for PFS (95% CI, ...)": the interval may follow the endpoint)
    own = FOR_ENDPOINT.match(sent, hr.span_end) or FOR_ENDPOINT.match(sent, hr.end)
    if own:
        named = [x for x in mentions if x.start == own.end() and x.endpoint in TIMED]
        if named:
            return named[0].endpoint  # "the HR of WBRT was 0.170 for OS"
    # "ECOG >=2 (HR 2.31) and ... were associated with shorter OS": the endpoint later in the
    # sentence, with no other hazard ratio's endpoint in between.
    after = [x for x in mentions if x.start >= hr.span_end and x.endpoint != "HR"]
    if after and after[0].endpoint in SURVIVAL:
        if any(
            x.endpoint == "HR" and after[0].end <= x.start <= after[0].end + 3 for x in mentions
        ):
            # "PCI reduced BM (HR = 0.45 ...) and prolonged OS (HR = 0.81 ...)": that endpoint
            # has its own ratio; this one is of the outcome the sentence leaves unnamed
            return None
        return after[0].endpoint
    if not earlier and _UNNAMED_OUTCOME.search(lead):
        return None  # "associated with worse outcome (hazard ratio: 1.4 ...)": no endpoint named
    if (
        after
        and after[0].endpoint == "NONE"
        and _ASSOCIATED_BEFORE.search(sent, max(0, after[0].start - 30), after[0].start)
        # ("Older age (aHR 0.91 ...) was associated with lower mortality": of death, so of OS)
        and sent[after[0].start : after[0].end].lower() != "mortality"
    ):
        return None  # "cavity radiosurgery (HR 0.4) ... were associated with local control"
    return earlier or context.get("survival")
