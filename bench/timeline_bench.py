"""Benchmark: the account timeline with ten years of history and about 2,000 items:
layout time (``timeline_layout``) and paint time per frame (the real ``TimelineView``
rendered offscreen into a QImage, median of 30) at several zoom levels and while panning,
beside the 16 ms frame target.

    QT_QPA_PLATFORM=offscreen python bench/timeline_bench.py [--runs 30]
"""

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.workspace import TODAY, median_ms

FRAME_MS = 16.0
WIDTH, HEIGHT = 1400, 560
TEN_YEARS = 3653


def build_account(path: Path) -> int:
    """One demo account (contracts, budget cycle) plus ten years of bulk activity."""
    from datetime import UTC, datetime
    from datetime import time as clock

    from sqlalchemy import select

    from app.bootstrap import open_workspace
    from app.demo import generate_demo
    from app.demo.activity import add_incidents, add_ledger, add_notes, add_touchpoints
    from app.demo.facts import AccountFacts
    from app.demo.writer import DemoRows
    from app.model import Account, Contact, LedgerCategory

    workspace = open_workspace(path)
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY, accounts=1)
        account = session.scalars(select(Account)).one()
        contacts = session.scalars(select(Contact).where(Contact.account_id == account.id)).all()
        facts = AccountFacts(
            account_id=account.id,
            customer_number=account.customer_number,
            country=account.country,
            language="de" if account.country in ("DE", "AT", "CH") else "en",
            currency=account.currency,
            owner=account.owner,
            email_domain="example.com",
            phone_prefix="+49",
        )
        facts.contact_ids.extend(contact.id for contact in contacts)
        facts.contact_names.extend(contact.name for contact in contacts)
        categories = dict(session.execute(select(LedgerCategory.key, LedgerCategory.id)).all())
        stamp = datetime.combine(TODAY, clock(0), tzinfo=UTC)
        rows = DemoRows(session, stamp, categories)
        rng = random.Random(7)
        add_ledger(rows, rng, facts, TODAY, 800, oldest=TEN_YEARS)
        add_incidents(rows, rng, facts, TODAY, 300, oldest=TEN_YEARS)
        add_notes(rows, rng, facts, TODAY, 400, oldest=TEN_YEARS)
        add_touchpoints(rows, rng, facts, TODAY, 500, newest=3, oldest=TEN_YEARS)
        rows.flush()
        account_id = account.id
    workspace.close()
    return account_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import open_workspace
    from app.domain.timeline import timeline_items
    from ui.timeline.layout import timeline_layout
    from ui.timeline.timeline_view import TimelineView

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "timeline.db"
        account_id = build_account(path)
        workspace = open_workspace(path)
        with workspace.session() as session:
            timeline = timeline_items(session, account_id, TODAY)
        workspace.close()

    items = len(timeline.contracts) + len(timeline.budget_dates) + len(timeline.markers)
    markers = len(timeline.markers)
    print(f"{items} items ({markers} markers), {WIDTH}x{HEIGHT} px, median of {args.runs}")
    view = TimelineView(TODAY, "en")
    view.resize(WIDTH, HEIGHT)
    view.set_timeline(timeline)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def measure(start: date, end: date) -> tuple[float, float]:
        layouts, paints = [], []
        for _ in range(args.runs):
            began = time.perf_counter()
            timeline_layout(timeline, start, end, WIDTH, HEIGHT, view.lane_labels, "en")
            layouts.append(time.perf_counter() - began)
        view.set_range(start, end)
        view.layout_data()
        for _ in range(args.runs):
            began = time.perf_counter()
            view.render(image)
            paints.append(time.perf_counter() - began)
        return median_ms(layouts), median_ms(paints)

    end = TODAY + timedelta(days=60)
    zooms = [
        ("all 10 years", TODAY - timedelta(days=TEN_YEARS), end),
        ("3 years", TODAY - timedelta(days=3 * 365), end),
        ("12 months", TODAY - timedelta(days=365), end),
        ("3 months", TODAY - timedelta(days=91), end),
    ]
    print(f"{'view':<22}{'layout ms':>10}{'paint ms':>10}{'total':>8}  target {FRAME_MS:.0f} ms")
    for name, start, stop in zooms:
        layout, paint = measure(start, stop)
        verdict = "ok" if layout + paint <= FRAME_MS else "OVER"
        print(f"{name:<22}{layout:>10.2f}{paint:>10.2f}{layout + paint:>8.2f}  {verdict}")

    # panning: a 12-month window stepped back across the ten years, layout + paint per frame
    frames = []
    start = TODAY - timedelta(days=365)
    view.set_range(start, end)
    while start > TODAY - timedelta(days=TEN_YEARS):
        began = time.perf_counter()
        view.pan(-0.1)
        view.layout_data()
        view.render(image)
        frames.append(time.perf_counter() - began)
        start = view.visible_range()[0]
    pan = median_ms(frames)
    worst = max(frames) * 1000
    verdict = "ok" if worst <= FRAME_MS else "OVER"
    # each pan frame is a relayout plus a paint; only the sum is shown
    print(f"{'pan 12 months, median':<22}{'':>10}{'':>10}{pan:>8.2f}  ({len(frames)} frames)")
    print(f"{'pan 12 months, worst':<22}{'':>10}{'':>10}{worst:>8.2f}  {verdict}")
    view.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
