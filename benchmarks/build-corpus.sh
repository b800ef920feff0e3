#!/usr/bin/env bash
# Build the ctk benchmark corpora deterministically from free texts that
# Debian packages ship:
#
#   en-100mb.txt   100,000,000 bytes (cut back to a line end) of DISTINCT text
#   en-ref-10mb.txt 10,000,000 bytes (cut back to a line end) of distinct text
#                  taken from the pool right AFTER en-100mb.txt, so it shares
#                  no text with it (reference corpus for `ctk keyness`)
#   en-1gb.txt     en-100mb.txt concatenated 10 times (REPEATED text)
#
# Everything is cached outside the repository, in
#   ${CTK_BENCH_CACHE:-$HOME/.cache/ctk-bench}
# A second run reuses the cache; --force rebuilds the corpus files (the
# downloaded packages are kept), --clean removes the whole cache first.
#
# See benchmarks/README.md for the list of sources and their licences.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: benchmarks/build-corpus.sh [--force] [--clean] [--no-1gb]
  --force   rebuild the source texts and corpus files (keep downloaded .debs)
  --clean   delete the whole cache first (re-download everything)
  --no-1gb  build only en-100mb.txt and en-ref-10mb.txt
Environment:
  CTK_BENCH_CACHE   cache directory (default: $HOME/.cache/ctk-bench)
EOF
}

FORCE=0
CLEAN=0
BUILD_1GB=1
while (($#)); do
  case "$1" in
    --force) FORCE=1 ;;
    --clean) CLEAN=1 ;;
    --no-1gb) BUILD_1GB=0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "build-corpus: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

CACHE="${CTK_BENCH_CACHE:-$HOME/.cache/ctk-bench}"
DEBS="$CACHE/debs"      # downloaded .deb files, one folder per package
PKGS="$CACHE/pkgs"      # their unpacked contents (dpkg-deb -x)
SRC="$CACHE/sources"    # one normalised UTF-8 text file per source
SIZE_100MB=100000000
SIZE_REF=10000000
REPEAT_1GB=10

# Everything below must not depend on the caller's locale or terminal.
export LC_ALL=C.UTF-8
export COLUMNS=78
export TZ=UTC
PY=/usr/bin/python3   # Debian's python, not whatever python3 is first in PATH

