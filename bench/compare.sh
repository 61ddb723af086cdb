#!/usr/bin/env bash
# What a change costs a national run, run on purpose (not by the tests): bench/compare.sh BASELINE [SCALE]
#   Runs the job for 2026-09 on the national data set (bench/run.sh's generator, SCALE 1 by default)
#   twice, each into a fresh PostgreSQL database with -Xmx512m: once with the jar built from the
#   commit BASELINE, once with this checkout's jar. Prints each run's wall time and step times, and
#   their ratio. BENCHMARKS.md: 350ba8d (before the units' course), f13afdf (before the site).
set -euo pipefail
BASELINE=${1:?usage: bench/compare.sh BASELINE [SCALE]}
SCALE=${2:-1}
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-/tmp/scorecard-bench}
mkdir -p "$WORK"

./mvnw -q -DskipTests package
cp target/scorecard.jar "$WORK/checkout.jar"
rm -rf "$WORK/baseline-src"
git worktree add -f "$WORK/baseline-src" "$BASELINE" >/dev/null
(cd "$WORK/baseline-src" && ./mvnw -q -DskipTests package && cp target/scorecard.jar "$WORK/baseline.jar")
git worktree remove --force "$WORK/baseline-src"

pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
if [ ! -f "$WORK/data/units.csv" ]; then
  java -cp "$WORK/checkout.jar:target/test-classes" vn.gov.scorecard.bench.NationalDataSet "$WORK/data" "$SCALE"
fi

run() {  # run NAME JAR
  su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS bench\" -c \"DROP ROLE IF EXISTS bench\" \
    -c \"CREATE ROLE bench LOGIN PASSWORD 'bench'\" -c \"CREATE DATABASE bench OWNER bench\""
  rm -rf "$WORK/out-$1"
  local start end
  start=$(date +%s.%N)
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/bench" SPRING_DATASOURCE_USERNAME=bench \
    SPRING_DATASOURCE_PASSWORD=bench java -Xmx512m -jar "$2" --input="$WORK/data" --period=2026-09 \
    --output="$WORK/out-$1" --as-of=2026-11-24 > "$WORK/$1.log"
  end=$(date +%s.%N)
  echo "$end - $start" | bc > "$WORK/$1.wall"
}
step_s() { grep -oP "step $2 COMPLETED in \K[0-9]+" "$WORK/$1.log" | awk '{printf "%.1f", $1/1000}'; }

run baseline "$WORK/baseline.jar"
run checkout "$WORK/checkout.jar"

echo
echo "== $BASELINE against this checkout (scale $SCALE; $(nproc) cores)"
printf "%-10s %8s %8s %8s %8s %8s %8s\n" run wall load count score report output
for r in baseline checkout; do
  printf "%-10s %8.1f %8s %8s %8s %8s %8s\n" "$r" "$(cat "$WORK/$r.wall")" "$(step_s $r load)" "$(step_s $r count)" \
    "$(step_s $r score)" "$(step_s $r report)" "$(step_s $r output)"
done
printf "checkout / baseline, wall time: %.2f; report step: %.2f\n" \
  "$(echo "$(cat "$WORK/checkout.wall") / $(cat "$WORK/baseline.wall")" | bc -l)" \
  "$(echo "$(step_s checkout report) / $(step_s baseline report)" | bc -l)"
cmp -s "$WORK/out-baseline/2026-09/ranking.csv" "$WORK/out-checkout/2026-09/ranking.csv" \
  && echo "ranking.csv identical" || echo "ranking.csv DIFFERS"
