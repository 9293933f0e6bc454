"""Error classes: one root, specific errors that also inherit the matching builtin."""

from __future__ import annotations


class PlanExplorerError(Exception):
    """Root of every error this project raises on purpose."""


class PlanReadError(PlanExplorerError, ValueError):
    """A plan file cannot be read as text (empty, binary, undecodable, too large, no text layer)."""

    def __init__(self, name: str, problem: str, fix: str = "") -> None:
        self.name, self.problem, self.fix = name, problem, fix
        msg = f"{name!r}: {problem}"
        if fix:
            msg += f" — {fix}"
        super().__init__(msg)

    def __reduce__(self):  # rebuilt from its parts when it crosses from a worker process
        return type(self), (self.name, self.problem, self.fix)


class GeoPackageError(PlanExplorerError, OSError):
    """The GeoPackage is missing, corrupt or lacks a layer."""


class DatabaseError(PlanExplorerError, ConnectionError):
    """The PostGIS database cannot be reached, refuses the login,
    or lacks the layers (the message never holds a password)."""
