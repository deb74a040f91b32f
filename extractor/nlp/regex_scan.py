"""What the matches of a regex can start or end with, read off the parsed pattern, and the
faster equivalents built on it: ``suffix_search`` and ``infix_finditer`` for spaCy's tokenizer,
and :func:`first_char_guard` for the rules' own patterns, with the ASCII and lower-case twins
of a pattern (:func:`ascii_twin`, :func:`lower_twin`), the rules' substring pre-check
(:func:`holds_any`) and the test of a text those twins may read (:func:`lowers_as_ascii`).

spaCy's suffix regex is an alternation of some eighty patterns, each anchored at the end
(``...$``). ``re`` finds the leftmost match by trying every alternative at every position of
the string, so the search costs about a third of tokenising an abstract, and most strings
("everolimus", "patients") end with a character that no alternative can end with.

Every alternative ends where the string does, so the last character of the string is the last
character the alternative consumed. :func:`fast_suffix_search` reads, from the parsed pattern,
which characters each alternative can end with, and searches a string only with the
alternatives (in their order) that can end with its last character. The leftmost match, which
is all the tokenizer reads (its start and end), is the same: an alternative left out cannot
match there. Where the analysis cannot bound an alternative (a negated class, inline flags),
that alternative is kept for every character; a string ending in a newline (``$`` matches
before it) or an empty string gets the whole pattern.

The infix regex is an alternation whose alternatives mostly open with a look-behind, which
``re`` tries at every position of a string. Every match starts at a character from a set read
off the pattern the same way (its first character, or the first of a look-ahead a zero-width
alternative opens with), so :func:`fast_infix_finditer` puts a look-ahead for them first.

:func:`first_char_guard` does the same for a pattern of the rules that ``re`` cannot scan for
by itself (one opening with ``\\b``, a look-behind, or words matched ignoring case); the modules
compile such patterns with :func:`compile_guarded` (the same, compiled once) when they are
searched rather than matched at one position.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import functools
import re
import string
import sys
from collections.abc import Callable, Iterable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]


class _Unbounded(Exception):
    """The characters a pattern can end with cannot be listed."""


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_SPACE: r"\s",
}


def _class_chars(items: Iterable[tuple], categories: bool = False) -> set[str]:
    r"""The characters of a parsed class; with ``categories``, ``\d``, ``\w`` and ``\s`` are
    kept as their two-character escapes (never a single character)."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and categories and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])
        else:  # a negation, or a category where single characters are needed
            raise _Unbounded
    return chars


def _last_chars(seq: Iterable[tuple]) -> tuple[set[str], bool]:
    """The characters a parsed pattern can end with, and whether it can match empty."""
    chars: set[str] = set()
    for op, av in reversed(list(seq)):
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # consumes nothing
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            return chars | _class_chars(av), False
        if op is sre.BRANCH:
            empty = False
            for alt in av[1]:
                alt_chars, alt_empty = _last_chars(alt)
                chars |= alt_chars
                empty = empty or alt_empty
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unbounded  # (an inline flag such as (?i) changes what matches)
            sub_chars, empty = _last_chars(sub)
            chars |= sub_chars
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _high, sub = av
            sub_chars, sub_empty = _last_chars(sub)
            chars |= sub_chars
            empty = low == 0 or sub_empty
        else:
            raise _Unbounded
        if not empty:
            return chars, False
    return chars, True


SuffixSearch = Callable[[str], "re.Match[str] | None"]


