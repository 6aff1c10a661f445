"""Drives an S3 endpoint with boto3 at its default settings; one scenario per run.

Usage: python3 boto3_client.py SCENARIO BUCKET. The endpoint and credentials come from the
environment (S3_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY). Prints "ok SCENARIO" and
exits 0 when every check held; any failed check raises and exits non-zero.
"""
import hashlib
import io
import os
import sys
import urllib.request

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config

MIB = 1024 * 1024


def client():
    config = Config(s3={"addressing_style": "path"})
    return boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"], config=config)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def put_get(s3, bucket):
    body = os.urandom(300_000)
    s3.put_object(Bucket=bucket, Key="boto/put.bin", Body=body, Metadata={"source": "boto3"})
    got = s3.get_object(Bucket=bucket, Key="boto/put.bin")
    assert sha256(got["Body"].read()) == sha256(body), "body differs"
    assert got["Metadata"] == {"source": "boto3"}, got["Metadata"]
    head = s3.head_object(Bucket=bucket, Key="boto/put.bin")
    assert head["ContentLength"] == len(body), head["ContentLength"]


def list_keys(s3, bucket):
    keys = [f"list/{i:03d}" for i in range(25)] + ["list/sub/x", "other"]
    for key in keys:
        s3.put_object(Bucket=bucket, Key=key, Body=key.encode())
    pages = s3.get_paginator("list_objects_v2").paginate(
        Bucket=bucket, Prefix="list/", Delimiter="/", PaginationConfig={"PageSize": 10})
    seen, prefixes = [], []
    for page in pages:
        seen += [o["Key"] for o in page.get("Contents", [])]
        prefixes += [p["Prefix"] for p in page.get("CommonPrefixes", [])]
    assert seen == sorted(k for k in keys if k.count("/") == 1), seen
    assert prefixes == ["list/sub/"], prefixes


def multipart(s3, bucket):
    body = os.urandom(12 * MIB + 123)
    config = TransferConfig(multipart_threshold=5 * MIB, multipart_chunksize=5 * MIB)
    s3.upload_fileobj(io.BytesIO(body), bucket, "boto/multi.bin", Config=config)
    head = s3.head_object(Bucket=bucket, Key="boto/multi.bin")
    assert head["ETag"].endswith('-3"'), head["ETag"]
    out = io.BytesIO()
    s3.download_fileobj(bucket, "boto/multi.bin", out)
    assert sha256(out.getvalue()) == sha256(body), "multipart body differs"


def presign(s3, bucket):
    body = os.urandom(50_000)
    # boto3 presigns with Signature Version 2 by default, which signs Content-Type: name the
    # type in the URL's parameters, or urllib's own form label would break the signature.
    put_url = s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": bucket, "Key": "boto/presigned", "ContentType": "application/octet-stream"},
        ExpiresIn=600)
    headers = {"Content-Type": "application/octet-stream"}
    request = urllib.request.Request(put_url, data=body, method="PUT", headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200, response.status
    get_url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": "boto/presigned"}, ExpiresIn=600)
    with urllib.request.urlopen(get_url, timeout=60) as response:
        assert sha256(response.read()) == sha256(body), "presigned body differs"


SCENARIOS = {"put-get": put_get, "list": list_keys, "multipart": multipart, "presign": presign}


def main():
    scenario, bucket = sys.argv[1], sys.argv[2]
    s3 = client()
    s3.create_bucket(Bucket=bucket)
    SCENARIOS[scenario](s3, bucket)
    print(f"ok {scenario}")


if __name__ == "__main__":
    main()
