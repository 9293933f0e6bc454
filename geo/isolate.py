"""Run one function in a process of its own, killed when it passes its time or memory budget, so that whatever
it allocated goes back to the system and the caller (a Streamlit server) keeps only the result.

The process is a fresh interpreter, never a fork (a threaded server must not be forked); its address space is
capped with ``RLIMIT_AS`` and its resident memory is watched from outside, so a budget holds whether memory is
reserved at once or grows slowly. A :class:`~geo.errors.PlanExplorerError` raised inside comes back as it is;
a budget passed or a process that dies comes back as one :class:`~geo.errors.PlanReadError` naming the file.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Callable
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
    # no resource module (Windows) or a lower hard limit: watched only
    except (ImportError, ValueError, OSError):
        pass


def _child() -> None:
    """What the process runs (``python -m geo.isolate``): ``(fn, args, memory)`` pickled on stdin, the budget
    set, then ``fn(*args)``; ``(status, value)`` pickled on stdout."""
    fn, args, memory = pickle.load(sys.stdin.buffer)
    _cap(memory)
    try:
        result: tuple[str, Any] = ("ok", fn(*args))
    except PlanExplorerError as exc:
        result = ("error", exc)
    except MemoryError:
        result = ("memory", None)
    try:
        out = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        out = pickle.dumps(("memory", None))
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()


def _outcome(status: str, value: Any, name: str, memory: int) -> Any:
    if status == "ok":
        return value
    if status == "error":
        raise value
    raise PlanReadError(name, f"parsing needed more than {mb(memory)} of memory", SPLIT)


def _over_budget(proc: subprocess.Popen, deadline: float, seconds: float, memory: int) -> str:
    """What budget ``proc`` passed, or ``""``."""
    if time.monotonic() > deadline:
        return f"parsing took more than {seconds:.0f} s"
    if resident(proc.pid) > memory:
        return f"parsing needed more than {mb(memory)} of memory"
    return ""


def _wait(proc: subprocess.Popen, name: str, seconds: float, memory: int) -> bytes:
    """Everything ``proc`` writes, read in a thread while the budgets are checked ten times a second; past
    one, the process is killed."""
    out: list[bytes] = []
    reader = threading.Thread(target=lambda: out.append(proc.stdout.read()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    deadline = time.monotonic() + seconds
    while reader.is_alive():
        reader.join(0.1)
        problem = _over_budget(proc, deadline, seconds, memory) if reader.is_alive() else ""
        if problem:
            proc.kill()
            reader.join()
            raise PlanReadError(name, problem, SPLIT)
    return out[0] if out else b""


def run_isolated(fn: Callable[..., Any], *args: Any, name: str, seconds: float, memory: int) -> Any:
    """``fn(*args)`` in a new Python process with a budget of ``seconds`` (wall clock) and ``memory``
    (bytes, resident).

    ``fn`` and its arguments and result must pickle (``fn`` a module-level function). ``name`` is the file the
    work is about, named in every error. The process is a plain ``python -m geo.isolate`` (not
    multiprocessing's spawn, which would run a Streamlit server's page as the child's ``__main__``); it is
    gone when this returns or raises.

    Raises
    ------
    PlanExplorerError
        Raised by ``fn``, or a :class:`PlanReadError` when a budget is passed or the process dies.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "geo.isolate"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdin is not None
        with proc.stdin:
            proc.stdin.write(pickle.dumps((fn, args, memory), protocol=pickle.HIGHEST_PROTOCOL))
        out = _wait(proc, name, seconds, memory)
        proc.wait(10)
        if not out:
            raise PlanReadError(
                name, f"parsing stopped without a result (exit code {proc.returncode})", SPLIT
            )
        return _outcome(*pickle.loads(out), name, memory)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        proc.stdout.close()  # type: ignore[union-attr]


if __name__ == "__main__":
    _child()
