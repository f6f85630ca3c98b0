"""casepub: write a medical case report as YAML, get a journal-ready manuscript."""

__version__ = "0.1.0"
