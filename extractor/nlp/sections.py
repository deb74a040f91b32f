"""Section labels of structured abstracts, inline ("Methods: ...") or on their own lines."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

#: Labels whose sections describe other work or the question, not the study's own results.
BACKGROUND_LABELS = frozenset(
    {
        "background",
        "introduction",
        "purpose",
        "objective",
        "objectives",
        "aim",
        "aims",
        "context",
        "rationale",
        "importance",
        "background and purpose",
        "background and aims",
        "background and objectives",
        "background and objective",
        # (Anticancer Research and others: "Background/Aim: ...")
        "background/aim",
        "background/aims",
        "background/objective",
        "background/objectives",
        "background/purpose",
        "purpose of the study",
        "significance",
    }
)

# Lancet-style bare headings. The pattern opens with the words (``re`` then skips to their
# first letters); where a heading may stand (text start, line start, after a stop) is checked
# in :func:`_heading_start`, since a leading look-behind would be tried at every position.
_BARE = re.compile(
    # (Wiley's "Aim ... Methods and results ...": "Methods and results" before "Methods")
    r"(?P<bare>Background|Aims?|Purpose|Introduction|Methods and results|Methods|Findings|"
    # (Springer's "Introduction ... Materials and methods This bicentric study ...")
    r"Materials? and [Mm]ethods|Patients and [Mm]ethods|"
    r"Interpretation|Results|"
    # (Cochrane's: "Objectives ... Search methods ... Selection criteria ... Data collection
    # and analysis ... Main results ... Authors' conclusions")
    r"Objectives|Search methods|Selection criteria|Data collection and analysis|Main results|"
    r"Authors' conclusions|"
    # (JAMA's headings: "IMPORTANCE Once mesothelioma has progressed ...")
    r"Conclusions?|BACKGROUND|METHODS|RESULTS|CONCLUSIONS AND RELEVANCE|CONCLUSIONS?|PURPOSE|"
    # (and the BMJ's: "OBJECTIVE ... DESIGN Randomised ... SETTING ... PARTICIPANTS 590 women")
    r"IMPORTANCE|OBJECTIVES?|DESIGN, SETTING, AND PARTICIPANTS|DESIGN|SETTING|PARTICIPANTS|"
    r"INTERVENTIONS?|EXPOSURES?|MAIN OUTCOMES? AND MEASURES?|MAIN OUTCOME MEASURES?|"
    # (and a JAMA meta-analysis's: "CONTEXT ... DATA SOURCES ... STUDY SELECTION ...")
    r"CONTEXT|DATA SOURCES|STUDY SELECTION|DATA EXTRACTION(?: AND SYNTHESIS)?|DATA SYNTHESIS|"
    r"EVIDENCE REVIEW|"
    # (a count may open the section: "Methods 142 patients aged 18 years or older were ...")
    r"PATIENTS AND METHODS|MATERIALS? AND METHODS|EXPERIMENTAL DESIGN)\s(?=[A-Z0-9])"
)


def _heading_start(text: str, i: int) -> bool:
    """Whether a bare heading may start at ``i``: at the start, after a newline, or after a
    stop or newline and one space."""
    if i == 0 or text[i - 1] == "\n":
        return True
    return i >= 2 and text[i - 2] in ".\n" and text[i - 1].isspace()


# What a label's words may be made of, read backwards from its colon (ASCII text).
_LABEL_RUN = re.compile(r"[A-Za-z &/,]*")

_LABEL_WORDS = re.compile(r"[A-Z][A-Za-z]+(?:,?[ &/][A-Za-z]+){0,5}")


# Several components ask for the labels of each abstract, and nlp.pipe runs a component over a
# whole batch (64 docs) before the next one: the cache outlasts a batch.
@lru_cache(maxsize=256)
def label_marks(text: str) -> tuple[tuple[int, str], ...]:
    """``(position, lower-cased label)`` of each section label, in order.

    A label is one to five words, capitalised, followed by a colon, at the start of the text,
    of a line or of a sentence ("RESULTS: ...", "Patients and Methods: ..."), or one of the
    Lancet-style bare headings ("Findings Between March ...").
    """
    marks: list[tuple[int, str]] = []
    ascii_text = text.isascii()
    i = text.find(":")
    while i != -1:
        if i + 1 == len(text) or text[i + 1].isspace():
            if ascii_text:
                # (the walk below in one match: in ASCII text the letters are [A-Za-z])
                j = i - _LABEL_RUN.match(text[max(0, i - 60) : i][::-1]).end()
            else:
                j = i
                while j > 0 and i - j < 60 and (text[j - 1].isalpha() or text[j - 1] in " &/,"):
                    j -= 1
            while j < i and text[j] == " ":
                j += 1
            m = _LABEL_WORDS.fullmatch(text, j, i)
            if m and (
                j == 0 or text[j - 1] == "\n" or text[max(0, j - 2) : j].rstrip() in (".", "?", "!")
            ):
                marks.append((j, text[j:i].lower()))
        i = text.find(":", i + 1)
    bare = _bare_headings(text)
    if bare and any(w in text for w in _BARE_NEEDS):
        marks += bare
        marks.sort()
    return tuple(marks)


# The bare headings count only in a text that holds one of these words somewhere.
_BARE_NEEDS = (
    "Findings", "Methods", "Background", "Aim", "Purpose", "Introduction", "Results",
    "BACKGROUND", "RESULTS", "PURPOSE", "IMPORTANCE", "OBJECTIVE", "CONTEXT",
)  # fmt: skip


def _heading_places(text: str) -> list[int]:
    """Where :func:`_heading_start` lets a bare heading start, in order: the start, after a
    newline, and after a stop or newline and one white-space character. (A scan for a stop and
    white space, which opens with a literal, costs a few instructions a character; one that
    opens with a class or a look-behind, some eighty.)"""
    places = {0, *(m.end() for m in _STOP_SPACE.finditer(text))}
    k = text.find("\n")
    while k != -1:
        places.add(k + 1)
        if text[k + 1 : k + 2].isspace():
            places.add(k + 2)
        k = text.find("\n", k + 1)
    return sorted(places)


_STOP_SPACE = re.compile(r"\.\s")


def _bare_headings(text: str) -> list[tuple[int, str]]:
    """``(position, lower-cased heading)`` of each bare heading of ``text``: the matches of
    :data:`_BARE` found by ``finditer`` that start where :func:`_heading_start` allows one.

    The pattern is tried only at those places (:func:`_heading_places`), not scanned over the
    text: no match of it holds such a place but at its start (its words and the spaces and
    commas between them hold no newline or stop, and it opens with a letter), so a match
    ``finditer`` finds there is not hidden by an earlier one, and one found elsewhere is no
    heading. (The substring tests of :data:`_BARE_NEEDS`, which the caller makes only when a
    heading is found, cost more than these few tries.)"""
    match = _BARE.match
    found = []
    for i in _heading_places(text):
        m = match(text, i)
        if m:
            found.append((i, m.group("bare").lower()))
    return found


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence of ``text`` holding ``pos``, cut at full stops and
    newlines (a cheap cut for cue checks; the pipeline's own sentences come from spaCy)."""
    return sentence_start(text, pos), sentence_end(text, pos)


