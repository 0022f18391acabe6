"""One account: for now its header (health, next key dates); the workspace pages follow."""
