#!/bin/sh
# The bucket sidecar of the deployment Kura replaces: wait until the storage answers, create the
# app's bucket only when it is not listed yet, list buckets. Only the endpoint comes from outside
# (S3_ENDPOINT); the original then slept forever to keep its container alive, which a test cannot.
set -e
ENDPOINT="${S3_ENDPOINT:-http://localhost:9000}"
BUCKET="${BUCKET:-app}"

tries=0
until aws s3 ls --endpoint-url "$ENDPOINT" >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ]; then
    echo "storage at $ENDPOINT did not answer within two minutes" >&2
    exit 1
  fi
  sleep 2
done

if ! aws s3 ls --endpoint-url "$ENDPOINT" | grep -q " $BUCKET\$"; then
  aws s3 mb "s3://$BUCKET" --endpoint-url "$ENDPOINT"
fi

aws s3 ls --endpoint-url "$ENDPOINT"
