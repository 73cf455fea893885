"""Scorers for rasd's stages, used by ``rasd evaluate`` and the benchmarks."""
