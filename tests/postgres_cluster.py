"""A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, pg_ctl start on loopback.

Debian keeps initdb and pg_ctl out of PATH (in /usr/lib/postgresql/<version>/bin), so both places are
looked in.  PostgreSQL refuses to run as root: a root test run starts the server as the ``postgres``
user (or ``nobody``) instead.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

REQUIRED_ENV = "RASD_REQUIRE_POSTGRES"


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first; None when PostgreSQL is not installed."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    for folder in folders:
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """One server; ``new_database()`` hands each test an empty, migrated database of its own."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="rasd-pg-"))
        self.port = _free_port()
        self._user = None
        if os.geteuid() == 0:
            self._user = "postgres" if _user_exists("postgres") else "nobody"
            shutil.chown(self.folder, user=self._user)
        self._names = itertools.count(1)
        self._template: str | None = None

    def _run(self, *args: str) -> None:
        command = [str(self.binaries / args[0]), *args[1:]]
        if self._user:
            command = ["runuser", "-u", self._user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> None:
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", "rasd", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off -c synchronous_commit=off"
        self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://rasd@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """The URL of a new database holding a migrated, empty rasd store."""
        from rasd.store import open_store

        if self._template is None:
            self._create("rasd_template")
            open_store(self.url("rasd_template")).close()
            self._template = "rasd_template"
        name = f"rasd_test_{next(self._names)}"
        self._create(name, template=self._template)
        return self.url(name)

    def _create(self, name: str, template: str = "template0") -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            # Copying the template's files is much faster than writing them through the WAL (15's default).
            strategy = " STRATEGY FILE_COPY" if admin.info.server_version >= 150000 else ""
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{strategy}')

    def drop(self, url: str) -> None:
        """Remove a database ``new_database`` made (its connections closed first)."""
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
