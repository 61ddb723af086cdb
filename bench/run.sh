#!/usr/bin/env bash
# The benchmark, run on purpose (not by the tests): bench/run.sh [SCALE]
#   SCALE 1 (default) is the national data set: 34 provinces, about 4,000 units and 13.6 million rows;
#   a smaller scale keeps whole provinces (0.1 = 3 provinces).
# It uses Debian's PostgreSQL 15 (started if it is not running) and, in one run on one database,
# times: (a) psql \copy of the CSV files into plain tables; (b) the job's load step on the same
# files; (c) hand-written INSERT … SELECT … GROUP BY per indicator family; (d) the job's count and
# score steps; (e) PDF rendering of every scorecard and the ranking report. The JVM gets -Xmx512m.
set -euo pipefail
SCALE=${1:-1}
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-/tmp/scorecard-bench}
PG="postgresql://bench:bench@localhost:5432/bench"
mkdir -p "$WORK"

./mvnw -q -DskipTests package

echo "== PostgreSQL 15"
pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS bench\" -c \"DROP ROLE IF EXISTS bench\" \
  -c \"CREATE ROLE bench LOGIN PASSWORD 'bench'\" -c \"CREATE DATABASE bench OWNER bench\""

echo "== data set, scale $SCALE"
rm -rf "$WORK/data" "$WORK/out"
java -jar target/scorecard.jar --generate-national="$WORK/data" --scale="$SCALE"
ROWS=$(( $(cat "$WORK"/data/*.csv | wc -l) - 6 ))
echo "$ROWS data rows, $(du -sh "$WORK/data" | cut -f1)"

echo "== (a) floor: psql \\copy into plain tables"
psql -q "$PG" -f bench/floor_tables.sql
START=$(date +%s.%N)
for f in unit meeting document work_item task report; do
  file="$WORK/data/${f}s.csv"; [ "$f" = unit ] && file="$WORK/data/units.csv"
  psql -q "$PG" -c "\\copy floor_$f FROM '$file' WITH (FORMAT csv, HEADER true)"
done
COPY_S=$(echo "$(date +%s.%N) - $START" | bc)

echo "== (b, d, e) the job"
/usr/bin/time -v -o "$WORK/time.txt" env SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/bench" \
  SPRING_DATASOURCE_USERNAME=bench SPRING_DATASOURCE_PASSWORD=bench \
  java -Xmx512m -Xlog:gc:file="$WORK/gc.log" -jar target/scorecard.jar \
  --input="$WORK/data" --period=2026-09 --output="$WORK/out" --as-of=2026-11-24 | tee "$WORK/job.log" \
  | grep --line-buffered -E "step .* (COMPLETED|FAILED)|scorecards: .* of|Scorecard 20"
step_s() { grep -oP "step $1 COMPLETED in \K[0-9]+" "$WORK/job.log" | awk '{printf "%.1f", $1/1000}'; }
LOAD_S=$(step_s load); COUNT_S=$(step_s count); SCORE_S=$(step_s score); REPORT_S=$(step_s report)
UNITS=$(ls "$WORK/out/2026-09/units" | wc -l)

echo "== (c) floor: INSERT … SELECT … GROUP BY per indicator family"
START=$(date +%s.%N)
psql -q "$PG" -f bench/floor_compute.sql > /dev/null
SQL_S=$(echo "$(date +%s.%N) - $START" | bc)

HEAP=$(grep -oP 'Pause.* \K[0-9]+(?=M->)' "$WORK/gc.log" | sort -n | tail -1)
RSS=$(grep -oP 'Maximum resident set size \(kbytes\): \K[0-9]+' "$WORK/time.txt")
echo
echo "== results (scale $SCALE, $ROWS rows, $UNITS units; $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
printf "(a) psql \\\\copy floor        %8.1f s  %9.0f rows/s\n" "$COPY_S" "$(echo "$ROWS / $COPY_S" | bc -l)"
printf "(b) job load step            %8.1f s  %9.0f rows/s   (b)/(a) = %.2f\n" "$LOAD_S" "$(echo "$ROWS / $LOAD_S" | bc -l)" "$(echo "$LOAD_S / $COPY_S" | bc -l)"
printf "(c) SQL floor                %8.1f s\n" "$SQL_S"
printf "(d) job count + score steps  %8.1f s                     (d)/(c) = %.2f\n" "$(echo "$COUNT_S + $SCORE_S" | bc -l)" "$(echo "($COUNT_S + $SCORE_S) / $SQL_S" | bc -l)"
printf "(e) PDFs (report step)       %8.1f s  %9.1f scorecards/s\n" "$REPORT_S" "$(echo "$UNITS / $REPORT_S" | bc -l)"
printf "JVM peak heap (before GC)    %8s MB  (-Xmx512m)\n" "${HEAP:-?}"
printf "process peak RSS             %8.0f MB\n" "$(echo "$RSS / 1024" | bc -l)"
