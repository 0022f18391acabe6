"""Marking text for translation where it is declared, translating it where it is shown."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it untranslated.

    Named like Qt's marker so ``pyside6-lupdate`` finds it; PySide6 types Qt's own as
    returning ``object``. Translate on display with ``QCoreApplication.translate``.
    """
    del context  # read by lupdate, not at run time
    return text
