#!/usr/bin/env bash
# The benchmark, run on purpose (not by the tests): bench/run.sh [SCALE]
#   SCALE 1 (default) is the national data set: 34 provinces, about 4,000 units and 13.7 million rows;
#   a smaller scale keeps whole provinces (0.25 = 9 provinces, 3.6 million rows).
#   JAR=path/to/scorecard.jar bench/run.sh … measures another build (BENCHMARKS.md's "before").
# It uses Debian's PostgreSQL 15 (started if it is not running) and, on one database, times:
#   (a) the load floor: psql \copy of the CSV files into plain tables, then the same keys and date
#       indexes the job's tables carry (bench/floor_tables.sql, bench/floor_keys.sql);
#   (b) the job for 2026-09 as of 2026-11-24: its load step (the first load), count, score, report;
#   (c) hand-written INSERT … SELECT … GROUP BY per indicator family (bench/floor_compute.sql);
#   (r) the next month's run, 2026-10 as of 2026-12-01, on the same files: a re-delivery;
#   (n) a night of 1 July (2026-06, 2026-Q2 and 2026-H1, as of 2026-07-01: an as-of date may not be
#       later than today) after one more meeting was delivered: how many of its three runs read the input;
#   (p) the same records as one file per unit and kind (bench/per_unit.py), on a fresh database: a
#       first load of them, then a re-delivery in which 1% of the unit files changed (a record taken
#       back and one re-keyed in each: withdrawals, SPEC v3 §2).
# The JVM gets -Xmx512m. Step times come from the job's "step … COMPLETED in N ms" log lines.
set -euo pipefail
SCALE=${1:-1}
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-/tmp/scorecard-bench}
PG="postgresql://bench:bench@localhost:5432/bench"
DATA="$WORK/data-$SCALE"
mkdir -p "$WORK"
if [ -z "${JAR:-}" ]; then
  ./mvnw -q -DskipTests package
  JAR=target/scorecard.jar
fi

echo "== PostgreSQL 15"
pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS bench\" -c \"DROP ROLE IF EXISTS bench\" \
  -c \"CREATE ROLE bench LOGIN PASSWORD 'bench'\" -c \"CREATE DATABASE bench OWNER bench\""

echo "== data set, scale $SCALE"
if [ ! -f "$DATA/work_items.csv" ]; then  # the generator is seeded: the same scale gives the same files
  # the generator is a test class (src/test/java/vn/gov/scorecard/bench), not part of the product
  [ -d target/test-classes/vn/gov/scorecard/bench ] || ./mvnw -q -DskipTests test-compile
  java -cp "$JAR:target/test-classes" vn.gov.scorecard.bench.NationalDataSet "$DATA" "$SCALE"
