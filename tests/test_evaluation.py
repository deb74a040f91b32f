"""The scorer as a library agrees with shared/eval/score.py on the same predictions."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.evaluation import format_report, load_gold, match, score
from extractor.nlp import extract_many
from extractor.sources.files import read_articles

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CORPUS = ROOT / "corpora" / "her2-bcbm"


def test_match_rules():
    gold = [{"endpoint": "OS", "kind": "rate", "value": 77.9, "months": 12}]
    assert (
        len(
            match(gold, [{"endpoint": "OS", "kind": "proportion", "value": 77.92, "months": 12}])[0]
        )
        == 1
    )
    assert match(gold, [{"endpoint": "OS", "kind": "rate", "value": 77.9, "months": 6}])[0] == []
    hr = [{"endpoint": "HR", "of": "OS", "kind": "hr", "value": 0.58}]
    assert match(hr, [{"endpoint": "HR", "of": "gPFS", "kind": "hr", "value": 0.58}])[0] == []


def test_uncertain_gold_neither_rewards_nor_penalises():
    gold = {
        "1": {
            "pmid": "1",
            "endpoints": [
                {"endpoint": "ORR", "kind": "proportion", "value": 40.0, "uncertain": True}
            ],
        }
    }
    s = score(
        gold,
        [{"pmid": "1", "findings": [{"endpoint": "ORR", "kind": "proportion", "value": 40.0}]}],
    )
    assert (s.tp, s.fp, s.fn) == (0, 0, 0)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is absent")
def test_same_figures_as_the_shared_scorer(tmp_path: Path):
    records = [e.to_record() for e in extract_many(read_articles([CORPUS]))]
    preds = tmp_path / "p.jsonl"
    preds.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS / "gold"), str(preds), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(out.stdout.strip().splitlines()[-1])
    ours = score(load_gold(CORPUS / "gold"), records).summary()
    assert ours == theirs


def test_open_ended_intervals_are_reported_apart():
    gold = {
        "1": {
            "pmid": "1",
            "endpoints": [
                {"endpoint": "OS", "kind": "median", "value": 9.9, "ci_low": 8.1, "ci_high": None},
                {"endpoint": "ORR", "kind": "proportion", "value": 40, "ci_low": 30, "ci_high": 50},
            ],
        }
    }
    found = [
        {"endpoint": "OS", "kind": "median", "value": 9.9, "ci_low": 8.1, "ci_high": None},
        {"endpoint": "ORR", "kind": "proportion", "value": 40, "ci_low": 30, "ci_high": 50},
    ]
    s = score(gold, [{"pmid": "1", "findings": found}])
    assert (s.ci_ok, s.ci_n, s.ci_open, s.ci_open_ok) == (1, 2, 1, 1)
    assert s.summary()["ci_exact"] == "1/2"  # as score.py counts
    assert "2/2 intervals are exact in all" in format_report(s)
    found[0]["ci_low"] = 8.4
    assert score(gold, [{"pmid": "1", "findings": found}]).ci_open_ok == 0
