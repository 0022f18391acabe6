"""KAM Desk's Qt client. Everything that imports PySide6 lives here; ``app`` stays Qt-free."""
