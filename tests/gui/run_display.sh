#!/usr/bin/env bash
# One command in real X windows: a fresh Xvfb of the given size (xvfb-run picks a free display),
# openbox as its window manager, Qt's xcb platform. Used by `make test-gui` and `make
# screenshots`.
#   tests/gui/run_display.sh 1366x768 [SCALE] -- COMMAND ARGS...
#   tests/gui/run_display.sh 1920x1080 1.5 -- .venv/bin/pytest tests/gui
set -euo pipefail
if [ "${1:-}" != "--inside" ]; then
    size=$1; shift
    scale=1
    if [ "${1:-}" != "--" ]; then scale=$1; shift; fi
    [ "${1:-}" = "--" ] && shift
    exec xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" "$0" --inside "$size" "$scale" "$@"
fi
shift
size=$1 scale=$2
shift 2
wm_log=$(mktemp)
openbox --sm-disable >"$wm_log" 2>&1 &
wm=$!
stop() { kill "$wm" 2>/dev/null || true; wait "$wm" 2>/dev/null || true; rm -f "$wm_log"; }
trap stop EXIT
# A window manager announces itself on the root window (xprop, from x11-utils); windows mapped before that get no
# frame and no placement, which is exactly what these tests look at.
for _ in $(seq 300); do
    if xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id"; then break; fi
    sleep 0.1
done
if ! xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id"; then
    echo "run_display: openbox did not start on $DISPLAY within 30 s:" >&2
    cat "$wm_log" >&2
    exit 1
fi
echo "run_display: ${size} at scale ${scale} on ${DISPLAY} with openbox"
export QT_QPA_PLATFORM=xcb REGIESTOEL_REAL_DISPLAY="$size@$scale"
if [ "$scale" != 1 ]; then export QT_SCALE_FACTOR="$scale"; else unset QT_SCALE_FACTOR; fi
status=0
"$@" || status=$?
exit "$status"
