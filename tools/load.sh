#!/usr/bin/env bash
# Load generator for the web chat (org.helpline.load.LoadGenerator, under src/test/java): compiles the
# classes, writes the test classpath to target/load.classpath and runs the generator on a JDK >= 21.
#
#   tools/load.sh --clients 1,16,64 --seconds 20              # starts the app in this JVM, embedded store
#   tools/load.sh --url http://localhost:8080 --clients 16     # a running app (raise its rate limits)
#   tools/load.sh --mongodb-uri 'mongodb://h1,h2,h3/helpline?replicaSet=rs0'
#
# Not `exec:java`: that runs in Maven's own JVM, which may be JDK 17, while the classes are Java 21
# bytecode. JAVA_OPTS is passed to the JVM; LOAD_JAVA picks the java binary explicitly.
set -euo pipefail
cd "$(dirname "$0")/.."

# The feature version of a JDK home (from its `release` file), or nothing.
jdk_version() {
  local home=$1
  [ -x "$home/bin/java" ] && [ -f "$home/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release"
}

find_java() {
  if [ -n "${LOAD_JAVA:-}" ]; then
    echo "$LOAD_JAVA"
    return
  fi
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
  for home in /usr/lib/jvm/*; do candidates+=("$home"); done
  for home in "${candidates[@]}"; do
    local version
    version=$(jdk_version "$home")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      echo "$home/bin/java"
      return
    fi
  done
  echo "No JDK >= 21 found: set JAVA_HOME or LOAD_JAVA" >&2
  exit 1
}

JAVA=$(find_java)
./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/load.classpath -Dmdep.includeScope=test
# shellcheck disable=SC2086
exec "$JAVA" ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/load.classpath)" \
  org.helpline.load.LoadGenerator "$@"
