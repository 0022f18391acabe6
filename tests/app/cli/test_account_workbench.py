"""``kamdesk-cli account`` shows give and get, budget versus notice and who moved."""

import json
from pathlib import Path

import pytest

from app.cli import main

TODAY = "2026-11-23"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _ = capsys.readouterr()
    return code, out


def test_account_text_and_json_show_the_workbench(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "demo", "--today", TODAY)
    code, out = run(capsys, "--db", str(db_path), "account", "10-4711", "--today", TODAY)
    assert code == 0
    assert "BUDGET VERSUS NOTICE" in out
    assert "Notice deadline of SV-2024-4711 on 14 Dec 2026 falls before the budget window" in out
    assert "already given free (15 Mar 2024 – 23 Nov 2026): €13,805.90" in out
    assert "Preisnachlass 3 % auf die Jahrespauschale — €4,440.00 (3 % of the annual value)" in out
    assert "planned concessions €8,190.00; on the table €21,995.90" in out
    assert "Verlängerung um 36 Monate — not valued" in out
    assert "asked in return €20,200.00" in out
    assert "WHO MOVED" in out
    assert "Dieter Hartmann (Leitung Einkauf): supporter → critic on 9 Nov 2026" in out

    code, out = run(capsys, "--db", str(db_path), "account", "10-4711", "--today", TODAY, "--json")
    assert code == 0
    data = json.loads(out)
    trades = data["give_and_get"]
    assert trades["on_the_table"] == [{"amount": "21995.90", "currency": "EUR"}]
    assert trades["give"][0]["value"] == {"amount": "4440.00", "currency": "EUR"}
    assert data["budget_warnings"][0]["kind"] == "notice_before_budget"
    assert data["budget_warnings"][0]["notice_deadline"] == "2026-12-14"
    assert data["stance_moves"][0]["near"]["kind"] == "sla_breach"
    assert data["stance_move_texts"][0].startswith("Dieter Hartmann (Leitung Einkauf)")
    assert data["budget_warning_texts"][0].startswith("Notice deadline of SV-2024-4711")
