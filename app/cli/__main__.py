"""``python -m app.cli`` runs the same CLI as the ``kamdesk-cli`` script."""

import sys

from app.cli import main

sys.exit(main())
