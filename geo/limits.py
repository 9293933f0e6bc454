"""The budgets of the project in one place: what a plan file, its text and the parse of an upload may cost.

Every message that names a limit, the Add a plan page and ``.streamlit/config.toml``
(``server.maxUploadSize``, held equal to :data:`MAX_BYTES` by a test) take them from here.

MAX_BYTES : int
    Largest plan file, in bytes: 20 MiB (20 MiB of text is ~7 million characters, far beyond any plan).
MAX_CHARS : int
    Most characters of a plan's extracted text for ``layers build`` and ``geo parse``: 3 million (a long
    provincial plan has a few hundred thousand). The budget applies to the text, whatever the file's size.
MAX_UNZIPPED : int
    Largest real (streamed, counted) uncompressed size of a DOCX's members: 50 MiB
    (defends against zip bombs).
MAX_XML_ELEMENTS : int
    Most XML elements in a DOCX's body: 3 million (a plan has ~10 per sentence; 45 MB of empty paragraphs has
    6 million, which python-docx would hold as a tree of gigabytes).
UPLOAD_CHARS : int
    Most characters of a plan uploaded on Add a plan: 200,000 (the longest shipped plan has 42,000), what its
    parse does within :data:`UPLOAD_SECONDS` on two cores (a longer plan goes through ``layers build``).
UPLOAD_SECONDS : float
    Wall-clock budget of an upload's parse, which runs in its own process and is killed beyond it: 120 s.
    ``PLAN_EXPLORER_UPLOAD_SECONDS`` overrides it.
UPLOAD_MEMORY : int
    Memory budget of that process, in bytes: 1.5 GiB resident (its gazetteer and recognizer take ~0.5 GiB);
    it is killed beyond it. ``PLAN_EXPLORER_UPLOAD_MEMORY_MB`` overrides it.
"""

from __future__ import annotations

import os

MIB = 2**20

MAX_BYTES = 20 * MIB
MAX_CHARS = 3_000_000
MAX_UNZIPPED = 50 * MIB
MAX_XML_ELEMENTS = 3_000_000
UPLOAD_CHARS = 200_000
UPLOAD_SECONDS = float(os.environ.get("PLAN_EXPLORER_UPLOAD_SECONDS") or 120)
UPLOAD_MEMORY = int(float(os.environ.get("PLAN_EXPLORER_UPLOAD_MEMORY_MB") or 1536) * MIB)


def mb(n: float) -> str:
    """A size as every message writes it: ``20 MB`` for 20 MiB (Streamlit's "MB" are MiB too)."""
    value = n / MIB
    return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"
