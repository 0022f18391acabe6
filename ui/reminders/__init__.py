"""Desktop reminders of budget windows and notice deadlines, also while the window is minimised."""
