#!/usr/bin/env bash
# The README's first command, run again, run on purpose (not by the tests): bench/sample.sh [ROUNDS] [NAME=JAR ...]
#   Times `java -jar JAR --input=sample --period=2026-09 --output=out` on the bundled sample month
#   (140 units), the embedded database already holding it (each jar gets a folder of its own, where
#   it ran once before the timing). The jars take turns, ROUNDS times (5 by default), so that a
#   machine slowing down mid-way weighs on all of them alike. Without NAME=JAR, this checkout's jar.
#   Prints every run's wall time and step times, then each jar's mean. BENCHMARKS.md: 04886eb
#   (before issue 15), 4a422fa (before the warm-up and the compiler directives).
set -euo pipefail
ROUNDS=${1:-5}
shift || true
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-/tmp/scorecard-bench}/sample
if [ $# -eq 0 ]; then
  ./mvnw -q -DskipTests package
  set -- "checkout=$PWD/target/scorecard.jar"
fi

for spec in "$@"; do
  name=${spec%%=*}
  rm -rf "${WORK:?}/$name"
  mkdir -p "$WORK/$name"
  cp -r sample "$WORK/$name/"
  (cd "$WORK/$name" && java -jar "${spec#*=}" --input=sample --period=2026-09 --output=out \
    --scorecard.embedded-db.dir=db > first.log)
done
for round in $(seq 1 "$ROUNDS"); do
  for spec in "$@"; do
    name=${spec%%=*}
    cd "$WORK/$name"
    start=$(date +%s.%N)
    java -jar "${spec#*=}" --input=sample --period=2026-09 --output=out --scorecard.embedded-db.dir=db > "run$round.log"
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    echo "$name $round $wall s: $(grep -oP 'step \w+ COMPLETED in \d+' "run$round.log" | sed 's/step //; s/ COMPLETED in /=/' \
      | tr '\n' ' ')" | tee -a "$WORK/times"
    cd - > /dev/null
  done
done
for spec in "$@"; do
  name=${spec%%=*}
  grep "^$name " "$WORK/times" | tail -n "$ROUNDS" | awk -v n="$name" '{s += $3} END {printf "%s: mean %.1f s over %d runs\n", n, s / NR, NR}'
done
