"""Run one function in a process of its own, killed when it passes its time or memory budget, so that whatever it
allocated goes back to the system and the caller (a Streamlit server) keeps only the result.

The process is spawned, never forked (a threaded server must not be forked); its address space is capped with
``RLIMIT_AS`` and its resident memory is watched from outside, so a budget holds whether memory is reserved at once
or grows slowly. A :class:`~geo.errors.PlanExplorerError` raised inside comes back as it is; a budget passed or a
process that dies comes back as one :class:`~geo.errors.PlanReadError` naming the file.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from geo.errors import PlanExplorerError, PlanReadError
from geo.limits import mb

ADDRESS_SPACE = 4
"""``RLIMIT_AS`` of the process, as a multiple of its memory budget: thread stacks and the mapped libraries of
numpy and onnxruntime reserve far more address space than they use; the resident budget is the one watched."""

SPLIT = "split the plan into parts, or put it in a plans folder and run `planmap build --plans FOLDER`"


def resident(pid: int) -> int:
    """Resident memory of process ``pid`` in bytes (``VmRSS`` of ``/proc``; 0 where there is no ``/proc``)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _cap(memory: int) -> None:
    try:
        import resource

        limit = ADDRESS_SPACE * memory
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # no resource module (Windows) or a lower hard limit: watched only
        pass


def _child(conn: Connection, memory: int, fn: Callable[..., Any], args: tuple) -> None:
    """What the process runs: the budget set, then ``fn(*args)``; sends ``(status, value)`` once."""
    _cap(memory)
    try:
        result: tuple[str, Any] = ("ok", fn(*args))
    except PlanExplorerError as exc:
        result = ("error", exc)
    except MemoryError:
        result = ("memory", None)
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("memory", None))
    conn.close()


def _outcome(status: str, value: Any, name: str, memory: int) -> Any:
    if status == "ok":
        return value
    if status == "error":
        raise value
    raise PlanReadError(name, f"parsing needed more than {mb(memory)} of memory", SPLIT)


def _wait(proc: Any, recv: Connection, name: str, seconds: float, memory: int) -> Any:
    """The result of ``proc``, read from ``recv`` while the budgets are checked ten times a second."""
    deadline = time.monotonic() + seconds
    while not recv.poll(0.1):  # true once a result comes, or when the process ends without one
        if time.monotonic() > deadline:
            raise PlanReadError(name, f"parsing took more than {seconds:.0f} s", SPLIT)
        if resident(proc.pid) > memory:
            raise PlanReadError(name, f"parsing needed more than {mb(memory)} of memory", SPLIT)
    try:
        status, value = recv.recv()
    except EOFError:
        proc.join(5)
        raise PlanReadError(name, f"parsing stopped without a result (exit code {proc.exitcode})", SPLIT) from None
    return _outcome(status, value, name, memory)


def run_isolated(fn: Callable[..., Any], *args: Any, name: str, seconds: float, memory: int) -> Any:
    """``fn(*args)`` in a spawned process with a budget of ``seconds`` (wall clock) and ``memory`` (bytes, resident).

    ``fn`` and its arguments and result must pickle (``fn`` a module-level function). ``name`` is the file the work
    is about, named in every error. The process is gone when this returns or raises.

    Raises
    ------
    PlanExplorerError
        Raised by ``fn``, or a :class:`PlanReadError` when a budget is passed or the process dies.
    """
    ctx = multiprocessing.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, memory, fn, args), daemon=True)
    proc.start()
    send.close()
    try:
        return _wait(proc, recv, name, seconds, memory)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(10)
        recv.close()