fi
ROWS=$(( $(cat "$DATA"/*.csv | wc -l) - 6 ))
echo "$ROWS data rows, $(du -sh "$DATA" | cut -f1)"
rm -rf "$WORK/out" "$WORK/night"

seconds_since() { echo "$(date +%s.%N) - $1" | bc; }
job() {  # job LOG INPUT PERIOD AS_OF [java options]
  local log=$1 input=$2 period=$3 asof=$4; shift 4
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/bench" SPRING_DATASOURCE_USERNAME=bench \
    SPRING_DATASOURCE_PASSWORD=bench java -Xmx512m "$@" -jar "$JAR" --input="$input" --period="$period" \
    --output="$WORK/out" --as-of="$asof" > "$WORK/$log.log"
  grep -E "step .* (COMPLETED|FAILED)" "$WORK/$log.log" | sed "s/^/  $log: /"
}
step_s() { grep -oP "step $2 COMPLETED in \K[0-9]+" "$WORK/$1.log" | awk '{printf "%.1f", $1/1000}'; }
# a run read the record files when its loader parsed work items (a run that reuses an earlier reading logs no such line)
read_input() { if grep -q "KindLoader - work_items:\|KindLoader - meetings:" "$WORK/$1.log"; then echo 1; else echo 0; fi; }

echo "== (a) load floor: psql \\copy into plain tables, then their keys and date indexes"
psql -q "$PG" -f bench/floor_tables.sql
START=$(date +%s.%N)
for f in unit meeting document work_item task report; do
  psql -q "$PG" -c "\\copy floor_$f FROM '$DATA/${f}s.csv' WITH (FORMAT csv, HEADER true)"
done
COPY_S=$(seconds_since "$START")
START=$(date +%s.%N)
psql -q "$PG" -f bench/floor_keys.sql
KEYS_S=$(seconds_since "$START")
FLOOR_S=$(echo "$COPY_S + $KEYS_S" | bc)

echo "== (b) the job: first load"
job first "$DATA" 2026-09 2026-11-24 -Xlog:gc:file="$WORK/gc.log" -XX:StartFlightRecording=filename="$WORK/first.jfr",settings=default
LOAD_S=$(step_s first load); COUNT_S=$(step_s first count); SCORE_S=$(step_s first score); REPORT_S=$(step_s first report)
UNITS=$(ls "$WORK/out/2026-09/units" | grep -c '\.pdf$')
HEAP=$(grep -oP 'Pause.* \K[0-9]+(?=M->)' "$WORK/gc.log" | sort -n | tail -1)
cp "$WORK/out/2026-09/rejects.csv" "$WORK/first-rejects.csv"

echo "== (c) SQL floor: INSERT … SELECT … GROUP BY per indicator family"
START=$(date +%s.%N)
psql -q "$PG" -f bench/floor_compute.sql > /dev/null
SQL_S=$(seconds_since "$START")

echo "== (r) re-delivery: the next month's run on the same files"
job again "$DATA" 2026-10 2026-12-01
AGAIN_S=$(step_s again load)
# the rejects are the files', whatever the period: the same files must give the same rejects.csv
if cmp -s "$WORK/first-rejects.csv" "$WORK/out/2026-10/rejects.csv"; then SAME=identical; else SAME=DIFFERENT; fi

echo "== (n) a night of 1 July, after one more meeting was delivered"
mkdir -p "$WORK/night"
for f in "$DATA"/*.csv; do ln -s "$f" "$WORK/night/"; done
rm "$WORK/night/meetings.csv"
{ cat "$DATA/meetings.csv"; echo "$(sed -n 2p "$DATA/units.csv" | cut -d, -f1),HN-bench-1,2026-06-15,Họp bổ sung,KHAC,TRUC_TUYEN,0.5,,,,false,false,"; } \
  > "$WORK/night/meetings.csv"
NIGHT_READS=0
for period in 2026-06 2026-Q2 2026-H1; do
  job "night-$period" "$WORK/night" "$period" 2026-07-01
  NIGHT_READS=$(( NIGHT_READS + $(read_input "night-$period") ))
done

echo "== (p) per-unit files: a first load, then 1% of the files changed"
rm -rf "$WORK/per-unit"
python3 bench/per_unit.py split "$DATA" "$WORK/per-unit"
su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS bench\" -c \"CREATE DATABASE bench OWNER bench\""
job per-unit-first "$WORK/per-unit" 2026-09 2026-11-24
PER_UNIT_S=$(step_s per-unit-first load)
CHANGE=$(python3 bench/per_unit.py change "$WORK/per-unit" 0.01)
echo "  $CHANGE"
job per-unit-change "$WORK/per-unit" 2026-09 2026-11-24
CHANGED_S=$(step_s per-unit-change load)
WITHDRAWN=$(grep -c . "$WORK/out/2026-09/withdrawn.csv" || true)

echo
echo "== results (scale $SCALE, $ROWS rows, $UNITS units; $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $JAR)"
printf "(a) load floor: \\\\copy %.1f s + keys and indexes %.1f s = %8.1f s\n" "$COPY_S" "$KEYS_S" "$FLOOR_S"
printf "(b) first load (job load step)          %8.1f s  %9.0f rows/s   (b)/(a) = %.2f  (target <= 1.5)\n" \
  "$LOAD_S" "$(echo "$ROWS / $LOAD_S" | bc -l)" "$(echo "$LOAD_S / $FLOOR_S" | bc -l)"
printf "(r) re-delivery of the same files       %8.1f s                     (r)/(b) = %.3f (target <= 0.1); rejects.csv %s\n" \
  "$AGAIN_S" "$(echo "$AGAIN_S / $LOAD_S" | bc -l)" "$SAME"
printf "(n) a night of 3 periods: the input was read %d time(s) (target 1)\n" "$NIGHT_READS"
printf "(p) per-unit files, first load          %8.1f s;  1%% of them changed: %.1f s = %.2f of a first load; %d records withdrawn\n" \
  "$PER_UNIT_S" "$CHANGED_S" "$(echo "$CHANGED_S / $PER_UNIT_S" | bc -l)" "$(( WITHDRAWN - 1 ))"
printf "(c) SQL floor                           %8.1f s\n" "$SQL_S"
printf "(d) job count + score steps             %8.1f s                     (d)/(c) = %.2f\n" \
  "$(echo "$COUNT_S + $SCORE_S" | bc -l)" "$(echo "($COUNT_S + $SCORE_S) / $SQL_S" | bc -l)"
printf "(e) report step                         %8.1f s  %9.1f scorecards/s\n" "$REPORT_S" "$(echo "$UNITS / $REPORT_S" | bc -l)"
printf "JVM peak heap (before GC), first run    %8s MB  (-Xmx512m)\n" "${HEAP:-?}"
