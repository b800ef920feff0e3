#!/usr/bin/env bash
# Time ctk subcommands and simple baselines as whole processes on the
# benchmark corpus, with /usr/bin/time -v: wall time, user+sys CPU time and
# peak RSS, the median of N runs. Prints the figures and the ctk/baseline
# ratios and writes them to benchmarks/RESULTS.md.
#
#   benchmarks/run.sh [--size 100mb|1gb] [--runs N] [--no-nltk] [--no-ctk]
#
# CTK: the command that runs ctk (default: the repository's launcher, ./ctk, as
#      users run it: its JVM options and its start-up archive (AppCDS), both
#      made by one untimed `./ctk --version` first, which also builds the jar if
#      the sources are newer). It is a shell command line: it may hold quotes,
#      e.g. CTK="java -jar toolkit-cli/target/ctk.jar" to time the bare jar.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: benchmarks/run.sh [--size 100mb|1gb] [--runs N] [--no-nltk] [--no-ctk]
  --size    corpus to time on (default 100mb)
  --runs    runs per command; the median is reported (default 3)
  --no-nltk skip the NLTK baseline
  --no-ctk  time only the baselines
Environment:
  CTK               command that runs ctk (default: <repo>/ctk, the launcher, after one untimed run that
                    builds the jar and its start-up archive if needed)
  CTK_BENCH_CACHE   corpus cache (default: $HOME/.cache/ctk-bench)
  CTK_BENCH_TIMEOUT seconds before one run is killed (default 3600)
  CTK_BENCH_RESULTS results file (default: benchmarks/RESULTS.md)
EOF
}

SIZE=100mb
RUNS=3
DO_NLTK=1
DO_CTK=1
while (($#)); do
  case "$1" in
    --size) SIZE="${2:?--size needs a value}"; shift ;;
    --size=*) SIZE="${1#*=}" ;;
    --runs) RUNS="${2:?--runs needs a value}"; shift ;;
    --runs=*) RUNS="${1#*=}" ;;
    --no-nltk) DO_NLTK=0 ;;
    --no-ctk) DO_CTK=0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
case "$SIZE" in 100mb | 1gb) ;; *) echo "run.sh: --size must be 100mb or 1gb" >&2; exit 2 ;; esac
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs must be a positive integer" >&2; exit 2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
CACHE="${CTK_BENCH_CACHE:-$HOME/.cache/ctk-bench}"
TIMEOUT="${CTK_BENCH_TIMEOUT:-3600}"
RESULTS="${CTK_BENCH_RESULTS:-$HERE/RESULTS.md}"
FILE="$CACHE/en-$SIZE.txt"
REF="$CACHE/en-ref-10mb.txt"
PY=/usr/bin/python3
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ctk-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

log() { printf 'run.sh: %s\n' "$*" >&2; }

APT_UPDATED=0
apt_install() {
  if ((APT_UPDATED == 0)); then apt-get update -qq >&2 || true; APT_UPDATED=1; fi
  local sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@" >&2
}
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# ---- prerequisites ---------------------------------------------------------
[[ -x /usr/bin/time ]] || apt_install time
if [[ ! -s $FILE || ! -s $REF ]]; then
  log "corpus $FILE missing: building it"
  if [[ $SIZE == 100mb ]]; then "$HERE/build-corpus.sh" --no-1gb >&2; else "$HERE/build-corpus.sh" >&2; fi
fi
[[ -s $FILE ]] || { log "error: no corpus at $FILE"; exit 1; }
NLTK_NOTE="not run (--no-nltk)"
if ((DO_NLTK)); then
  if ! is_installed python3-nltk; then apt_install python3-nltk || log "python3-nltk could not be installed"; fi
  if "$PY" -c 'import nltk' 2>/dev/null; then
    NLTK_NOTE="python3-nltk $("$PY" -c 'import nltk; print(nltk.__version__)'), Python $("$PY" -c 'import platform; print(platform.python_version())')"
  else
    NLTK_NOTE="n/a (python3-nltk not installable)"; DO_NLTK=0
  fi
fi

