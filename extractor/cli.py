"""The ``extractor`` command: click commands only. Each parses options, calls one library
function and prints; an :class:`~extractor.errors.ExtractorError` becomes a clear message and
a non-zero exit."""

from __future__ import annotations

import click

from extractor.errors import ExtractorError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evidence-extractor")
def main() -> None:
    """Pull efficacy figures out of oncology abstracts into a SQLite evidence table.

    \b
    Typical use:
      extractor extract corpora/her2-bcbm --format table     # figures, with sentences
      extractor load corpora/her2-bcbm --topic her2-bcbm     # into db/evidence.db
      extractor compare --topic her2-bcbm --drug T-DXd       # real-world vs trial, pooled
      extractor sweep "QUERY" --topic NAME                   # nightly PubMed update
      extractor export --topic her2-bcbm --endpoint iORR --format metafor

    Every command explains itself: extractor COMMAND --help.
    """


def fail(err: ExtractorError) -> click.ClickException:
    """Wrap a library error for click (message only, exit status 1)."""
    return click.ClickException(str(err))


# Options several commands share.
db_option = click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Evidence database [default: $EXTRACTOR_DB or db/evidence.db].",
)
jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes for extraction.",
)
table_format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table for reading, csv or json for other programs.",
)


def _warn(err: ExtractorError) -> None:
    click.echo(f"warning: {err}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one FORMAT.md record per article; table: one line per finding.",
)
@jobs_option
def extract(paths: tuple[str, ...], fmt: str, jobs: int) -> None:
    """Extract efficacy figures from abstracts and print them.

    PATHS are efetch PubMed XML files, JSONL files of {"pmid", "doi", "title", "abstract"},
    saved PubMed pages (HTML or text), plain text files, or folders of these. A record that
    cannot be read is reported on stderr with its PMID or position and the rest is still read;
    the exit status is non-zero only when nothing could be read.
    """
    from extractor.nlp import extract_many
    from extractor.output import format_table_row, record_line
    from extractor.sources.files import read_articles

    problems: list[ExtractorError] = []

    def on_error(err: ExtractorError) -> None:
        problems.append(err)
        _warn(err)

    count = 0
    if fmt == "table":
        click.echo(format_table_row(None))
    for extraction in extract_many(read_articles(paths, on_error=on_error), jobs=jobs):
        count += 1
        if not extraction.article.abstract.strip():
            _warn(ExtractorError(f"{extraction.article.key}: record has no abstract"))
        if fmt == "jsonl":
            click.echo(record_line(extraction))
        else:
            for finding in extraction.findings:
                click.echo(format_table_row(extraction, finding))
    if count == 0:
        raise click.ClickException(
            f"nothing could be read from {', '.join(paths)}"
            + (f" ({len(problems)} problem(s) above)" if problems else "")
        )


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("inputs", nargs=-1, type=click.Path(exists=True))
@click.option("--errors", is_flag=True, help="List every missed and every spurious finding.")
@jobs_option
def evaluate(gold_dir: str, inputs: tuple[str, ...], errors: bool, jobs: int) -> None:
    """Extract INPUTS and score them against the gold files in GOLD_DIR.

    INPUTS default to the folder that holds GOLD_DIR (a corpus folder with a gold/ inside).
    Prints the figures of shared/eval/score.py (precision, recall, F1, CI exactness, cohort
    size and design accuracy), then a per-endpoint table.
    """
    from pathlib import Path

    from extractor.evaluation import format_report, load_gold, score
    from extractor.nlp import extract_many
    from extractor.sources.files import read_articles

    sources = inputs or (str(Path(gold_dir).resolve().parent),)
    gold = load_gold(gold_dir)
    if not gold:
        raise click.ClickException(f"no gold files (*.json) in {gold_dir}")
    records = [e.to_record() for e in extract_many(read_articles(sources, on_error=_warn), jobs)]
    click.echo(format_report(score(gold, records), errors=errors))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--topic", required=True, help="Topic the articles belong to (created if new).")
