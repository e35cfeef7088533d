"""What Regiestoel is built with and under which licences: the About dialog's list."""

from __future__ import annotations

import contextlib
import json
import platform
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from app.paths import resources_dir

# Written into a package's resources by the PyInstaller spec: what that build really bundled.
MANIFEST_NAME = "components.json"
OWN_DISTRIBUTION = "regiestoel"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # an SPDX expression


# Parts that are not Python distributions, known by the names of their shared libraries
# (soname prefix -> component, licence). Wheels vendor some (Qt and ICU in PySide6, OpenSSL,
# Kerberos and OpenLDAP in psycopg-binary, OpenBLAS in numpy); Python brings the rest.
NATIVE_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("libQt6", "Qt", "LGPL-3.0-only"),
    ("Qt6", "Qt", "LGPL-3.0-only"),  # Windows: Qt6Core.dll
    ("libicu", "ICU", "Unicode-3.0"),
    ("libpython", "Python", "PSF-2.0"),
    ("python3", "Python", "PSF-2.0"),  # Windows: python311.dll
    ("libsqlite3", "SQLite", "blessing"),
    ("sqlite3", "SQLite", "blessing"),
    ("libssl", "OpenSSL", "Apache-2.0"),
    ("libcrypto", "OpenSSL", "Apache-2.0"),
    ("libffi", "libffi", "MIT"),
    ("libz.", "zlib", "Zlib"),
    ("libbz2", "bzip2", "bzip2-1.0.6"),
    ("liblzma", "XZ Utils (liblzma)", "LicenseRef-public-domain"),
    ("libuuid", "libuuid (util-linux)", "BSD-3-Clause"),
    ("libmpdec", "mpdecimal", "BSD-2-Clause"),
    ("libpq", "PostgreSQL client library (libpq)", "PostgreSQL"),
    ("libkrb5", "MIT Kerberos", "MIT"),
    ("libk5crypto", "MIT Kerberos", "MIT"),
    ("libgssapi_krb5", "MIT Kerberos", "MIT"),
    ("libcom_err", "MIT Kerberos", "MIT"),
    ("libkeyutils", "keyutils", "LGPL-2.1-or-later"),
    ("libldap", "OpenLDAP", "OLDAP-2.8"),
    ("liblber", "OpenLDAP", "OLDAP-2.8"),
    ("libsasl2", "Cyrus SASL", "BSD-Attribution-HPND-disclaimer"),
    ("libcrypt", "libxcrypt", "LGPL-2.1-or-later"),
    ("libllama", "llama.cpp", "MIT"),
    ("libggml", "llama.cpp", "MIT"),
    ("libgomp", "GCC runtime libraries", "GPL-3.0-or-later WITH GCC-exception-3.1"),
    ("libgfortran", "GCC runtime libraries", "GPL-3.0-or-later WITH GCC-exception-3.1"),
    ("libquadmath", "GCC runtime libraries", "GPL-3.0-or-later WITH GCC-exception-3.1"),
    ("libgcc_s", "GCC runtime libraries", "GPL-3.0-or-later WITH GCC-exception-3.1"),
    ("libscipy_openblas", "OpenBLAS", "BSD-3-Clause"),
)
# Data files with a licence of their own inside another distribution.
MATERIAL_DESIGN_ICONS = Component("Material Design Icons", "6.9.96", "Apache-2.0")
MATERIAL_DESIGN_FONT = "materialdesignicons6-webfont-6.9.96.ttf"

# Distributions whose metadata names no SPDX licence (a classifier or "Dual License").
LICENCE_CORRECTIONS = {
    "python-dateutil": "Apache-2.0 AND BSD-3-Clause",
    "jinja2": "BSD-3-Clause",
    "diskcache": "Apache-2.0",
    "backports-tarfile": "MIT",
    "jaraco-classes": "MIT",
}
_CLASSIFIER_LICENCES = {"MIT License": "MIT", "Apache Software License": "Apache-2.0",
                        "BSD License": "BSD-3-Clause", "ISC License (ISCL)": "ISC",
                        "Python Software Foundation License": "PSF-2.0",
                        "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0"}


def canonical_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(dist: metadata.Distribution, name: str) -> str:
    values = dist.metadata.get_all(name) or []
    return str(values[0]).strip() if values else ""


