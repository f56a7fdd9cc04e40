"""How a command ends: what is registered to run at exit runs (a child still keeping a cache
is waited for, unless the command let it go, ``forked.leave_at_exit``), the output is flushed,
and the process leaves without freeing each of the millions of objects a large archive's build
holds one by one."""

from __future__ import annotations

import atexit
import os
import sys


def leave(code: object) -> None:
    """End the process with ``code`` (a command's return value: an int, else 0)."""
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: nothing more can be told
        code = code or 1
    os._exit(code if isinstance(code, int) else 0)
