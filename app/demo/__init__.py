"""A deterministic demo workspace: twelve curated key accounts, plus bulk ones for scale.

``generate_demo(session, today=...)`` fills an empty workspace; the stories it
holds are listed in ``app.demo.showcase`` and ``app.demo.flagship``.
"""

from app.demo.generate import DemoSummary, WorkspaceNotEmptyError, generate_demo

__all__ = ["DemoSummary", "WorkspaceNotEmptyError", "generate_demo"]
