"""The ``wapy`` command: ``demo`` end to end, ``server`` answering a client,
``login`` from a store, and the event formatting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import anyio
import pytest

import wapy
from wapy import cli
from wapy.testing import Server

WAPY = [sys.executable, "-m", "wapy"]
ENV = {**os.environ, "CI": "true"}


def test_demo_exits_zero_and_prints_connected() -> None:
    done = subprocess.run(
        [*WAPY, "demo"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [line.split(" ", 1)[1] for line in done.stdout.splitlines()]
    names = [line.split(" ", 1)[0] for line in lines]
    for expected in ("QrCode", "PairSuccess", "Disconnected", "Connected", "OfflineSyncCompleted"):
        assert expected in names
    assert names.index("PairSuccess") < names.index("Connected")
    assert any(line.startswith("connected as 15550001234:") for line in lines)
    assert lines[-1] == "done"


def test_server_starts_and_answers_a_client(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [*WAPY, "server", "--account", "15550003001", "--control"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        assert process.stdout is not None and process.stdin is not None
        url = process.stdout.readline().split()
        root = process.stdout.readline().split()
        account = process.stdout.readline().split()
        assert process.stdout.readline().strip() == "READY"
        assert url[0] == "url" and url[1].startswith("ws://127.0.0.1:")
        assert root[0] == "trusted-root" and len(bytes.fromhex(root[1])) == 32
        assert account[:2] == ["account", "15550003001@s.whatsapp.net"]
        store = tmp_path / "bot.db"
        process.stdin.write(f"provision 15550003001 {store}\n")
        process.stdin.flush()
        answer = process.stdout.readline().split()
        assert answer[0] == "OK", answer
        device = answer[1]

        async def login() -> tuple[bool, str]:
            client = wapy.Client(store, server_url=url[1], trusted_root=bytes.fromhex(root[1]))
            async with client:
                return client.is_connected, str(client.jid)

        assert anyio.run(login) == (True, device)
        process.stdin.write("bogus\n")
        process.stdin.flush()
        assert process.stdout.readline().startswith("ERR ")
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_login_from_a_paired_store_prints_events(tmp_path: Path) -> None:
    store = tmp_path / "bot.db"
    async with Server() as server:
        phone = server.add_account("15550003002")
        device = phone.provision(store)
        process = await anyio.open_process(
            [
                *WAPY,
                "login",
                "--store",
                str(store),
                "--server-url",
                server.url,
                "--trusted-root",
                server.trusted_root.hex(),
            ],
            env=ENV,
        )
        try:
            assert process.stdout is not None
            output = b""
            with anyio.fail_after(30):
                while b"OfflineSyncCompleted" not in output:
                    output += await process.stdout.receive()
            assert b" Connected" in output
            # Unlinking ends the session for good: login reports it and fails.
            assert phone.unlink(device)
            with anyio.fail_after(30):
                status = await process.wait()
                async for chunk in process.stdout:
                    output += chunk
            assert status == 1
            assert b" LoggedOut " in output
        finally:
            if process.returncode is None:
                process.terminate()
                await process.wait()


def test_login_rejects_a_bad_root() -> None:
    assert cli.main(["login", "--store", ":memory:", "--trusted-root", "zz"]) == 2


def test_render_qr_is_square() -> None:
    art = wapy._core.render_qr("2@abc,def,ghi,jkl")
    lines = art.splitlines()
    assert len({len(line) for line in lines}) == 1
    assert len(lines) == (len(lines[0]) + 1) // 2
