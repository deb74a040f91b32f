"""Study identity: which articles report the same study, and which studies a pooled analysis
contains, so that no patient is counted twice.

Rules, applied to the stored articles every time the analysis reads them (so they follow a
re-extraction; nothing automatic is stored):

1. **Names.** A study name is a trial acronym (``TUXEDO-1``, ``DESTINY-Breast12``,
   ``HER2CLIMB``, ``TBCRC 022``) or a registry number (``NCT04752059``, ``UMIN000044995``).
   An article's *own* names are registry numbers anywhere in it and acronyms in its title, in
   a sentence "NAME is/was a ...", in a Methods-like section, or in the parenthesis that holds
   a registry number. An acronym met only in the background ("in the phase 2 TUXEDO-1 study,
   73.3% ...") names someone else's study and is ignored.
2. **Same study.** Articles (other than pooled analyses and meta-analyses) that share a name,
   or that share first author, cohort size and design, are reports of one study (transitively:
   a primary report with the NCT number and an update with the acronym join through a third
   report that has both).
3. **Members.** The names found in a pooled analysis or meta-analysis (title, Methods, any
   sentence about pooling) are the studies it contains; ``DESTINY-Breast01, -02 and -03``
   expands to three.
4. **Corrections** by a person (``extractor link``, tables of migration ``m002``) override the
   rules: an article assigned to a named study (or to a study of its own), a member added or
   removed, a report preferred for a study's endpoint.

A study is named by its commonest acronym, else its registry number, else "First-author year"
of its earliest report.

:func:`select_reports` then keeps one report per study per endpoint cell: the preferred report
when a person chose one, else the latest (year, then PMID) that reports the cell.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from extractor.analysis.drugs import primary_drug
from extractor.errors import StoreError
from extractor.store import Store

#: Designs whose articles contain other studies rather than being one.
AGGREGATE_DESIGNS: frozenset[str] = frozenset({"pooled", "meta-analysis"})

REGISTRY_RE = re.compile(
    r"\b(NCT\d{8}|UMIN\d{9}|jRCT\w{8,12}|ChiCTR[-\w]{6,}|ISRCTN\d{8}|CRD\d{11}"
    r"|EudraCT\s?\d{4}-\d{6}-\d{2})\b"
)
# A candidate acronym: a capital, then letters/digits, optionally hyphen-joined parts
# (TUXEDO-1, DESTINY-Breast12, ROSET-BM, DFCI/Duke), or capitals and a 3-digit number
# (TBCRC 022).
_NAME_RE = re.compile(
    r"(?<![\w/-])([A-Z]{3,} \d{3}|[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)(?![\w-])"
)
# "DESTINY-Breast01, -02 and -03": a name ending in digits followed by a list of suffixes.
_SERIES_RE = re.compile(r"\b([A-Z][A-Za-z-]*?)(\d{1,3})((?:,?\s*(?:and\s+)?-\d{1,3})+)")
_IS_A_RE = re.compile(r"\b([A-Z][\w-]*(?: \d{3})?) (?:is|was) an?\b")
_METHOD_LABELS = re.compile(
    r"^(?:PATIENTS AND METHODS|MATERIALS AND METHODS|METHODS?|DESIGN[A-Z ,]*|PARTICIPANTS"
    r"|EXPERIMENTAL DESIGN|STUDY DESIGN)$"
)
_LABEL_RE = re.compile(r"^([A-Z][A-Z ,/&-]{2,60}):\s*")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")

#: Upper-case words of abstracts that are not study names (abbreviations of the field, section
#: labels, institutions, databases). Compared upper-cased.
_STOP_TEXT = """
    AND THE FOR WITH NOT ALL
    HER2 HER ERBB2 ERBB CNS CI HR OS PFS ORR DCR CBR DOR DOR BM BMS LMC LMD LM IMD RECIST RANO
    RANO-BM WBRT SRS SRT ECOG MBC ABC EBC IHC ISH FISH PDX AE AES TEAE TEAES ILD T-DM1 T-DXD
    DS-8201 DS-8201A ADC ADCS TKI TKIS XL USA US UK EU FDA EMA NCCN ASCO ESMO SABCS AACR WCLC
    MEDLINE EMBASE CENTRAL GRADE PROSPERO PRISMA CNS-PFS ORR-IC IC-ORR IC-ORRS IC-PFS ICR BICR
    IRC DFCI MDACC NA NR NE II III IV IIIB IIB KPS QOL HRQOL MRI CT PET WHO IQR SD SE ITT
    BCBM RWE RWD GPA DS-GPA BGPA RPA OR RR CR PR SD PD CTCAE NCI CSF BBB TNBC HR+ ER PR
    """
STOP_NAMES: frozenset[str] = frozenset(_STOP_TEXT.split())
_STOP_SUFFIXES = ("-POSITIVE", "-NEGATIVE", "-LOW", "-TARGETED", "-DIRECTED", "-BASED", "-FREE")


def now() -> str:
    """UTC time in ISO form, for the ``created_at`` of a correction."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def normalise(name: str) -> str:
    """The key two spellings of one name share: upper case, letters and digits only
    (``TUXEDO-1`` and ``Tuxedo 1`` -> ``TUXEDO1``)."""
    return re.sub(r"[^A-Z0-9]", "", name.upper())


