"""Qt translation sources (.ts); the window reads them at start-up, no compiled .qm needed."""
