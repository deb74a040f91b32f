"""The faster paths of link.py (speed round 6) give what the full paths give: the word
pre-checks of the response-duration and endpoint-definition scans, the bracket pre-check of
the abbreviation merge, the lower case handed to the rate checks, and the mentions of each
sentence read in one pass by link_doc."""

from __future__ import annotations

import pytest

from extractor.nlp import link
from extractor.nlp.mentions import Mention
from extractor.nlp.values import find_timepoints, find_values

DURATION_SENTENCES = [
    "Responses lasted a median of 11.2 months (range, 3-20).",
    "Intracranial responses were durable, lasting a median of 9.4 months.",
    "The responses persisted for a median of 14 months; responders had a median duration of 8 "
    "months.",
    # (other cases: ignoring case, the match holds them too)
    "RESPONSES LASTED A MEDIAN OF 7.5 MONTHS.",
    "Responses had a Median Duration of 6 months.",
    # (no verb of the pattern: the pre-check must say no, and the scan finds nothing)
    "Responses were seen in 12 patients; the median follow-up was 14 months.",
    "The median response was 4 months in responders.",
    # (not ASCII: searched whole, whatever the words; the long s ignoring case reads as "s")
    "Responſes laſted a median of 5 months (≥3 cycles).",
    "Responses (≥1) had a median duration of 4 months.",
    "",
]


def _durations_reference(sent: str, mentions: list[Mention]) -> list[Mention]:
    """_response_durations without its word pre-check."""
    extra = []
    for hit in link._RESPONSE_LASTED.finditer(sent):
        a, b = hit.span("verb")
        if any(m.start < b and a < m.end for m in mentions):
            continue
        lead = sent[max(0, hit.start() - 20) : a]
        intracranial = link.re.search(r"intracranial|\bCNS\b|\bbrain\b", lead, link.re.I)
        extra.append(Mention(a, b, "iDoR" if intracranial else "DoR"))
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


@pytest.mark.parametrize("sent", DURATION_SENTENCES)
def test_response_durations_word_precheck(sent: str) -> None:
    for mentions in ([], [Mention(0, 9, "NONE")], [Mention(10, 16, "ORR")]):
        assert link._response_durations(sent, mentions) == _durations_reference(sent, mentions)
    if "lasted" in sent or "duration" in sent.lower():
        assert link._response_durations(sent, []), sent  # (the test reaches the scan)


DEFINITION_TEXTS = [
    "The primary endpoint was intracranial ORR. The ORR was 54.8%.",
    "Secondary outcomes were PFS and OS. Median PFS was 7 months.",
    "The KEY SECONDARY END POINTS were iORR and DCR. ORR was 40%.",
    # (neither word: no sentence states the endpoints)
    "The intracranial ORR was 54.8%. Median PFS was 7 months.",
    "The primarily treated patients had an ORR of 40%.",
    # (not ASCII: every sentence is searched)
    "The primary endpoint was iORR (≥1 lesion). The ORR was 54.8%.",
    "The ſecondary endpoints were PFS. ORR was 40%.",
]


def _defining_reference(text: str, mentions: list[tuple[int, int, str, str]]) -> set[int]:
    return {
        a
        for a, _b, _label, _ident in mentions
        if link._ENDPOINT_DEFINITION.search(text, *link.sentence_span(text, a))
    }


@pytest.mark.parametrize("text", DEFINITION_TEXTS)
def test_defining_starts_word_precheck(text: str) -> None:
    mentions = [(a, a + 3, "ENDPOINT", "ORR") for a in range(0, len(text), 5)]
    assert link._defining_starts(text, mentions) == _defining_reference(text, mentions)
    if "endpoint" in text or "outcomes" in text:
        assert link._defining_starts(text, mentions)  # (the test reaches the scan)


# (each sentence with the words that are its mentions, in order, and their endpoints)
COLLAPSE_SENTENCES = [
    (
        "intracranial progression-free survival (iPFS) was 7.2 months",
        [("intracranial progression-free survival", "iPFS"), ("iPFS", "iPFS")],
    ),
    (
        "objective response rate [ORR] was 40% and DCR 80%",
        [("objective response rate", "ORR"), ("ORR", "ORR"), ("DCR", "DCR")],
    ),
    ("the hazard ratio (HR) was 0.5", [("hazard ratio", "HR"), ("HR", "HR")]),
    # (no bracket: nothing merges, and the pre-check says so)
    (
        "objective response rate ORR was 40% and DCR 80%",
        [("objective response rate", "ORR"), ("ORR", "ORR"), ("DCR", "DCR")],
    ),
    ("PFS, OS and DCR were 5, 9 and 80", [("PFS", "gPFS"), ("OS", "OS"), ("DCR", "DCR")]),
]


def _mentions_of(sent: str, words: list[tuple[str, str]]) -> list[Mention]:
    out = []
    pos = 0
    for word, endpoint in words:
        at = sent.find(word, pos)
        out.append(Mention(at, at + len(word), endpoint))
        pos = at + len(word)
    return out


