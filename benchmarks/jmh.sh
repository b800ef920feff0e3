#!/usr/bin/env bash
# Build and run the JMH micro-benchmarks (benchmarks/jmh), which the default build leaves out.
#
#   benchmarks/jmh.sh                       # every benchmark, default iterations (~10 min)
#   benchmarks/jmh.sh TokenizerBenchmark    # a JMH regular expression selects benchmarks
#   benchmarks/jmh.sh -wi 1 -i 3 Window     # any JMH option (java -jar ctk-benchmarks.jar -h)
#
# The texts are the first 10 MB of the benchmark corpus (~/.cache/ctk-bench/en-100mb.txt, built by
# benchmarks/build-corpus.sh); JVM properties: -Dctk.bench.text=FILE, -Dctk.bench.mb=N through
# JMH's -jvmArgsAppend. Besides JMH's wall-clock ms/op, every benchmark reports mbPerCpuSecond: MB of
# input per second of the benchmark thread's CPU time, the figure to trust on a loaded machine.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
JAR="$HERE/jmh/target/ctk-benchmarks.jar"
if [[ ${CTK_JMH_SKIP_BUILD:-0} != 1 || ! -f $JAR ]]; then
  (cd "$REPO" && ./mvnw -q -B -Pbenchmarks -pl benchmarks/jmh -am -DskipTests package >&2)
fi
echo "jmh.sh: load average $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)" >&2
exec java -jar "$JAR" "$@"
