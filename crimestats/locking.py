"""One writer at a time: an exclusive lock beside the warehouse, re-entrant in a process.

A refresh (CLI, schedule, sensor or UI run) holds it while it writes the build file and
publishes; a second refresh waits (up to a timeout) or gives up with a clear message.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_held: dict[str, tuple[int, int]] = {}  # path -> (fd, depth)
_guard = threading.RLock()


class WarehouseBusy(RuntimeError):
    pass


@contextmanager
def warehouse_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the lock; wait at most `timeout` seconds for it (default: CRIME_LOCK_TIMEOUT,
    600), then raise WarehouseBusy. CRIME_LOCK_TIMEOUT=0 makes a refresh give up at once."""
    if timeout is None:
        timeout = float(os.environ.get("CRIME_LOCK_TIMEOUT", "600"))
    key = str(Path(path).resolve())
    with _guard:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
            reentered = True
        else:
            reentered = False
    if not reentered:
        Path(key).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise WarehouseBusy(
                        f"another refresh is writing the warehouse (lock {key} held for more "
                        f"than {timeout:.0f}s); try again when it has finished"
                    ) from None
                time.sleep(0.2)
        with _guard:
            _held[key] = (fd, 1)
    try:
        yield
    finally:
        with _guard:
            fd, depth = _held[key]
            if depth > 1:
                _held[key] = (fd, depth - 1)
            else:
                del _held[key]
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
