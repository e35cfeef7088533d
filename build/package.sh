#!/usr/bin/env bash
# Build the one-folder executable dist/regiestoel/regiestoel from build/regiestoel.spec.
# PyInstaller's work folder is .pyinstaller/work and its output dist/, both at the repository
# root and ignored by git: build/ keeps only the packaging sources.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-$root/.venv/bin/python}"

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    echo "package.sh: PyInstaller is not installed in $python; run 'make package'" >&2
    exit 1
fi
for qm in resources/translations/regiestoel_nl.qm resources/translations/regiestoel_en.qm; do
    if [ ! -f "$qm" ]; then
        echo "package.sh: $qm is missing; run 'make translations' (make package does)" >&2
        exit 1
    fi
done

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath .pyinstaller/work --distpath dist build/regiestoel.spec
end=$(date +%s)

echo "package.sh: built dist/regiestoel/regiestoel in $((end - start)) s"
du -sh dist/regiestoel
