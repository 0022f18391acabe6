"""Warnings Qt's offscreen platform prints for things only a real window system can do."""

import pytest

OFFSCREEN_WARNINGS = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)

# For modules that show top-level windows: ``pytestmark = ignore_offscreen_warnings``.
ignore_offscreen_warnings = pytest.mark.qt_log_ignore(*OFFSCREEN_WARNINGS)
