"""The ``planmap`` command (installed by ``pip install``): one entry point for both command lines.

``planmap parse|lookup …`` is ``python -m geo parse|lookup …``; ``planmap build|export|schema …`` is
``python -m layers build|export|schema …``: same options, same output, same exit codes.
"""

from __future__ import annotations

import os
import sys

COMMANDS = {
    "build": ("layers", "geoparse the plans and write the GeoPackage"),
    "parse": ("geo", "geoparse a plan file (txt, pdf, docx) and print its mentions"),
    "export": ("layers", "render a static map (png, svg, pdf)"),
    "lookup": ("geo", "candidates for a place name, best first"),
    "schema": ("layers", "print the GeoPackage schema as Markdown"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = ["usage: planmap {" + ",".join(COMMANDS) + "} ...", "", "commands:"]
    lines += [f"  {name:<{width}}  {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "planmap COMMAND --help shows a command's options."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        print(usage())
        return 0 if args else 2
    if args[0] not in COMMANDS:
        print(usage(), file=sys.stderr)
        print(f"planmap: error: unknown command {args[0]!r}", file=sys.stderr)
        return 2
    if COMMANDS[args[0]][0] == "geo":
        from geo.__main__ import main as run
    else:
        from layers.__main__ import main as run
    try:
        return run(args)
    except BrokenPipeError:  # the reader stopped early (planmap parse FILE | head): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader went away


if __name__ == "__main__":
    sys.exit(main())
