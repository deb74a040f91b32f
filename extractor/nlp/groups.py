"""The group (arm, subgroup, cohort) a figure belongs to.

A sentence-initial scope ("In the active BM cohort, ..."), a phrase next to the value ("...
with T-DXd", "in cohort B"), a list ("in stable and active BM, respectively"), or the
randomised arms of the study for two compared values that name no group of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from extractor.nlp.mentions import Mention
from extractor.nlp.regex_scan import compile_guarded, lower_twin
from extractor.nlp.values import Value

_SCOPE = re.compile(
    r"^\W*(?:[A-Za-z]+\s*:\s*)?(?:in|among|for|within|of)\s+(?P<g>[^,;:]{3,80}?)\s*,\s", re.I
)


_WHOLE = re.compile(
    r"^(?:all\b|overall|total|whole(?![\w-])|entire(?![\w-])|this|these|our|both|each|addition|"
    r"particular|contrast|summary|"
    r"conclusion|comparison|general|brief|short|terms|practice|median|"
    # ("In a multivariable analysis", but not "In a validation cohort of 190 Finnish patients")
    r"(?-i:a|an)\s(?!(?:[\w-]+\s+){0,2}(?:cohort|subgroup|subset|population)\b)|"
    r"the\s+(?:overall|whole|entire|full|total|study|present|current|itt|intention|efficacy|"
    r"safety|evaluable|primary|analy[sz]ed|treated|enrolled|included)\b|"
    r"(?:the\s+)?(?:intention|itt|mitt|fas\b|full\s+analysis)|"
    r"(?:(?:the\s+)?\d+\s+)?(?:patients\s+)?(?:with\s+)?(?:measurable|evaluable|response-evaluable|"
    r"assessable)\b|"
    r"\d+\s+(?:evaluable\s+|eligible\s+|treated\s+)?(?:patients?|pts|cases|women)$|"
    r"patients?$|the\s+patients?$|evaluable\s+patients?$|the\s+cohort$|the\s+population$)",
    re.I,
)


_AFTER = re.compile(
    # (the unit may stand between: "12 months with everolimus (4.1-19.9)")
    r"^\s*(?:%\s*|(?:months?|mo|weeks?|years?|days?)\s+)?[\)\]]?\s*,?\s*"
    r"(?:of\s+(?:the\s+)?(?:patients|those|participants)\s+)?"
    r"(?:with|in|for|among|on|receiving|in\s+the)\s+(?:the\s+)?"
    r"(?P<g>[A-Za-z][^,;()\[\]]{0,40}?)"
    r"(?=\s*(?:[,;()\[\]]|\.(?:\s|$)|\s(?:vs\.?|versus|and|compared|whereas|while|respectively|"
    r"but|than|were|was|had)\b|$))",
    re.I,
)


_AFTER_LOW = lower_twin(_AFTER)  # (for ASCII text)
# The characters a match of _AFTER can open with after its leading white space (a unit, a
# bracket, a comma, "of ..." or the preposition; either case).
_AFTER_HEADS = frozenset("%mwydoifar)],MWYDOIFAR")


def _group_after(window: str) -> str | None:
    """The group ``_AFTER.match(window)`` reads, not tried where the first character after
    the white space (ASCII) cannot open a match (as after most values: " (95% CI", " vs",
    "."). An ASCII window is matched in its lower case by the lower-case twin, which is
    faster (see :func:`lower_twin`) and finds the group at the same offsets: it is read there
    from the window itself."""
    head = window.lstrip()[:1]
    if head and head.isascii() and head not in _AFTER_HEADS:
        return None
    if window.isascii():
        hit = _AFTER_LOW.match(window.lower())
        return window[hit.start("g") : hit.end("g")] if hit else None
    hit = _AFTER.match(window)
    return hit.group("g") if hit else None


_BEFORE_VALUE = compile_guarded(
    r"\b(?:in|among|for)\s+(?:the\s+)?(?P<g>(?:cohort|arm|group|subgroup|part)\s+[\w\-]+|"
    r"[\w\-]+\s+(?:cohort|arm|group|subgroup))\s+(?:they|it|these|this|the\s+\w+)?\s*"
    r"(?:were|was)\s*$",
    re.I,
)


# (every match ends the search window with "was" or "were" before white space, in any case, "s"
# perhaps the long s "ſ" that a search ignoring case takes for it)
_BEFORE_VALUE_ENDS = ("was", "were", "waſ")


def _group_before_value(sent: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``_BEFORE_VALUE.search(sent, pos, endpos)``, not tried where the text before ``endpos``
    does not end with the verb every match ends with (most gaps between values do not): the
    scan of the whole gap is spared."""
    if not sent[pos:endpos].rstrip()[-4:].lower().endswith(_BEFORE_VALUE_ENDS):
        return None
    return _BEFORE_VALUE.search(sent, pos, endpos)


