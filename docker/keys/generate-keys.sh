#!/bin/sh
# One-shot init container of docker-compose.yml: creates the JWT key pair once.
#   /keys/private/privateKey.pem  (mounted only into plan-service, which signs tokens)
#   /keys/public/publicKey.pem    (mounted into every service, which verify them)
# Never overwrites existing keys. Same commands as ./run.sh uses locally.
set -eu
mkdir -p /keys/private /keys/public
if [ ! -s /keys/private/privateKey.pem ]; then
  echo "generating a new RSA-2048 key pair"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out /keys/private/privateKey.pem
  rm -f /keys/public/publicKey.pem
else
  echo "key pair already present: kept"
fi
if [ ! -s /keys/public/publicKey.pem ]; then
  openssl pkey -in /keys/private/privateKey.pem -pubout -out /keys/public/publicKey.pem
fi
# The services run as uid 185 (docker/service.Dockerfile).
chown 185:0 /keys/private/privateKey.pem /keys/public/publicKey.pem
chmod 0400 /keys/private/privateKey.pem
chmod 0444 /keys/public/publicKey.pem
