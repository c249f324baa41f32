#!/usr/bin/env bash
# The daemon's footprint at 10,000 issues (issue 10, must-show 3): its resident memory (VmRSS, and the peak VmHWM)
# after it has loaded the workspace and served N requests (default 10,000 over one connection: get_issue,
# ready_work, list_issues, create_issue, ping), again once it has been idle long enough to compact, then its CPU
# use while idle for S more seconds (default 60), from /proc/<pid>/stat. The daemon runs with the launcher's JVM
# flags (DaemonCommandLine); BD_DAEMON_JAVA_OPTS adds to them.
#
#   beads-cli/bench/daemon-footprint.sh [requests] [idle-seconds]
#
# Needs python3 and a built beads-cli (bin/bd builds it on first use). Prints the load average beside the figures.
set -euo pipefail
requests=${1:-10000}
idle=${2:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
bd=$root/bin/bd
work=$(mktemp -d /tmp/bd-bench-XXXXXX)
export XDG_STATE_HOME=$work/state
cleanup() {
    (cd "$work/ws" 2>/dev/null && "$bd" daemon stop >/dev/null 2>&1) || true
    rm -rf "$work"
}
trap cleanup EXIT

python3 "$(dirname "$0")/issues.py" "$work/issues.jsonl"
mkdir -p "$work/ws/.beads"
cp "$work/issues.jsonl" "$work/ws/.beads/issues.jsonl"
cd "$work/ws"
BD_AOT=0 "$bd" init --prefix bench -q
"$bd" daemon start --idle-timeout 0 >/dev/null
pid=$(cat .beads/daemon.pid)
echo "daemon pid $pid: $(tr '\0' ' ' </proc/"$pid"/cmdline | grep -o -- '-X[^ ]*' | tr '\n' ' ')" >&2

rss() { awk -v k="$1" '$1 == k":" {print $2 / 1024}' /proc/"$pid"/status; }
ticks() { awk '{print $14 + $15}' /proc/"$pid"/stat; }

printf 'after start (10,000 issues loaded): VmRSS %.1f MB\n' "$(rss VmRSS)"
python3 - "$requests" .beads/bd.sock <<'PY'
import json, random, socket, sys, time
n, path = int(sys.argv[1]), sys.argv[2]
s = socket.socket(socket.AF_UNIX); s.connect(path); f = s.makefile("rwb")
rnd = random.Random(1)
def call(i, method, params):
    f.write(json.dumps({"jsonrpc": "2.0", "id": i, "method": method, "params": params}).encode() + b"\n"); f.flush()
    reply = json.loads(f.readline())
    if "error" in reply: raise SystemExit("%s failed: %s" % (method, reply["error"]))
start = time.time()
for i in range(n):
    r = rnd.random()
    if r < 0.6: call(i, "get_issue", {"id": "bench-%05d" % rnd.randint(1, 10000)})
    elif r < 0.75: call(i, "ready_work", {"limit": 20})
    elif r < 0.85: call(i, "list_issues", {"status": ["open"], "limit": 50})
    elif r < 0.95: call(i, "create_issue", {"issue": {"title": "bench %d" % i}, "actor": "bench"})
    else: call(i, "ping", {})
print("served %d requests (60%% get_issue, 15%% ready_work, 10%% list_issues, 10%% create_issue, 5%% ping) in %.1f s"
      % (n, time.time() - start))
PY
printf 'right after the requests: VmRSS %.1f MB, peak VmHWM %.1f MB\n' "$(rss VmRSS)" "$(rss VmHWM)"
# The daemon compacts its heap 10 s after the last request, and the JVM trims glibc's heap every 30 s.
sleep 45
printf 'idle 45 s later (after its idle compaction): VmRSS %.1f MB\n' "$(rss VmRSS)"
before=$(ticks)
sleep "$idle"
after=$(ticks)
hz=$(getconf CLK_TCK)
awk -v d=$((after - before)) -v hz="$hz" -v s="$idle" \
    'BEGIN {printf "idle %d s more: %d ticks of CPU = %.3f %% of one core\n", s, d, 100 * d / hz / s}'
printf 'then: VmRSS %.1f MB\n' "$(rss VmRSS)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
