import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { signRequest } from "../../src/adapters/sigv4";

/** The hash the AWS SDK's signer takes, on node:crypto. */
type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytes = (data: SourceData) =>
  typeof data === "string" ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

class NodeSha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh() {
    return this.secret ? createHmac("sha256", bytes(this.secret)) : createHash("sha256");
  }
  update(data: SourceData) {
    this.hash.update(bytes(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
  reset() {
    this.hash = this.fresh();
  }
}

const at = new Date("2026-11-26T10:15:30.123Z");
const body = JSON.stringify({ TableName: "flow-configs", Key: { PK: { S: "CONFIG#BasicQueue" }, SK: { S: "CURRENT" } } });

/** The Authorization header the AWS SDK's own SigV4 signer gives the same request. */
async function sdkAuthorization(url: URL, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) {
  // Without the optional x-amz-content-sha256 header, which DynamoDB does not need.
  const signer = new SignatureV4({ service: "dynamodb", region: "eu-west-1", credentials, sha256: NodeSha256, applyChecksum: false });
  const signed = await signer.sign(
    {
      method: "POST",
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: "/",
      query: {},
      headers: {
        host: url.host,
        "content-type": "application/x-amz-json-1.0",
        "x-amz-target": "DynamoDB_20120810.GetItem",
      },
      body,
    },
    { signingDate: at },
  );
  return signed.headers.authorization;
}

describe("SigV4 signing of the contact-flow Lambdas' DynamoDB calls", () => {
  const cases = [
    { name: "the regional endpoint", url: "https://dynamodb.eu-west-1.amazonaws.com/", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } },
    {
      name: "a local endpoint with a port and a session token",
      url: "http://127.0.0.1:8000/",
      credentials: { accessKeyId: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE//token=" },
    },
  ];

  it.each(cases)("matches the AWS SDK's signer for $name", async ({ url, credentials }) => {
    const headers = signRequest(
      {
        method: "POST",
        url: new URL(url),
        headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.GetItem" },
        body,
      },
      credentials,
      { region: "eu-west-1", service: "dynamodb" },
      at,
    );
    expect(headers.authorization).toBe(await sdkAuthorization(new URL(url), credentials));
    expect(headers["x-amz-date"]).toBe("20261126T101530Z");
  });
});
