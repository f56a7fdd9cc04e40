"""One piece of work done on a second core while the caller goes on with another.

A build spends a third of its time on the search index, which only reads the derived model;
the pages, which also only read it, take as long. ``Forked`` starts the index in a child
process made with ``fork`` (it shares the model as it is, nothing is copied or pickled on the
way in) and hands back what the child made, pickled through a pipe. Where ``fork`` is missing,
on one core, or when the child fails to report, the work is done in this process instead, so
the result is always what a call would have returned, and an exception in the work is raised
here as it would have been.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import select
import signal
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
P = TypeVar("P")


_AFTER: list[int] = []
"""Children that answered and are still doing their ``after``, or working in the background."""
_LEAVE = False


def leave_at_exit() -> None:
    """Let this process exit without waiting for those children: a command line tool whose
    output is complete returns at once, while its children finish keeping their caches (each
    keeps its file locked meanwhile, so the next build reads what they keep: ``cache``)."""
    global _LEAVE
    _LEAVE = True


def _at_exit() -> None:
    if not _LEAVE:
        wait_for_children()


def _quiet() -> None:
    """A child that may outlive its parent writes nothing where the parent wrote: a pipe
    it held open would keep whoever reads the parent's output waiting for it."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)


def wait_for_children() -> None:
    """Wait for the children still doing what they do after answering, or in the background
    (a process that made any waits for them when it exits, so that what they keep is kept
    when it returns)."""
    while _AFTER:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(_AFTER.pop(), 0)


atexit.register(_at_exit)


def can_fork() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


SECOND_CORE_FROM = 1000
"""Articles' worth of work from which a second core is worth its fork: below, forking a
large process and bringing its answer back costs more than the half it saves."""


def worth_a_second_core(articles: float) -> bool:
    """The one rule for work on a second core: the search index of ``articles`` articles,
    pages of as many (two or three pages an article), sketches of as many texts."""
    return articles >= SECOND_CORE_FROM


def in_background(work: Callable[[], None]) -> None:
    """``work`` done in a forked child while this process goes on (keeping a large cache,
    say); this process waits for it before it exits, or when ``wait_for_children`` is called.
    Done here, now, where ``fork`` is missing or on one core. What goes wrong in the child
    stays there: ``work`` must be something a build can do without."""
    Forked(lambda: None, after=work).result()  # the child answers at once, then works


def on_two_cores(work: Callable[[P], T], mine: P, theirs: P) -> tuple[T, T]:
    """(``work(mine)``, ``work(theirs)``), the second in a forked child meanwhile
    (``Forked``: the same value, whichever process makes it)."""
    with Forked(lambda: work(theirs)) as child:
        here = work(mine)
        return here, child.result()


class Forked(Generic[T]):
    """``work()`` started in a forked child (unless ``fork`` is false: then ``result()`` does
    it); ``result()`` waits for it. Use as a context manager: leaving the block without a
    result stops the child."""

    def __init__(self, work: Callable[[], T], *, fork: bool = True,
                 after: Callable[[], None] | None = None) -> None:
        """``after``: what the child does once it has answered (keeping what it made, say),
        while the caller goes on with the answer; the caller's process waits for it before it
        exits (``wait_for_children``). Done here after ``work`` when there is no child."""
        self.work = work
        self.after = after
        self.pid = 0
        self.reader = -1
        if not (fork and can_fork()):
            return
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: do the work, report, leave without running the parent's exits
            os.close(reader)
            code = 0
            try:
                try:
                    outcome = (True, work())
                except BaseException as exc:  # noqa: BLE001 - reported to the parent
                    outcome = (False, exc)
                try:
                    data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:  # noqa: BLE001 - an unpicklable answer: the parent redoes it
                    data, code = b"", 1
                with os.fdopen(writer, "wb") as out:
                    out.write(data)
                if after is not None and outcome[0] and code == 0:
                    _quiet()
                    after()
            except BaseException:  # noqa: BLE001 - the parent sees no answer and redoes it
                code = 1
            finally:
                os._exit(code)
        os.close(writer)
        self.pid, self.reader = pid, reader

    def result(self) -> T:
        if not self.pid:
            return self._here()
        with os.fdopen(self.reader, "rb") as answer:
            self.reader = -1
            data = answer.read()
        if self.after is None or not data:
            self._reap()
        else:  # the child goes on with ``after``: waited for at exit, not now
            _AFTER.append(self.pid)
            self.pid = 0
        if not data:  # the child died (memory, a signal) before it answered
            return self._here()
        try:
            ok, value = pickle.loads(data)
        except Exception:  # noqa: BLE001 - an answer this process cannot read: redo it
            wait_for_children()
            return self._here()
        if not ok:
            raise value
        return value

    def wait_for_answer(self) -> None:
        """Wait until the child's answer begins to arrive, or the child is gone (then
        ``result`` does the work here); at once without a child."""
        if self.pid and self.reader >= 0:
            select.select([self.reader], [], [])

    def _here(self) -> T:
        value = self.work()
        if self.after is not None:
            self.after()
        return value

    def _reap(self) -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self.pid = 0

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.reader >= 0:
            os.close(self.reader)
            self.reader = -1
        if self.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()
