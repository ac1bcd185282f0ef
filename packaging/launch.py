"""The bundle's entry point: the same dispatch as ``python -m reader``."""

import sys

from reader.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
