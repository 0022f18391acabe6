"""The accounts page: a searchable, sortable list of every account."""
