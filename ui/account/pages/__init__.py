"""One page of the account workspace per kind of record: contracts, ledger, contacts …"""
