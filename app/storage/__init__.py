"""Where the data lives: engine factory, schema upgrades with a safety net, backups."""
