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
      extractor extract corpora/her2-bcbm/*.xml --format table
      extractor load corpora/her2-bcbm --topic her2-bcbm
      extractor compare --topic her2-bcbm
    """


def fail(err: ExtractorError) -> click.ClickException:
    """Wrap a library error for click (message only, exit status 1)."""
    return click.ClickException(str(err))


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
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for extraction.")
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
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True)
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
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Evidence database [default: $EXTRACTOR_DB or db/evidence.db].",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes for extraction.",
)
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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Evidence database [default: $EXTRACTOR_DB or db/evidence.db].",
)
def compare(topic: str, endpoint: str | None, fmt: str, db: str | None) -> None:
    """Real-world against trial results for a topic, endpoint by endpoint.

    Per endpoint, kind and timepoint: number of studies, patients, min, median and max for
    real-world studies and trials side by side (pooled analyses and meta-analyses in blocks of
    their own). Reads the database read-only.
    """
    from extractor.analysis.compare import compare as compare_topic
    from extractor.analysis.compare import format_comparison
    from extractor.store import open_store

    try:
        with open_store(db, readonly=True) as store:
            df = compare_topic(store, topic, endpoint)
    except ExtractorError as err:
        raise fail(err) from err
    click.echo(format_comparison(df, fmt), nl=False)


@main.command()
@click.option("--doi", "dois", multiple=True, help="A DOI (doi:, doi.org URLs accepted).")
@click.option("--pmid", "pmids", multiple=True, help="A PubMed id.")
@click.option("--topic", default=None, help="Save into the evidence table under this topic.")
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Evidence database [default: $EXTRACTOR_DB or db/evidence.db].",
)
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
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Evidence database [default: $EXTRACTOR_DB or db/evidence.db].",
)
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