@pytest.mark.parametrize(("sent", "words"), COLLAPSE_SENTENCES)
def test_collapse_bracket_precheck(sent: str, words: list[tuple[str, str]]) -> None:
    mentions = _mentions_of(sent, words)
    got = link._collapse(mentions, sent)
    # (the full path: a bracket after the last mention lets the pre-check pass and changes no
    # gap between mentions, nor what follows one)
    assert got == link._collapse(mentions, sent + " (")
    assert len(got) == len(mentions) - ("(" in sent or "[" in sent)  # (a merge is reached)


RATE_SENTENCES = [
    "with 3 complete (10%) and 14 partial (45%) responses",
    "target lesions decreased in volume by 22.7% and 18.8%",
    "IC and EC responses were concordant in 71% of patients",
    "an intracranial response in 35.7% and progression in 5.4%",
    "a treatment difference of 21.3% was seen",
    "with absolute gains of 6.5% at 5 years and 3.6% at 10 years",
    "Response could be assessed in 53 patients of the BM group (60.9%)",
    "The ORR was 40% (95% CI 30-50%) and the DCR 80%.",
    # (not ASCII)
    "Ansprechen bei Größe 40% und Partial (45%) responses",
]


@pytest.mark.parametrize("sent", RATE_SENTENCES)
def test_not_a_rate_takes_the_lower_case_it_is_handed(sent: str) -> None:
    verdicts = []
    for v in find_values(sent):
        before = sent[max(0, v.start - 50) : v.start]
        verdicts.append(link._not_a_rate(sent, v, before))
        assert link._not_a_rate(sent, v, before, before.lower()) == verdicts[-1]
    assert any(verdicts) == (not sent.startswith("The ORR")), sent


TIMEPOINT_SENTENCES = [
    "PFS at 6/48 months was 40%, and 3/10 patients responded at 12 months.",
    "The 12-month OS was 80% and median OS 14.2 months (95% CI 11-18).",
    "At 2 years, 61% were alive; at 3 years 45%.",
]


@pytest.mark.parametrize("sent", TIMEPOINT_SENTENCES)
def test_drop_of_a_figure_inside_a_timepoint(sent: str) -> None:
    tps = find_timepoints(sent)
    inside = 0
    for v in find_values(sent):
        in_tp = v.kind in ("time", "frac") and any(t.start <= v.start < t.end for t in tps)
        inside += in_tp
        if in_tp:
            assert link._drop(sent, v, tps)
        # (without the timepoints, only the other rules can drop it)
        assert link._drop(sent, v, tps) == (in_tp or link._drop(sent, v, []))
    assert inside or not sent.startswith("PFS at 6/48")


def _doc_like(text: str, starts: list[int], mentions: list[tuple[int, int, str, str]]):
    """A stand-in for a spaCy doc with the attributes link_doc reads."""

    class _Ext:
        pass

    class _Doc:
        pass

    doc = _Doc()
    doc.user_data = {"text": text, "sent_start_chars": starts}
    doc.text = text
    ext = _Ext()
    ext.mentions = mentions
    doc._ = ext
    return doc


def _sentence_mentions_reference(
    bounds: list[tuple[int, int]], mentions: list[tuple[int, int, str, str]]
) -> list[list[tuple[int, int, str]]]:
    """The mentions of each sentence as link_doc read them before (two pointers)."""
    out = []
    k = 0
    for s0, s1 in bounds:
        while k < len(mentions) and mentions[k][0] < s0:
            k += 1
        j = k
        got = []
        while j < len(mentions) and mentions[j][0] < s1:
            a, b, _label, ident = mentions[j]
            got.append((a - s0, min(b, s1) - s0, ident))
            j += 1
        out.append(got)
    return out


def test_link_doc_reads_each_sentences_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Median PFS was 7.2 months. No figure here. ORR was 40% and DCR was 80%. "
        "Median OS was 12 months and PFS 5 months."
    )
    starts = [0, 27, 43, 72]
    names = [("PFS", "gPFS"), ("ORR", "ORR"), ("DCR", "DCR"), ("OS", "OS"), ("PFS", "gPFS")]
    mentions = []
    pos = 0
    for word, ident in names:
        at = text.find(word, pos)
        mentions.append((at, at + len(word), "ENDPOINT", ident))
        pos = at + len(word)
    seen: list[list[tuple[int, int, str]]] = []

    def spy(text, s0, s1, ms, context, quote=None):
        seen.append([(m.start, m.end, m.endpoint) for m in ms])
        return []

    monkeypatch.setattr(link, "link_sentence", spy)
    link.link_doc(_doc_like(text, starts, mentions))
    bounds = list(zip(starts, [*starts[1:], len(text)], strict=True))
    want = [m for m in _sentence_mentions_reference(bounds, mentions) if m]
    assert seen == want
    assert len(seen) == 3
