"""The dashboard commands: serve (the web dashboard) and site (the same pages, static)."""

from __future__ import annotations

import socket
from pathlib import Path

import typer

from chinalac.cli.common import DB_OPTION, fail
from chinalac.cli.output import console, error_console
from chinalac.paths import resolve_db_path
from chinalac.store.problems import BuildFailed


def _ensure_store(db: Path | None) -> Path:
    """The store's path, building it first when it does not exist yet."""
    path = resolve_db_path(db)
    if not path.exists():
        from chinalac.store.build import build_store

        error_console.print(f"no store at {path}: building it first")
        try:
            build_store(db_path=path)
        except BuildFailed as exc:
            for problem in exc.problems:
                error_console.print(str(problem), markup=False, highlight=False)
            raise fail("build failed; run `chinalac build` to see every problem") from None
    return path


def serve(
    db: Path | None = DB_OPTION,
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)."
    ),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """Serve the web dashboard (building the store first if it is missing).

    Example: chinalac serve --host 127.0.0.1 --port 8000
    """
    sock = listening_socket(host, port)
    import uvicorn

    from chinalac.web.app import create_app

    path = _ensure_store(db)
    app = create_app(path, warm_up=True)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    console.print(
        f"chinalac dashboard on http://{host}:{port}/ (store {path}); Ctrl+C stops it",
        soft_wrap=True,
    )
    server.run(sockets=[sock])


def listening_socket(host: str, port: int) -> socket.socket:
    """Bind host:port before anything is announced, so a busy port is one clear error; uvicorn
    then serves on this very socket (no window in which another process could take it)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise fail(f"--host {host}: not an address this machine can listen on ({exc})") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        reason = exc.strerror or str(exc)
        raise fail(
            f"cannot listen on {host}:{port} ({reason}): another server may be using it; "
            "choose another --port"
        ) from None
    sock.set_inheritable(True)
    return sock


def site(
    out: Path = typer.Option(..., "--out", help="Folder to write the static site into."),
    db: Path | None = DB_OPTION,
) -> None:
    """Write the dashboard as a static site (every page but SQL and article check).

    Example: chinalac site --out ./site
    """
    from chinalac.web.site import write_site

    path = _ensure_store(db)
    written = write_site(path, out)
    console.print(f"wrote {written} files to {out} (open {out / 'index.html'})")


COMMANDS = [serve, site]