def distribution_licence(dist: metadata.Distribution) -> str:
    """The licence as an SPDX expression: PEP 639's License-Expression, a short License
    field, or the trove classifiers, with a few corrections where the metadata is vague."""
    name = canonical_name(dist.metadata["Name"])
    if name in LICENCE_CORRECTIONS:
        return LICENCE_CORRECTIONS[name]
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    declared = _field(dist, "License")
    if declared and "\n" not in declared and len(declared) <= 60 and declared != "UNKNOWN":
        return declared
    found = [_CLASSIFIER_LICENCES.get(c.rsplit(" :: ", 1)[-1], c.rsplit(" :: ", 1)[-1])
             for c in dist.metadata.get_all("Classifier") or []
             if c.startswith("License :: ")]
    return " OR ".join(found) if found else "see its licence file"


def python_component(dist: metadata.Distribution) -> Component:
    return Component(dist.metadata["Name"], dist.version, distribution_licence(dist))


def native_component(filename: str, versions: dict[str, str] | None = None) -> Component | None:
    """The non-Python component a shared library belongs to, judged by its file name."""
    for prefix, name, licence in NATIVE_LIBRARIES:
        if filename.startswith(prefix):
            return Component(name, (versions or {}).get(name, ""), licence)
    return None


def is_shared_library(filename: str) -> bool:
    return (".so" in filename and not filename.endswith(".py")) or filename.endswith(
        (".dll", ".dylib", ".pyd"))


def runtime_versions() -> dict[str, str]:
    """Versions of the native parts that know them: this interpreter, its SQLite, and Qt (the
    PySide6 wheel carries the Qt of its own version)."""
    versions = {"Python": platform.python_version(), "SQLite": sqlite3.sqlite_version}
    with contextlib.suppress(metadata.PackageNotFoundError):
        versions["Qt"] = metadata.version("PySide6-Essentials")
    return versions


def requirement_closure(name: str, extras: Iterable[str] = ()) -> Iterator[metadata.Distribution]:
    """The installed distributions `name` needs, with its extras, recursively (each once)."""
    from packaging.requirements import Requirement

    yielded: set[str] = set()
    visited: set[tuple[str, tuple[str, ...]]] = set()
    queue: list[tuple[str, tuple[str, ...]]] = [(name, tuple(extras))]
    while queue:
        wanted, wanted_extras = queue.pop()
        try:
            dist = metadata.distribution(wanted)
        except metadata.PackageNotFoundError:
            continue  # an extra that is not installed
        key = canonical_name(dist.metadata["Name"])
        if (key, wanted_extras) in visited:
            continue
        visited.add((key, wanted_extras))
        if key not in yielded:
            yielded.add(key)
            yield dist
        environments = [{"extra": extra} for extra in wanted_extras] or [{"extra": ""}]
        for line in dist.requires or ():
            requirement = Requirement(line)
            if requirement.marker is None or any(requirement.marker.evaluate(env)
                                                 for env in environments):
                queue.append((requirement.name, tuple(sorted(requirement.extras))))


def installed_components() -> list[Component]:
    """From the sources: the distributions Regiestoel depends on as installed here (with the
    AI extra when it is), the native libraries they carry, Python, SQLite and the icon font."""
    versions = runtime_versions()
    found: dict[str, Component] = {}
    for dist in requirement_closure(OWN_DISTRIBUTION, ["ai"]):
        if canonical_name(dist.metadata["Name"]) == OWN_DISTRIBUTION:
            continue
        found.setdefault(dist.metadata["Name"], python_component(dist))
        for file in dist.files or ():
            native = native_component(file.name, versions) if is_shared_library(
                file.name) else None
            if native is not None:
                found.setdefault(native.name, native)
            if file.name == MATERIAL_DESIGN_FONT:
                found.setdefault(MATERIAL_DESIGN_ICONS.name, MATERIAL_DESIGN_ICONS)
    for name in ("Python", "SQLite"):
        found.setdefault(name, Component(name, versions[name], dict(
            Python="PSF-2.0", SQLite="blessing")[name]))
    return sorted(found.values(), key=lambda c: c.name.casefold())


def write_manifest(path: Path, components: Iterable[Component],
                   files: dict[str, list[str]]) -> None:
    """The package's list, with the bundled files each component accounts for."""
    entries = [dict(asdict(c), files=sorted(files.get(c.name, ())))
               for c in sorted(components, key=lambda c: c.name.casefold())]
    path.write_text(json.dumps({"components": entries}, indent=1, ensure_ascii=False) + "\n",
                    encoding="utf-8")


def read_manifest(path: Path) -> list[Component]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Component(e["name"], e["version"], e["licence"]) for e in data["components"]]


def components() -> list[Component]:
    """What the About dialog lists: in a package, what its build really bundled (the
    manifest); from the sources, what the installed dependencies bring."""
    manifest = resources_dir() / MANIFEST_NAME
    if manifest.is_file():
        return read_manifest(manifest)
    return installed_components()
