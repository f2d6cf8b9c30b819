"""oneos: the 1:1 operating system for people managers."""

from __future__ import annotations

__version__ = "0.1.0"