# ---- how ctk is called ------------------------------------------------------
CTK_NOTE=""
CTK_MISSING=0
if ((DO_CTK)); then
  if [[ -z ${CTK:-} ]]; then
    # the launcher, as users run it (its JVM options and start-up archive); one untimed run first
    # builds the jar if needed and makes the archive, so that no timed run pays for either
    LAUNCHER="$REPO/ctk"
    if "$LAUNCHER" --version >/dev/null 2>&1 && "$LAUNCHER" frequency --top 1 >/dev/null 2>&1; then
      CTK="$(printf '%q' "$LAUNCHER")"
      CTK_OPTS="$(sed -n 's/^default_opts=(\(.*\))$/\1/p' "$LAUNCHER")"
      if [[ -n $(ls "$REPO"/toolkit-cli/target/ctk-java-*.jsa 2>/dev/null) ]]; then
        CTK_NOTE="CTK=$CTK (JVM options: $CTK_OPTS, plus -XX:TieredStopAtLevel=1 except for tagging runs over 20 MB and -XX:+UseTransparentHugePages where the kernel offers them; start-up archive $(cd "$REPO" && ls toolkit-cli/target/ctk-java-*.jsa | head -1))"
      else
        CTK_NOTE="CTK=$CTK (JVM options: $CTK_OPTS, plus -XX:TieredStopAtLevel=1 except for tagging runs over 20 MB; no start-up archive could be made)"
      fi
    else
      CTK_NOTE="the launcher $LAUNCHER could not build or run ctk: all ctk commands n/a"
      log "$CTK_NOTE"
      CTK=false
      CTK_MISSING=1
    fi
  fi
  CTK_NOTE="${CTK_NOTE:-CTK=$CTK}"
else
  CTK=false
  CTK_NOTE="not run (--no-ctk)"
fi

# ctk ARGS...: run ctk, honouring the quoting inside $CTK.
ctk() { bash -c "$CTK"' "$@"' ctk "$@"; }
export CTK

# ---- the benchmark table ------------------------------------------------------
# Each entry, fields separated by US (\x1f): id, label, kind (ctk/baseline),
# ctk subcommand or -, shell command line ("" = not available).
US=$'\x1f'
q() { printf '%q' "$1"; }
QF=$(q "$FILE")
QR=$(q "$REF")
BENCH=()
add() { BENCH+=("$1$US$2$US$3$US$4$US$5"); }
add wc "wc -w (LC_ALL=C)" baseline - "LC_ALL=C wc -w $QF >/dev/null"
add trsort "tr|sort|uniq -c|sort -rn (LC_ALL=C)" baseline - \
  "export LC_ALL=C; tr -cs '[:alpha:]' '\\n' <$QF | tr A-Z a-z | sort | uniq -c | sort -rn >/dev/null"
if ((DO_NLTK)); then
  add nltk "NLTK FreqDist, RegexpTokenizer(\\w+), lower-cased" baseline - "$PY $(q "$HERE/nltk_freqdist.py") $QF >/dev/null"
else
  add nltk "NLTK FreqDist" baseline - ""
fi
# shellcheck disable=SC2016  # $CTK and $@ expand in the timed shell
CTK_CALL='bash -c "$CTK"'"' \"\$@\"' ctk"
add freq "ctk frequency" ctk frequency "$CTK_CALL frequency $QF >/dev/null"
add freqnd "ctk frequency --dispersion none" ctk frequency "$CTK_CALL frequency --dispersion none $QF >/dev/null"
add freq2 "ctk frequency --ngram 2" ctk frequency "$CTK_CALL frequency --ngram 2 $QF >/dev/null"
add tokens "ctk tokens > /dev/null" ctk tokens "$CTK_CALL tokens $QF >/dev/null"
add colloc "ctk collocations the" ctk collocations "$CTK_CALL collocations the $QF >/dev/null"
add colloc2 "ctk collocations government" ctk collocations "$CTK_CALL collocations government $QF >/dev/null"
# issue 4: --all must fit in 2 GB of heap (JAVA_TOOL_OPTIONS reaches the JVM whatever CTK is)
add collall "ctk collocations --all --min-observed 5 (-Xmx2g)" ctk collocations \
  "JAVA_TOOL_OPTIONS=-Xmx2g $CTK_CALL collocations --all --min-observed 5 $QF >/dev/null"
add kwic "ctk kwic government" ctk kwic "$CTK_CALL kwic government $QF >/dev/null"
add kwic100 "ctk kwic government --limit 100" ctk kwic "$CTK_CALL kwic government --limit 100 $QF >/dev/null"
add keyness "ctk keyness --reference en-ref-10mb.txt" ctk keyness "$CTK_CALL keyness --reference $QR $QF >/dev/null"
# issue 3: report and keyness within twice the time of ctk frequency
add report "ctk report (html)" ctk report "$CTK_CALL report $QF >/dev/null"
add readab "ctk readability" ctk readability "$CTK_CALL readability $QF >/dev/null"
add register "ctk register" ctk register "$CTK_CALL register $QF >/dev/null"
add registerh "ctk register --pos-tags heuristic" ctk register "$CTK_CALL register --pos-tags heuristic $QF >/dev/null"

