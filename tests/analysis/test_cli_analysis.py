"""`extractor link`, `export`, `plot`, `query` and the pooled part of `compare`, in-process."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import matplotlib.pyplot as plt
from click.testing import CliRunner

from extractor.cli import main


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_compare_ends_with_pooled_estimates(db_path: Path) -> None:
    out = run("compare", "--topic", "her2", "--endpoint", "iORR", "--drug", "T-DXd",
              "--db", str(db_path))  # fmt: skip
    assert out.splitlines()[0].strip().startswith("|")  # the summary table comes first
    pooled = out[out.index("Pooled estimates") :]
    assert "random effects, REML" in pooled and "tau^2" in pooled and "I^2" in pooled
    assert "TUXEDO-1" in pooled and "2 reports, latest used" in pooled
    assert "real-world vs trial:" in pooled and "KAMILLA" not in pooled
    data = json.loads(run("compare", "--topic", "her2", "--format", "json", "--pooled",
                          "--method", "PM", "--db", str(db_path)))  # fmt: skip
    assert set(data) == {"pooled", "differences", "studies"}
    assert {r["method"] for r in data["pooled"]} == {"random effects, Paule-Mandel"}


def test_link_lists_and_corrects(db_path: Path) -> None:
    listing = run("link", "--db", str(db_path), "--format", "csv")
    rows = {r["article"]: r for r in csv.DictReader(io.StringIO(listing))}
    assert rows["38963808"]["study"] == "TUXEDO-1"
    out = run("link", "39843642", "--study", "TUXEDO-1", "--note", "same patients", "--db",
              str(db_path))  # fmt: skip
    assert "TUXEDO-1" in out
    out = run("link", "35941372", "--prefer", "--endpoint", "iorr", "--db", str(db_path))
    assert "preferred for iORR" in out
    reset = run("link", "39843642", "--reset", "--db", str(db_path))
    assert "1 correction(s) removed" in reset and "Fabi 2025" in reset
    bad = CliRunner().invoke(main, ["link", "--own", "--db", str(db_path)])
    assert bad.exit_code == 2


def test_export_metafor_and_parquet(db_path: Path, tmp_path: Path) -> None:
    out = run("export", "--topic", "her2", "--endpoint", "iORR", "--format", "metafor",
              "--db", str(db_path))  # fmt: skip
    assert out.splitlines()[0].startswith("study,year,design,xi,ni,yi,vi,sei,measure")
    target = tmp_path / "x.parquet"
    run("export", "--topic", "her2", "--format", "parquet", "-o", str(target), "--db",
        str(db_path))  # fmt: skip
    assert target.stat().st_size > 0
    bad = CliRunner().invoke(main, ["export", "--format", "parquet", "--db", str(db_path)])
    assert bad.exit_code == 2 and "parquet is binary" in bad.output


def test_plot_writes_a_png(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "forest.png"
    out = run("plot", "--topic", "her2", "--endpoint", "iORR", "--drug", "T-DXd", "-o",
              str(target), "--db", str(db_path))  # fmt: skip
    assert "forest plot of iORR" in out
    assert target.read_bytes()[:4] == b"\x89PNG" and target.stat().st_size > 10_000
    assert plt.get_fignums() == []


def test_query_filters_and_read_only_sql(db_path: Path) -> None:
    out = run("query", "--topic", "her2", "--endpoint", "iORR", "--design", "real-world",
              "--format", "json", "--db", str(db_path))  # fmt: skip
    assert {r["study"] for r in json.loads(out)} == {"ROSET-BM", "Fabi 2025"}
    refused = CliRunner().invoke(
        main, ["query", "--sql", "DELETE FROM findings", "--db", str(db_path)]
    )
    assert refused.exit_code == 1 and "readonly" in refused.output
    count = run("query", "--sql", "select count(*) as n from findings", "--format", "csv",
                "--db", str(db_path))  # fmt: skip
    assert count.splitlines() == ["n", "11"]
