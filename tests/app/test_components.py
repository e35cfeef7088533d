"""The list of components and licences: from distribution metadata, library names, a manifest."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from app import components as listing
from app.components import Component, distribution_licence, native_component


def _distribution(tmp_path: Path, name: str, *lines: str) -> metadata.Distribution:
    folder = tmp_path / f"{name}-1.0.dist-info"
    folder.mkdir()
    (folder / "METADATA").write_text(
        "\n".join(["Metadata-Version: 2.1", f"Name: {name}", "Version: 1.0", *lines]) + "\n",
        encoding="utf-8")
    return metadata.PathDistribution(folder)


def test_an_spdx_expression_is_taken_as_it_is(tmp_path: Path):
    dist = _distribution(tmp_path, "one", "License-Expression: Apache-2.0 OR BSD-3-Clause",
                         "License: something else")
    assert distribution_licence(dist) == "Apache-2.0 OR BSD-3-Clause"


def test_a_licence_text_in_the_metadata_gives_way_to_the_classifier(tmp_path: Path):
    dist = _distribution(tmp_path, "two", "License: Copyright (c) 2020 Someone. Permission is "
                         "hereby granted, free of charge, to any person obtaining a copy",
                         "Classifier: License :: OSI Approved :: MIT License")
    assert distribution_licence(dist) == "MIT"


def test_vague_metadata_is_corrected(tmp_path: Path):
    dist = _distribution(tmp_path, "python-dateutil", "License: Dual License")
    assert distribution_licence(dist) == "Apache-2.0 AND BSD-3-Clause"


def test_no_licence_at_all_says_where_to_look(tmp_path: Path):
    assert distribution_licence(_distribution(tmp_path, "three")) == "see its licence file"


@pytest.mark.parametrize(("filename", "name", "licence"), [
    ("libpq-e9b5c9ac.so.5.18", "PostgreSQL client library (libpq)", "PostgreSQL"),
    ("libQt6Core.so.6", "Qt", "LGPL-3.0-only"),
    ("libicudata.so.73", "ICU", "Unicode-3.0"),
    ("libscipy_openblas64_-32a4b2a6.so", "OpenBLAS", "BSD-3-Clause"),
    ("libz.so.1", "zlib", "Zlib"),
])
def test_a_vendored_library_is_known_by_its_name(filename: str, name: str, licence: str):
    found = native_component(filename, {"Qt": "6.11.3"})
    assert found is not None and (found.name, found.licence) == (name, licence)


def test_a_library_of_nobody_is_not_guessed():
    assert native_component("libzstd.so.1") is None
    assert native_component("libsomething.so") is None


def test_a_package_lists_what_its_build_bundled_not_what_is_installed(tmp_path: Path,
                                                                     monkeypatch):
    """The manifest the spec writes wins over the installed environment."""
    bundled = [Component("SQLAlchemy", "2.0.0", "MIT"), Component("Qt", "6.8.0", "LGPL-3.0-only")]
    listing.write_manifest(tmp_path / listing.MANIFEST_NAME, bundled,
                           {"Qt": ["_internal/PySide6/Qt/lib/libQt6Core.so.6"]})
    monkeypatch.setattr(listing, "resources_dir", lambda: tmp_path)
    assert listing.components() == sorted(bundled, key=lambda c: c.name.casefold())
