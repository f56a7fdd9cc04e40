"""A static site generator for an annotated, multilingual news archive."""

__version__ = "0.1.0"
