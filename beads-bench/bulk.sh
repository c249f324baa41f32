#!/usr/bin/env bash
# Whole-process bulk work of bin/bd (issue 8): `bd import -i` of a 100,000-issue JSONL into a fresh workspace, and
# `bd export -o` of those 100,000 issues. Prints each run's wall time and peak RSS (GNU time's "Maximum resident
# set size"), then the medians. The file comes from SyntheticWorkspace (WriteSyntheticJsonl).
#
#   beads-bench/bulk.sh [runs] [issues]          (defaults: 5 runs, 100000 issues)
#
# Needs /usr/bin/time (GNU time) and a JDK 21+ (JAVA_HOME or bin/bd's search); builds beads-bench and beads-cli.
set -euo pipefail
runs=${1:-5}
issues=${2:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
bd=$root/bin/bd
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
# Without the AOT cache: its training would run in the background of the first runs, and a bulk command's time is
# not in its start-up.
export BD_AOT=0
work=$(mktemp -d /tmp/bd-bulk-XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$root/beads-bench/target/benchmarks.jar" ]; then
    (cd "$root" && ./mvnw -B -q -ntp -pl beads-bench -am package -DskipTests)
fi
"$java" -cp "$root/beads-bench/target/benchmarks.jar" dev.beads.bench.WriteSyntheticJsonl "$issues" "$work/issues.jsonl"
echo "file: $(du -h "$work/issues.jsonl" | cut -f1), $(wc -l <"$work/issues.jsonl") lines" >&2

# Runs "$@" under GNU time; prints "<seconds> <max RSS KiB>".
measure() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr" >&2
        return 1
    }
    cat "$work/time"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$work/import" && : >"$work/export"
for run in $(seq "$runs"); do
    rm -rf "$work/ws" && mkdir -p "$work/ws"
    (cd "$work/ws" && "$bd" init --prefix bd -q)
    read -r secs rss < <(cd "$work/ws" && measure "$bd" --no-daemon import -i "$work/issues.jsonl")
    echo "import run $run: ${secs} s, $((rss / 1024)) MiB" >&2
    echo "$secs $rss" >>"$work/import"
    read -r secs rss < <(cd "$work/ws" && measure "$bd" --no-daemon export -o "$work/out.jsonl")
    echo "export run $run: ${secs} s, $((rss / 1024)) MiB" >&2
    echo "$secs $rss" >>"$work/export"
done
for what in import export; do
    secs=$(cut -d' ' -f1 "$work/$what" | median)
    rss=$(cut -d' ' -f2 "$work/$what" | median)
    echo "$what of $issues issues: median ${secs} s, median peak RSS $((rss / 1024)) MiB ($runs runs)"
done
