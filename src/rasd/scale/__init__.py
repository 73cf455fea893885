"""Running the per-article function in parallel: local processes or a Dask cluster."""

from .runner import Outcome, Runner, make_runner, process_outcome

__all__ = ["Outcome", "Runner", "make_runner", "process_outcome"]
