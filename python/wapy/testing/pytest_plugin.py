"""pytest fixtures for testing code built on wapy (see :mod:`wapy.testing`).

Registered through the ``pytest11`` entry point: installing wapy makes
``wapy_server``, ``wapy_phone`` and ``paired_client`` available. They are
async fixtures: use them from tests marked ``pytest.mark.anyio`` (asyncio
and trio both work).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from ..client import Client
from . import Phone, Server

#: The account ``wapy_phone`` and ``paired_client`` use.
PHONE_NUMBER = "15550001234"


@pytest.fixture
async def wapy_server() -> AsyncIterator[Server]:
    """A running emulator, shut down after the test."""
    async with Server() as server:
        yield server


@pytest.fixture
def wapy_phone(wapy_server: Server) -> Phone:
    """The simulated phone of account ``+1 555 000 1234`` on ``wapy_server``."""
    return wapy_server.add_account(PHONE_NUMBER)


@pytest.fixture
async def paired_client(wapy_server: Server, wapy_phone: Phone) -> AsyncIterator[Client]:
    """A client linked to ``wapy_phone`` and connected, with an in-memory
    store; disconnected and closed after the test."""
    client = wapy_server.client()
    try:
        wapy_phone.provision(client)
        await client.connect()
        yield client
    finally:
        await client.aclose()
