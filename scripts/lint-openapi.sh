#!/usr/bin/env bash
# Lints the four generated OpenAPI documents (written at build time to */target/openapi/openapi.yaml by
# quarkus.smallrye-openapi.store-schema-directory) with @redocly/cli and the repository's redocly.yaml.
# Build first (./mvnw -DskipTests package, or any test run). Exits non-zero on any lint error.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
docs=()
for service in plan-service report-service award-service notification-service; do
  doc="$service/target/openapi/openapi.yaml"
  if [[ ! -f "$doc" ]]; then
    echo "lint-openapi: $doc is missing — build $service first (./mvnw -q -DskipTests package -pl $service -am)" >&2
    exit 2
  fi
  docs+=("$doc")
done
redocly="frontend/node_modules/.bin/redocly"
if [[ ! -x "$redocly" ]]; then
  echo "lint-openapi: @redocly/cli is not installed — run npm install in frontend/ (pinned in package.json)" >&2
  exit 2
fi
exec "$redocly" lint --config redocly.yaml "${docs[@]}"
