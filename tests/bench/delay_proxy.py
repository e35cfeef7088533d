"""A TCP proxy that delays every byte by a fixed time each way and counts round trips.

The benchmarks put it between Regiestoel and the PostgreSQL test server to cost what an
office network or a VPN costs (5 ms each way: a 10 ms round trip). It runs in its own
process, so the delays are not stretched by the benchmark's own work holding the GIL.

A round trip is counted each time a client starts sending after the server last spoke (or
for its first message): a burst of pipelined messages is one wait for the network, however
many statements it holds.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import queue
import socket
import threading
import time
from multiprocessing.sharedctypes import Synchronized
from typing import Any

CHUNK = 65536


def _pump(src: socket.socket, dst: socket.socket, delay: float, on_send: Any) -> None:
    """Forward ``src`` to ``dst``, each chunk ``delay`` seconds after it arrived (in order,
    without adding the delays of chunks that arrived together)."""
    pending: queue.Queue[tuple[float, bytes] | None] = queue.Queue()

    def read() -> None:
        try:
            while data := src.recv(CHUNK):
                on_send()
                pending.put((time.monotonic() + delay, data))
        except OSError:
            pass
        pending.put(None)

    threading.Thread(target=read, daemon=True).start()
    try:
        while (item := pending.get()) is not None:
            due, data = item
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (src, dst):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _connection(client: socket.socket, target: tuple[str, int], delay: float,
                trips: Synchronized) -> None:  # type: ignore[type-arg]
    server = socket.create_connection(target)
    for sock in (client, server):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    last = {"from": "server"}

    def client_sent() -> None:
        if last["from"] == "server":
            with trips.get_lock():
                trips.value += 1
        last["from"] = "client"

    def server_sent() -> None:
        last["from"] = "server"

    threading.Thread(target=_pump, args=(server, client, delay, server_sent),
                     daemon=True).start()
    _pump(client, server, delay, client_sent)


def _serve(listener: socket.socket, target: tuple[str, int], delay: float,
           trips: Synchronized) -> None:  # type: ignore[type-arg]
    while True:
        client, _ = listener.accept()
        threading.Thread(target=_connection, args=(client, target, delay, trips),
                         daemon=True).start()


class DelayProxy:
    """``with DelayProxy(5432, 0.005) as proxy:`` connect to 127.0.0.1:``proxy.port``."""

    def __init__(self, target_port: int, delay: float, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.delay = delay
        context = mp.get_context("spawn")
        self.trips = context.Value("q", 0)
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port: int = self.listener.getsockname()[1]
        self.process = context.Process(target=_serve, daemon=True,
                                       args=(self.listener, self.target, delay, self.trips))

    @property
    def round_trips(self) -> int:
        return int(self.trips.value)

    def __enter__(self) -> DelayProxy:
        self.process.start()
        self.listener.close()  # the proxy process holds its own copy
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.join(5)
