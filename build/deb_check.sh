#!/usr/bin/env bash
# The .deb on a clean system: a minimal Debian 12 (or, with DEB_CHECK_SUITE=jammy, Ubuntu
# 22.04) made with debootstrap, without any desktop library. There the unpacked program's
# self-test must fail naming the missing xcb libraries and their Debian packages; then apt
# installs the .deb with everything it declares, the installed program passes its
# self-test, the admin commands work, and apt purge leaves nothing behind.
#
# Needs root, debootstrap and the network (apt fetches the dependencies). Not in CI: a
# fresh system takes a few minutes. The system is kept in DEB_CHECK_ROOT for the next run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="${DEB_CHECK_SUITE:-bookworm}"
case "$suite" in
    bookworm) mirror="${DEB_CHECK_MIRROR:-http://deb.debian.org/debian}"; keyring=() ;;
    jammy) mirror="${DEB_CHECK_MIRROR:-http://archive.ubuntu.com/ubuntu}"
           # Debian has no Ubuntu keyring; the check runs on a throw-away system.
           keyring=(--no-check-gpg) ;;
    *) echo "deb_check.sh: DEB_CHECK_SUITE is bookworm or jammy" >&2; exit 2 ;;
esac
system="${DEB_CHECK_ROOT:-/var/tmp/regiestoel-deb-check-$suite}"
deb=$(ls "$root"/dist/regiestoel_*.deb 2>/dev/null | head -n 1)
if [ -z "$deb" ]; then
    echo "deb_check.sh: no dist/regiestoel_*.deb; run 'make deb' first" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ] || ! command -v debootstrap >/dev/null; then
    echo "deb_check.sh: needs root and debootstrap (apt install debootstrap)" >&2
    exit 1
fi

if [ ! -x "$system/usr/bin/apt-get" ]; then
    echo "deb_check.sh: making a minimal $suite system in $system"
    debootstrap --variant=minbase "${keyring[@]}" "$suite" "$system" "$mirror" >/dev/null
fi
if [ "$suite" = jammy ]; then
    echo "deb http://archive.ubuntu.com/ubuntu jammy main universe" > "$system/etc/apt/sources.list"
fi

in_system() { chroot "$system" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }
mounted=()
cleanup() {
    in_system apt-get purge -y regiestoel >/dev/null 2>&1 || true
    rm -rf "$system/tmp/regiestoel-check"
    for (( i=${#mounted[@]}-1; i>=0; i-- )); do umount "${mounted[$i]}" || true; done
}
trap cleanup EXIT
mount -t proc proc "$system/proc" && mounted+=("$system/proc")
mount -t devpts devpts "$system/dev/pts" && mounted+=("$system/dev/pts")
cp /etc/resolv.conf "$system/etc/resolv.conf"
mkdir -p "$system/tmp/regiestoel-check"
cp "$deb" "$system/tmp/regiestoel-check/"
name=$(basename "$deb")

echo "deb_check.sh: 1. the unpacked program on a system without desktop libraries"
in_system dpkg-deb -x "/tmp/regiestoel-check/$name" /tmp/regiestoel-check/unpacked
set +e
in_system /tmp/regiestoel-check/unpacked/opt/regiestoel/regiestoel --self-test \
    > "$system/tmp/regiestoel-check/before.txt" 2>&1
before=$?
set -e
cat "$system/tmp/regiestoel-check/before.txt"
if [ "$before" -eq 0 ] || ! grep -q "^FAIL Qt platform libraries: .*(Debian package libxcb-cursor0)" \
        "$system/tmp/regiestoel-check/before.txt"; then
    echo "deb_check.sh: FAILED: the self-test should fail and name the missing xcb libraries" >&2
    exit 1
fi

echo "deb_check.sh: 2. apt-get install ./$name"
in_system apt-get update -qq
in_system env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/regiestoel-check/$name" >/dev/null
in_system regiestoel --self-test
in_system regiestoel-admin --help >/dev/null
in_system env REGIESTOEL_PASSWORD=controle-wachtwoord regiestoel-admin \
    --data-dir /tmp/regiestoel-check/data init --org Controle --owner-name Olga \
    --owner-email olga@example.org >/dev/null
in_system regiestoel-admin --data-dir /tmp/regiestoel-check/data check
test -f "$system/usr/share/applications/nl.regiestoel.Regiestoel.desktop"
test -f "$system/usr/share/icons/hicolor/48x48/apps/nl.regiestoel.Regiestoel.png"

echo "deb_check.sh: 3. apt-get purge regiestoel"
in_system apt-get purge -y -qq regiestoel >/dev/null
for gone in /opt/regiestoel /usr/bin/regiestoel /usr/bin/regiestoel-admin \
        /usr/share/applications/nl.regiestoel.Regiestoel.desktop; do
    if [ -e "$system$gone" ] || [ -L "$system$gone" ]; then
        echo "deb_check.sh: FAILED: $gone is still there after purge" >&2
        exit 1
    fi
done
echo "deb_check.sh: passed on $suite"
