#!/bin/bash
# docs/bench/compacted-memory.sh STORE LABEL [JVM options...]
#
# Memory after a compaction (issue 11, goals 4 and 6; docs/benchmarks.md, "A compaction keeps the node
# caches"). Starts the service in -Xmx512m on the production class path over a copy of STORE (a store
# seeded by dev.ladder.benchmark.BenchReviews), waits for the report snapshot, has an administrator
# compact the store, then has an analyst start a re-assessment of every current review under a copy of
# rules/ whose version differs by a comment (so that every review is assessed again). Prints the
# store's node caches before and after the compaction, the job's progress every 15 s with the JVM's
# full collections so far (jstat), until the job ends or 7 minutes pass. Needs curl, python3, jstat.
#
#   ./mvnw -B -q compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/classpath-runtime.txt
#   docs/bench/compacted-memory.sh /work/bench/stores/reviews-100000 after
#   docs/bench/compacted-memory.sh /work/bench/stores/reviews-100000 before -Dorg.apache.jena.tdb.settings=/nonexistent
# (the second: TDB2's own default caches for a compacted generation, as before Tdb2Defaults)
set -u
STORE=$1; LABEL=$2; shift 2
cd "$(dirname "$0")/../.."
COPY=target/compacted-memory/store-$LABEL; RULES=target/compacted-memory/rules
rm -rf "$COPY" "$RULES"; mkdir -p target/compacted-memory; cp -r "$STORE" "$COPY"; cp -r rules "$RULES"
echo "// a comment, so that this copy's rule-set version differs (docs/bench/compacted-memory.sh)" >> "$RULES/red-flags.drl"
CP="target/classes:$(cat target/classpath-runtime.txt)"
PORT=9191; LOG=target/compacted-memory/$LABEL.log
java -Xmx512m "$@" -cp "$CP" dev.ladder.LadderApplication --server.port=$PORT --ladder.data-dir="$COPY" \
  --ladder.demo.enabled=false --ladder.security.demo-accounts=true --ladder.demo.password=pw \
  --ladder.store.compaction.enabled=false --ladder.watch-rules=false --ladder.rules-dir="$RULES" \
  --logging.level.root=WARN --logging.level.dev.ladder=INFO > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$COPY"' EXIT
until curl -sf -o /dev/null -u admin:pw http://localhost:$PORT/actuator/health; do
  sleep 1; kill -0 $PID 2>/dev/null || { echo "the service stopped; see $LOG"; exit 1; }
done
until curl -sf -o /dev/null -u admin:pw http://localhost:$PORT/api/reports/readiness; do sleep 2; done
echo "$LABEL: up, report snapshot built"
curl -s -u admin:pw http://localhost:$PORT/api/admin/store | python3 -c 'import json,sys; d=json.load(sys.stdin); print("before:", d["generation"], d["bytes"]//1000000, "MB; node caches", d.get("nodeCaches"))'
curl -s -u admin:pw -X POST http://localhost:$PORT/api/admin/store/compaction | python3 -c 'import json,sys; d=json.load(sys.stdin); print("compacted:", d["generation"], d["bytes"]//1000000, "MB in", d["lastCompactionMillis"], "ms; node caches", d.get("nodeCaches"))'
JOB=$(curl -s -u analyst:pw -X POST http://localhost:$PORT/api/policy/reassessments | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
T1=$(date +%s)
for i in $(seq 1 28); do
  sleep 15
  kill -0 $PID 2>/dev/null || { echo "the service stopped; see $LOG"; exit 1; }
  S=$(curl -s -m 10 -u analyst:pw http://localhost:$PORT/api/policy/reassessments/$JOB)
  echo "$(( $(date +%s) - T1 )) s: $(echo "$S" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d["done"], "/", d["total"])' 2>/dev/null || echo "(no answer)"); full collections so far $(jstat -gcutil $PID | tail -1 | awk '{print $9 ", old gen " $4 " %"}')"
  echo "$S" | grep -q '"status":"\(DONE\|FAILED\|STOPPED\)"' && break
done
grep -c OutOfMemoryError "$LOG" | sed 's/^/OutOfMemoryError lines in the log: /'
