"""Removing a file that held plain data: its bytes overwritten with zeros and synced first.

This defeats undelete tools and a look at the free blocks of an ordinary disk. On an SSD,
a copy-on-write file system (btrfs, APFS, ZFS) or under a snapshot the old blocks may
survive elsewhere; full-disk encryption is the answer there, as the README says.
"""

import os
from pathlib import Path

CHUNK = 1024 * 1024


def _sync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def overwrite_open_file(handle: int) -> None:
    """Overwrite the whole file behind the descriptor ``handle`` with zeros and sync it."""
    size = os.fstat(handle).st_size
    zeros = bytes(min(CHUNK, size))
    written = 0
    while written < size:
        written += os.pwrite(handle, zeros[: size - written], written)
    os.fsync(handle)


def shred(path: Path) -> None:
    """Overwrite ``path`` with zeros, sync, and delete it; a missing file is fine."""
    try:
        handle = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        overwrite_open_file(handle)
    finally:
        os.close(handle)
    path.unlink(missing_ok=True)
    _sync_folder(path.parent)


def replace_shredding_old(new: Path, target: Path) -> None:
    """Rename ``new`` over ``target`` in one step, then overwrite the old ``target``'s bytes.

    The old file is held open across the rename, so no name ever points at a half-erased
    file and a crash in between leaves the new file in place.
    """
    try:
        handle: int | None = os.open(target, os.O_RDWR)
    except FileNotFoundError:
        handle = None
    try:
        os.replace(new, target)
        _sync_folder(target.parent)
        if handle is not None:
            overwrite_open_file(handle)
    finally:
        if handle is not None:
            os.close(handle)
