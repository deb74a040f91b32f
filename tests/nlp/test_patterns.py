"""Every pattern file is valid entity-ruler data."""

import json

import pytest
from spacy.schemas import validate_token_pattern

from extractor import config
from extractor.models import DESIGNS, ENDPOINTS
from extractor.nlp.pipeline import build_nlp, load_patterns

FILES = sorted(config.patterns_dir().glob("*.jsonl"))


def test_there_are_pattern_files():
    assert {p.name for p in FILES} >= {"endpoints.jsonl", "design.jsonl"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_line_is_a_valid_pattern(path):
    seen = set()
    for number, line in enumerate(path.read_text().splitlines(), 1):
        entry = json.loads(line)
        assert set(entry) == {"label", "id", "pattern"}, f"{path.name}:{number}"
        pattern = entry["pattern"]
        if isinstance(pattern, list):
            assert validate_token_pattern(pattern) == [], f"{path.name}:{number}"
        else:
            assert isinstance(pattern, str) and pattern.strip(), f"{path.name}:{number}"
        key = (entry["label"], json.dumps(pattern, sort_keys=True))
        assert key not in seen, f"{path.name}:{number} repeats an earlier pattern"
        seen.add(key)
        if entry["label"] == "ENDPOINT":
            assert entry["id"] in ENDPOINTS or entry["id"] == "NONE", f"{path.name}:{number}"
        else:
            assert entry["label"] in ("DESIGN", "DESIGN_STRONG")
            # (id NONE: a phrase holding a cue word that is no cue, "case report forms")
            assert entry["id"] in DESIGNS or entry["id"] == "NONE"


def test_a_bad_pattern_file_names_file_and_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"label": "ENDPOINT", "pattern": "ORR"}\n{oops\n')
    with pytest.raises(Exception, match=r"bad.jsonl:2"):
        load_patterns(tmp_path)


def test_pipeline_components_in_order():
    assert build_nlp().pipe_names == [
        "sentence_breaks",
        "pattern_ruler",
        "defined_abbreviations",
        "efficacy_linker",
        "cohort_size",
    ]
