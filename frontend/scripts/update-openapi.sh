#!/usr/bin/env bash
# Refreshes frontend/openapi/<service>.json from the services' Quarkus build and regenerates the
# SPA's API types (frontend/src/api/generated/). Works from any directory:
#   frontend/scripts/update-openapi.sh            (offline Maven: add MVN_ONLINE=1 to download)
# The build is `package -DskipTests` through the reactor (never install), with
# quarkus.smallrye-openapi.store-schema-directory writing each service's openapi.json to target/.
set -euo pipefail
FRONTEND="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$FRONTEND/.." && pwd)"
SERVICES=(plan report award notification)
modules="$(printf '%s-service,' "${SERVICES[@]}")"
offline="-o"; [ "${MVN_ONLINE:-0}" = 1 ] && offline=""
cd "$ROOT"
./mvnw -B -q $offline -pl "${modules%,}" -am package -DskipTests \
  -Dquarkus.smallrye-openapi.store-schema-directory=target/openapi
for svc in "${SERVICES[@]}"; do
  cp "$ROOT/$svc-service/target/openapi/openapi.json" "$FRONTEND/openapi/$svc.json"
done
cd "$FRONTEND"
node scripts/gen-api.mjs
