"""`extractor load` and `extractor compare`, run in-process with click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import open_store
from extractor.cli import main
from extractor.models import Article, Extraction, Finding

ABSTRACT = (
    "BACKGROUND: Brain metastases are common in HER2-positive breast cancer. "
    "METHODS: We included 39 patients treated with trastuzumab deruxtecan in a retrospective "
    "multicentre cohort. RESULTS: The intracranial objective response rate was 59%. Median "
    "CNS progression-free survival was 15.6 months. Median overall survival was not reached."
)


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    pytest.importorskip("extractor.sources.files")
    pytest.importorskip("extractor.nlp")
    return _jsonl(
        tmp_path / "corpus.jsonl",
        {"pmid": "39843642", "doi": "10.1/x", "title": "T-DXd real-world", "abstract": ABSTRACT},
        {"pmid": "2", "doi": None, "title": "No figures", "abstract": "A short note."},
    )


def test_load_twice_is_idempotent(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "out" / "evidence.db"
    runner = CliRunner()
    first = runner.invoke(main, ["load", str(corpus), "--topic", "her2", "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "read 2, new 2, unchanged 0, updated 0, with findings 1, problems 0" in first.output
    with open_store(db, readonly=True) as store:
        counts = store.counts()
        ids = [r["id"] for r in store.query("SELECT id FROM findings ORDER BY id")]
    assert counts["articles"] == 2 and counts["findings"] >= 1

    second = runner.invoke(main, ["load", str(corpus), "--topic", "her2", "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "read 2, new 0, unchanged 2, updated 0" in second.output
    with open_store(db, readonly=True) as store:
        assert store.counts() == counts
        assert [r["id"] for r in store.query("SELECT id FROM findings ORDER BY id")] == ids


def test_load_reports_problems_and_keeps_going(corpus: Path, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    db = tmp_path / "e.db"
    result = CliRunner().invoke(
        main, ["load", str(binary), str(corpus), "--topic", "her2", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert "problems 1" in result.output
    assert "image.txt" in result.stderr


def test_load_nothing_readable_fails(tmp_path: Path) -> None:
    pytest.importorskip("extractor.sources.files")
    pytest.importorskip("extractor.nlp")
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(
        main, ["load", str(binary), "--topic", "her2", "--db", str(tmp_path / "e.db")]
    )
    assert result.exit_code == 1
    assert "nothing could be read" in result.output


def test_load_uses_extractor_db(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("EXTRACTOR_DB", str(tmp_path / "env.db"))
    result = CliRunner().invoke(main, ["load", str(corpus), "--topic", "her2"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").is_file()


@pytest.fixture
def filled_db(tmp_path: Path) -> Path:
    path = tmp_path / "evidence.db"
    with open_store(path) as store:
        for pmid, design, n, value in [
            ("1", "real-world", 39, 59.0),
            ("2", "real-world", 51, 62.7),
            ("3", "trial", 263, 71.7),
        ]:
            article = Article(pmid=pmid, title=pmid, abstract=f"abstract {pmid}")
            findings = (
                Finding("iORR", "proportion", value, "%"),
                Finding("OS", "median", 20.0 + n / 100, "months"),
            )
            store.save(Extraction(article, design, n, findings), "her2")
    return path


def test_compare_table(filled_db: Path) -> None:
    result = CliRunner().invoke(main, ["compare", "--topic", "her2", "--db", str(filled_db)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "real-world" in lines[0] and "trial" in lines[0]
    iorr = next(line for line in lines if line.startswith("iORR"))
    assert "60.85" in iorr and "71.7" in iorr and "90" in iorr


def test_compare_endpoint_csv_and_json(filled_db: Path) -> None:
    runner = CliRunner()
    csv_out = runner.invoke(
        main,
        ["compare", "--topic", "her2", "--endpoint", "OS", "--format", "csv", "--db", filled_db],
    )
    assert csv_out.exit_code == 0, csv_out.output
    assert csv_out.output.splitlines()[0].startswith("endpoint,of,kind,months,unit,rw_studies")
    assert len(csv_out.output.splitlines()) == 2
    json_out = runner.invoke(
        main, ["compare", "--topic", "her2", "--format", "json", "--db", str(filled_db)]
    )
    records = json.loads(json_out.output)
    assert [r["endpoint"] for r in records] == ["iORR", "OS"]
    assert records[0]["trial_patients"] == 263


def test_compare_errors_are_clear(filled_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    unknown = runner.invoke(main, ["compare", "--topic", "nope", "--db", str(filled_db)])
    assert unknown.exit_code == 1 and "no topic 'nope'" in unknown.output
    bad = runner.invoke(
        main, ["compare", "--topic", "her2", "--endpoint", "XYZ", "--db", str(filled_db)]
    )
    assert bad.exit_code == 1 and "unknown endpoint" in bad.output
    missing = runner.invoke(main, ["compare", "--topic", "her2", "--db", str(tmp_path / "no.db")])
    assert missing.exit_code == 1 and "no evidence database" in missing.output
    assert not (tmp_path / "no.db").exists()