_ARMS = re.compile(
    r"(?<![\w.])(?P<a>[A-Za-z][\w\-+/]*(?:\s+[A-Za-z][\w\-+/]*){0,2})\s+(?:vs\.?|versus)\s+"
    r"(?:the\s+)?(?P<b>[A-Za-z][\w\-+/]*(?:\s+[A-Za-z][\w\-+/]*){0,2})"
)


# A character no match of _ARMS holds, but the full stop of "vs.".
_NOT_AN_ARM_CHAR = re.compile(r"[^\w\-+/\s]")


def _arm_pairs(sent: str) -> Iterator[re.Match[str]]:
    """``_ARMS.finditer(sent)``, searched only around the first "vs" or "versus" left: from
    the last character before it that no match holds (see ``_NOT_AN_ARM_CHAR``) to the first
    one after it (not the full stop of a "vs."), then on from the match or that character.
    Why: ``re`` tries the pattern at every letter of the sentence, reading up to three words
    at each. A match holds none of those characters but the full stops of "vs.", and holds a
    "vs" or "versus": one that starts before the stretch would hold its first character, and
    one that starts in it ends in it. (The search bounded to the stretch reads the text before
    it for the look-behind as the full scan does.)"""
    pos = 0
    while True:
        vs, versus = sent.find("vs", pos), sent.find("versus", pos)
        at = min(vs, versus) if vs >= 0 and versus >= 0 else max(vs, versus)
        if at < 0:
            return
        start = pos
        for cut in _NOT_AN_ARM_CHAR.finditer(sent, pos, at):
            start = cut.end()
        stop = _NOT_AN_ARM_CHAR.search(sent, at)
        while stop and sent.startswith("vs.", stop.start() - 2):
            stop = _NOT_AN_ARM_CHAR.search(sent, stop.end())  # (the full stop of "vs.")
        end = stop.start() if stop else len(sent)
        hit = _ARMS.search(sent, start, end)
        if hit:
            yield hit
            pos = hit.end()
        else:
            pos = end


_RESPECTIVELY = re.compile(
    r"\b(?:in|for|among|with|of)\s+(?:the\s+)?(?:patients\s+with\s+)?"
    r"(?P<list>[^,;()]{2,60}?(?:\s*,\s*[^,;()]{2,40}?)*)\s*,?\s+(?:\w+\s+)?respectively",
    re.I,
)


# The characters no match of _RESPECTIVELY holds (its list items exclude them, and nothing else
# in it can match them).
_NOT_IN_RESPECTIVELY = re.compile(r"[;()]")


def _respectively_list(sent: str) -> re.Match[str] | None:
    """``_RESPECTIVELY.search(sent)``, searched only in the stretches between ";", "(" and ")"
    that hold "respectively" (a match holds none of those characters and ends with that word):
    the lazy list of the pattern is costly to try, and most of a sentence lies in stretches
    that cannot match. In ASCII text ignoring case is the lower case; another is searched
    whole. (A search bounded to a stretch reads the character before it for ``\b`` and never
    needs one after it.)"""
    if not sent.isascii():
        return _RESPECTIVELY.search(sent)
    low = sent.lower()
    at = low.find("respectively")
    after = 0  # (where the stretch of the last word looked at ended)
    while at >= 0:
        start = after
        for cut in _NOT_IN_RESPECTIVELY.finditer(sent, after, at):
            start = cut.end()
        stop = _NOT_IN_RESPECTIVELY.search(sent, at)
        end = stop.start() if stop else len(sent)
        hit = _RESPECTIVELY.search(sent, start, end)
        if hit or stop is None:
            return hit
        after = end
        at = low.find("respectively", end)
    return None


