"""Benchmark: compose + render of the negotiation brief, warm (median of 100) and in a cold
process, beside the floor: bare ReportLab drawing the same lines of text with the same
embedded font and no layout logic, measured in the same run.

    python bench/brief_bench.py [--runs 100]

Target (DESIGN §9): warm compose + render at most 3x the floor.
"""

import argparse
import io
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.workspace import TODAY, benchmark_workspace, median_ms

COLD = """
import sys, time
started = time.perf_counter()
from app.bootstrap import open_workspace
from app.brief.compose import compose_brief
from app.brief.render import render_brief
from datetime import date
workspace = open_workspace(sys.argv[1])
with workspace.session() as session:
    pdf = render_brief(compose_brief(session, "10-4711", date.fromisoformat(sys.argv[2])))
print((time.perf_counter() - started) * 1000)
"""


def floor_pdf(lines: list[str]) -> bytes:
    """The same text, one drawString per line, Noto Sans embedded, no layout decisions."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.brief.fonts import register_fonts

    fonts = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    y = A4[1] - 42
    for line in lines:
        canvas.setFont(fonts.regular, 8.5)
        canvas.drawString(42, y, line)
        y -= 6.4
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    path = benchmark_workspace()

    from app.bootstrap import open_workspace
    from app.brief.brief_layout import layout_brief
    from app.brief.compose import compose_brief
    from app.brief.drawing import Text
    from app.brief.render import render_brief

    workspace = open_workspace(path)
    with workspace.session() as session:
        brief = compose_brief(session, "10-4711", TODAY)
        lines = [
            shape.text
            for section in layout_brief(brief).sections
            for shape in section.shapes
            if isinstance(shape, Text)
        ]
        render_brief(brief)
        floor_pdf(lines)
        samples, render_only, floor = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            render_brief(compose_brief(session, "10-4711", TODAY))
            samples.append(time.perf_counter() - started)
            started = time.perf_counter()
            render_brief(brief)
            render_only.append(time.perf_counter() - started)
            started = time.perf_counter()
            floor_pdf(lines)
            floor.append(time.perf_counter() - started)
    workspace.close()
    cold = [
        float(
            subprocess.run(
                [sys.executable, "-c", COLD, str(path), TODAY.isoformat()],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(5)
    ]
    cold.sort()
    warm, floor_ms = median_ms(samples), median_ms(floor)
    print(f"brief of 10-4711 on {path.name}: {len(lines)} lines of text")
    print(f"compose + render, warm (median of {args.runs}): {warm:7.1f} ms")
    print(f"render only, warm:                          {median_ms(render_only):7.1f} ms")
    print(f"floor, bare ReportLab, same lines and font: {floor_ms:7.1f} ms")
    print(f"ratio warm / floor:                         {warm / floor_ms:7.2f}x   (target 3x)")
    print(f"cold process (imports, open, compose, render; median of 5): {cold[2]:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