def _is_name(token: str) -> bool:
    upper = token.upper()
    if upper in STOP_NAMES or upper.endswith(_STOP_SUFFIXES):
        return False
    if REGISTRY_RE.fullmatch(token):
        return False  # registry numbers are collected separately
    # Three or more capitals: acronyms, not sentence-initial words ("Patients", "The").
    return sum(c.isupper() for c in token) >= 3 and not token.isdigit()


def _names_in(text: str) -> list[str]:
    found = [m.group(1) for m in _NAME_RE.finditer(text) if _is_name(m.group(1))]
    for m in _SERIES_RE.finditer(text):
        stem, first, rest = m.group(1), m.group(2), m.group(3)
        width = len(first)
        found.append(stem + first)
        found.extend(stem + s.zfill(width) for s in re.findall(r"-(\d{1,3})", rest))
    return [n for n in found if _is_name(n)]


def _sections(abstract: str) -> list[tuple[str, str]]:
    """(label, text) per line of a stored abstract ("LABEL: text" lines, FORMAT of Article)."""
    out = []
    for line in abstract.splitlines():
        m = _LABEL_RE.match(line)
        out.append((m.group(1).strip(), line[m.end() :]) if m else ("", line))
    return out


def article_names(title: str, abstract: str, design: str) -> tuple[list[str], list[str]]:
    """``(names, registry_ids)`` an article gives for itself (rule 1), or for a pooled
    analysis or meta-analysis the names of the studies it contains (rule 3)."""
    registry = list(dict.fromkeys(REGISTRY_RE.findall(f"{title}\n{abstract}")))
    names: list[str] = list(_names_in(title))
    aggregate = design in AGGREGATE_DESIGNS
    for label, text in _sections(abstract):
        in_methods = bool(label and _METHOD_LABELS.match(label))
        for sentence in _SENTENCE_RE.split(text):
            if in_methods or (aggregate and re.search(r"\bpool", sentence, re.I)):
                names.extend(_names_in(sentence))
                continue
            names.extend(m.group(1) for m in _IS_A_RE.finditer(sentence) if _is_name(m.group(1)))
            for paren in re.findall(r"\(([^()]*)\)", sentence):
                if REGISTRY_RE.search(paren):
                    names.extend(_names_in(paren))
    return list(dict.fromkeys(names)), registry


# -- the resolved identity ---------------------------------------------------------------------


@dataclass(frozen=True)
class Report:
    """One article as a report of a study.

    ``study`` is the study's display name (unique within an :class:`Identity`); ``how`` says
    why (``name TUXEDO-1``, ``registry NCT04752059``, ``cohort+author``, ``user``, ``own``);
    ``members`` are the studies a pooled analysis or meta-analysis contains."""

    article: str
    pmid: str | None
    year: int | None
    design: str
    cohort_size: int | None
    first_author: str
    drug: str | None
    study: str
    names: tuple[str, ...]
    how: str
    members: tuple[str, ...] = ()


