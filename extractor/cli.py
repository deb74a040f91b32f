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