# ---- helpers ------------------------------------------------------------------
median() { LC_ALL=C sort -g | awk '{v[NR]=$1} END{if(NR==0){print "n/a"; exit} if(NR%2) print v[(NR+1)/2]; else printf "%.4f\n", (v[NR/2]+v[NR/2+1])/2}'; }

# parse_time FILE -> "wall cpu rss_kb exit"
parse_time() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n=split($NF, p, ":"); w=0; for(i=1;i<=n;i++) w=w*60+p[i] }
    /User time \(seconds\)/ { u=$NF }
    /System time \(seconds\)/ { s=$NF }
    /Maximum resident set size/ { r=$NF }
    /Exit status/ { e=$NF }
    END { printf "%.2f %.2f %d %d\n", w, u+s, r, e }' "$1"
}

fmt_s() { if [[ $1 == n/a ]]; then echo n/a; else printf '%.2f' "$1"; fi; }
fmt_mb() { if [[ $1 == n/a ]]; then echo n/a; else awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'; fi; }

declare -A WALL CPU RSS NOTE RAW
declare -A SUB_OK  # ctk subcommand -> 1 if its --help works, else 0
check_sub() {
  local sub="$1"
  if [[ -z ${SUB_OK[$sub]:-} ]]; then
    if ctk "$sub" --help >/dev/null 2>&1; then SUB_OK[$sub]=1; else SUB_OK[$sub]=0; fi
  fi
  [[ ${SUB_OK[$sub]} == 1 ]]
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "warming the page cache: $FILE"
cat "$FILE" "$REF" >/dev/null

for entry in "${BENCH[@]}"; do
  IFS=$US read -r id label kind sub cmd <<<"$entry"
  WALL[$id]=n/a; CPU[$id]=n/a; RSS[$id]=n/a; NOTE[$id]=""; RAW[$id]=""
  if [[ -z $cmd ]]; then NOTE[$id]="$NLTK_NOTE"; log "skip $label: ${NOTE[$id]}"; continue; fi
  if [[ $kind == ctk ]]; then
    if ((DO_CTK == 0)); then NOTE[$id]="not run (--no-ctk)"; continue; fi
    if ((CTK_MISSING)); then NOTE[$id]="n/a: ctk could not be built or run"; continue; fi
    if ! check_sub "$sub"; then
      NOTE[$id]="n/a: \`ctk $sub --help\` failed"; log "skip $label: ${NOTE[$id]}"; continue
    fi
  fi
  walls=() cpus=() rsss=() failed=""
  for ((r = 1; r <= RUNS; r++)); do
    tf="$WORK/$id.$r.time"
    rc=0
    /usr/bin/time -v -o "$tf" timeout "$TIMEOUT" bash -c "set -o pipefail; $cmd" 2>"$WORK/$id.$r.err" || rc=$?
    read -r w c m e < <(parse_time "$tf")
    if ((rc != 0)); then
      failed="run $r exited $rc$( ((rc == 124)) && echo " (timeout ${TIMEOUT}s)"): $(head -c 200 "$WORK/$id.$r.err" | tr '\n' ' ')"
      log "FAIL $label: $failed"
      break
    fi
    walls+=("$w"); cpus+=("$c"); rsss+=("$m")
    RAW[$id]+="${RAW[$id]:+; }${w}s/${c}s/$((m / 1024))MB"
    log "$label run $r/$RUNS: wall ${w}s cpu ${c}s rss $((m / 1024)) MB (exit $e)"
  done
  if [[ -n $failed ]]; then NOTE[$id]="failed: $failed"; continue; fi
  WALL[$id]=$(printf '%s\n' "${walls[@]}" | median)
  CPU[$id]=$(printf '%s\n' "${cpus[@]}" | median)
  RSS[$id]=$(printf '%s\n' "${rsss[@]}" | median)
done

# ---- report --------------------------------------------------------------------
ratio() {  # ratio A B -> A/B or n/a
  if [[ $1 == n/a || $2 == n/a ]]; then echo n/a; return; fi
  awk -v a="$1" -v b="$2" 'BEGIN{ if (b <= 0) print "n/a"; else printf "%.2f", a/b }'
}

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || echo unknown)
mem_total=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
java_ver=$( (java -version 2>&1 | head -n 1) 2>/dev/null || true)
java_ver=${java_ver:-n/a}
commit=$(git -C "$REPO" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
git -C "$REPO" diff --quiet HEAD 2>/dev/null || commit+=" (with uncommitted changes)"
branch=$(git -C "$REPO" rev-parse --abbrev-ref HEAD 2>/dev/null || echo unknown)
file_sha=$(grep -F "/en-$SIZE.txt" "$CACHE/SHA256SUMS" 2>/dev/null | cut -d' ' -f1 || true)
[[ -n $file_sha ]] || file_sha=$(sha256sum "$FILE" | cut -d' ' -f1)
ref_sha=$(sha256sum "$REF" | cut -d' ' -f1)
file_words=$(LC_ALL=C wc -w <"$FILE")
corpus_desc=$(sed -n 's/^\(en-100mb.txt\|en-1gb.txt\|en-ref-10mb.txt\): /\1: /p' "$CACHE/MANIFEST.txt" 2>/dev/null || true)

section="$WORK/section.md"
{
  echo "## Corpus $SIZE"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| machine | $(nproc) CPUs ($cpu_model), $mem_total RAM, $(uname -sr), Debian $(cat /etc/debian_version 2>/dev/null || echo '?') |"
  echo "| load average (1/5/15 min) | before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times) |"
  echo "| Java | $java_ver |"
  echo "| ctk | commit $commit on branch $branch; \`$(printf '%s' "$CTK_NOTE" | sed 's/|/\\|/g')\` |"
  echo "| corpus | \`$FILE\`: $(stat -c %s "$FILE") bytes, $file_words words (wc -w) |"
  echo "| corpus sha256 | \`$file_sha\` |"
  echo "| reference (keyness) | \`$REF\`, sha256 \`$ref_sha\` |"
  echo "| runs | $RUNS per command, median reported; page cache warm; stdout to /dev/null |"
  echo "| locale | baselines run with LC_ALL=C (session locale: ${LANG:-unset}) |"
  echo "| NLTK | $NLTK_NOTE |"
  echo
  if [[ -n $corpus_desc ]]; then
    printf '%s\n' "$corpus_desc" | sed 's/^/- /'
    echo
  fi
  echo "| command | wall s (median) | user+sys CPU s | peak RSS MB | wall / wc -w | wall / tr pipeline | wall / NLTK | runs (wall/cpu/rss) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  for entry in "${BENCH[@]}"; do
    IFS=$US read -r id label kind _ _ <<<"$entry"
    if [[ $kind == ctk ]]; then
      r1=$(ratio "${WALL[$id]}" "${WALL[wc]}"); r2=$(ratio "${WALL[$id]}" "${WALL[trsort]}"); r3=$(ratio "${WALL[$id]}" "${WALL[nltk]}")
    else
      r1=""; r2=""; r3=""
    fi
    extra="${RAW[$id]}"
    [[ -n ${NOTE[$id]} ]] && extra="${NOTE[$id]}"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(printf '%s' "$label" | sed 's/|/\\|/g')" \
      "$(fmt_s "${WALL[$id]}")" "$(fmt_s "${CPU[$id]}")" "$(fmt_mb "${RSS[$id]}")" "$r1" "$r2" "$r3" \
      "$(printf '%s' "$extra" | sed 's/|/\\|/g')"
  done
  echo
  echo "Peak RSS is the largest single process of the command (for the tr pipeline: its largest stage, not the sum)."
  echo "CPU is user+sys summed over all processes of the command."
  echo
} >"$section"

# Print the table to the terminal.
cat "$section"

# RESULTS.md keeps one section per corpus size: replace this size's section.
mkdir -p "$(dirname "$RESULTS")"
{
  echo "# ctk benchmark results"
  echo
  echo "Written by \`benchmarks/run.sh\` (see benchmarks/README.md). Whole-process timings with \`/usr/bin/time -v\`."
  echo "n/a: the command does not exist (\`ctk <sub> --help\` failed) or was not run; failed: it exited non-zero."
  echo
  # One section per size, in size order, each between markers; then the hand-written analysis
  # (<!-- begin analysis --> ... <!-- end analysis -->), kept as it is.
  for s in 100mb 1gb analysis; do
    if [[ $s == "$SIZE" ]]; then
      echo "<!-- begin $s -->"; cat "$section"; echo "<!-- end $s -->"; echo
    elif [[ -f $RESULTS ]]; then
      old=$(awk -v s="<!-- begin $s -->" -v e="<!-- end $s -->" '$0==s{f=1;next} $0==e{f=0} f' "$RESULTS")
      if [[ -n $old ]]; then echo "<!-- begin $s -->"; printf '%s\n' "$old"; echo "<!-- end $s -->"; echo; fi
    fi
  done
} >"$WORK/RESULTS.md"
mv "$WORK/RESULTS.md" "$RESULTS"
log "wrote $RESULTS"