@dataclass
class Identity:
    """Every article's study, pooled analyses' members and a person's report preferences."""

    reports: dict[str, Report] = field(default_factory=dict)
    preferences: dict[tuple[str, str], str] = field(default_factory=dict)

    def study(self, article: str) -> str:
        """The study an article reports (the article key itself if unknown)."""
        report = self.reports.get(article)
        return report.study if report else article

    def reports_of(self, study: str) -> list[Report]:
        """The reports of a study, oldest first."""
        return sorted((r for r in self.reports.values() if r.study == study), key=_report_order)

    def members(self, article: str) -> tuple[str, ...]:
        """The studies a pooled analysis or meta-analysis contains."""
        report = self.reports.get(article)
        return report.members if report else ()

    def rows(self) -> list[dict[str, Any]]:
        """One row per article: study, how, names, members (for tables and exports)."""
        out = []
        for r in sorted(
            self.reports.values(), key=lambda r: (r.study.casefold(), *_report_order(r))
        ):
            n_reports = len([x for x in self.reports.values() if x.study == r.study])
            out.append(
                {
                    "study": r.study,
                    "article": r.article,
                    "year": r.year,
                    "design": r.design,
                    "drug": r.drug,
                    "first_author": r.first_author,
                    "reports": n_reports,
                    "how": r.how,
                    "names": ", ".join(r.names),
                    "members": ", ".join(r.members),
                }
            )
        return out


def _report_order(r: Report) -> tuple:
    pmid = int(r.pmid) if r.pmid and r.pmid.isdigit() else -1
    return (r.year or 0, pmid, r.article)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(store: Store, topic: str | None = None) -> Identity:
    """Study identity of the articles (of ``topic``, or all), rules and corrections applied.

    Withdrawn articles are left out. Reads only; works on a read-only store.
    """
    sql = (
        "SELECT key, pmid, year, design, cohort_size, title, abstract, authors, registry_ids "
        "FROM articles WHERE status <> 'withdrawn'"
    )
    params: list[Any] = []
    if topic is not None:
        sql += " AND key IN (SELECT article FROM article_topics WHERE topic = ?)"
        params.append(topic)
    articles = store.query(sql + " ORDER BY key", params)
    links = {r["article"]: r["study"] for r in store.query("SELECT * FROM study_links")}
    member_fixes = store.query("SELECT * FROM study_members")
    prefs = {
        (r["study"], r["endpoint"]): r["article"]
        for r in store.query("SELECT * FROM report_preferences")
    }
    return build_identity(articles, links, member_fixes, prefs)


