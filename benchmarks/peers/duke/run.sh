#!/usr/bin/env bash
# Runs Duke 1.2 (no.priv.garshol.duke:duke:1.2, from Maven Central) on one of our configs and scores it.
#
#   run.sh CONFIG.xml OUTDIR TRUTH.csv NAME=FILE.csv [NAME=FILE.csv ...] [-- DUKE_OPTION ...]
#
# CONFIG.xml is a template: ${VAR} placeholders are filled in from the environment by envsubst
# (e.g. GROUP1, GROUP2, INPUT, IDCOL, SP). NAME=FILE.csv pairs say which source each record id
# belongs to (NAME is the truth file's `source`). Everything after `--` goes to Duke's command
# line (e.g. --singlematch, --threads=2). Writes into OUTDIR: duke.xml (the filled-in config),
# links.txt (Duke's link file), duke.log, time.txt (/usr/bin/time -v), entities.csv (transitive
# closure of the links) and score.json (pairwise P/R/F1 of the closure and of the raw links).
# Duke and its dependencies are resolved with Maven on a throwaway pom in a temp dir.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 4 ] || { sed -n '2,13p' "$0"; exit 2; }
config="$1"; out="$2"; truth="$3"; shift 3
sources=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sources+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
duke_opts=("$@")
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# 1. classpath: Duke 1.2 and its dependencies (Lucene 4.0, spatial4j, MapDB)
cpfile="${DUKE_CP_CACHE:-${TMPDIR:-/tmp}/duke-1.2.classpath}"
if [ ! -s "$cpfile" ]; then
  tmp="$(mktemp -d)"
  cat > "$tmp/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>peers.throwaway</groupId><artifactId>duke-classpath</artifactId><version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>no.priv.garshol.duke</groupId><artifactId>duke</artifactId><version>1.2</version></dependency>
  </dependencies>
</project>
POM
  (cd "$tmp" && { mvn -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile="$cpfile" \
      || { mvn -B -ntp -q dependency:get -Dartifact=no.priv.garshol.duke:duke:1.2 \
           && mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$cpfile"; }; } \
      > "$tmp/mvn.log" 2>&1) || { cat "$tmp/mvn.log" >&2; rm -rf "$tmp"; exit 1; }
  rm -rf "$tmp"
fi
cp="$(cat "$cpfile")"

# 2. config: fill in the template
envsubst < "$config" > "$out/duke.xml"
rm -f "$out/links.txt"

# 3. run Duke (JVM heap as for rix: -Xmx4g)
{ echo "uptime before: $(uptime)"; } > "$out/load.txt"
/usr/bin/time -v -o "$out/time.txt" \
  java -Xmx4g -cp "$cp" no.priv.garshol.duke.Duke --linkfile="$out/links.txt" "${duke_opts[@]}" \
  "$out/duke.xml" > "$out/duke.log" 2>&1 || { cat "$out/duke.log"; exit 1; }
{ echo "uptime after:  $(uptime)"; } >> "$out/load.txt"
[ -s "$out/links.txt" ] || { echo "Duke wrote no links; see $out/duke.log" >&2; exit 1; }

# 4. score: closure → entities.csv, pairwise figures
python3 "$here/score.py" --links "$out/links.txt" --truth "$truth" --entities "$out/entities.csv" \
  "${sources[@]}" > "$out/score.json"
# cross-check with our own evaluator on the same entities.csv (skipped if the jar is absent)
jar="${RIX_JAR:-$(cd "$(dirname "$0")/../../.." && pwd)/cli/target/rix.jar}"
[ -f "$jar" ] && java -jar "$jar" evaluate --entities "$out/entities.csv" --truth "$truth" > "$out/evaluate.txt"
wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time.txt")"
rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")"
cpu_user="$(sed -n 's/.*User time (seconds): //p' "$out/time.txt")"
cpu_sys="$(sed -n 's/.*System time (seconds): //p' "$out/time.txt")"
echo "duke $(basename "$config") wall=$wall user=${cpu_user}s sys=${cpu_sys}s maxRSS=$((rss / 1024))MiB"
cat "$out/load.txt"
cat "$out/score.json"
[ -f "$out/evaluate.txt" ] && cat "$out/evaluate.txt"
exit 0
