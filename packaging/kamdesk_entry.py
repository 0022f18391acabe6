"""PyInstaller's entry for the ``kamdesk`` window: the same main() the gui-script runs."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
