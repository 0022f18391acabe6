"""The user's preferences: their declared, versioned schema and the Settings dialog."""