def fast_suffix_search(pattern: re.Pattern[str]) -> SuffixSearch:
    """A search equivalent to ``pattern.search`` for a suffix pattern as spaCy compiles it
    (alternatives each ending in ``$``), or ``pattern.search`` itself when its alternatives
    cannot be told apart by their last character."""
    if pattern.flags & ~re.UNICODE:
        return pattern.search  # (ignoring case or multi-line: the analysis does not hold)
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if len(tree) != 1 or tree[0][0] is not sre.BRANCH:
        return pattern.search
    alternatives = tree[0][1][1]
    parts = _split_alternatives(pattern.pattern)
    # (each piece of text must parse as its alternative: the regexes below are built of them)
    if len(parts) != len(alternatives) or any(
        repr(sre_parse.parse(part, pattern.flags).data) != repr(alt.data)
        for part, alt in zip(parts, alternatives, strict=True)
    ):
        return pattern.search
    ends: list[set[str] | None] = []
    for alt in alternatives:
        if not alt or alt[-1] != (sre.AT, sre.AT_END):
            return pattern.search  # not anchored at the end: a match may end anywhere
        try:
            chars, empty = _last_chars(alt)
        except _Unbounded:
            ends.append(None)
            continue
        if empty:
            return pattern.search  # (an empty match ends at the end with no last character)
        ends.append(chars)
    always = [i for i, chars in enumerate(ends) if chars is None]
    by_char: dict[str, list[int]] = {}
    for i, chars in enumerate(ends):
        for c in chars or ():
            by_char.setdefault(c, []).append(i)
    by_last = _SearchesByChar(parts, by_char, always, pattern.flags)
    full = pattern.search

    def search(string: str) -> re.Match[str] | None:
        if not string or string[-1] == "\n":
            return full(string)
        found = by_last[string[-1]]
        return found(string) if found is not None else None

    return search


class _SearchesByChar(dict):
    """For each character, the search of the alternatives (``parts``) listed for it and of
    those tried for every string, in their order in the pattern; for a character listed for
    none, the search of those tried for every string alone (None if none is).

    Each regex is compiled when a string first needs it (one for each distinct set of
    alternatives): spaCy's affixes make some 190 such regexes, which compiled at once cost
    about 40 ms of every process's start-up, and a run over a few abstracts needs a fraction
    of them. Looked up as a plain dict; only a character not seen yet reaches ``__missing__``.
    """

    def __init__(
        self, parts: list[str], by_char: dict[str, list[int]], always: list[int], flags: int
    ) -> None:
        super().__init__()
        self.parts, self.flags = parts, flags
        self.keys_of = {c: tuple(sorted({*idx, *always})) for c, idx in by_char.items()}
        self.rest = tuple(always)
        self.compiled: dict[tuple[int, ...], SuffixSearch | None] = {}

    def __missing__(self, char: str) -> SuffixSearch | None:
        key = self.keys_of.get(char, self.rest)
        found = self.compiled.get(key)
        if found is None and key:
            found = self.compiled[key] = re.compile(
                "|".join(self.parts[i] for i in key), self.flags
            ).search
        self[char] = found
        return found


PrefixSearch = SuffixSearch


def fast_prefix_search(pattern: re.Pattern[str]) -> PrefixSearch:
    """A search equivalent to ``pattern.search`` for a prefix pattern as spaCy compiles it
    (alternatives each opening with ``^``), trying only the alternatives that can open with a
    string's first character; ``pattern.search`` itself when the pattern is not of that shape.

    Every alternative is anchored at the start, so a match starts at 0, and there the first
    alternative in order that matches wins: one that cannot open with the first character
    never does, and the others keep their order. (spaCy's prefixes are 120 alternatives, and
    its symbol class among them is tested range by range.)"""
    if pattern.flags & ~re.UNICODE:
        return pattern.search
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    start = (sre.AT, sre.AT_BEGINNING)
    # (the parser moves the "^" every alternative opens with in front of the alternation)
    if len(tree) != 2 or tree[0] != start or tree[1][0] is not sre.BRANCH:
        return pattern.search
    alternatives = tree[1][1][1]
    parts = _split_alternatives(pattern.pattern)
    # (each piece of text must parse as "^" and its alternative: the regexes below are built
    # of them, and each is anchored as the whole is)
    if len(parts) != len(alternatives) or any(
        repr(sre_parse.parse(part, pattern.flags).data) != repr([start, *alt.data])
        for part, alt in zip(parts, alternatives, strict=True)
    ):
        return pattern.search
    always: list[int] = []
    by_char: dict[str, list[int]] = {}
    for i, alt in enumerate(alternatives):
        try:
            chars, empty = _first_chars(alt)
        except _Unbounded:
            always.append(i)
            continue
        if empty or any(len(c) != 1 for c in chars):
            always.append(i)  # (may match empty, or opens with a class such as \d)
            continue
        for c in chars:
            by_char.setdefault(c, []).append(i)
    by_first = _SearchesByChar(parts, by_char, always, pattern.flags)
    full = pattern.search

    def search(string: str) -> re.Match[str] | None:
        if not string:
            return full(string)
        found = by_first[string[0]]
        return found(string) if found is not None else None

    return search