@db_option
@jobs_option
def load(paths: tuple[str, ...], topic: str, db: str | None, jobs: int) -> None:
    """Extract abstracts and save them, with their findings, in the evidence database.

    PATHS are read as by `extractor extract`. Loading the same records again leaves the same
    rows; a changed abstract replaces its old findings. Prints how many articles were read,
    new, unchanged and updated; the exit status is non-zero only when nothing could be read.
    """
    from extractor.pipeline import LOAD_COUNTS, load_paths
    from extractor.store import open_store

    try:
        with open_store(db) as store:
            counts = load_paths(store, paths, topic, on_error=_warn, jobs=jobs)
            path = store.path
    except ExtractorError as err:
        raise fail(err) from err
    summary = ", ".join(f"{k.replace('_', ' ')} {counts[k]}" for k in LOAD_COUNTS)
    click.echo(f"{summary} -> {path} (topic {topic})")
    if counts["read"] == 0:
        raise click.ClickException(f"nothing could be read from {', '.join(paths)}")


@main.command()
@click.option("--topic", required=True, help="Topic to compare (as given to `extractor load`).")
@click.option("--endpoint", default=None, help="One endpoint only (iORR, iPFS, gPFS, OS, HR...).")
@table_format_option
@db_option
@click.option("--drug", default=None, help="Pool this drug's studies only (any name: T-DXd).")
@click.option(
    "--method",
    type=click.Choice(["REML", "PM", "DL"]),
    default="REML",
    show_default=True,
    help="tau^2 estimator of the random-effects pooling (PM: Paule-Mandel).",
)
@click.option(
    "--pooled",
    "pooled_only",
    is_flag=True,
    help="csv/json: print the pooled estimates instead of the summary.",
)
def compare(
    topic: str,
    endpoint: str | None,
    fmt: str,
    db: str | None,
    drug: str | None,
    method: str,
    pooled_only: bool,
) -> None:
    """Real-world against trial results for a topic, endpoint by endpoint.

    Per endpoint, kind and timepoint: number of studies, patients, min, median and max for
    real-world studies and trials side by side (pooled analyses and meta-analyses in blocks of
    their own). The table then shows, per endpoint and drug, each study's figure (one report
    per study, the latest) and the random-effects pooled estimate per design with its 95% CI,
    tau^2 and I^2, and real-world against trial. Reads the database read-only.
    """
    from extractor.analysis.compare import compare as compare_topic
    from extractor.analysis.compare import format_comparison
    from extractor.analysis.meta import format_pooled, pooled_comparison
    from extractor.analysis.query import format_frame
    from extractor.store import open_store

    try:
        with open_store(db, readonly=True) as store:
            df = compare_topic(store, topic, endpoint)
            if fmt == "table" or pooled_only:
                studies, pooled, diffs = pooled_comparison(
                    store, topic, endpoint, drug=drug, method=method
                )
    except ExtractorError as err:
        raise fail(err) from err
    if fmt == "table":
        click.echo(format_comparison(df, fmt))
        click.echo(format_pooled(studies, pooled, diffs, method), nl=False)
    elif pooled_only and fmt == "csv":
        click.echo(pooled.to_csv(index=False), nl=False)
    elif pooled_only:
        import json

        parts = {"pooled": pooled, "differences": diffs, "studies": studies}
        click.echo(json.dumps({k: json.loads(format_frame(v, "json")) for k, v in parts.items()}))
    else:
        click.echo(format_comparison(df, fmt), nl=False)


@main.command()
@click.option("--doi", "dois", multiple=True, help="A DOI (doi:, doi.org URLs accepted).")
@click.option("--pmid", "pmids", multiple=True, help="A PubMed id.")
@click.option("--topic", default=None, help="Save into the evidence table under this topic.")
@db_option
def fetch(dois: tuple[str, ...], pmids: tuple[str, ...], topic: str | None, db: str | None) -> None:
    """Fetch articles by DOI or PMID and print their FORMAT.md records (or save them).

    A DOI is looked up in PubMed, then Europe PMC, then Crossref, then on the publisher's
    landing page. Uses NCBI_EMAIL / NCBI_API_KEY and the EXTRACTOR_*_URL variables.
    """
    from extractor.output import record_line
    from extractor.sweep import fetch_records

    if not dois and not pmids:
        raise click.UsageError("give --doi DOI or --pmid PMID (either may be repeated)")
    try:
        results = fetch_records(dois=dois, pmids=pmids, topic=topic, db=db)
    except ExtractorError as err:
        raise fail(err) from err
    for extraction, saved in results:
        if saved is None:
            click.echo(record_line(extraction))
        else:
            n = len(extraction.findings)
            click.echo(f"{extraction.article.key}: {saved}, {n} finding(s) (topic {topic})")


