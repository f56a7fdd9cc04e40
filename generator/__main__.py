import atexit
import os
import sys

from .cli import main

# Only when run as a program: worker processes import this module by name and must not
# run the command again.
if __name__ == "__main__":
    code = main()
    # The command is done and its output written. What is registered to run at exit runs (a child
    # still keeping a cache is waited for, unless the command let it go), and the process leaves
    # without freeing each of the millions of objects a large archive's build holds: that took
    # most of a second after a build of 10,000 articles.
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: nothing more can be told
        code = code or 1
    os._exit(code if isinstance(code, int) else 0)
