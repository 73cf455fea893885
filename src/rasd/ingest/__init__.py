"""Sources and decoding: from paths, standard input and JSON records to raw documents."""

from .document import HTML, RECORD, TEXT, InputFailure, RawDocument

__all__ = ["HTML", "RECORD", "TEXT", "InputFailure", "RawDocument"]
