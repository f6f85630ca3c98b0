"""Allow ``python -m casepub``."""

from casepub.cli import main

main()
