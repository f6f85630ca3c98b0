"""Where the built-in styles and templates are, in a checkout and in an installed wheel."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Optional

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def builtin_root() -> Path:
    """The folder holding the built-in `styles/` and `templates/`.

    A wheel carries them in `casepub/_data/`; a source checkout (or an editable install)
    has them beside the package, at the top of the repository.
    """
    bundled = PACKAGE_DIR / "_data"
    if (bundled / "styles").is_dir():
        return bundled
    return PACKAGE_DIR.parent


def project_root(case_dir: Path) -> Optional[Path]:
    """The nearest folder above a case that has its own `styles/` or `templates/`.

    That is where a department keeps its own journal styles beside its cases.
    """
    for parent in Path(case_dir).resolve().parents:
        if (parent / "styles").is_dir() or (parent / "templates").is_dir():
            return parent
    return None


def search_roots(case_dir: Optional[Path]) -> list[Path]:
    """Project first (to override), then built-in; without duplicates."""
    roots: list[Path] = []
    project = project_root(case_dir) if case_dir is not None else None
    for root in (project, builtin_root()):
        if root is not None and root.resolve() not in roots:
            roots.append(root.resolve())
    return roots
