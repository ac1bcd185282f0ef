"""The bundle's entry point: the same dispatch as ``python -m reader``."""

import multiprocessing
import sys

from reader.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the facts helper process starts this executable again
    sys.exit(main())