def _split_alternatives(expression: str) -> list[str]:
    """The top-level alternatives of ``expression`` as text (split at ``|`` outside brackets,
    classes and escapes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(expression):
        c = expression[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if expression.startswith("]", i + 1) or expression.startswith("^]", i + 1):
                i += 2 if expression[i + 1] == "]" else 3  # a "]" right after "[" is literal
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(expression[start:i])
            start = i + 1
        i += 1
    parts.append(expression[start:])
    return parts


def _first_chars(seq: Iterable[tuple], ignorecase: bool = False) -> tuple[set[str], bool]:
    r"""A set holding the character at the start of every match of a parsed pattern (the
    first it consumes, or the first a look-ahead there requires), and whether a match can be
    empty with nothing required of that character. ``\d``, ``\w`` and ``\s`` stand as their
    escapes. With ``ignorecase`` (the pattern ignores case, and the class made of the set
    will too) a group that stops ignoring case is read as it is: its characters, matched
    ignoring case, are more than it matches."""
    chars: set[str] = set()
    for op, av in seq:
        if op is sre.AT or op is sre.ASSERT_NOT or (op is sre.ASSERT and av[0] < 0):
            continue  # a look-behind, a negative look-ahead or an anchor: no character of its
            # own that must stand at the position
        if op is sre.ASSERT:
            ahead, empty = _first_chars(av[1], ignorecase)
            if not empty:
                return chars | ahead, False
            continue
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            return chars | _class_chars(av, categories=True), False
        if op is sre.BRANCH:
            empty = False
            for alt in av[1]:
                alt_chars, alt_empty = _first_chars(alt, ignorecase)
                chars |= alt_chars
                empty = empty or alt_empty
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or (del_flags and not (ignorecase and del_flags == re.IGNORECASE)):
                raise _Unbounded
            sub_chars, empty = _first_chars(sub, ignorecase)
            chars |= sub_chars
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _high, sub = av
            sub_chars, sub_empty = _first_chars(sub, ignorecase)
            chars |= sub_chars
            empty = low == 0 or sub_empty
        else:
            raise _Unbounded
        if not empty:
            return chars, False
    return chars, True


InfixFinditer = Callable[[str], Iterator["re.Match[str]"]]


def fast_infix_finditer(pattern: re.Pattern[str]) -> InfixFinditer:
    """``finditer`` of ``pattern`` behind a look-ahead for the characters a match can start at
    (the same matches; ``pattern.finditer`` itself when the analysis cannot bound them)."""
    if pattern.flags & ~re.UNICODE:
        return pattern.finditer
    try:
        chars, empty = _first_chars(sre_parse.parse(pattern.pattern, pattern.flags))
    except _Unbounded:
        return pattern.finditer
    if empty:
        return pattern.finditer
    # (a position whose character opens no match then costs one test, not a try of every
    # alternative after its look-behind)
    return re.compile(
        "(?=" + _char_class(chars, astral_apart=True) + ")(?:" + pattern.pattern + ")",
        pattern.flags,
    ).finditer


# The first code point beyond the Basic Multilingual Plane.
_ASTRAL = 0x10000


def _char_class(chars: set[str], astral_apart: bool = False) -> str:
    r"""A regex class of ``chars``, consecutive code points written as ranges (a class of single
    characters by the thousand makes ``re`` test them one by one); ``\d``, ``\w`` and ``\s``
    as they are.

    With ``astral_apart`` (for a pattern that does not ignore case), characters beyond the
    Basic Multilingual Plane go in a second class behind a look-ahead for any such character:
    the same characters match. ``re`` turns a class of BMP characters into one table lookup,
    but tests those beyond it range by range, for every character the table lacks; spaCy's
    symbol class has dozens of such ranges, which every letter of a word was tested against
    in turn."""
    escapes = sorted(c for c in chars if len(c) == 2)
    codes = sorted(ord(c) for c in chars if len(c) == 1)
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1 and (code != _ASTRAL or not astral_apart):
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    if astral_apart and ranges and ranges[-1][1] >= _ASTRAL:
        # (the runs split at the plane's end above, so each lies on one side of it)
        near = [r for r in ranges if r[1] < _ASTRAL]
        far = [r for r in ranges if r[0] >= _ASTRAL]
        return (
            "(?:"
            + _class_of(escapes, near)
            + "|(?="
            + _class_of([], [[_ASTRAL, sys.maxunicode]])
            + ")"
            + _class_of([], far)
            + ")"
        )
    return _class_of(escapes, ranges)


def _class_of(escapes: list[str], ranges: list[list[int]]) -> str:
    """The text of a regex class of ``escapes`` and the code point ``ranges``."""
    return (
        "["
        + "".join(escapes)
        + "".join(
            re.escape(chr(a)) if a == b else re.escape(chr(a)) + "-" + re.escape(chr(b))
            for a, b in ranges
        )
        + "]"
    )


def first_char_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` behind a look-ahead for the characters its matches can start at: the same
    matches, but a position that opens none costs one character test. Worth it for a pattern
    that opens with ``\b``, a look-behind or (ignoring case) many words, where ``re`` tries
    every alternative at every position; ``pattern`` itself when ``re`` already scans for its
    first character, or when the characters cannot be bounded (a negated class, ``.``, a match
    that can be empty)."""
    guarded = _guarded_source(pattern.pattern, pattern.flags)
    return pattern if guarded is None else re.compile(guarded, pattern.flags)


