"""PyInstaller's entry for ``kamdesk-cli``: the same main() the console script runs."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
