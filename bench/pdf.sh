#!/usr/bin/env bash
# Times the October PDF inside one JVM: the first render (cold: class loading, font parsing, JIT)
# and later ones (warm), with the launcher's JVM settings. Usage: bench/pdf.sh [RENDERS]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx384m \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dk.flis.driftsstatus.render.pdf.PdfRenderBenchmark "${1:-20}"
