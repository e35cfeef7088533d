#!/usr/bin/env bash
# A disk image of Regiestoel.app for macOS: dist/Regiestoel-<version>.dmg, with a link to
# /Applications to drag the app onto. Runs on a Mac after the one-folder build (the spec's
# BUNDLE step made dist/Regiestoel.app); the release workflow calls it.
#
# Signing and notarising (with an Apple Developer ID) come before this script: see the README.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
app="$root/dist/Regiestoel.app"
version="${1:?usage: make_dmg.sh VERSION}"
if [ ! -d "$app" ]; then
    echo "make_dmg.sh: $app is missing; build it first (PyInstaller build/regiestoel.spec)" >&2
    exit 1
fi
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
image="$root/dist/Regiestoel-$version.dmg"
rm -f "$image"
hdiutil create -volname "Regiestoel $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -ov "$image"
hdiutil verify "$image"
echo "make_dmg.sh: built $image"