# "Median PFS for patients with active and stable BM was 8.2 and 11.5 months, respectively".
_LIST_BEFORE_VALUES = re.compile(
    r"\b(?:for|in|among)\s+(?:the\s+)?(?:patients\s+)?(?:with\s+)?"
    r"(?P<list>[\w\-+]+(?:\s+[\w\-+]+)?\s+(?:and|vs\.?|versus)\s+[\w\-+]+(?:\s+[\w\-+]+)?)"
    r"\s+(?:was|were|had)\b",
    re.I,
)


_COMPARED = compile_guarded(
    r"\b(?:vs\.?|versus|v\.?|compared\s+with|and)\s*$|^\s*(?:vs\.?|versus)\b"
)


# (every match of the first alternative ends with one of these words before white space; every
# match of the second opens with "vs" or "versus" after white space; the case is kept)
_COMPARED_ENDS = ("vs", "vs.", "versus", "v", "v.", "with", "and")
_COMPARED_STARTS = ("vs", "versus")


def _compared(between: str) -> re.Match[str] | None:
    """``_COMPARED.search(between)``, not tried where ``between`` neither ends nor opens with
    the words every match ends or opens with: the scan of a long gap is spared."""
    if not (
        between.rstrip().endswith(_COMPARED_ENDS) or between.lstrip().startswith(_COMPARED_STARTS)
    ):
        return None
    return _COMPARED.search(between)


# "randomly assigned (2:1) to tucatinib or placebo", title "X versus Y".
_RANDOMISED_TO = compile_guarded(
    r"\brandom(?:ly\s+assigned|i[sz]ed|ly\s+allocated)\b[^.;]{0,40}?\bto\s+(?:receive\s+)?"
    r"(?P<a>[A-Za-z][\w\-+/]*(?:\s+(?!or\b|versus\b|vs\b)[\w\-+/]+){0,3})\s+(?:or|versus|vs\.?)\s+"
    r"(?P<b>[A-Za-z][\w\-+/]*(?:\s+(?!plus\b|with\b|each\b|in\b)[\w\-+/]+){0,2})",
    re.I,
)


def randomised_arms(text: str) -> tuple[str, str] | None:
    """The two arms of a randomised trial, as the abstract names them, or None."""
    m = _randomised_to(text) if "andom" in text else None
    if not m:
        return None
    return f"{m.group('a')} arm", f"{m.group('b')} arm"


def _randomised_to(text: str) -> re.Match[str] | None:
    """``_RANDOMISED_TO.search(text)``, tried in ASCII text only where "random" stands in the
    lower case (every match opens with it, ignoring case; in ASCII text that is the lower case
    at the same offsets): the scan of a whole abstract at each "r" is spared. ``match`` at an
    offset reads the text before it for ``\b`` as the search does."""
    if not text.isascii():
        return _RANDOMISED_TO.search(text)
    low = text.lower()
    at = low.find("random")
    while at >= 0:
        m = _RANDOMISED_TO.match(text, at)
        if m:
            return m
        at = low.find("random", at + 1)
    return None


_GROUP_TRIM_HEAD = re.compile(
    r"^(?:the\s+)?(?:\d+\s+)?(?:evaluable\s+|eligible\s+)?(?:patients?|pts|women|cases|those)?\s*"
    r"(?:(?:with|who\s+had|who\s+received|harbou?ring|having|treated\s+with|receiving)\b)?\s*",
    re.I,
)


_GROUP_TRIM_TAIL = re.compile(
    r"\s+(?:cohort|group|arm|subgroup|subset|population|patients|pts)s?$", re.I
)


_NOT_A_GROUP = re.compile(
    r"^(?:a|an|the|(?i:(?:no|either|both|neither|significant|similar|comparable|higher|lower|"
    r"longer|shorter|regard|line\s+with|keeping\s+with|agreement\s+with|"
    r"respect|the\s+exception|p|"
    # ("In the 13 trials that reported it, the pooled 1-year OS was 51.6%": the studies pooled)
    r"(?:trials?|stud(?:y|ies))\s+(?:that|which)\s+report\w*)\b.*|"
    r"median|this|all|patients?|months?|\d.*|respect.*|terms.*|total|overall|cohort|"
    r"study|population|group|arm|series))$"
)


