"""The forest plot is drawn, written and closed."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pytest

from extractor.analysis.export import evidence_frame
from extractor.analysis.plot import forest_plot
from extractor.errors import ExtractorError
from extractor.store import Store


def test_forest_plot_png_and_svg(store: Store, tmp_path: Path) -> None:
    df = evidence_frame("her2", "iORR", store=store)
    png = forest_plot(df, tmp_path / "f.png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    svg = forest_plot(df, tmp_path / "f.svg", method="PM")
    text = svg.read_text()
    # Labels are text in the SVG: the groups, a study and the method are all there.
    for label in ("Real-world studies", "Trials", "Pooled analyses", "TUXEDO-1", "Paule-Mandel"):
        assert label in text
    assert plt.get_fignums() == []  # every figure closed


def test_forest_plot_refuses_mixed_cells_and_nothing(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExtractorError, match="several endpoint cells"):
        forest_plot(evidence_frame("her2", store=store), tmp_path / "x.png")
    empty = evidence_frame("her2", "iDoR", store=store)
    with pytest.raises(ExtractorError, match="nothing to plot"):
        forest_plot(empty, tmp_path / "y.png")
    assert not (tmp_path / "x.png").exists() and plt.get_fignums() == []
