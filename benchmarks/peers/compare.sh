#!/usr/bin/env bash
# Duke 1.2 and rix side by side on the same files, each data set run back to back (Duke, then rix).
#
#   compare.sh WORKDIR [f4|f4-all|fx10|fx10-all|f3|county ...]      (default: all of them)
#
# Needs: ../shared/data/febrl beside the repo (FEBRL; FEBRL to override), /work/runs/fx10 (FEBRL x10; FX10 to override), the rix jar
# (RIX_JAR, default <repo>/cli/target/rix.jar; it also generates the county), Maven with access
# to Maven Central or a ~/.m2 holding Duke 1.2, Python 3, GNU time. Writes WORKDIR/<set>/{duke,rix}/
# and appends one markdown row per data set to WORKDIR/results.md. Never run by `mvn verify`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 1 ] || { sed -n '2,10p' "$0"; exit 2; }
work="$1"; shift
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=(f4 f4-all fx10 fx10-all f3 county)
F="${FEBRL:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/data/febrl}"
X="${FX10:-/work/runs/fx10}"
export RIX_JAR="${RIX_JAR:-$(cd "$(dirname "$0")/../.." && pwd)/cli/target/rix.jar}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
table="$work/results.md"
[ -f "$table" ] || {
  echo "| data set | records | Duke P / R / F1 | Duke wall, CPU, max RSS | rix P / R / F1 | rix wall, CPU, max RSS | load average (1 min) before Duke / rix |"
  echo "| --- | ---: | --- | --- | --- | --- | --- |"; } > "$table"

figures() {  # DIR -> "P / R / F1|wall, cpu s, rss MiB|load"
  local d="$1" p r f1
  read -r p r f1 < <(awk '$1 == "pairwise" { print $2, $3, $4 }' "$d/evaluate.txt")
  local wall cpu rss load
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$d/time.txt")"
  cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$d/time.txt")"
  rss="$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$d/time.txt")"
  load="$(sed -n '1s/.*load average: \([0-9.]*\),.*/\1/p' "$d/load.txt")"
  echo "$p / $r / **$f1**|$wall wall, ${cpu} s CPU, $rss MiB|$load"
}

row() {  # NAME RECORDS
  local name="$1" n="$2" d r
  d="$(figures "$work/$name/duke")"; r="$(figures "$work/$name/rix")"
  echo "| $name | $n | ${d%%|*} | $(echo "$d" | cut -d'|' -f2) | ${r%%|*} | $(echo "$r" | cut -d'|' -f2) | ${d##*|} / ${r##*|} |" >> "$table"
}

for s in "${sets[@]}"; do
  case "$s" in
    f4|f4-all)
      opts=(-- --singlematch); t=0.9; [ "$s" = f4-all ] && { opts=(); t=0.98; }
      GROUP1="$F/dataset4a.csv" GROUP2="$F/dataset4b.csv" IDCOL=rec_id SP=" " THRESHOLD=$t \
        "$here/duke/run.sh" "$here/duke/febrl4.xml" "$work/$s/duke" "$F/dataset4-truth.csv" \
        dataset4a="$F/dataset4a.csv" dataset4b="$F/dataset4b.csv" "${opts[@]}"
      "$here/rix.sh" "$work/$s/rix" "$F/dataset4-truth.csv" --id rec_id "$F/dataset4a.csv" "$F/dataset4b.csv"
      row "$s" 10000 ;;
    fx10|fx10-all)
      opts=(-- --singlematch); t=0.9; [ "$s" = fx10-all ] && { opts=(); t=0.98; }
      GROUP1="$X/dataset4a_x10.csv" GROUP2="$X/dataset4b_x10.csv" IDCOL=rec_id SP="" THRESHOLD=$t \
        "$here/duke/run.sh" "$here/duke/febrl4.xml" "$work/$s/duke" "$X/dataset4_x10-truth.csv" \
        dataset4a_x10="$X/dataset4a_x10.csv" dataset4b_x10="$X/dataset4b_x10.csv" "${opts[@]}"
      "$here/rix.sh" "$work/$s/rix" "$X/dataset4_x10-truth.csv" --id rec_id \
        "$X/dataset4a_x10.csv" "$X/dataset4b_x10.csv"
      row "$s" 100000 ;;
    f3)
      INPUT="$F/dataset3.csv" IDCOL=rec_id SP=" " THRESHOLD=0.98 \
        "$here/duke/run.sh" "$here/duke/febrl3.xml" "$work/f3/duke" "$F/dataset3-truth.csv" dataset3="$F/dataset3.csv"
      "$here/rix.sh" "$work/f3/rix" "$F/dataset3-truth.csv" --id rec_id "$F/dataset3.csv"
      row f3 5000 ;;
    county)
      c="$work/county/c20k"
      [ -f "$c/truth.csv" ] || java -jar "$RIX_JAR" generate --out "$c" --residents 20000 --seed 42 > /dev/null
      python3 "$here/duke/county_merge.py" "$c" "$work/county/merged.csv"
      INPUT="$work/county/merged.csv" THRESHOLD=0.96 \
        "$here/duke/run.sh" "$here/duke/county.xml" "$work/county/duke" "$c/truth.csv" county="$work/county/merged.csv"
      "$here/rix.sh" "$work/county/rix" "$c/truth.csv" --config "$c/link.yaml"
      row county "$(($(wc -l < "$work/county/merged.csv") - 1))" ;;
    *) echo "unknown data set: $s" >&2; exit 2 ;;
  esac
done
cat "$table"
