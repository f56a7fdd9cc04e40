"""Worker processes that hold nothing of the command that started them and end with it.

``ingest`` cleans captures in a pool of processes while its own process, the only writer,
stores them. A worker forked from the command would inherit everything the command had open,
the content folder's lock among them, and a worker left behind by a killed command (kill -9,
the out-of-memory killer) would hold that lock for ever. So workers start from a fresh
interpreter (multiprocessing's ``forkserver``, else ``spawn``), which inherits no descriptor,
and each one ends as soon as the command is gone: Linux tells it at once
(``PR_SET_PDEATHSIG``), and on every system a watchdog thread checks twice a second.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1
_CHECK_EVERY = 0.5  # seconds between a worker's looks at whether its command is still there


def pool(jobs: int, preload: tuple[str, ...] = ()) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes; ``preload``: modules the fork server imports
    once, so each worker starts with them (where there is no fork server, each imports them)."""
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver" and preload:
        context.set_forkserver_preload(list(preload))
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                               initializer=_watch, initargs=(os.getpid(),))


def _watch(command: int) -> None:
    """In a worker, first thing: end when the command ``command`` ends. Ctrl-C reaches every
    process of the terminal's group: the command alone answers it (it ends its workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()  # the command, or the fork server, which ends when the command does
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if not _present(command, parent):  # gone before the line above took effect
        os._exit(1)
    threading.Thread(target=_watchdog, args=(command, parent), daemon=True,
                     name="end-with-command").start()


def _watchdog(command: int, parent: int) -> None:
    while _present(command, parent):
        time.sleep(_CHECK_EVERY)
    os._exit(1)


def _present(command: int, parent: int) -> bool:
    if os.getppid() != parent:  # our parent ended and we were handed to another
        return False
    try:
        os.kill(command, 0)
    except ProcessLookupError:
        return False
    except OSError:
        pass  # exists, and is not ours to signal
    return True


@contextlib.contextmanager
def shared_queue():
    """A queue that worker processes put to (it is passed to them as an argument) and this
    process reads: served by a manager process that, like the workers, ends with the command,
    and is shut down when the block ends."""
    from multiprocessing.managers import SyncManager

    # Started from a fresh interpreter with Ctrl-C blocked, which it inherits: the manager
    # never sees Ctrl-C, even while it starts (when no handler of its own could catch it);
    # a Ctrl-C the command gets meanwhile waits, and is delivered once the manager is up.
    manager = SyncManager(ctx=multiprocessing.get_context("spawn"))
    blocked = hasattr(signal, "pthread_sigmask")
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        manager.start(initializer=_serve_quietly, initargs=(os.getpid(),))
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        yield manager.Queue()
    finally:
        manager.shutdown()


def _serve_quietly(command: int) -> None:
    """In a queue's manager: as a worker, and silent; a command that stops mid-message (Ctrl-C)
    leaves the manager a broken pipe, which is no news to the person who stopped it."""
    _watch(command)
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