def compile_guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """``first_char_guard(re.compile(source, flags))``, the same pattern, without compiling
    ``source`` only to throw it away when the guard applies. (The rules wrap some 120 patterns
    so; compiling each twice cost about 20 ms of every process's start-up.)"""
    parsed = sre_parse.parse(source, flags)
    # (the flags ``re.compile(source, flags)`` would have: with the str pattern's UNICODE and
    # any inline ones, which the analysis reads)
    full_flags = flags | parsed.state.flags
    guarded = _guarded_source(source, full_flags, parsed)
    return re.compile(source, flags) if guarded is None else re.compile(guarded, full_flags)


def _guarded_source(
    source: str, flags: int, parsed: sre_parse.SubPattern | None = None
) -> str | None:
    """The source of :func:`first_char_guard`'s pattern for the pattern ``source`` compiled
    with ``flags`` (``parsed``: it parsed, if at hand), or None where the guard does not
    apply."""
    if flags & re.VERBOSE:
        return None
    if parsed is None:
        parsed = sre_parse.parse(source, flags)
    if _scanned_fast(parsed, flags):
        return None
    try:
        chars, empty = _first_chars(parsed, ignorecase=bool(flags & re.IGNORECASE))
    except _Unbounded:
        return None
    if empty or not chars:
        return None
    return "(?=" + _char_class(chars) + ")(?:" + source + ")"


