"""Type stubs of the Rust extension module ``wapy._core``."""

from typing import Final

__version__: Final[str]
