#!/usr/bin/env bash
# Builds the benchmarks jar and runs JMH, writing the results as JSON under benchmarks/results/.
#
#   benchmarks/run.sh                                  # every benchmark, JMH's default settings
#   benchmarks/run.sh Numbering -f 1 -wi 2 -i 3 -w 2s -r 2s
#
# Then prints the README's table of ratios (our time / baseline time) from every result file.
#
# Arguments go to JMH unchanged (a regex selects benchmarks; -h lists the options). RESULT_NAME chooses the file
# name (default: the date and time), for example RESULT_NAME=numbering benchmarks/run.sh Numbering.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mvn -B -q -DskipTests package -pl benchmarks -am

name="${RESULT_NAME:-$(date +%Y%m%d-%H%M%S)}"
mkdir -p benchmarks/results
java -jar benchmarks/target/benchmarks.jar -rf json -rff "benchmarks/results/${name}.json" "$@"
echo "Results: benchmarks/results/${name}.json"
# The README table from every result file, newest last so that it wins
java -cp benchmarks/target/benchmarks.jar org.echeance.benchmarks.report.ResultsTable $(ls -tr benchmarks/results/*.json)