class _BarProgress:
    """Sweep progress as a click progress bar (used on a terminal only)."""

    def __init__(self) -> None:
        self._bar = None

    def stage(self, name: str, total: int | None = None) -> None:
        self.close()
        if total:
            self._bar = click.progressbar(
                length=total, label=name, file=click.get_text_stream("stderr")
            )
            self._bar.__enter__()
        else:
            click.echo(name + " ...", err=True)

    def advance(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


@main.command()
@click.argument("query", required=False)
@click.option("--topic", default=None, help="Topic name (the saved search's name).")
@click.option("--all", "all_topics", is_flag=True, help="Every topic of the sweeps file.")
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    default="sweeps.toml",
    show_default=True,
    help="Saved searches (TOML; see sweeps.toml.example).",
)
@click.option("--dry-run", is_flag=True, help="Search only: count what would be fetched.")
@db_option
def sweep(
    query: str | None,
    topic: str | None,
    all_topics: bool,
    config: str,
    dry_run: bool,
    db: str | None,
) -> None:
    """Bring a topic up to date with PubMed: new records, changed abstracts, withdrawals.

    \b
      extractor sweep '"brain metastases" AND HER2' --topic her2-bcbm
      extractor sweep --all --config sweeps.toml
    Incremental (only what is new or changed since the last run), resumable (a killed run is
    finished by the next one) and locked per topic. Prints the counts of each run; a progress
    bar on a terminal, log lines otherwise. Exit status 1 if any topic failed.
    """
    import logging
    import sys

    from extractor.sweep import Progress
    from extractor.sweep import sweep as run

    if not sys.stderr.isatty():
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    factory = _BarProgress if sys.stderr.isatty() else Progress
    try:
        run(
            query,
            topic=topic,
            all_topics=all_topics,
            config=config,
            db=db,
            dry_run=dry_run,
            progress_factory=factory,
            on_report=lambda r: click.echo(r.summary()),
        )
    except ExtractorError as err:
        raise fail(err) from err


# -- analysis: study identity, exports, plots, queries (issue 5) --------------------------------


