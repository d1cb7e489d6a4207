import { RuntimeConfigSchema } from "@flow-configs/model/runtime";
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@flow-configs/model/content-security-policy";
import { connectDomains, Site } from "../../lib/constructs/site";
import { assetFile, onlyResource, SIDES, templateJsonOf, templateOf } from "../support/cloud-assembly";

const ALIASES = { primary: "example-contact-center", secondary: "example-contact-center-west" };

describe.each(SIDES)("Site (%s region)", (side) => {
  const template = templateOf(side);
  const json = templateJsonOf(side);

  const region = side === "primary" ? "us-east-1" : "us-west-2";
  const csp = (): Map<string, string> => {
    const policy = onlyResource(json, "AWS::CloudFront::ResponseHeadersPolicy").properties as {
      ResponseHeadersPolicyConfig: { SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string; Override: boolean } } };
    };
    const header = policy.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy;
    expect(header.Override).toBe(true);
    return new Map(header.ContentSecurityPolicy.split("; ").map((directive) => [directive.split(" ")[0]!, directive.slice(directive.indexOf(" ") + 1)]));
  };

  it("lets only this instance's Connect agent workspace frame the site", () => {
    const alias = ALIASES[side];
    expect(csp().get("frame-ancestors")).toBe(`https://${alias}.my.connect.aws https://${alias}.awsapps.com`);
  });

  it("sends the full CSP, built by the same contentSecurityPolicy the e2e test runs the shell under", () => {
    const policy = csp();
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": "'self'",
      "script-src": "'self'",
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data:",
      "font-src": "'self' data:",
      "connect-src": `'self' https://*.execute-api.${region}.amazonaws.com https://example-flow-configs.auth.${region}.amazoncognito.com https://cognito-idp.${region}.amazonaws.com`,
      "object-src": "'none'",
      "base-uri": "'none'",
      "form-action": `'self' https://example-flow-configs.auth.${region}.amazoncognito.com https://cognito-idp.${region}.amazonaws.com`,
      "frame-ancestors": connectDomains(ALIASES[side]).join(" "),
    });
    expect([...policy].map(([name, value]) => `${name} ${value}`).join("; ")).toBe(
      contentSecurityPolicy({
        remotes: [],
        apis: [`https://*.execute-api.${region}.amazonaws.com`],
        auth: [`https://example-flow-configs.auth.${region}.amazoncognito.com`, `https://cognito-idp.${region}.amazonaws.com`],
        frameAncestors: connectDomains(ALIASES[side]),
      }),
    );
  });

  it("sends no X-Frame-Options header (it would stop the workspace framing the app)", () => {
    const policy = Object.values(json.Resources).find((resource) => resource.Type === "AWS::CloudFront::ResponseHeadersPolicy");
    expect(JSON.stringify(policy)).not.toContain("FrameOptions");
  });

  it("keeps the bucket private and reads it through origin access control", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: Match.anyValue(),
    });
    template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
    template.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: "index.html",
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue(), S3OriginConfig: { OriginAccessIdentity: "" } })],
      }),
    });
  });

  it("never caches config.json or the remotes' entry files", () => {
    template.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([
          Match.objectLike({ PathPattern: "/config.json", CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad" }),
          Match.objectLike({ PathPattern: "*/remoteEntry.js", CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad" }),
        ]),
      }),
    });
  });

  it("writes this region's /config.json, valid against the shell's RuntimeConfigSchema", () => {
    const upload = Object.entries(json.Resources).find(
      ([id, resource]) => resource.Type === "Custom::CDKBucketDeployment" && id.startsWith("SiteRuntimeConfig"),
    )?.[1];
    const properties = upload?.Properties as { SourceObjectKeys: string[]; SourceMarkers: Array<Record<string, unknown>> };
    const text = assetFile(properties.SourceObjectKeys[0]!, "config.json");
    // Deploy-time values (API id, pool id, CloudFront domain) are markers the deployment fills in.
    const markers = Object.keys(properties.SourceMarkers[0]!);
    const filled = markers.reduce((content, marker, index) => content.replaceAll(marker, `value${index}`), text);
    const runtimeConfig = RuntimeConfigSchema.parse(JSON.parse(filled));

    const region = side === "primary" ? "us-east-1" : "us-west-2";
    expect(runtimeConfig.auth).toMatchObject({ kind: "cognito", region, domain: `example-flow-configs.auth.${region}.amazoncognito.com` });
    expect(runtimeConfig.modules).toEqual([
      expect.objectContaining({ id: "flowConfigs", route: "/flow-configs", exposedModule: "./App", remoteEntry: expect.stringMatching(/\/modules\/flow-configs\/remoteEntry\.js$/) }),
      expect.objectContaining({ id: "callerLists", route: "/caller-lists", exposedModule: "./Module", remoteEntry: expect.stringMatching(/\/modules\/caller-lists\/remoteEntry\.js$/) }),
    ]);
    expect(runtimeConfig.modules[0]?.apiUrl).toMatch(new RegExp(`^https://value\\d+\\.execute-api\\.${region}\\.`));
  });
});

describe("Site with a custom domain", () => {
  it("serves the domain with its us-east-1 certificate and TLS 1.2 at least", () => {
    const stack = new Stack(new App(), "SiteOnly", { env: { account: "111122223333", region: "eu-west-1" } });
    const certificateArn = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012";
    const site = new Site(stack, "Site", {
      prefix: "flow-configs",
      contentSecurityPolicy: { remotes: [], apis: [], auth: [], frameAncestors: connectDomains("example-contact-center") },
      customDomain: { domainName: "flow-configs.example.com", certificateArn },
    });

    expect(site.url).toBe("https://flow-configs.example.com");
    Template.fromStack(stack).hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        Aliases: ["flow-configs.example.com"],
        ViewerCertificate: { AcmCertificateArn: certificateArn, MinimumProtocolVersion: "TLSv1.2_2021", SslSupportMethod: "sni-only" },
      }),
    });
  });
});
