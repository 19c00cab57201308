"""A throw-away PostgreSQL server for the tests.

``start_pg_server()`` runs ``initdb`` into a fresh temporary folder and starts the server on a
unix socket only (no TCP), with ``fsync`` off; ``PgServer.stop()`` stops it and removes the
folder. As root, ``initdb`` and ``pg_ctl`` run as the ``postgres`` user, since PostgreSQL
refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

_SUPERUSER = "postgres"


@dataclass
class PgServer:
    """A running server: its data folder, its socket folder and its port."""

    datadir: Path
    socket_dir: Path
    port: int

    def url(self, dbname: str = "postgres", user: str = _SUPERUSER) -> str:
        """An SQLAlchemy URL for ``dbname`` on this server."""
        return f"postgresql+psycopg://{user}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def create_database(self, name: str) -> str:
        """Create the database ``name`` and return its SQLAlchemy URL."""
        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=_SUPERUSER,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def stop_server(self) -> None:
        """Stop the server at once (as a crash would), keeping its data for
        :meth:`start_server`. A checkpoint first: with ``synchronous_commit`` off, what was
        committed a moment ago is not yet in the WAL, and the crash would take it away."""
        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=_SUPERUSER, autocommit=True
        ) as conn:
            conn.execute("CHECKPOINT")
        result = _run(
            [_binary("pg_ctl"), "stop", "-D", str(self.datadir), "-m", "immediate", "-w"],
            cwd=self.datadir.parent,
        )
        if result.returncode != 0:
            raise RuntimeError(f"The test PostgreSQL server did not stop: {_tail(result)}")

    def start_server(self) -> None:
        """Start the stopped server again: the same data, socket and port."""
        _start(_binary("pg_ctl"), self)

    def stop(self) -> None:
        """Stop the server at once and remove its temporary folder (again: no-op)."""
        if not self.datadir.parent.exists():
            return
        try:
            _run(
                [_binary("pg_ctl"), "stop", "-D", str(self.datadir), "-m", "immediate", "-w"],
                cwd=self.datadir.parent,
            )
        finally:
            shutil.rmtree(self.datadir.parent, ignore_errors=True)


def start_pg_server() -> PgServer:
    """Start a fresh server in a new temporary folder; RuntimeError when that fails."""
    pg_ctl, initdb = _binary("pg_ctl"), _binary("initdb")
    base = Path(tempfile.mkdtemp(prefix="lagmote-pg-"))
    try:
        if _is_root():
            _chown_tree(base, _SUPERUSER)
        server = PgServer(datadir=base / "data", socket_dir=base, port=_free_port())
        _initdb(initdb, server.datadir)
        _start(pg_ctl, server)
    except BaseException:
        shutil.rmtree(base, ignore_errors=True)
        raise
    return server


def _bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin``, or None."""
    found = [Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin") if Path(p, "pg_ctl").exists()]
    if not found:
        return None
    return max(found, key=lambda p: _version_key(p.parent.name))


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in name.split("."))


def _binary(name: str) -> str:
    """The full path of a PostgreSQL server program, ``pg_ctl`` or ``initdb``."""
    bin_dir = _bin_dir()
    if bin_dir is not None and (bin_dir / name).exists():
        return str(bin_dir / name)
    on_path = shutil.which(name)
    if on_path is None:
        raise RuntimeError(
            f"PostgreSQL is not installed ({name} is neither in /usr/lib/postgresql/*/bin nor on "
            "PATH): install the 'postgresql' package, e.g. with scripts/setup.sh."
        )
    return on_path


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _as_server_user(cmd: list[str]) -> list[str]:
    """``cmd`` run as the ``postgres`` user when we are root, else as is."""
    if not _is_root():
        return cmd
    if shutil.which("runuser") is None:
        raise RuntimeError("Running the tests as root needs 'runuser' to start PostgreSQL.")
    return ["runuser", "-u", _SUPERUSER, "--", *cmd]


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _as_server_user(cmd),
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def _chown_tree(root: Path, user: str) -> None:
    try:
        shutil.chown(root, user, user)
    except LookupError as exc:
        raise RuntimeError(
            f"Running the tests as root needs the '{user}' system user (it comes with the "
            "'postgresql' package)."
        ) from exc
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            shutil.chown(os.path.join(dirpath, name), user, user)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _initdb(initdb: str, datadir: Path) -> None:
    common = [
        initdb,
        "-D",
        str(datadir),
        "-U",
        _SUPERUSER,
        "--auth=trust",
        "--encoding=UTF8",
        "--no-sync",
        "--no-instructions",
    ]
    result = _run([*common, "--locale=C.UTF-8"], cwd=datadir.parent)
    if result.returncode != 0:
        shutil.rmtree(datadir, ignore_errors=True)
        result = _run([*common, "--no-locale"], cwd=datadir.parent)
    if result.returncode != 0:
        raise RuntimeError(f"initdb failed for a test server: {_tail(result)}")


def _start(pg_ctl: str, server: PgServer) -> None:
    options = " ".join(
        [
            "-c listen_addresses=''",
            f"-c unix_socket_directories={shlex.quote(str(server.socket_dir))}",
            f"-c port={server.port}",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
        ]
    )
    log = server.datadir.parent / "server.log"
    result = _run(
        [
            pg_ctl,
            "start",
            "-D",
            str(server.datadir),
            "-l",
            str(log),
            "-w",
            "-t",
            "30",
            "-o",
            options,
        ],
        cwd=server.datadir.parent,
    )
    if result.returncode != 0:
        server_log = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(f"A test PostgreSQL server did not start: {_tail(result)}\n{server_log}")


def _tail(result: subprocess.CompletedProcess[str]) -> str:
    return (result.stderr or result.stdout).strip()[-2000:]
