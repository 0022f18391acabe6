"""Team mode: the database profile, its settings section and the start-up with a server."""
