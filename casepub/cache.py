"""casepub's cache folder: compiled word lists, encoded figures, compiled templates, HTTP answers."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Optional

logger = logging.getLogger(__name__)

STALE = 30 * 24 * 3600  # seconds


def cache_dir() -> Path:
    """$CASEPUB_CACHE, else $XDG_CACHE_HOME/casepub, else ~/.cache/casepub."""
    if os.environ.get("CASEPUB_CACHE"):
        return Path(os.environ["CASEPUB_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "casepub"


def store(path: Path, blob: bytes) -> None:
    """Write BLOB to PATH so that a reader sees the old file or the whole new one, never half.
    New folders are the user's alone: the cache holds compiled code that casepub runs."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def prune(folder: Path, pattern: str, keep: Path) -> None:
    """Files of older versions are removed once a month old, not at once: another
    installation of casepub may share the folder and still use them."""
    now = time.time()
    for old in folder.glob(pattern):
        try:
            if old != keep and now - old.stat().st_mtime > STALE:
                old.unlink(missing_ok=True)
        except OSError:
            pass


class ContentCache:
    """Files in FOLDER/VERSION kept under the digest of what they were made from, each checked
    against the digest of its own bytes (part of its name) when read: a truncated or altered
    file is a miss.

    Every operation fails soft: an unwritable or missing folder only means no cache.
    """

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = folder / version

    def get(self, key: str, suffix: str) -> Optional[bytes]:
        try:
            for path in self.folder.glob(f"{key}-*{suffix}"):
                blob = path.read_bytes()
                if path.name == self._name(key, blob, suffix):
                    return blob
                logger.debug("cached file %s does not match its digest: ignored", path)
        except OSError as exc:
            logger.debug("cache %s unreadable (%s)", self.folder, exc)
        return None

    def put(self, key: str, suffix: str, blob: bytes) -> None:
        try:
            store(self.folder / self._name(key, blob, suffix), blob)
        except OSError as exc:  # a read-only home, a full disk
            logger.debug("cache %s not written (%s)", self.folder, exc)

    @staticmethod
    def _name(key: str, blob: bytes, suffix: str) -> str:
        return f"{key}-{hashlib.sha256(blob).hexdigest()[:16]}{suffix}"
