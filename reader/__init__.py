"""Reader: a calm desktop reader for Chinese news articles."""

__version__ = "0.1.0"
