#!/usr/bin/env bash
# Benchmark of whole driftsstatus processes on generated histories, with peers where installed.
#
#   bench/run.sh [-n RUNS] [MONTHS ...]        (default: -n 5, months 12 120)
#
# Every figure is whole-process wall time: the median (and min–max) of RUNS runs after one warm-up
# run, with the median CPU time (user + system) and the peak resident memory of the process. Peers
# (Hugo for HTML pages, pandoc + WeasyPrint for PDFs, `java -version` for start-up) run on the same
# generated months when installed (apt-get install hugo pandoc weasyprint); their ratio is ours ÷
# theirs from the same run, and the end of each month count's table lists the targets of #16. On a
# shared machine, compare the ratios and CPU times: the load average is printed before and after.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
months=("$@")
[ ${#months[@]} -gt 0 ] || months=(12 120)
work="$(mktemp -d "${TMPDIR:-/tmp}/driftsstatus-bench.XXXXXX")"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

"$repo/driftsstatus" --version >/dev/null   # builds the jar and its class-data archive if needed
ours=("$repo/driftsstatus")                  # what users run: the launcher with its JVM settings
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

mid() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure LABEL SETUP COMMAND...: prints "LABEL|median s|min–max|cpu s|peak MB"; sets $median, $peak
measure() {
  local label="$1" setup="$2"; shift 2
  local walls=() cpus=() rss=() i
  for ((i = 0; i <= runs; i++)); do
    eval "$setup"
    # Wall time from the clock in nanoseconds: GNU time's %e has hundredths only, too coarse for
    # --version and java -version (0.04 s), whose ratio is a target. CPU and memory come from time.
    local started ended
    started=$(date +%s%N)
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
      echo "failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
    ended=$(date +%s%N)
    [ $i -eq 0 ] && continue            # warm-up (disk cache), not counted
    read -r _ u sy m < <(tail -n 1 "$work/time")
    w=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    walls+=("$w"); cpus+=("$(awk -v u="$u" -v s="$sy" 'BEGIN { print u + s }')"); rss+=("$m")
  done
  median=$(printf '%s\n' "${walls[@]}" | mid)
  local lo hi cpu
  lo=$(printf '%s\n' "${walls[@]}" | sort -g | head -n 1)
  hi=$(printf '%s\n' "${walls[@]}" | sort -g | tail -n 1)
  cpu=$(printf '%s\n' "${cpus[@]}" | mid)
  peak=$(( $(printf '%s\n' "${rss[@]}" | sort -g | tail -n 1) / 1024 ))
  printf '| %-44s | %7.3f s | %5.3f–%-5.3f | %6.2f s | %5d MB |\n' "$label" "$median" "$lo" "$hi" "$cpu" "$peak"
}

# target LABEL VALUE LIMIT UNIT: one row of the targets table, "met" when VALUE <= LIMIT
target() {
  local verdict
  verdict=$(awk -v v="$2" -v l="$3" 'BEGIN { print (v <= l ? "met" : "**missed**") }')
  printf '| %-44s | %8s %s | ≤ %s %s | %s |\n' "$1" "$2" "$4" "$3" "$4" "$verdict"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "Runs: $runs counted after 1 warm-up; whole-process wall time, median (min–max); median CPU (user+sys); peak RSS"
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure_version() {
  measure "java -version (JVM start-up floor)" ":" java -version; javav=$median
  measure "driftsstatus --version" ":" "${ours[@]}" --version; oursv=$median
}
for n in "${months[@]}"; do
  gen="$work/h$n"
  java "$repo/src/test/java/dk/flis/driftsstatus/GenerateHistory.java" "$n" "$gen" >/dev/null
  cp "$repo/content/site.json" "$gen/content/"
  cp "$repo"/content/pages/*.md "$gen/content/pages/"
  cd "$gen"
  tpl=(--templates "$repo/templates")
  echo
  echo "### $n months"
  hugo=""
  echo "| scenario | median | min–max | CPU | peak RSS |"
  echo "|---|---|---|---|---|"
  clean='rm -rf site .driftsstatus-cache .site-*'
  measure_version
  measure "cold full build (HTML + $n PDFs)" "$clean" "${ours[@]}" build "${tpl[@]}"; full=$median; fullrss=$peak
  measure "HTML-only full build (--no-pdf)" "$clean" "${ours[@]}" build --no-pdf "${tpl[@]}"; html=$median
  "${ours[@]}" build "${tpl[@]}" >/dev/null 2>&1
  measure "no-op rebuild" ":" "${ours[@]}" build "${tpl[@]}"; noop=$median
  latest="$(ls content/reports/*.md | tail -n 1)"
  edit='printf "\n\n## Borger\n\nRettelse %s.\n" "$RANDOM$i" >> "$latest.tmp"; cp "$latest.orig" "$latest"; cat "$latest.tmp" >> "$latest"; rm "$latest.tmp"'
  cp "$latest" "$latest.orig"
  measure "rebuild after editing one month (with its PDF)" "$edit" "${ours[@]}" build "${tpl[@]}"; edited=$median
  cp "$latest.orig" "$latest"; rm "$latest.orig"
  measure "check" ":" "${ours[@]}" check "${tpl[@]}"; check=$median

  if command -v hugo >/dev/null; then
    measure "peer: Hugo, $n Markdown pages" "rm -rf hugo/public" hugo --quiet -s hugo -d public; hugo=$median
  fi
  echo
  echo "Targets of #16 ($n months; ratios from this run):"
  echo
  echo "| target | ours | limit | |"
  echo "|---|---|---|---|"
  if [ -n "${hugo:-}" ]; then
    target "no-op rebuild ÷ Hugo's full build" "$(ratio "$noop" "$hugo")" 1.5 "×"
    target "HTML-only full build ÷ Hugo" "$(ratio "$html" "$hugo")" 3 "×"
    target "check ÷ Hugo's full build" "$(ratio "$check" "$hugo")" 2 "×"
  fi
  target "--version ÷ java -version" "$(ratio "$oursv" "$javav")" 2 "×"
  target "one month edited, with its PDF" "$edited" 1 s
  target "full build with $n PDFs" "$full" 6 s
  target "peak RSS of the full build" "$fullrss" 512 MB
  if command -v pandoc >/dev/null && command -v weasyprint >/dev/null; then
    k=$(( n < 12 ? n : 12 ))
    ls md/*.md | tail -n "$k" > "$work/peer-pdfs"
    peer='for f in $(cat '"$work/peer-pdfs"'); do pandoc "$f" -s --metadata title=rapport -c md/slide.css -o "$f.html" && weasyprint -q "$f.html" "$f.pdf"; done'
    measure "peer: pandoc + WeasyPrint, $k PDFs" ":" sh -c "$peer"; weasy=$median
    echo "| ratio our full build ÷ WeasyPrint, per PDF | $(ratio "$(awk -v a="$full" -v n="$n" 'BEGIN{print a/n}')" "$(awk -v a="$weasy" -v k="$k" 'BEGIN{print a/k}')") | | |"
  fi
  cd "$repo"
done

if "${ours[@]}" serve --help >/dev/null 2>&1; then
  echo
  largest="${months[${#months[@]}-1]}"
  echo "### serve: save → rebuilt page served ($largest months, note edit)"
  gen="$work/h$largest"; cd "$gen"; rm -rf site .driftsstatus-cache
  port=$(( 20000 + RANDOM % 20000 ))
  "${ours[@]}" serve --port "$port" "${tpl[@]}" >"$work/serve.log" 2>&1 &
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done
  latest="$(ls content/reports/*.md | tail -n 1)"; month="$(basename "$latest" .md)"
  times=()
  saves=$(( runs < 10 ? 10 : runs ))
  for ((i = 1; i <= saves; i++)); do
    token="Maaling$i$RANDOM"
    start=$(date +%s%N)
    printf "\n## Borger\n\n%s.\n" "$token" >> "$latest"
    until curl -sf "http://127.0.0.1:$port/rapporter/$month.html" | grep -q "$token"; do sleep 0.005; done
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
    python3 - "$latest" <<'PY' 2>/dev/null || sed -i '$d' "$latest"
import sys; p=sys.argv[1]; s=open(p,encoding='utf-8').read(); i=s.rfind('\n## Borger'); open(p,'w',encoding='utf-8').write(s[:i]+'\n' if i>=0 else s)
PY
    sleep 0.5
  done
  med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  echo "| save → page served (median of $saves saves) | $med ms | $(printf '%s\n' "${times[@]}" | sort -n | head -n1)–$(printf '%s\n' "${times[@]}" | sort -n | tail -n1) ms | |"
  kill %1 2>/dev/null || true
  echo
  echo "| target | ours | limit | |"
  echo "|---|---|---|---|"
  target "serve: save → page served, median of $saves" "$med" 150 ms
fi
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
