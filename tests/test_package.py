"""The installed package: version, command line and public names."""

from __future__ import annotations

import subprocess
import sys

import wapy


def test_version_matches_the_distribution() -> None:
    from importlib.metadata import version

    assert wapy.__version__ == version("wapy-client")


def test_cli_prints_its_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wapy", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"wapy {wapy.__version__}"


def test_every_public_name_exists_and_claims_the_package() -> None:
    for name in wapy.__all__:
        value = getattr(wapy, name)
        module = getattr(value, "__module__", None)
        if isinstance(value, type):
            assert module == "wapy", f"{name} shows as {module}"


def test_decode_error_is_a_value_error() -> None:
    assert issubclass(wapy.DecodeError, wapy.WapyError)
    assert issubclass(wapy.DecodeError, ValueError)


def test_send_errors_say_the_message_was_not_sent() -> None:
    for cls in (wapy.SendNotConnected, wapy.NotAcknowledged, wapy.MessageRejected):
        assert issubclass(cls, wapy.SendError)
    assert issubclass(wapy.SendError, wapy.WapyError)
    assert issubclass(wapy.SendNotConnected, wapy.NotConnected)
    rejected = wapy.MessageRejected("the server refused the message: error 479", "479")
    assert (str(rejected), rejected.code) == ("the server refused the message: error 479", "479")
