"""hazmat's version, in a leaf module that every room may import without importing the package root."""

__version__ = "0.1.0"
