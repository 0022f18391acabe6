"""A stand-in for QFileDialog's static methods: they answer the paths a test chose."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog


class ChosenFiles:
    """What the patched QFileDialog answers; None: the user cancelled."""

    def __init__(self) -> None:
        self.open_path: Path | None = None
        self.save_path: Path | None = None


def patch_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> ChosenFiles:
    chosen = ChosenFiles()

    def answer(path: Path | None) -> tuple[str, str]:
        return (str(path) if path is not None else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: answer(chosen.open_path))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: answer(chosen.save_path))
    return chosen
