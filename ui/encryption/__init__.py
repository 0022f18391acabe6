"""The encrypted workspace in the window: the passphrase asked at start, and encrypting or
decrypting the open workspace (Settings, first start) on the database worker."""
