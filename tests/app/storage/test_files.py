import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.files import WriteFailedError, write_atomically


def test_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "Brief.pdf"
    write_atomically(target, b"first version")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["Brief.pdf"]


def test_a_folder_in_the_way_gets_a_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "Brief.pdf"
    target.mkdir()
    with pytest.raises(WriteFailedError, match=r"brief .*Brief\.pdf"):
        write_atomically(target, b"x", "brief")
    assert target.is_dir()
    assert list(tmp_path.iterdir()) == [target]


CHILD = """
import resource, signal, sys
from pathlib import Path
from app.storage.files import WriteFailedError, write_atomically
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    write_atomically(Path(sys.argv[1]), b"y" * 100_000, "brief")
except WriteFailedError as error:
    print(error)
    sys.exit(3)
"""


def test_a_file_size_limit_leaves_the_previous_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "Brief.pdf"
    target.write_bytes(b"previous brief")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(target)], capture_output=True, text=True
    )
    assert done.returncode == 3, done.stderr
    assert "nothing was overwritten" in done.stdout
    assert target.read_bytes() == b"previous brief"
    assert [p.name for p in tmp_path.iterdir()] == ["Brief.pdf"]
