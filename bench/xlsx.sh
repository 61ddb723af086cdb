#!/usr/bin/env bash
# Reading .xlsx against CSV, run on purpose: bench/xlsx.sh [ROWS]
# The bundled sample's units and ROWS meetings (default 1,000,000) as meetings.csv, and the same
# file as LibreOffice Calc saves it (.xlsx, shared strings, date and boolean cells). Each is run
# through the whole job with -Xmx512m on its own fresh embedded database; the loader's own
# figures (rows/s of parsing and copying the file, the load step) and the JVM's peak heap are
# compared. Needs Debian's libreoffice-calc; the conversion alone takes minutes.
set -euo pipefail
ROWS=${1:-1000000}
cd "$(dirname "$0")/.."
WORK=${BENCH_DIR:-/tmp/scorecard-bench-xlsx}
rm -rf "$WORK" && mkdir -p "$WORK/csv" "$WORK/xlsx"

./mvnw -q -DskipTests package
java -jar target/scorecard.jar --generate-sample="$WORK/sample" > /dev/null
cp "$WORK/sample/units.csv" "$WORK/csv/" && cp "$WORK/sample/units.csv" "$WORK/xlsx/"
python3 bench/meetings_1m.py "$WORK/sample/units.csv" "$WORK/csv/meetings.csv" "$ROWS"
echo "== LibreOffice Calc saves meetings.csv as meetings.xlsx ($ROWS rows)"
soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to xlsx --infilter=CSV:44,34,76,1 \
  --outdir "$WORK/xlsx" "$WORK/csv/meetings.csv" > /dev/null 2>&1
ls -l "$WORK/csv/meetings.csv" "$WORK/xlsx/meetings.xlsx"

for way in csv xlsx; do
  echo "== the job on $way"
  /usr/bin/time -v -o "$WORK/time-$way.txt" java -Xmx512m -Xlog:gc:file="$WORK/gc-$way.log" -jar target/scorecard.jar \
    --input="$WORK/$way" --period=2026-09 --output="$WORK/out-$way" --as-of=2026-11-24 \
    --scorecard.embedded-db.dir="$WORK/db-$way" > "$WORK/job-$way.log"
  grep -E "meetings\.(csv|xlsx): [0-9]+ rows read, [0-9]+ loaded|step load COMPLETED" "$WORK/job-$way.log" | sed 's/^.*\] //'
done

rate() { grep -oP "meetings\.$1: [0-9]+ rows read.*\(\K[0-9]+(?= rows/s\))" "$WORK/job-$1.log"; }
parse() { grep -oP "KindLoader - meetings: .*parse and copy \K[0-9]+" "$WORK/job-$1.log" | awk -v rows="$ROWS" '{printf "%.0f", rows / ($1 / 1000)}'; }
load() { grep -oP "step load COMPLETED in \K[0-9]+" "$WORK/job-$1.log" | awk '{printf "%.1f", $1/1000}'; }
heap() { grep -oP 'Pause.* \K[0-9]+(?=M->)' "$WORK/gc-$1.log" | sort -n | tail -1; }
rss() { grep -oP 'Maximum resident set size \(kbytes\): \K[0-9]+' "$WORK/time-$1.txt" | awk '{printf "%.0f", $1/1024}'; }
cmp <(tail -n +2 "$WORK/out-csv/2026-09/scores.csv") <(tail -n +2 "$WORK/out-xlsx/2026-09/scores.csv") \
  && echo "scores.csv identical"
echo
echo "== results ($ROWS meetings; $(nproc) cores)"
printf "%-6s %14s %18s %14s %16s %10s\n" "" "file rows/s" "parse+copy rows/s" "load step (s)" "peak heap (MB)" "RSS (MB)"
for way in csv xlsx; do
  printf "%-6s %14s %18s %14s %16s %10s\n" "$way" "$(rate $way)" "$(parse $way)" "$(load $way)" "$(heap $way)" "$(rss $way)"
done
printf "xlsx/csv: file rows/s %.2f, parse+copy rows/s %.2f (target >= 0.25)\n" \
  "$(echo "$(rate xlsx) / $(rate csv)" | bc -l)" "$(echo "$(parse xlsx) / $(parse csv)" | bc -l)"
