"""The ``wapy`` command-line interface."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``wapy`` command."""
    parser = argparse.ArgumentParser(prog="wapy", description="WhatsApp Web client tools.")
    parser.add_argument("--version", action="version", version=f"wapy {__version__}")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    return 0
