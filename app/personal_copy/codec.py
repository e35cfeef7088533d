"""Service arguments as JSON and back: what an outbox operation carries to the server.

Plain values stay plain; enums, dates, decimals, tuples, sets, mappings with any keys and the
services' input dataclasses are tagged with their kind. Only types of Regiestoel's own
modules are made again on the way back: an outbox is data, never a way to run other code.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

OWN_MODULES = ("app.", "models.")


def encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)) and not isinstance(
            value, enum.Enum):
        return value
    if isinstance(value, enum.Enum):
        return {"$enum": _name(type(value)), "v": value.value}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"$dataclass": _name(type(value)),
                "f": {f.name: encode(getattr(value, f.name))
                      for f in dataclasses.fields(value) if f.init}}
    if isinstance(value, Mapping):
        return {"$map": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$set": sorted((encode(v) for v in value), key=repr)}
    if isinstance(value, list):
        return [encode(v) for v in value]
    raise TypeError(f"an operation cannot carry a {type(value).__name__}")


def _name(kind: type) -> str:
    if not kind.__module__.startswith(OWN_MODULES):
        raise TypeError(f"an operation carries Regiestoel's own types only, not {kind!r}")
    return f"{kind.__module__}:{kind.__qualname__}"


def _type(name: str) -> Any:
    module, _, qualname = name.partition(":")
    if not module.startswith(OWN_MODULES):
        raise ValueError(f"not one of Regiestoel's types: {name}")
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


_TAGGED: dict[str, Callable[[dict[str, Any]], Any]] = {
    "$enum": lambda d: _type(d["$enum"])(d["v"]),
    "$datetime": lambda d: datetime.fromisoformat(d["$datetime"]),
    "$date": lambda d: date.fromisoformat(d["$date"]),
    "$time": lambda d: time.fromisoformat(d["$time"]),
    "$decimal": lambda d: Decimal(d["$decimal"]),
    "$dataclass": lambda d: _dataclass(d),
    "$map": lambda d: {decode(k): decode(v) for k, v in d["$map"]},
    "$tuple": lambda d: tuple(decode(v) for v in d["$tuple"]),
    "$set": lambda d: frozenset(decode(v) for v in d["$set"]),
}


def _dataclass(data: dict[str, Any]) -> Any:
    kind: Any = _type(data["$dataclass"])
    if not (isinstance(kind, type) and dataclasses.is_dataclass(kind)):
        raise ValueError(f"not a dataclass: {data['$dataclass']}")
    return kind(**{k: decode(v) for k, v in data["f"].items()})


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        for tag, make in _TAGGED.items():
            if tag in value:
                return make(value)
        raise ValueError("an untagged mapping in an operation")
    return value


def map_ints(value: Any, change: Callable[[int], int]) -> Any:
    """The encoded value with every integer passed through ``change`` (local ids to the
    server's)."""
    if isinstance(value, bool) or value is None or isinstance(value, (str, float)):
        return value
    if isinstance(value, int):
        return change(value)
    if isinstance(value, list):
        return [map_ints(v, change) for v in value]
    if isinstance(value, dict):
        return {k: map_ints(v, change) if k not in ("$enum", "$dataclass") else v
                for k, v in value.items()}
    return value