@main.command()
@click.argument("article", required=False)
@click.option("--study", default=None, help="ARTICLE reports this study (a name: TUXEDO-1).")
@click.option("--own", is_flag=True, help="ARTICLE is a study of its own (undo an auto link).")
@click.option("--member", "members", multiple=True, help="Pooled ARTICLE contains this study.")
@click.option(
    "--not-member", "not_members", multiple=True, help="Pooled ARTICLE does not contain it."
)
@click.option("--prefer", is_flag=True, help="Use ARTICLE as its study's report (not the latest).")
@click.option("--endpoint", default="*", show_default=True, help="With --prefer: one endpoint.")
@click.option("--reset", is_flag=True, help="Remove every correction naming ARTICLE.")
@click.option("--note", default=None, help="Why (kept with the correction).")
@click.option("--topic", default=None, help="When listing: this topic only.")
@table_format_option
@db_option
def link(
    article: str | None,
    study: str | None,
    own: bool,
    members: tuple[str, ...],
    not_members: tuple[str, ...],
    prefer: bool,
    endpoint: str,
    reset: bool,
    note: str | None,
    topic: str | None,
    fmt: str,
    db: str | None,
) -> None:
    """Show or correct which study each article reports.

    \b
    Without options: list every article with its study, how it was linked and, for pooled
    analyses, the studies they contain. Corrections are stored in the database:
      extractor link 31825569 --study HER2CLIMB      # a report of HER2CLIMB
      extractor link 39843642 --own                  # not linked to anything
      extractor link 39754978 --member "US cohort"   # pooled analysis contains it
      extractor link 35941372 --prefer --endpoint iORR
      extractor link 35941372 --reset
    """
    from extractor.analysis import identity
    from extractor.analysis.compare import canonical_endpoint
    from extractor.analysis.query import format_frame
    from extractor.store import open_store

    changes = bool(study or own or members or not_members or prefer or reset)
    if changes and not article:
        raise click.UsageError("a correction needs the ARTICLE (PMID or key) it is about")
    if study and own:
        raise click.UsageError("--study and --own contradict each other")
    try:
        if changes:
            with open_store(db) as store, store.db.atomic():
                if reset:
                    gone = identity.reset(store, article)  # type: ignore[arg-type]
                    click.echo(f"{article}: {gone} correction(s) removed")
                if study or own:
                    identity.set_study(store, article, study, note)  # type: ignore[arg-type]
                for m in members:
                    identity.set_member(store, article, m, True, note)  # type: ignore[arg-type]
                for m in not_members:
                    identity.set_member(store, article, m, False, note)  # type: ignore[arg-type]
                if prefer:
                    ep = "*" if endpoint == "*" else canonical_endpoint(endpoint)
                    name = identity.prefer_report(store, article, ep, note=note)  # type: ignore[arg-type]
                    click.echo(f"{name}: report {article} preferred for {ep}")
        with open_store(db, readonly=True) as store:
            rows = identity.resolve(store, topic).rows()
    except ExtractorError as err:
        raise fail(err) from err
    import pandas as pd

    df = pd.DataFrame(rows)
    if article:
        df = df[df["article"] == article] if not df.empty else df
    click.echo(format_frame(df, fmt), nl=False)


@main.command(name="export")
@click.option("--topic", default=None, help="Topic (as given to `extractor load`).")
@click.option("--endpoint", default=None, help="One endpoint (iORR, OS, HR...).")
@click.option("--drug", default=None, help="One drug (any name: T-DXd).")
@click.option(
    "--design",
    "designs",
    multiple=True,
    type=click.Choice(["real-world", "trial", "pooled", "meta-analysis", "other"]),
    help="Keep these designs (repeat the option).",
)
@click.option("--group", default=None, help="Subgroup figures whose label contains this.")
@click.option(
    "--all-reports", is_flag=True, help="Every figure, not one report per study per endpoint."
)
@click.option(
    "--drop-contained",
    is_flag=True,
    help="Leave out pooled analyses whose member studies have figures (before pooling designs "
    "together).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "metafor", "json", "parquet"]),
    default="csv",
    show_default=True,
)
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="File to write [default: standard output; required for parquet].",
)
@db_option
def export_cmd(
    topic: str | None,
    endpoint: str | None,
    drug: str | None,
    designs: tuple[str, ...],
    group: str | None,
    all_reports: bool,
    drop_contained: bool,
    fmt: str,
    out: str | None,
    db: str | None,
) -> None:
    """Rows for a meta-analysis: each study's figure with its effect size.

    metafor: the columns escalc and rma take (study, year, design, xi, ni, yi, vi, sei,
    measure), only rows that can be pooled; in R: dat <- read.csv("iorr.csv");
    rma(yi, vi, data = dat, method = "REML"). csv, json, parquet: every column (x/n and how
    it was obtained, flags, the sentence).
    """
    from extractor.analysis.export import evidence_frame, export

    try:
        df = evidence_frame(
            topic,
            endpoint,
            db=db,
            drug=drug,
            design=list(designs) or None,
            group=group,
            one_per_study=not all_reports,
            drop_contained=drop_contained,
        )
        text = export(df, fmt, out)  # type: ignore[arg-type]
    except ExtractorError as err:
        raise fail(err) from err
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    if text is not None:
        click.echo(text, nl=False)
    else:
        click.echo(f"{len(df)} rows -> {out}", err=True)


