import { RuntimeConfigSchema } from "@flow-configs/model/runtime";
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { Site } from "../../lib/constructs/site";
import { assetFile, SIDES, templateJsonOf, templateOf } from "../support/cloud-assembly";

const ALIASES = { primary: "example-contact-center", secondary: "example-contact-center-west" };

describe.each(SIDES)("Site (%s region)", (side) => {
  const template = templateOf(side);
  const json = templateJsonOf(side);

  it("lets only this instance's Connect agent workspace frame the site", () => {
    const alias = ALIASES[side];
    template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: {
            ContentSecurityPolicy: `frame-ancestors https://${alias}.my.connect.aws https://${alias}.awsapps.com`,
            Override: true,
          },
        }),
      },
    });
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
    expect(runtimeConfig.apiUrl).toMatch(new RegExp(`^https://value\\d+\\.execute-api\\.${region}\\.`));
    expect(runtimeConfig.modules).toEqual([
      expect.objectContaining({ id: "flowConfigs", route: "/flow-configs", exposedModule: "./App", remoteEntry: expect.stringMatching(/\/modules\/flow-configs\/remoteEntry\.js$/) }),
      expect.objectContaining({ id: "callerLists", route: "/caller-lists", exposedModule: "./Module", remoteEntry: expect.stringMatching(/\/modules\/caller-lists\/remoteEntry\.js$/) }),
    ]);
  });
});

describe("Site with a custom domain", () => {
  it("serves the domain with its us-east-1 certificate and TLS 1.2 at least", () => {
    const stack = new Stack(new App(), "SiteOnly", { env: { account: "111122223333", region: "eu-west-1" } });
    const certificateArn = "arn:aws:acm:us-east-1:111122223333:certificate/12345678-1234-1234-1234-123456789012";
    const site = new Site(stack, "Site", {
      prefix: "flow-configs",
      instanceAlias: "example-contact-center",
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
