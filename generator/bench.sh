#!/usr/bin/env bash
# Benchmarks (not tests).
#   ./bench.sh [--pages 1000,10000] [--runs 3] [--warmup 1] [--content ../content] [--work target/bench] [--seed 42] [--staged 1]
#       generates synthetic playbooks; times check, build, and build without the search index, in-process
#   ./bench.sh cold [--pages 0,1000] [--runs 7]
#       builds the sample (0) and synthetic playbooks with and without the search index, a fresh JVM per
#       build (java -jar target/playbook.jar build), as a user runs it
#   ./bench.sh versus --before OTHER.jar [--warm] [--pages 0,1000] [--runs 5]
#       this build against another playbook.jar (e.g. of an earlier commit) on the same playbooks, a fresh JVM
#       for each per run, taking turns: check and build times and the median of the runs' ratios
#   ./bench.sh search [--pages 10000] [--content ../content] [--work target/bench-search]
#       builds the sample and a synthetic playbook, serves each on loopback (gzip) and measures search in
#       headless Chromium (needs chromium and chromium-driver): first-query transfer, time to results
#   ./bench.sh pdf [--pages 0,1000] [--runs 3]
#       the take-away packs (issue 17): builds plain, with PDFs and with the offline pack in one JVM, taking turns;
#       the PDFs' cost per printed page and the sizes of the PDFs and of the pack
#   ./bench.sh vs-hugo [SIZES] [RUNS]      e.g.  ./bench.sh vs-hugo "sample 1000 10000" 5
#       bin/playbook build against hugo on the same generated Markdown (../shared/bench/compare-hugo.sh, which needs
#       hugo and GNU time), each build a fresh process, ratios pair by pair; then bin/playbook check of the sample
#   ./bench.sh diff [--pages 0,1000] [--runs 7]
#       the diff stage between two versions whose every file changed: fields, pull-through results, guide diffs
#   ./bench.sh live [--pages 1000,10000] [--edits 20] [--pause 100]
#       the live preview (playbook serve) on synthetic playbooks: from a saved guide or roles file to the reload
#       event, median over the edits (--pause: milliseconds from a reload to the next save), and the heap in use;
#       with the JVM's defaults, as bin/playbook runs serve, unless BENCH_JAVA_OPTS says otherwise
# Extra JVM options: BENCH_JAVA_OPTS (default -Xmx1g; none for live).
set -euo pipefail
cd "$(dirname "$0")"

# Offline first (the usual case once dependencies are cached), online if something is missing.
mvn -q -B -o -DskipTests package || mvn -q -B -DskipTests package
mvn -q -B -o test-compile || mvn -q -B test-compile

if [ "${1:-}" = cold ]; then
  shift
  exec java -cp target/playbook.jar:target/test-classes dev.playbook.bench.ColdBuildBenchmark "$@"
fi
if [ "${1:-}" = vs-hugo ]; then
  shift
  command -v python3 >/dev/null || { echo "vs-hugo needs python3 (for the medians)"; exit 2; }
  playbook="$PWD/target/playbook/bin/playbook"
  (cd .. && PLAYBOOK="$playbook" ../shared/bench/compare-hugo.sh "${1:-sample 1000 10000}" "${2:-5}")
  times=$(mktemp)
  for _ in $(seq "${2:-5}"); do
    /usr/bin/time -a -o "$times" -f "%e %M" "$playbook" check --content ../content --today 2026-11-30 >/dev/null
  done
  python3 - "$times" <<'PY'
import sys, statistics as st
runs = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l[:1].isdigit()]
print("check   playbook %6.2f s %6.0f MiB (median of %d, the sample)" % (st.median(r[0] for r in runs), st.median(r[1] for r in runs) / 1024, len(runs)))
PY
  rm -f "$times"
  exit 0
fi
if [ "${1:-}" = live ]; then
  shift
  exec java ${BENCH_JAVA_OPTS:-} -cp target/playbook.jar:target/test-classes dev.playbook.bench.LiveBenchmark "$@"
fi
if [ "${1:-}" = pdf ]; then
  shift
  exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp target/playbook.jar:target/test-classes dev.playbook.bench.PdfBenchmark "$@"
fi
if [ "${1:-}" = diff ]; then
  shift
  exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp target/playbook.jar:target/test-classes dev.playbook.bench.DiffBenchmark "$@"
fi
if [ "${1:-}" = versus ]; then
  shift
  exec java -cp target/playbook.jar:target/test-classes dev.playbook.bench.VersusBenchmark "$@"
fi
if [ "${1:-}" = search ]; then
  shift
  mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt \
    || mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
  exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    dev.playbook.bench.SearchBenchmark "$@"
fi
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp target/playbook.jar:target/test-classes dev.playbook.bench.Benchmark "$@"
