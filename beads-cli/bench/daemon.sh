#!/usr/bin/env bash
# The thin client beside the in-process command (issue 10, must-show 3): whole bin/bd processes in a 10,000-issue
# workspace, one hyperfine run of `bd ready --json`, `bd show <id> --json` and `bd create x`, each through the
# workspace's daemon and with --no-daemon, with the AOT cache (JDK 25+) and without it (BD_AOT=0). Prints
# hyperfine's table (median, mean, min, max) and the load average before and after. Not run by CI.
#
#   flock /work/brief/land.lock beads-cli/bench/daemon.sh [runs]    (default 20 runs, 3 warm-up runs)
#
# Needs python3 (the workspace), hyperfine (apt-get install hyperfine) and a built beads-cli.
set -euo pipefail
runs=${1:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bd=$root/bin/bd
work=$(mktemp -d /tmp/bd-dbench-XXXXXX)
cleanup() {
    (cd "$work/ws" 2>/dev/null && "$bd" daemon stop >/dev/null 2>&1) || true
    rm -rf "$work"
}
trap cleanup EXIT
command -v hyperfine >/dev/null || { echo "daemon.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

python3 "$here/issues.py" "$work/issues.jsonl"
mkdir -p "$work/ws/.beads"
cp "$work/issues.jsonl" "$work/ws/.beads/issues.jsonl"
cd "$work/ws"
BD_AOT=0 "$bd" --no-daemon init --prefix bench -q
id=bench-05001
echo "workspace: $("$bd" --no-daemon count) issues in $work/ws; show $id" >&2

# Train the AOT cache (as startup.sh does), then start the daemon and wait until a command is served by it.
target=$root/beads-cli/target
jar=$(ls "$target"/beads-cli-*.jar | grep -v -e '-sources' -e '-tests' | head -1)
BD_AOT=1 "$bd" version >/dev/null
for _ in $(seq 1 480); do
    [ -n "$(find "$target" -maxdepth 1 -name 'bd-*.aot' -newer "$jar")" ] && break
    sleep 0.5
done
unset BEADS_NO_DAEMON BEADS_AUTO_START_DAEMON
"$bd" daemon start >/dev/null 2>&1 || ("$bd" daemon run >"$work/daemon.out" 2>&1 &)
for _ in $(seq 1 200); do
    "$bd" info --json 2>/dev/null | grep -q '"mode": "daemon"' && break
    sleep 0.1
done
"$bd" info --json | grep -q '"mode": "daemon"' || { echo "daemon.sh: no daemon serves $work/ws" >&2; exit 1; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$work/results.md" \
    -n "ready --json, daemon, AOT" "$bd ready --json" \
    -n "ready --json, in-process, AOT" "$bd --no-daemon ready --json" \
    -n "show --json, daemon, AOT" "$bd show $id --json" \
    -n "show --json, in-process, AOT" "$bd --no-daemon show $id --json" \
    -n "create x, daemon, AOT" "$bd create x -q" \
    -n "create x, in-process, AOT" "$bd --no-daemon create x -q" \
    -n "ready --json, daemon, no AOT" "env BD_AOT=0 $bd ready --json" \
    -n "ready --json, in-process, no AOT" "env BD_AOT=0 $bd --no-daemon ready --json" \
    -n "show --json, daemon, no AOT" "env BD_AOT=0 $bd show $id --json" \
    -n "show --json, in-process, no AOT" "env BD_AOT=0 $bd --no-daemon show $id --json" \
    -n "create x, daemon, no AOT" "env BD_AOT=0 $bd create x -q" \
    -n "create x, in-process, no AOT" "env BD_AOT=0 $bd --no-daemon create x -q" >&2
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$work/results.md"
