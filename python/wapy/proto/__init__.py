"""WhatsApp's wire schema as Python protobuf classes (package ``proto``).

Generated from ``proto/wa.proto``, the same file the Rust core is built from
(``tools/gen_python_proto.py`` regenerates ``wa_pb2.py``). Every message and
enum of the schema is available here, e.g. ``wapy.proto.Message``,
``wapy.proto.HistorySync`` or ``wapy.proto.ClientPayload``.
"""

from .wa_pb2 import *  # noqa: F403
from .wa_pb2 import DESCRIPTOR as DESCRIPTOR
