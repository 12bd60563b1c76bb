#!/usr/bin/env bash
# Runs rix on the same files as a peer run, timed the same way, and scores it.
#
#   rix.sh OUTDIR TRUTH.csv LINK_ARGUMENT ...
#
# e.g. rix.sh /work/runs/duke/rix-f4 dataset4-truth.csv --id rec_id dataset4a.csv dataset4b.csv
# Runs `java -Xmx4g -jar $RIX_JAR link LINK_ARGUMENTS --out OUTDIR/out` under /usr/bin/time -v
# (RIX_JAR defaults to <repo>/cli/target/rix.jar), then `rix evaluate` on its entities.csv.
# Writes OUTDIR/time.txt, link.log, load.txt, evaluate.txt.
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,9p' "$0"; exit 2; }
out="$1"; truth="$2"; shift 2
jar="${RIX_JAR:-$(cd "$(dirname "$0")/../.." && pwd)/cli/target/rix.jar}"
mkdir -p "$out"
rm -rf "$out/out"
echo "uptime before: $(uptime)" > "$out/load.txt"
/usr/bin/time -v -o "$out/time.txt" java -Xmx4g -jar "$jar" link "$@" --out "$out/out" > "$out/link.log" 2>&1 \
  || { cat "$out/link.log"; exit 1; }
echo "uptime after:  $(uptime)" >> "$out/load.txt"
java -jar "$jar" evaluate --entities "$out/out/entities.csv" --truth "$truth" > "$out/evaluate.txt"
wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time.txt")"
rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")"
cpu_user="$(sed -n 's/.*User time (seconds): //p' "$out/time.txt")"
cpu_sys="$(sed -n 's/.*System time (seconds): //p' "$out/time.txt")"
echo "rix wall=$wall user=${cpu_user}s sys=${cpu_sys}s maxRSS=$((rss / 1024))MiB"
cat "$out/load.txt"
cat "$out/evaluate.txt"