def _scanned_fast(parsed: sre_parse.SubPattern, flags: int) -> bool:
    """Whether ``re`` already skips to the start of a match by itself (the pattern opens with a
    literal or a character class it can scan for): a look-ahead would only hide it. Read with
    the compiler's own functions; unknown (another Python) counts as yes. A pattern that opens
    with a look-ahead of its own, or anchored at the start, is left as it is too."""
    if len(parsed) and parsed[0][0] is sre.ASSERT and parsed[0][1][0] > 0:
        return True
    if len(parsed) and parsed[0] == (sre.AT, sre.AT_BEGINNING):
        return True  # (a search of a pattern anchored at the start tries that position only)
    try:
        from re import _compiler  # type: ignore[attr-defined]

        prefix = _compiler._get_literal_prefix(parsed, flags)[0]
        return bool(prefix) or _compiler._get_charset_prefix(parsed, flags) is not None
    except (ImportError, AttributeError, TypeError):
        return True


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` compiled with ``re.ASCII``: on a string that ``str.isascii`` it finds the same
    matches, for use on such strings only.

    Why: in ``str`` patterns ``re`` tests ``\d`` (and ``\w``, and letters ignoring case) against
    the Unicode database, a function call for every character tried; with ``re.ASCII`` the test
    is a table look-up, and a scan of a sentence costs a sixth less. On ASCII text the two mean
    the same: ``\d``, ``\w``, ``\s`` and ``\b`` agree on ASCII characters, and ignoring case an
    ASCII letter matches only ASCII letters in both. A character of the pattern beyond ASCII
    matches only itself in both unless it has other cases, which ignoring case may be ASCII ones
    ("ſ" and "s", "K" and "k"): a pattern that ignores case and holds such a character raises
    ``ValueError`` rather than get a twin that differs."""
    if pattern.flags & re.IGNORECASE and any(
        _sre.unicode_iscased(c)
        for c in _non_ascii_codes(sre_parse.parse(pattern.pattern, pattern.flags))
    ):
        raise ValueError(f"cased characters beyond ASCII: {pattern.pattern!r}")
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


# An escape whose meaning the lower case would change (\S, \W, \B, \D, \A, \Z), one that
# names a character by its code, an inline flag, a group name with a capital, or a bracket
# taken literally before "?" (which the "(?P" of a group name, kept, could be taken for).
_CASED_SYNTAX = re.compile(r"\\[A-Z0-9xuUN]|\(\?[a-zA-Z-]+[:)]|\(\?P<\w*[A-Z]|\\\(\?")
_GROUP_NAME = re.compile(r"\(\?p([<=])")


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""The twin of ``pattern``, which ignores case, for the lower case of ASCII text: where
    ``text.isascii()``, ``twin.match(text.lower(), pos)`` matches where (and over the span)
    ``pattern.match(text, pos)`` does, and so does ``search``.

    Why: ignoring case, ``re`` lowers each character of the text for each letter of the
    pattern it is compared with, and cannot skip the alternatives of a group by their first
    letter; the twin compares the letters as they are. The two agree on ASCII text: there
    ignoring case is comparing lower cases, and ``\s``, ``\w``, ``\d``, ``\b`` and the
    brackets and digits are the same in both cases. Raises ``ValueError`` for a pattern the
    lower case would change otherwise (see ``_CASED_SYNTAX``) or that holds a character
    beyond ASCII (which ignoring case may match with an ASCII one: "ſ" and "s")."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not source.isascii() or _CASED_SYNTAX.search(source):
        raise ValueError(f"no lower-case twin: {source!r}")
    flags = (pattern.flags & ~(re.IGNORECASE | re.UNICODE)) | re.ASCII
    return re.compile(_GROUP_NAME.sub(r"(?P\1", source.lower()), flags)


def _non_ascii_codes(seq: Iterable[tuple]) -> Iterator[int]:
    """The code points beyond ASCII that a parsed pattern names (its literals and the ranges
    of its classes, also inside groups, repeats, branches and look-arounds)."""
    for op, av in seq:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if av >= 128:
                yield av
        elif op is sre.RANGE:
            yield from range(max(av[0], 128), av[1] + 1)
        elif op is sre.IN:
            yield from _non_ascii_codes(av)
        elif op is sre.BRANCH:
            for alt in av[1]:
                yield from _non_ascii_codes(alt)
        elif op is sre.SUBPATTERN:
            yield from _non_ascii_codes(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            yield from _non_ascii_codes(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _non_ascii_codes(av[1])
        elif op is sre.ATOMIC_GROUP:
            yield from _non_ascii_codes(av)
        elif op is sre.GROUPREF_EXISTS:
            yield from _non_ascii_codes(av[1])
            if av[2] is not None:
                yield from _non_ascii_codes(av[2])


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (the substring pre-checks of the rules). A plain
    loop: ``any`` over a generator, or over ``map(text.__contains__, words)``, costs up to half
    as much again, and most texts hold none of the words, so every one is tried."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@functools.cache
def caseless_beside_ascii(ch: str) -> bool:
    """Whether ``ch`` is its own lower case and no ASCII letter matches it under IGNORECASE
    ("²", "±", "α" are; "ı" and "ſ" match "i" and "s", "İ" and "Σ" are capitals)."""
    if ch.lower() != ch or re.match("[a-z]", ch, re.I):
        return False
    return not any(re.match(letter, ch, re.I) for letter in string.ascii_lowercase)


def lowers_as_ascii(text: str) -> bool:
    """Whether a case-blind scan of ``text`` with lower-case ASCII letters finds what the same
    scan without IGNORECASE finds in ``text.lower()``: so when ``text`` is ASCII, or when its
    other characters are :func:`caseless_beside_ascii`. Such a character stands unchanged at
    its place in the lower case and matches no letter of the pattern either way, and \\w, \\s
    and \\b see the same character. (A tenth of the abstracts hold one, mostly "²", "α" or "±":
    the case-blind scans cost ten times as much.)"""
    return text.isascii() or all(map(caseless_beside_ascii, _NON_ASCII.findall(text)))
