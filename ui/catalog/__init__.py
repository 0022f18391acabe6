"""The catalog: service packages with their items, and the free-service ledger categories."""
