"""A real local SMTP server (aiosmtpd) for the e-mail tests: one that accepts, one that
refuses, one that hangs up in the middle of a message."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Inbox:
    """What the server received: one entry per accepted message."""

    mode: str = "accept"  # "accept", "refuse" (550 on every recipient), "hang_up" (mid-DATA)
    received: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    refused: int = 0
    hung_up: int = 0

    @property
    def messages(self) -> list[EmailMessage]:
        return [m for _, m in self.received]


class _Handler:
    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          rcpt_options: list[str]) -> str:
        if self.inbox.mode == "refuse":
            self.inbox.refused += 1
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.inbox.mode == "hang_up":
            self.inbox.hung_up += 1
            server.transport.close()  # the line drops after the message came in, before "250"
            return "421 closing"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.inbox.received.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


@contextmanager
def smtp_server() -> Iterator[tuple[str, int, Inbox]]:
    """A server on 127.0.0.1 at a free port, for the length of the block."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(_Handler(inbox), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield "127.0.0.1", port, inbox
    finally:
        controller.stop()