@main.command()
@click.option("--topic", required=True, help="Topic (as given to `extractor load`).")
@click.option("--endpoint", required=True, help="The endpoint to draw (iORR, gPFS, HR...).")
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(dir_okay=False),
    help="Image file: .png, .svg or .pdf.",
)
@click.option("--drug", default=None, help="One drug (any name: T-DXd).")
@click.option("--kind", type=click.Choice(["proportion", "median", "rate", "hr"]), default=None)
@click.option("--months", type=float, default=None, help="Timepoint of a rate (12, 24...).")
@click.option("--of", "of_", default=None, help="For HR: the endpoint it belongs to (iPFS, OS).")
@click.option("--group", default=None, help="Subgroup figures whose label contains this.")
@click.option(
    "--method", type=click.Choice(["REML", "PM", "DL"]), default="REML", show_default=True
)
@db_option
def plot(
    topic: str,
    endpoint: str,
    out: str,
    drug: str | None,
    kind: str | None,
    months: float | None,
    of_: str | None,
    group: str | None,
    method: str,
    db: str | None,
) -> None:
    """Forest plot of one endpoint: studies grouped by design, pooled diamond per design.

    When the endpoint has several kinds or timepoints (OS median and 12-month rate), choose one
    with --kind and --months; timepoint-less figures are drawn when --months is not given.
    """
    from extractor.analysis.export import evidence_frame
    from extractor.analysis.plot import forest_plot

    try:
        df = evidence_frame(topic, endpoint, db=db, drug=drug, kind=kind, group=group)
        if months is not None:
            df = df[df["months"] == months]
        elif kind in (None, "rate") and df["months"].notna().any() and df["months"].isna().any():
            df = df[df["months"].isna()]
        if of_ is not None:
            df = df[df["of"].str.casefold() == of_.casefold()]
        path = forest_plot(df.reset_index(drop=True), out, method=method)
    except ExtractorError as err:
        raise fail(err) from err
    click.echo(f"forest plot of {endpoint} ({len(df)} studies) -> {path}")


@main.command()
@click.option("--topic", default=None)
@click.option("--drug", default=None, help="Drug the article is about (any name: T-DXd).")
@click.option("--endpoint", default=None)
@click.option(
    "--design",
    "designs",
    multiple=True,
    type=click.Choice(["real-world", "trial", "pooled", "meta-analysis", "other"]),
)
@click.option("--since", "year_from", type=int, default=None, help="Published in or after.")
@click.option("--until", "year_to", type=int, default=None, help="Published in or before.")
@click.option("--min-n", type=int, default=None, help="At least this many patients.")
@click.option("--flag", "flags", multiple=True, help="Findings carrying this flag.")
@click.option("--flagged", is_flag=True, help="Findings carrying any flag.")
@click.option("--sql", default=None, help="Run this SELECT instead (read-only connection).")
@table_format_option
@db_option
def query(
    topic: str | None,
    drug: str | None,
    endpoint: str | None,
    designs: tuple[str, ...],
    year_from: int | None,
    year_to: int | None,
    min_n: int | None,
    flags: tuple[str, ...],
    flagged: bool,
    sql: str | None,
    fmt: str,
    db: str | None,
) -> None:
    """Findings matching filters, or any SQL SELECT, as a table, CSV or JSON.

    \b
      extractor query --topic her2-bcbm --drug T-DXd --endpoint iORR --design real-world
      extractor query --endpoint OS --since 2023 --min-n 50 --format csv
      extractor query --sql "select design, count(*) from evidence group by design"
    The database is opened read-only: a statement that would change it fails.
    """
    from extractor.analysis.query import find, format_frame, run_sql
    from extractor.store import open_store

    try:
        with open_store(db, readonly=True) as store:
            if sql is not None:
                df = run_sql(store, sql)
            else:
                df = find(
                    store,
                    topic=topic,
                    drug=drug,
                    endpoint=endpoint,
                    design=designs,
                    year_from=year_from,
                    year_to=year_to,
                    min_n=min_n,
                    flags=flags,
                    flagged=flagged,
                )
    except ExtractorError as err:
        raise fail(err) from err
    click.echo(format_frame(df, fmt), nl=False)