log() { printf 'build-corpus: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Text packages: downloaded and unpacked into the cache, never installed
# (dict-* would pull in the dictd daemon; docs may be path-excluded by dpkg).
TEXT_PKGS=(
  debian-policy
  debian-reference-en
  dict-devil
  dict-foldoc
  dict-gcide
  fortunes
  fortunes-min
  gnu-standards
  jargon-text
  linux-doc-6.1
  manpages
  manpages-dev
  perl-doc
  python3.11-doc
  vim-runtime
  wordnet-base
)
# Tools the build needs on the system. bible-kjv is the only reader of the
# compressed KJV text (bible-kjv-text) and needs it installed.
TOOL_PKGS=(bible-kjv bible-kjv-text groff-base gzip perl python3 coreutils)

APT_UPDATED=0
apt_update_once() {
  if ((APT_UPDATED == 0)); then
    log "apt-get update"
    apt-get update -qq >&2
    APT_UPDATED=1
  fi
}

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

as_root() {
  if ((EUID == 0)); then "$@"; else sudo "$@"; fi
}

ensure_tools() {
  local missing=() p
  for p in "${TOOL_PKGS[@]}"; do
    is_installed "$p" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    apt_update_once
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
  [[ -x $PY ]] || die "$PY not found"
}

# fetch_pkg NAME: download NAME's .deb once and unpack it into $PKGS/NAME.
fetch_pkg() {
  local name="$1" dir="$DEBS/$1" deb
  mkdir -p "$dir"
  deb=$(find "$dir" -maxdepth 1 -name '*.deb' | LC_ALL=C sort | tail -n 1)
  if [[ -z $deb ]]; then
    if ! apt-cache show "$name" >/dev/null 2>&1; then apt_update_once; fi
    if ! apt-cache show "$name" >/dev/null 2>&1; then
      log "warning: package $name is not available: its text is left out"
      return 1
    fi
    log "downloading $name"
    (cd "$dir" && apt-get download -q -o APT::Sandbox::User=root "$name" >&2) ||
      { log "warning: could not download $name: its text is left out"; return 1; }
    deb=$(find "$dir" -maxdepth 1 -name '*.deb' | LC_ALL=C sort | tail -n 1)
  fi
  if [[ ! -f "$PKGS/$name/.unpacked" ]]; then
    rm -rf "${PKGS:?}/$name"
    mkdir -p "$PKGS/$name"
    dpkg-deb -x "$deb" "$PKGS/$name"
    touch "$PKGS/$name/.unpacked"
  fi
  printf '%s %s\n' "$name" "$(dpkg-deb -f "$deb" Version)" >>"$CACHE/packages.tmp"
}

# normalise: stdin (any mix of UTF-8 / Latin-1 lines, overstrike, ANSI SGR,
# CRLF) -> clean UTF-8 text on stdout, one trailing newline, no control
# characters except TAB and LF, no trailing blanks, runs of blank lines
# squeezed to one.
normalise() {
  "$PY" -c '
import re, sys
ansi = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
over = re.compile(r".\x08")
ctrl = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")
out = sys.stdout.buffer
blank = True
for raw in sys.stdin.buffer:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("cp1252", errors="replace")
    line = line.replace("\ufeff", "").rstrip("\r\n")
    line = over.sub("", ansi.sub("", line))
    line = ctrl.sub("", line.replace("\r", "")).rstrip()
    if not line:
        if blank:
            continue
        blank = True
    else:
        blank = False
    out.write(line.encode("utf-8") + b"\n")
'
}

# sorted_files DIR FIND-ARGS...: NUL-separated file list, byte-sorted.
sorted_files() {
  local dir="$1"; shift
  find "$dir" "$@" -print0 | LC_ALL=C sort -z
}

# zcat_all: cat/zcat each NUL-separated file name from stdin, in order.
zcat_all() { xargs -0 -r zcat -f --; }

# ---- one function per source; each writes raw text to stdout --------------
src_bible_kjv() {
  # King James Version (1611), public domain. -l78: fixed line width.
  bible -l78 'Gen1:1-Rev22:21' </dev/null
}
src_debian_policy() {
  local d="$PKGS/debian-policy/usr/share/doc/debian-policy"
  sorted_files "$d" -type f -name '*.txt.gz' | zcat_all
}
src_debian_reference() {
  zcat "$PKGS/debian-reference-en/usr/share/debian-reference/debian-reference.en.txt.gz"
}
src_dict_devil() { zcat "$PKGS/dict-devil/usr/share/dictd/devil.dict.dz"; }
src_dict_foldoc() { zcat "$PKGS/dict-foldoc/usr/share/dictd/foldoc.dict.dz"; }
src_dict_gcide() { zcat "$PKGS/dict-gcide/usr/share/dictd/gcide.dict.dz"; }
src_fortunes() {
  # Fortune cookie files (fortunes-min + fortunes); drop the "%" separators.
  {
    sorted_files "$PKGS/fortunes-min/usr/share/games/fortunes" -type f ! -name '*.dat'
    sorted_files "$PKGS/fortunes/usr/share/games/fortunes" -type f ! -name '*.dat'
  } | xargs -0 -r cat -- | grep -v '^%$' || true
}
src_gnu_standards() {
  local d="$PKGS/gnu-standards/usr/share/doc/gnu-standards"
  zcat "$d/maintain.text.gz" "$d/standards.text.gz"
}
src_jargon_file() { zcat "$PKGS/jargon-text/usr/share/doc/jargon-text/jargon.txt.gz"; }
src_linux_doc() {
  # Linux kernel Documentation/ (reStructuredText and plain text), without
  # the non-English translations/ tree and without YAML/DT schemas.
  local d
  d=$(find "$PKGS" -maxdepth 6 -type d -path '*/usr/share/doc/linux-doc-*/Documentation' | LC_ALL=C sort | head -n 1)
  [[ -n $d ]] || return 0
  sorted_files "$d" -path '*/translations' -prune -o -type f \
    \( -name '*.rst' -o -name '*.rst.gz' -o -name '*.txt' -o -name '*.txt.gz' \) |
    zcat_all
}
# render_man OUTDIR N FILE: render one gzipped man page to OUTDIR/N.txt
# (skipping ".so" alias pages). Exported for xargs -P.
render_man() {
  if zcat -- "$3" | head -n 3 | grep -q '^\.so '; then return 0; fi
  zcat -- "$3" | groff -t -Tutf8 -mandoc -rHY=0 -rLL=78n -P-cbou >"$1/$2.txt" 2>/dev/null || true
}
export -f render_man

src_man_pages() {
  # Linux man-pages (manpages, manpages-dev) and perl-doc's module pages,
  # rendered with groff to plain UTF-8 (no SGR, no overstrike), no
  # hyphenation, 78 columns. Rendered in parallel, concatenated in order.
  local out="$CACHE/tmp/man" i=0 f
  rm -rf "$out"; mkdir -p "$out"
  while IFS= read -r -d '' f; do
    i=$((i + 1))
    printf '%s\0%06d\0%s\0' "$out" "$i" "$f"
  done < <(
    sorted_files "$PKGS/manpages/usr/share/man" -type f -name '*.gz'
    sorted_files "$PKGS/manpages-dev/usr/share/man" -type f -name '*.gz'
    sorted_files "$PKGS/perl-doc/usr/share/man/man3" -type f -name '*.gz'
  ) | xargs -0 -r -n 3 -P "$(nproc)" bash -c 'render_man "$@"' _
  i=0
  for f in "$out"/*.txt; do
    [[ -e $f ]] || continue
    i=$((i + 1))
    cat -- "$f"
  done
  log "man-pages: rendered $i pages"
  rm -rf "$out"
}
src_perl_doc() {
  # perl's own manuals (perl*.pod) rendered with pod2text.
  local f
  while IFS= read -r -d '' f; do
    pod2text -w 78 "$f" 2>/dev/null || true
  done < <(sorted_files "$PKGS/perl-doc/usr/share/perl" -type f -name '*.pod')
}
src_python_doc() {
  # Python 3 documentation sources (reStructuredText).
  sorted_files "$PKGS/python3.11-doc" -type f -path '*/_sources/*' -name '*.txt' | zcat_all
}
src_vim_doc() { sorted_files "$PKGS/vim-runtime/usr/share/vim" -type f -path '*/doc/*.txt' | zcat_all; }
src_wordnet_glosses() {
  # WordNet 3.0 glosses: the text after "| " in data.{adj,adv,noun,verb}.
  local f
  for f in adj adv noun verb; do
    sed -n 's/^[0-9][^|]*| //p' "$PKGS/wordnet-base/usr/share/wordnet/data.$f"
  done
}
# Fixed, sorted order of the sources in the pool.
SOURCES=(bible-kjv debian-policy debian-reference dict-devil dict-foldoc dict-gcide
  fortunes gnu-standards jargon-file linux-doc man-pages perl-doc python-doc
  vim-doc wordnet-glosses)

# cut_at_line FILE OFFSET MAX: print at most MAX bytes of FILE from byte
# OFFSET, cut back to the last complete line.
cut_at_line() {
  "$PY" - "$@" <<'EOF'
import sys
path, off, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "rb") as f:
    f.seek(off)
    data = f.read(size)
if len(data) == size and not data.endswith(b"\n"):
    data = data[: data.rfind(b"\n") + 1]
sys.stdout.buffer.write(data)
EOF
}

human() { numfmt --to=si --suffix=B "$1"; }

main() {
  ((CLEAN)) && { log "removing $CACHE"; rm -rf "${CACHE:?}"; }
  mkdir -p "$CACHE" "$DEBS" "$PKGS" "$SRC" "$CACHE/tmp"

  if ((FORCE == 0)) && [[ -s $CACHE/en-100mb.txt && -s $CACHE/en-ref-10mb.txt && -s $CACHE/MANIFEST.txt ]] &&
    { ((BUILD_1GB == 0)) || [[ -s $CACHE/en-1gb.txt ]]; }; then
    log "corpus already built in $CACHE (use --force to rebuild)"
    cat "$CACHE/MANIFEST.txt"
    return 0
  fi
  ((FORCE)) && rm -f "$SRC"/*.txt

  ensure_tools
  rm -f "$CACHE/packages.tmp"
  local p
  for p in "${TEXT_PKGS[@]}"; do fetch_pkg "$p" || true; done
  printf '%s %s\n' bible-kjv-text "$(dpkg-query -W -f='${Version}' bible-kjv-text)" >>"$CACHE/packages.tmp"
  LC_ALL=C sort "$CACHE/packages.tmp" >"$CACHE/packages.txt"
  rm -f "$CACHE/packages.tmp"

  local s fn
  for s in "${SOURCES[@]}"; do
    if [[ ! -s $SRC/$s.txt ]]; then
      log "extracting $s"
      fn="src_${s//-/_}"
      "$fn" | normalise >"$SRC/$s.tmp"
      mv "$SRC/$s.tmp" "$SRC/$s.txt"
    fi
  done

  # The pool: all sources, concatenated in the fixed order above.
  local pool="$CACHE/pool.txt"
  for s in "${SOURCES[@]}"; do cat "$SRC/$s.txt"; done >"$pool.tmp"
  mv "$pool.tmp" "$pool"
  local pool_size repeated=0
  pool_size=$(stat -c %s "$pool")

  # en-100mb.txt: the first 100 MB of the pool; if the pool is smaller,
  # the pool repeated until it is large enough (said in the manifest).
  if ((pool_size < SIZE_100MB)); then
    repeated=1
    log "WARNING: only $(human "$pool_size") of distinct text: en-100mb.txt repeats it"
    local rep=$(((SIZE_100MB + pool_size - 1) / pool_size))
    for ((i = 0; i < rep; i++)); do cat "$pool"; done >"$CACHE/pool-rep.tmp"
    cut_at_line "$CACHE/pool-rep.tmp" 0 "$SIZE_100MB" >"$CACHE/en-100mb.tmp"
    rm -f "$CACHE/pool-rep.tmp"
  else
    cut_at_line "$pool" 0 "$SIZE_100MB" >"$CACHE/en-100mb.tmp"
  fi
  mv "$CACHE/en-100mb.tmp" "$CACHE/en-100mb.txt"
  local size100 ref_distinct=1
  size100=$(stat -c %s "$CACHE/en-100mb.txt")

  # en-ref-10mb.txt: distinct text after the 100 MB if there is enough,
  # otherwise the first 10 MB of the pool (then it overlaps en-100mb.txt).
  if ((repeated == 0 && pool_size - size100 >= SIZE_REF)); then
    cut_at_line "$pool" "$size100" "$SIZE_REF" >"$CACHE/en-ref-10mb.tmp"
  else
    ref_distinct=0
    log "WARNING: not enough text left for a disjoint reference: using the first 10 MB"
    cut_at_line "$pool" 0 "$SIZE_REF" >"$CACHE/en-ref-10mb.tmp"
  fi
  mv "$CACHE/en-ref-10mb.tmp" "$CACHE/en-ref-10mb.txt"

  if ((BUILD_1GB)); then
    log "writing en-1gb.txt (en-100mb.txt x $REPEAT_1GB)"
    for ((i = 0; i < REPEAT_1GB; i++)); do cat "$CACHE/en-100mb.txt"; done >"$CACHE/en-1gb.tmp"
    mv "$CACHE/en-1gb.tmp" "$CACHE/en-1gb.txt"
  fi

  # Manifest: what is in the corpus, sizes, sha256.
  {
    echo "# ctk benchmark corpus manifest"
    echo "cache: $CACHE"
    echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) on Debian $(cat /etc/debian_version 2>/dev/null || echo '?')"
    echo
    echo "## Debian packages (name version)"
    cat "$CACHE/packages.txt"
    echo
    echo "## Sources, in pool order (bytes words sha256 name)"
    local off=0 sz in100
    for s in "${SOURCES[@]}"; do
      sz=$(stat -c %s "$SRC/$s.txt")
      if ((repeated)); then in100="all (repeated)"
      elif ((off + sz <= size100)); then in100="all in en-100mb"
      elif ((off >= size100)); then in100="none in en-100mb (reference pool)"
      else in100="$(((size100 - off) * 100 / sz))% in en-100mb, rest in reference pool"
      fi
      printf '%11d %10d %s %-16s %s\n' "$sz" "$(wc -w <"$SRC/$s.txt")" \
        "$(sha256sum "$SRC/$s.txt" | cut -c1-16)" "$s" "$in100"
      off=$((off + sz))
    done
    echo
    echo "distinct text in pool: $pool_size bytes ($(human "$pool_size"))"
    if ((repeated)); then
      echo "en-100mb.txt: REPEATS the pool (not enough distinct text)"
    else
      echo "en-100mb.txt: first $size100 bytes of the pool, all distinct text (no repetition)"
    fi
    if ((ref_distinct)); then
      echo "en-ref-10mb.txt: the pool's next $(stat -c %s "$CACHE/en-ref-10mb.txt") bytes after en-100mb.txt (disjoint from it)"
    else
      echo "en-ref-10mb.txt: first 10 MB of the pool (OVERLAPS en-100mb.txt)"
    fi
    ((BUILD_1GB)) && echo "en-1gb.txt: en-100mb.txt repeated $REPEAT_1GB times (REPEATED text, 10% distinct)"
    echo
    echo "## Files (bytes words sha256)"
    local f
    for f in en-100mb.txt en-ref-10mb.txt en-1gb.txt; do
      [[ -f $CACHE/$f ]] || continue
      printf '%s %s %s  %s\n' "$(stat -c %s "$CACHE/$f")" "$(wc -w <"$CACHE/$f")" \
        "$(sha256sum "$CACHE/$f" | cut -d' ' -f1)" "$CACHE/$f"
    done
  } >"$CACHE/MANIFEST.tmp"
  mv "$CACHE/MANIFEST.tmp" "$CACHE/MANIFEST.txt"
  (cd "$CACHE" && sha256sum en-*.txt >SHA256SUMS)
  cat "$CACHE/MANIFEST.txt"
}

main "$@"