_THE_SPLIT = re.compile(r"\s+the\s+")
_LEADING_SHARE = re.compile(r"\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*")
_ARTICLE_HEAD = re.compile(r"^(?:the|an?)\s+", re.I)


def clean_group(label: str) -> str | None:
    """A short group label ("active BM", "T-DXd") from a phrase, or None for the whole cohort."""
    g = " ".join(label.split())
    g = _THE_SPLIT.split(g)[0]  # "cohort A the ORR" -> "cohort A"
    if _WHOLE.match(g):
        return None
    if g.count("(") > g.count(")"):
        g = g[: g.rindex("(")]  # "without visceral disease (95 fulvestrant": cut the aside
    g = _GROUP_TRIM_HEAD.sub("", g)
    if g[:1] == "(":
        # "In 40 patients (45%) with BM": the count's share is no part of the label
        g = _GROUP_TRIM_HEAD.sub("", _LEADING_SHARE.sub("", g))
    g = _GROUP_TRIM_TAIL.sub("", g).strip(" .")
    g = _ARTICLE_HEAD.sub("", g)
    if not g or _NOT_A_GROUP.match(g) or len(g) > 45 or _RESULT_WORDS.search(g):
        return None
    return g


# A phrase that speaks of results is no group: ", with OS rates of 80.1% ...".
_RESULT_WORDS = compile_guarded(
    # (", with complete remission in 26%": a share is a result too)
    # (not a count of the group: "a validation cohort of 190 Finnish patients")
    r"\bof\s+\d(?![\d,]*\s+(?:[A-Z]\w*|patients|pts|women|men|participants|cases)\b)|"
    r"\bin\s+\d+(?:\.\d+)?\s*%|"
    r"\b(?:rates?|OS|PFS|ORR|DCR|CBR|survival|response|median|months?|hazard)\b|"
    # ("an ORR of 75.9% with acceptable toxicity": how the treatment was tolerated)
    r"\b(?:toxicit(?:y|ies)|tolerab\w*|safety)\b",
    re.I,
)


def _spread(items: list[str]) -> list[str]:
    """ "stable and active BM" -> ["stable BM", "active BM"] (share the trailing noun)."""
    if len(items) >= 2:
        last = items[-1].split()
        if len(last) > 1 and all(len(x.split()) == 1 for x in items[:-1]):
            tail = " ".join(last[1:])
            return [f"{x} {tail}" for x in items[:-1]] + [items[-1]]
    return items


def _group_lists(sent: str, resp: re.Match[str] | None) -> list[list[str]]:
    """The lists of groups a sentence names: the "respectively" list ``resp``, then each pair
    of arms compared ("A versus B")."""
    lists: list[list[str]] = []
    if resp:
        parts = [
            p.strip()
            for p in re.split(
                r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+vs\.?\s+|\s+versus\s+", resp.group("list")
            )
        ]
        lists.append(_spread([p for p in parts if p]))
    for arm in _arm_pairs(sent) if (" vs" in sent or "versus" in sent) else ():
        if not re.search(r"\d", arm.group(0)):
            lists.append(_spread([arm.group("a"), arm.group("b")]))
    return lists


_PAIR_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# An arm's name that opens a bracket or a list right before its figure, and the next arm's
# name after "vs": "(nivolumab 12.1 vs docetaxel 9.4 months".
_ARM_BEFORE_FIGURE = re.compile(r"(?:[\(\[:;,]|\band)\s*(?P<g>[A-Za-z][\w+/-]*)\s+$")
_ARM_AFTER_VS = re.compile(
    r"\s*(?:months?|mo|weeks?|years?)?\s*(?:vs\.?|versus)\s+(?P<g>[A-Za-z][\w+/-]*)\s+"
)
# Words that stand before a figure and name no arm.
_NO_ARM_WORDS = frozenset(
    ("median", "mOS", "mPFS", "OS", "PFS", "HR", "ORR", "DCR", "was", "were", "of", "and", "vs")
)