def sentence_start(text: str, pos: int) -> int:
    """The start of :func:`sentence_span` (for a caller that needs the end only now and then)."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


def sentence_end(text: str, pos: int) -> int:
    """The end of :func:`sentence_span`: the first full stop or newline from ``pos`` on."""
    stop = text.find(". ", pos)
    newline = text.find("\n", pos)
    if stop == -1:
        return len(text) if newline == -1 else newline
    return stop if newline == -1 else min(stop, newline)


def sections(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` for each section; text before the first label has label ""."""
    out: list[tuple[int, int, str]] = []
    prev_start, prev_label = 0, ""
    for start, label in label_marks(text):
        if start > prev_start:
            out.append((prev_start, start, prev_label))
        prev_start, prev_label = start, label
    out.append((prev_start, len(text), prev_label))
    return out


def section_at(text: str, pos: int) -> str:
    """The lower-cased label of the section holding ``pos`` ("" before the first label)."""
    marks = label_marks(text)
    i = bisect_right(marks, pos, key=lambda m: m[0])
    return marks[i - 1][1] if i else ""


def mask_background(text: str) -> str:
    """``text`` with background sections blanked out (same length, offsets unchanged)."""
    if not any(label in BACKGROUND_LABELS for _, label in label_marks(text)):
        return text
    parts = []
    for start, end, label in sections(text):
        chunk = text[start:end]
        parts.append(" " * len(chunk) if label in BACKGROUND_LABELS else chunk)
    return "".join(parts)