def build_identity(
    articles: Sequence[dict[str, Any]],
    links: dict[str, str | None] | None = None,
    member_fixes: Iterable[dict[str, Any]] = (),
    preferences: dict[tuple[str, str], str] | None = None,
) -> Identity:
    """The pure part of :func:`resolve`: article rows (columns of the ``articles`` table) and
    corrections in, :class:`Identity` out."""
    links = links or {}
    uf = _UnionFind()
    names_of: dict[str, list[str]] = {}
    how: dict[str, str] = {}
    by_name: dict[str, list[str]] = defaultdict(list)
    by_cohort: dict[tuple, list[str]] = defaultdict(list)
    info: dict[str, dict[str, Any]] = {}
    for a in articles:
        key = a["key"]
        stored_ids = [str(x) for x in json.loads(a.get("registry_ids") or "[]")]
        names, registry = article_names(a.get("title") or "", a.get("abstract") or "", a["design"])
        registry = list(dict.fromkeys(stored_ids + registry))
        authors = json.loads(a.get("authors") or "[]")
        first = authors[0].split()[0] if authors else ""
        info[key] = {**a, "first_author": first, "names": names, "registry": registry}
        uf.find(key)
        if key in links:
            study = links[key]
            names_of[key] = [study] if study else []
            how[key] = "user" if study else "own (user)"
            if study:
                by_name[normalise(study)].append(key)
            continue
        if a["design"] in AGGREGATE_DESIGNS:
            names_of[key] = []
            how[key] = "own"
            continue
        names_of[key] = names + registry
        for n in names_of[key]:
            by_name[normalise(n)].append(key)
        if first and a.get("cohort_size") and a["cohort_size"] >= 10:
            by_cohort[(first.casefold(), a["cohort_size"], a["design"])].append(key)
    for keys in by_name.values():
        for other in keys[1:]:
            uf.union(keys[0], other)
    for keys in by_cohort.values():
        for other in keys[1:]:
            uf.union(keys[0], other)

    groups: dict[str, list[str]] = defaultdict(list)
    for key in info:
        groups[uf.find(key)].append(key)
    labels: dict[str, str] = {}
    used: Counter[str] = Counter()
    for root, keys in sorted(groups.items()):
        label = _study_label([info[k] for k in keys], {k: names_of[k] for k in keys})
        used[label] += 1
        labels[root] = label if used[label] == 1 else f"{label} ({root})"

    # Name (normalised) -> study label, for members of pooled analyses.
    label_of_name: dict[str, str] = {}
    for key in info:
        for n in names_of[key]:
            label_of_name.setdefault(normalise(n), labels[uf.find(key)])
    fixes: dict[str, dict[str, bool]] = defaultdict(dict)
    for fix in member_fixes:
        fixes[fix["article"]][fix["study"]] = bool(fix["included"])

    identity = Identity(preferences=dict(preferences or {}))
    for key, a in info.items():
        label = labels[uf.find(key)]
        members: list[str] = []
        if a["design"] in AGGREGATE_DESIGNS:
            # A PROSPERO number (CRD...) registers the review itself, not a member.
            found = a["names"] + [r for r in a["registry"] if not r.startswith("CRD")]
            keys = [normalise(n) for n in found]
            for n, k in zip(found, keys, strict=True):
                # "DESTINY-Breast" (the programme) is not a study when -01, -02... are named.
                if not any(o != k and o.startswith(k) for o in keys):
                    members.append(label_of_name.get(k, n))
        for study, included in fixes.get(key, {}).items():
            target = label_of_name.get(normalise(study), study)
            if included:
                members.append(target)
            else:
                members = [
                    m for m in members if normalise(m) not in {normalise(study), normalise(target)}
                ]
        members = [m for m in dict.fromkeys(members) if m != label]
        reason = how.get(key)
        if reason is None:
            shared = [n for n in names_of[key] if len(by_name[normalise(n)]) > 1]
            if shared:
                kind = "registry" if REGISTRY_RE.fullmatch(shared[0]) else "name"
                reason = f"{kind} {shared[0]}"
            elif len(groups[uf.find(key)]) > 1:
                reason = "cohort+author"
            elif names_of[key]:
                reason = f"name {names_of[key][0]}"
            else:
                reason = "own"
        identity.reports[key] = Report(
            article=key,
            pmid=a.get("pmid"),
            year=a.get("year"),
            design=a["design"],
            cohort_size=a.get("cohort_size"),
            first_author=a["first_author"],
            drug=primary_drug(a.get("title") or "", a.get("abstract") or ""),
            study=label,
            names=tuple(names_of[key]),
            how=reason,
            members=tuple(members),
        )
    return identity


def _study_label(articles: list[dict[str, Any]], names: dict[str, list[str]]) -> str:
    acronyms: Counter[str] = Counter()
    registry: Counter[str] = Counter()
    for found in names.values():
        for n in found:
            (registry if REGISTRY_RE.fullmatch(n) else acronyms)[n] += 1
    if acronyms:
        return max(acronyms, key=lambda n: (acronyms[n], -len(n), n))
    if registry:
        return max(registry, key=lambda n: (registry[n], n))
    earliest = min(articles, key=lambda a: (a.get("year") or 0, a["key"]))
    author = earliest["first_author"] or earliest["key"]
    return f"{author} {earliest.get('year') or ''}".strip()


# -- one report per study per endpoint -----------------------------------------------------------

#: The columns that make an endpoint cell: figures in one cell are the same quantity.
CELL: tuple[str, ...] = ("endpoint", "of", "kind", "months", "unit")


def _informative(row: dict[str, Any]) -> tuple:
    has_ci = row.get("ci_low") is not None and row.get("ci_high") is not None
    has_n = row.get("n") is not None or row.get("n_total") is not None
    return (not has_ci, not has_n, row.get("value") is None, row.get("ordinal") or 0)


