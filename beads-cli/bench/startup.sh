#!/usr/bin/env bash
# Whole-process start-up of bin/bd in a 10,000-issue workspace: the median wall time of N runs (default 10) of
# `bd --no-daemon ready --json` and `bd --no-daemon create x`, with the AOT cache (JDK 25+) and without it.
#
#   beads-cli/bench/startup.sh [runs]
#
# Needs python3 (to generate the workspace) and a built beads-cli (bin/bd builds it on first use).
set -euo pipefail
runs=${1:-10}
root=$(cd "$(dirname "$0")/../.." && pwd)
bd=$root/bin/bd
work=$(mktemp -d /tmp/bd-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 "$(dirname "$0")/issues.py" "$work/issues.jsonl"
mkdir -p "$work/ws/.beads"
cp "$work/issues.jsonl" "$work/ws/.beads/issues.jsonl"
cd "$work/ws"
BD_AOT=0 "$bd" init --prefix bench -q
echo "workspace: $("$bd" --no-daemon count) issues in $work/ws" >&2

# Median of the wall times (ms) of $runs runs of "$@".
median_ms() {
    local times=() i start end
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

# Train the AOT cache (if this JDK has AOT) by running bd once with it enabled, then wait for a cache newer than
# the jar (bin/bd trains in the background).
target=$root/beads-cli/target
jar=$(ls "$target"/beads-cli-*.jar | grep -v -e '-sources' -e '-tests' | head -1)
BD_AOT=1 "$bd" version >/dev/null
for _ in $(seq 1 480); do
    [ -n "$(find "$target" -maxdepth 1 -name 'bd-*.aot' -newer "$jar")" ] && break
    sleep 0.5
done

# The machine's own speed at the time: a bare JVM start with the launcher's flags (the VM's speed drifts).
jdk_home=
[ -r "$target/bd-jdk" ] && read -r jdk_home _ <"$target/bd-jdk"
java_bin=${jdk_home:-${JAVA_HOME:-}}/bin/java
[ -x "$java_bin" ] || java_bin=java
printf '%-40s %12s\n' "baseline: java -version (ms)" \
    "$(median_ms "$java_bin" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -version 2>/dev/null)"
printf '%-40s %12s %12s\n' "command (median of $runs, ms)" "AOT cache" "no AOT"
for cmd in "ready --json" "create x"; do
    # shellcheck disable=SC2086 # the command is a list of words
    with=$(BD_AOT=1 median_ms "$bd" --no-daemon $cmd)
    # shellcheck disable=SC2086
    without=$(BD_AOT=0 median_ms "$bd" --no-daemon $cmd)
    printf '%-40s %12s %12s\n' "bd --no-daemon $cmd" "$with" "$without"
done
