// Drives an S3 endpoint with the AWS SDK for JavaScript v3 at its default settings (default
// request checksums included); one scenario per run.
// Usage: node s3-client.mjs SCENARIO BUCKET, with S3_ENDPOINT, AWS_ACCESS_KEY_ID and
// AWS_SECRET_ACCESS_KEY in the environment. Prints "ok SCENARIO" when every check held.
import { createHash, randomBytes } from "node:crypto";
import assert from "node:assert/strict";
import {
  S3Client, CreateBucketCommand, PutObjectCommand, GetObjectCommand, HeadObjectCommand,
  ListObjectsV2Command,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";

const MIB = 1024 * 1024;
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

const s3 = new S3Client({
  endpoint: process.env.S3_ENDPOINT,
  region: "us-east-1",
  forcePathStyle: true,
});

async function getBytes(bucket, key) {
  const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await got.Body.transformToByteArray());
}

async function putGet(bucket) {
  const body = randomBytes(200_000);
  await s3.send(new PutObjectCommand({
    Bucket: bucket, Key: "js/put.bin", Body: body, Metadata: { source: "js-sdk" },
  }));
  assert.equal(sha256(await getBytes(bucket, "js/put.bin")), sha256(body));
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: "js/put.bin" }));
  assert.equal(head.ContentLength, body.length);
  assert.deepEqual(head.Metadata, { source: "js-sdk" });
}

async function list(bucket) {
  const keys = ["j/1", "j/2", "j/3", "j/deep/4", "k"];
  for (const key of keys) {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: key }));
  }
  const seen = [];
  let token;
  do {
    const page = await s3.send(new ListObjectsV2Command({
      Bucket: bucket, Prefix: "j/", MaxKeys: 2, ContinuationToken: token,
    }));
    seen.push(...(page.Contents ?? []).map((o) => o.Key));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  assert.deepEqual(seen, ["j/1", "j/2", "j/3", "j/deep/4"]);
}

async function multipart(bucket) {
  const body = randomBytes(11 * MIB + 7);
  const upload = new Upload({
    client: s3, params: { Bucket: bucket, Key: "js/multi.bin", Body: body }, partSize: 5 * MIB,
  });
  await upload.done();
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: "js/multi.bin" }));
  assert.match(head.ETag, /-3"$/);
  assert.equal(sha256(await getBytes(bucket, "js/multi.bin")), sha256(body));
}

const scenarios = { "put-get": putGet, list, multipart };
const [scenario, bucket] = process.argv.slice(2);
await s3.send(new CreateBucketCommand({ Bucket: bucket }));
await scenarios[scenario](bucket);
console.log(`ok ${scenario}`);