def select_reports(
    rows: Iterable[dict[str, Any]],
    identity: Identity,
    *,
    latest: bool = True,
    drop_contained: bool = False,
) -> list[dict[str, Any]]:
    """One figure per study per endpoint cell, from ``evidence`` rows (dicts).

    Per study and cell: the report a person preferred (``report_preferences`` for the cell's
    endpoint, else for ``*``) when it has a figure there, else the latest report with one
    (``latest=False``: the earliest). Within the chosen report, the most informative figure
    (with a CI, with counts, with a value; then the first stated). Each returned row gains
    ``study``, ``drug``, ``reports`` (how many reports of the study have a figure in the cell),
    ``superseded`` (the other reports' article keys) and ``contains`` (for a pooled analysis
    or meta-analysis: its member studies that also have a figure in the cell).

    ``drop_contained``: leave out a pooled analysis or meta-analysis in a cell where one of its
    member studies also has a figure, so the same patients are not counted twice when all
    designs are pooled together; the member studies are kept, being the primary data. The
    comparison pools each design apart, where no such overlap can arise, and keeps both.
    """
    cells: dict[tuple, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        cell = tuple(row.get(c) for c in CELL)
        cells[cell][identity.study(row["article"])].append(row)
    chosen: list[dict[str, Any]] = []
    for _cell, studies in cells.items():
        picked: list[dict[str, Any]] = []
        for study, figures in studies.items():
            by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for f in figures:
                by_article[f["article"]].append(f)
            endpoint = figures[0]["endpoint"]
            preferred = identity.preferences.get((study, endpoint)) or identity.preferences.get(
                (study, "*")
            )
            if preferred in by_article:
                article = preferred
            else:
                order = sorted(
                    by_article,
                    key=lambda k: (
                        _report_order(identity.reports[k]) if k in identity.reports else (0, -1, k)
                    ),
                )
                article = order[-1] if latest else order[0]
            best = min(by_article[article], key=_informative)
            report = identity.reports.get(article)
            picked.append(
                {
                    **best,
                    "study": study,
                    "drug": report.drug if report else None,
                    "reports": len(by_article),
                    "superseded": sorted(k for k in by_article if k != article),
                }
            )
        present = {p["study"] for p in picked}
        for p in picked:
            p["contains"] = sorted(set(identity.members(p["article"])) & (present - {p["study"]}))
        if drop_contained:
            picked = [p for p in picked if not p["contains"]]
        chosen.extend(picked)
    return chosen


# -- corrections -------------------------------------------------------------------------------


def set_study(store: Store, article: str, study: str | None, note: str | None = None) -> None:
    """Record that ``article`` reports ``study`` (None: a study of its own)."""
    _need_article(store, article)
    store.db["study_links"].upsert(
        {"article": article, "study": study, "note": note, "created_at": now()}, pk="article"
    )


def set_member(
    store: Store, article: str, study: str, included: bool = True, note: str | None = None
) -> None:
    """Record that the pooled analysis ``article`` does (or does not) contain ``study``."""
    row = _need_article(store, article)
    if row["design"] not in AGGREGATE_DESIGNS:
        raise StoreError(
            f"{article}: design {row['design']!r} is not a pooled analysis or meta-analysis"
        )
    store.db["study_members"].upsert(
        {
            "article": article,
            "study": study,
            "included": int(included),
            "note": note,
            "created_at": now(),
        },
        pk=("article", "study"),
    )


def prefer_report(
    store: Store,
    article: str,
    endpoint: str = "*",
    study: str | None = None,
    note: str | None = None,
) -> str:
    """Use ``article`` as the report of its study for ``endpoint`` (``*``: all endpoints).
    Returns the study name."""
    _need_article(store, article)
    study = study or resolve(store).study(article)
    store.db["report_preferences"].upsert(
        {
            "study": study,
            "endpoint": endpoint,
            "article": article,
            "note": note,
            "created_at": now(),
        },
        pk=("study", "endpoint"),
    )
    return study


def reset(store: Store, article: str) -> int:
    """Remove every correction naming ``article``; returns how many rows went."""
    gone = 0
    with store.db.atomic():
        for table in ("study_links", "study_members", "report_preferences"):
            before = store.db[table].count
            store.db[table].delete_where("article = ?", [article])
            gone += before - store.db[table].count
    return gone


def _need_article(store: Store, article: str) -> dict[str, Any]:
    if store.readonly:
        raise StoreError(f"{store.path}: the store was opened read-only")
    row = store.article(article)
    if row is None:
        raise StoreError(f"no article {article!r} in {store.path}")
    return row
