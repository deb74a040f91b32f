"""Analysis over the evidence store: comparison, pooling, plots and exports."""
