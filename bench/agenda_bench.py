"""Benchmark: the agenda across all accounts and one account's key facts, each beside a
hand-written SQL floor for the same answer, measured in the same run.

    python bench/agenda_bench.py [--runs 15]

Targets (DESIGN §9): agenda under 100 ms and at most 2x its floor; one account under
20 ms. Not a test: absolute times drift on shared machines, the ratio less so.
"""

import argparse
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.workspace import TODAY, benchmark_workspace, median_ms

HORIZON = (TODAY + timedelta(days=30)).isoformat()
NOW = TODAY.isoformat()

# The same answer as app.domain.agenda, written by hand: one statement per kind of item,
# date arithmetic in SQLite, no objects. Yearly budget rules only (all the demo has).
FLOOR_SQL = f"""
WITH last AS (SELECT account_id, max(happened_on) AS day FROM touchpoint GROUP BY account_id),
live AS (
  SELECT c.*, CASE WHEN auto_renew_months IS NULL OR end_date > '{NOW}' THEN end_date
    ELSE date(end_date, '+' || (auto_renew_months * (1 + CAST(
      (julianday('{NOW}') - julianday(end_date)) / 30.4375 / auto_renew_months AS INTEGER)))
      || ' months') END AS term_end
  FROM contract c JOIN account a ON a.id = c.account_id
  WHERE c.status = 'active' AND a.status = 'active'),
items AS (
  SELECT account_id, 'notice' AS kind,
    CASE notice_unit WHEN 'months' THEN date(term_end, '-' || notice_period || ' months')
    ELSE date(term_end, '-' || notice_period || ' days') END AS due FROM live
  WHERE term_end IS NOT NULL
  UNION ALL
  SELECT account_id, 'end', term_end FROM live
  WHERE auto_renew_months IS NULL AND term_end BETWEEN date('{NOW}', '-30 days') AND '{HORIZON}'
  UNION ALL
  SELECT b.account_id, 'budget', date(nxt, '-' || lead_days || ' days') FROM (
    SELECT b.*, CASE WHEN strftime('%Y', '{NOW}') || substr(first_date, 5) >= '{NOW}'
      THEN strftime('%Y', '{NOW}') || substr(first_date, 5)
      ELSE (strftime('%Y', '{NOW}') + 1) || substr(first_date, 5) END AS nxt
    FROM budget_cycle b) b
  LEFT JOIN last ON last.account_id = b.account_id
  WHERE date(nxt, '-' || lead_days || ' days') <= '{HORIZON}'
    AND NOT (date(nxt, '-' || lead_days || ' days') <= '{NOW}'
             AND last.day >= date(nxt, '-' || lead_days || ' days'))
  UNION ALL
  SELECT account_id, 'follow_up', due_on FROM follow_up
  WHERE done_at IS NULL AND dismissed_at IS NULL AND due_on <= '{HORIZON}'
  UNION ALL
  SELECT account_id, CASE WHEN follow_up_on <= '{HORIZON}' THEN 'note_follow_up'
    ELSE 'unread' END, coalesce(follow_up_on, date(noted_on, '+7 days'))
  FROM technician_note WHERE status = 'open'
    AND (follow_up_on <= '{HORIZON}' OR read_by_seller = 0)
  UNION ALL
  SELECT a.id, 'no_contact', date(last.day, '+' ||
    (CASE a.tier WHEN 'A' THEN 30 WHEN 'B' THEN 60 ELSE 90 END + 1) || ' days')
  FROM account a JOIN last ON last.account_id = a.id
  WHERE julianday('{NOW}') - julianday(last.day) >
    CASE a.tier WHEN 'A' THEN 30 WHEN 'B' THEN 60 ELSE 90 END
  UNION ALL
  SELECT account_id, 'sla', date(reported_at, '+7 days') FROM incident
  WHERE reported_at >= date('{NOW}', '-29 days')
    AND (julianday(responded_at) - julianday(reported_at)) * 24 > promised_response_hours
  UNION ALL
  SELECT p.account_id, 'promise', date(p.promised_on, '+7 days') FROM promise p
  WHERE p.service_check != 'confirmed' AND NOT EXISTS (
    SELECT 1 FROM live JOIN package_item i ON i.package_id = live.package_id
    WHERE live.account_id = p.account_id AND i.kind = p.item_kind AND i.included
      AND (i.quantity >= coalesce(p.quantity, 0) OR i.kind LIKE '%hours'))
)
SELECT i.account_id, a.customer_number, a.name, i.kind, i.due FROM items i
JOIN account a ON a.id = i.account_id
WHERE a.status = 'active' AND i.due <= '{HORIZON}'
ORDER BY i.due, a.name
"""

ACCOUNT_FLOOR_SQL = [
    "SELECT * FROM account WHERE customer_number = ?",
    "SELECT * FROM contract WHERE account_id = ?",
    "SELECT sum(value_minor), count(*) FROM free_service WHERE account_id = ? AND provided_on >= ?",
    "SELECT * FROM incident WHERE account_id = ? AND reported_at >= ?",
    "SELECT max(happened_on) FROM touchpoint WHERE account_id = ?",
    "SELECT count(*) FROM technician_note WHERE account_id = ? AND status = 'open'",
    "SELECT * FROM budget_cycle WHERE account_id = ?",
    "SELECT * FROM promise WHERE account_id = ?",
]


def timed(job: Callable[[], object], runs: int) -> tuple[float, object]:
    samples = []
    result: object = None
    for _ in range(runs):
        started = time.perf_counter()
        result = job()
        samples.append(time.perf_counter() - started)
    return median_ms(samples), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    path = benchmark_workspace()

    from app.bootstrap import open_workspace
    from app.domain.account_overview import account_overview
    from app.domain.agenda import agenda

    workspace = open_workspace(path)
    with closing(sqlite3.connect(path)) as raw, workspace.session() as session:
        account_id = raw.execute(
            "SELECT id FROM account WHERE customer_number = '10-4711'"
        ).fetchone()[0]
        floor_ms, floor_rows = timed(lambda: raw.execute(FLOOR_SQL).fetchall(), args.runs)
        agenda_ms, items = timed(lambda: agenda(session, TODAY, 30), args.runs)
        since = (TODAY - timedelta(days=365)).isoformat()

        def account_floor() -> None:
            raw.execute(ACCOUNT_FLOOR_SQL[0], ("10-4711",)).fetchall()
            for statement in ACCOUNT_FLOOR_SQL[1:]:
                params = (account_id, since) if statement.count("?") == 2 else (account_id,)
                raw.execute(statement, params).fetchall()

        account_floor_ms, _ = timed(account_floor, args.runs * 4)
        account_ms, _ = timed(lambda: account_overview(session, "10-4711", TODAY), args.runs * 4)
    workspace.close()

    assert isinstance(items, list) and isinstance(floor_rows, list)
    print(f"workspace: {path.name}")
    print(f"{'job':34} {'median':>10} {'floor':>10} {'ratio':>7}")
    print(
        f"{'agenda, all accounts (' + str(len(items)) + ' items)':34} {agenda_ms:8.1f} ms "
        f"{floor_ms:8.1f} ms {agenda_ms / floor_ms:6.2f}x   (floor: {len(floor_rows)} rows)"
    )
    print(
        f"{'one account: facts, balance, health':34} {account_ms:8.1f} ms "
        f"{account_floor_ms:8.1f} ms {account_ms / account_floor_ms:6.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
