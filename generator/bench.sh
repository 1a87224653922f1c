#!/usr/bin/env bash
# Benchmark: generates synthetic playbooks and times check and build in-process.
#   ./bench.sh [--pages 1000,10000] [--runs 3] [--content ../content] [--work target/bench] [--seed 42] [--staged 1]
# Extra JVM options: BENCH_JAVA_OPTS (default -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")"

# Offline first (the usual case once dependencies are cached), online if something is missing.
mvn -q -B -o -DskipTests package || mvn -q -B -DskipTests package
mvn -q -B -o test-compile || mvn -q -B test-compile

exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp target/playbook.jar:target/test-classes dev.playbook.bench.Benchmark "$@"
