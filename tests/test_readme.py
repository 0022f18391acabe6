"""The README's commands are the ones CI runs."""

from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    command = ci_lines[-1].strip()
    assert command.startswith("bash packaging/system-deps.sh --test")
    assert command.endswith("python -m pytest")
    assert f"\n{command}\n" in readme


def test_readme_starts_the_app() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[: readme.index("## Try it")]
    assert head.count("```sh") == 2
    assert ".venv/bin/kamdesk\n" in head
