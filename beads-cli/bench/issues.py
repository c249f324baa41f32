"""10,000 issues for the benchmarks: priorities, types and labels spread out, every tenth blocked by the one before
it. Usage: python3 issues.py <out.jsonl>"""
import json, sys
types = ["bug", "feature", "task", "epic", "chore"]
with open(sys.argv[1], "w") as f:
    for n in range(1, 10001):
        issue = {"id": "bench-%05d" % n, "title": "Benchmark issue %d" % n,
                 "description": "Generated for the start-up benchmark.", "status": "open",
                 "priority": n % 5, "issue_type": types[n % 5],
                 "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"}
        if n % 7 == 0:
            issue["labels"] = ["label-%d" % (n % 13)]
        if n % 10 == 0:
            issue["dependencies"] = [{"issue_id": issue["id"], "depends_on_id": "bench-%05d" % (n - 1),
                                      "type": "blocks", "created_at": "2025-01-01T00:00:00Z",
                                      "created_by": "bench"}]
        f.write(json.dumps(issue, separators=(",", ":")) + "\n")