def groups_of(
    sent: str,
    links: list[tuple[Mention, Value, float | None]],
    arms: tuple[str, str] | None = None,
    arms_of: Callable[[], tuple[str, str] | None] | None = None,
) -> list[str | None]:
    """One group label (or None) per linked value. ``arms`` are the randomised arms of the
    study, for a comparison ("44.9% versus 26.6%") that names no group itself; where ``arms``
    is None, ``arms_of()`` gives them, called only where they are needed."""
    if not links:
        return []
    scope_m = _SCOPE.match(sent)
    scope = clean_group(scope_m.group("g")) if scope_m else None
    out: list[str | None] = []
    prev_end = 0
    carried: str | None = None
    for _m, v, _months in links:
        g = None
        # (a value with nothing after its number, no interval, is read once: the same slice
        # gives the same answer)
        for pos in (v.end,) if v.end == v.span_end else (v.end, v.span_end):
            after = _group_after(sent[pos : pos + 60])
            g = clean_group(after) if after is not None else None
            if g:
                break
        if g is None:
            # "..., and in cohort B they were 30.0%": a named subgroup just before the value,
            # which also holds for the values listed right after it.
            lead = _group_before_value(sent, prev_end, v.start)
            if lead:
                g = carried = clean_group(lead.group("g"))
            elif carried and re.fullmatch(r"[\s,;]*(?:and\s+)?", sent[prev_end : v.start]):
                g = carried
            else:
                carried = None
        out.append(g)
        prev_end = v.span_end
    # "median PFS and OS were 5.6 and 13 months for LPS", "ORR, DCR and median OS were 20%,
    # 50% and 9.0 months in cohort A": the group after a list of several endpoints' figures
    # is each figure's.
    for k in range(len(links) - 1, 0, -1):
        if (
            out[k]
            and not out[k - 1]
            and links[k][0].start != links[k - 1][0].start
            and _PAIR_GAP.fullmatch(sent, links[k - 1][1].span_end, links[k][1].start)
        ):
            out[k - 1] = out[k]

    # "(nivolumab 12.1 vs docetaxel 9.4 months)": each arm named right before its figure
    if " vs" in sent or "versus" in sent:
        for k in range(1, len(links)):
            a, b = links[k - 1][1], links[k][1]
            if out[k - 1] or out[k] or links[k][0].start != links[k - 1][0].start:
                continue
            second = _ARM_AFTER_VS.fullmatch(sent, a.span_end, b.start)
            first = _ARM_BEFORE_FIGURE.search(sent, max(0, a.start - 40), a.start)
            if first and second and not ({first["g"], second["g"]} & _NO_ARM_WORDS):
                out[k - 1], out[k] = clean_group(first["g"]), clean_group(second["g"])

    # Paired values of one endpoint with an arm list or a "respectively" list.
    by_mention: dict[int, list[int]] = {}
    for k, (m, _v, _months) in enumerate(links):
        by_mention.setdefault(m.start, []).append(k)
    if all(len(ks) < 2 for ks in by_mention.values()):
        # (the lists below are read only for a mention with two or more values)
        return [g or scope for g in out] if scope else out
    resp = None
    if "respectively" in sent:
        for search in (_respectively_list, _LIST_BEFORE_VALUES.search):
            hit = search(sent)
            if hit and not re.search(r"\d\.\d|%|\b(?:months?|was|were)\b", hit.group("list")):
                resp = hit
                break
    lists: list[list[str]] | None = None  # (read when first needed: the arms' scan is slow)
    for ks in by_mention.values():
        if len(ks) < 2 or (not resp and any(out[k] for k in ks)):
            continue
        if lists is None:
            lists = _group_lists(sent, resp)
        for labels in lists:
            if len(labels) == len(ks):
                cleaned = [clean_group(x) or x for x in labels]
                for k, g in zip(ks, cleaned, strict=True):
                    out[k] = g
                break
        else:
            # "overall survival was 44.9% versus 26.6%": the two arms of a randomised trial.
            first, second = links[ks[0]][1], links[ks[1]][1]
            between = sent[first.span_end : second.start]
            if (
                len(ks) == 2
                and _compared(between)
                and not any(out[k] for k in ks)
                and (arms or (arms_of is not None and (arms := arms_of())))
            ):
                out[ks[0]], out[ks[1]] = arms
    if scope:
        out = [g or scope for g in out]
    return out
