"""Shared fixtures. Tests never touch the network or ../shared."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
HAZMAT = str(Path(sys.executable).parent / "hazmat")


@pytest.fixture(scope="session")
def guard():  # type: ignore[no-untyped-def]
    """The shipped default guard, loaded once."""
    from hazmat.classifiers.minilm import MiniLMGuard

    return MiniLMGuard()
