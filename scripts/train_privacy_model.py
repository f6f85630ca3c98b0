"""Train the privacy scan's model on the tuning sets and write casepub/data/phi.crfsuite with its digest.

Run: .venv/bin/python scripts/train_privacy_model.py   (about three minutes on 2 cores; `make model`)
The honest sets of benchmarks/privacy.py are never trained on: they measure the model. The digest of what
it was trained on (sentences, word lists, settings) and the model's own checksum go beside it, so a test fails
when either changes without the other.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from casepub.checks import learned  # noqa: E402
from privacy import HONEST, TUNING  # noqa: E402

DATA = ROOT / "casepub" / "data"


def sentences() -> list[dict]:
    assert not set(TUNING) & set(HONEST), "an honest set may never be trained on"
    out: list[dict] = []
    for corpus in TUNING:
        out += yaml.safe_load(corpus.read_text(encoding="utf-8"))["sentences"]
    return out


def main() -> int:
    data = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / learned.MODEL
        digest = learned.train(data, model)
        (DATA / learned.MODEL).write_bytes(model.read_bytes())
    model_sha = hashlib.sha256((DATA / learned.MODEL).read_bytes()).hexdigest()
    (DATA / learned.DIGEST).write_text(f"{digest}\n{model_sha}\n", encoding="utf-8")
    print(f"trained on {len(data)} sentences of {len(TUNING)} tuning sets: {DATA / learned.MODEL} "
          f"({(DATA / learned.MODEL).stat().st_size // 1024} KiB), digest {digest[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
