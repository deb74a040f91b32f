"""Our pooling against metafor's rma on the same export (skipped where R/metafor is absent).

.ci/run installs r-cran-metafor so this runs in CI. metafor's iterative estimators stop at a
tolerance of 1e-5 by default; the R script tightens them so that both sides are solved to
well below the 1e-6 asserted here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from extractor.analysis import meta
from extractor.analysis.export import evidence_frame, export
from extractor.store import Store

RSCRIPT = shutil.which("Rscript")


def _has_metafor() -> bool:
    if RSCRIPT is None:
        return False
    done = subprocess.run(
        [RSCRIPT, "-e", "quit(status = !requireNamespace('metafor', quietly = TRUE))"],
        capture_output=True,
        timeout=60,
    )
    return done.returncode == 0


pytestmark = pytest.mark.skipif(not _has_metafor(), reason="Rscript with metafor not installed")

R_SCRIPT = r"""
suppressMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
dat <- read.csv(args[1])
out <- list()
for (m in c("REML", "PM", "DL")) {
  fit <- rma(yi, vi, data = dat, method = m,
             control = list(threshold = 1e-12, tol = 1e-12, maxiter = 10000))
  out[[m]] <- list(b = as.numeric(fit$b), se = fit$se, ci_lb = fit$ci.lb, ci_ub = fit$ci.ub,
                   tau2 = fit$tau2, I2 = fit$I2, QE = fit$QE)
}
# escalc on the counts must give the yi/vi we exported.
prop <- dat[dat$measure == "PLO" & !is.na(dat$xi), ]
es <- escalc(measure = "PLO", xi = xi, ni = ni, data = prop)
out$escalc_max_diff <- max(abs(es$yi - prop$yi), abs(es$vi - prop$vi))
for (m in names(out)) {
  if (is.list(out[[m]])) {
    v <- out[[m]]
    cat(m, sprintf("%.17g", c(v$b, v$se, v$ci_lb, v$ci_ub, v$tau2, v$I2, v$QE)), "\n")
  } else {
    cat(m, sprintf("%.17g", out[[m]]), "\n")
  }
}
"""


def _metafor(csv_path: Path, tmp_path: Path) -> dict[str, list[float]]:
    script = tmp_path / "check.R"
    script.write_text(R_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [RSCRIPT, str(script), str(csv_path)],  # type: ignore[list-item]
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[float]] = {}
    for line in done.stdout.splitlines():
        if not line.strip():
            continue
        name, *values = line.split()
        result[name] = [float(v) for v in values]
    return result


def _check(df: pd.DataFrame, tmp_path: Path) -> None:
    csv_path = tmp_path / "export.csv"
    export(df, "metafor", csv_path)
    ours_in = pd.read_csv(csv_path)
    r = _metafor(csv_path, tmp_path)
    assert r["escalc_max_diff"][0] < 1e-12
    for method in ("REML", "PM", "DL"):
        p = meta.pool(ours_in["yi"], ours_in["vi"], method)
        b, se, lo, hi, tau2, i2, q = r[method]
        ours = [p.estimate, p.se, p.ci_low, p.ci_high, p.tau2, p.i2, p.q]
        theirs = [b, se, lo, hi, tau2, i2, q]
        assert ours == pytest.approx(theirs, abs=1e-6), (method, json.dumps([ours, theirs]))


def test_metafor_agrees_on_the_fixture_export(store: Store, tmp_path: Path) -> None:
    # Every design together, so there are enough studies for a non-zero tau^2.
    df = evidence_frame("her2", "iORR", store=store, one_per_study=False)
    assert df["yi"].notna().sum() >= 6
    _check(df, tmp_path)


def test_metafor_agrees_on_heterogeneous_proportions(tmp_path: Path) -> None:
    # Reference-table iORRs of several HER2 drugs: strongly heterogeneous, tau^2 far from 0.
    counts = [(99, 138), (61, 77), (38, 61), (11, 15), (24, 37), (27, 126), (2, 4), (0, 9)]
    rows = []
    for i, (x, n) in enumerate(counts):
        yi, vi = meta.proportion_effect(x, n)
        rows.append(
            {"study": f"s{i}", "year": 2020 + i, "design": "trial", "xi": x, "ni": n, "yi": yi,
             "vi": vi, "sei": vi**0.5, "measure": "PLO", "drug": "d", "endpoint": "iORR",
             "of": None, "months": None, "article": str(i)}
        )  # fmt: skip
    df = pd.DataFrame(rows)
    csv_path = tmp_path / "het.csv"
    df.to_csv(csv_path, index=False, float_format="%.17g")
    r = _metafor(csv_path, tmp_path)
    # The zero-cell study (0/9): escalc adds 1/2, as proportion_effect does.
    assert r["escalc_max_diff"][0] < 1e-12
    p = meta.pool(df["yi"], df["vi"], "REML")
    assert p.tau2 > 0.1
    assert [p.estimate, p.ci_low, p.ci_high, p.tau2, p.i2] == pytest.approx(
        [r["REML"][i] for i in (0, 2, 3, 4, 5)], abs=1e-6
    )
