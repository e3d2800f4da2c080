"""`make check` on SQLite: the migrated database with the demo site, kept between runs.

Migrating and loading the demo site takes about 40 s on this machine, longer than the fast
tests themselves. The first run builds the database as always and copies it to
``.cache/test-db/<key>.sqlite3``; later runs copy that snapshot to a working file and let
pytest-django reuse it (the migrations then have nothing to apply, the demo loader nothing
to create). The key hashes everything the database is made from — every migration, the demo
content and its loader, the locked dependencies — so any change to them builds afresh.
Transactional tests flush the working file; the snapshot stays untouched. PostgreSQL runs
(`make test`) never use this."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIRECTORY = ROOT / ".cache" / "test-db"
WORKING = DIRECTORY / "working.sqlite3"
SOURCES = ("kb", "search", "home")


def _inputs() -> list[Path]:
    files = [path for name in SOURCES for path in (ROOT / name).glob("**/migrations/*.py")]
    files += [
        p for p in (ROOT / "kb" / "demo").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    ]
    files += [ROOT / "requirements.lock"]
    return sorted(files)


def key() -> str:
    digest = hashlib.sha256()
    for path in _inputs():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def snapshot() -> Path:
    return DIRECTORY / f"{key()}.sqlite3"


def restore() -> bool:
    """Copy the snapshot to the working file; False when there is none yet (build it)."""
    DIRECTORY.mkdir(parents=True, exist_ok=True)
    WORKING.unlink(missing_ok=True)
    source = snapshot()
    if not source.exists():
        return False
    shutil.copyfile(source, WORKING)
    return True


def save() -> None:
    """Keep the freshly built working database as the snapshot (old snapshots go)."""
    for old in DIRECTORY.glob("*.sqlite3"):
        if old != WORKING:
            old.unlink()
    target = snapshot()
    partial = target.with_suffix(".partial")
    with sqlite3.connect(WORKING) as source, sqlite3.connect(partial) as copy:
        source.backup(copy)
    partial.rename(target)
