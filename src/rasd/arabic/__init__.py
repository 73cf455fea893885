"""Arabic text utilities: pure functions on strings, no I/O."""
