"""The agenda page: what needs the seller now, grouped by urgency."""
