import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import { Certificate } from "aws-cdk-lib/aws-certificatemanager";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import type { CfnBucket} from "aws-cdk-lib/aws-s3";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { contentSecurityPolicy, type ContentSecurityPolicySources } from "@flow-configs/model/content-security-policy";
import type { RuntimeConfig } from "@flow-configs/model/runtime";
import type { CustomDomain } from "../config/flow-configs-config";

/** The Connect agent workspace's domains for an instance alias: the only pages allowed to frame the site. */
export function connectDomains(instanceAlias: string): string[] {
  return [`https://${instanceAlias}.my.connect.aws`, `https://${instanceAlias}.awsapps.com`];
}

export interface SiteProps {
  prefix: string;
  customDomain?: CustomDomain;
  /** What the shell's page may load, call and be framed by (frame-ancestors: the Connect workspace only). */
  contentSecurityPolicy: ContentSecurityPolicySources;
}

/** A front-end build published under a path of the site. */
export interface SiteContent {
  /** Built files (e.g. `shell/dist`). */
  dir: string;
  /** Key prefix in the bucket: "" for the shell, `modules/<name>/` for a remote. */
  prefix: string;
}

// Paths without a file extension are the shell's client-side routes: serve its index.html.
const SPA_ROUTES = `function handler(event) {
  var request = event.request;
  if (request.uri.indexOf(".") === -1) request.uri = "/index.html";
  return request;
}`;

/**
 * Where the shell and its remotes are served from: a private S3 bucket behind CloudFront (origin access
 * control), with a CSP that admits only the site, its API and sign-in, and lets only this instance's Connect
 * agent workspace frame it.
 */
export class Site extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<domain>`, without a trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    const logs = new Bucket(this, "Logs", {
      // CloudFront standard logs are delivered with ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: "s3/",
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = new ResponseHeadersPolicy(this, "Headers", {
      comment: "Flow Configs: the shell's CSP; only the Connect agent workspace may frame the site",
      securityHeadersBehavior: {
        // frame-ancestors, not X-Frame-Options: the workspace is another origin and must frame the app.
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.contentSecurityPolicy), override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    // config.json and remoteEntry.js are not content-hashed: never cache them.
    const uncached: BehaviorOptions = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      responseHeadersPolicy: headers,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
    };

    this.distribution = new Distribution(this, "Distribution", {
      comment: `${props.prefix}: shell and admin modules`,
      defaultRootObject: "index.html",
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: "cloudfront/",
      ...(props.customDomain
        ? {
            domainNames: [props.customDomain.domainName],
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            certificate: Certificate.fromCertificateArn(this, "Certificate", props.customDomain.certificateArn),
          }
        : {}),
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, "SpaRoutes", {
              code: FunctionCode.fromInline(SPA_ROUTES),
              runtime: FunctionRuntime.JS_2_0,
            }),
          },
        ],
      },
      additionalBehaviors: { "/config.json": uncached, "/index.html": uncached, "*/remoteEntry.js": uncached },
    });
    Validations.of(this.distribution).acknowledge(
      { id: "AwsSolutions-CFR1", reason: "Agents work wherever the contact center does; the Connect workspace, not geography, gates use" },
      {
        id: "AwsSolutions-CFR2",
        reason: "Static files only; the data sits behind a private API. Attach the organisation's WAF web ACL if it has one",
      },
    );
    if (!props.customDomain) {
      Validations.of(this.distribution).acknowledge({
        id: "AwsSolutions-CFR4",
        reason: "Without a custom domain CloudFront's default certificate fixes the TLS policy (modern browsers negotiate TLS 1.2 or 1.3); set customDomain to pin TLSv1.2_2021",
      });
    }
    this.url = `https://${props.customDomain?.domainName ?? this.distribution.distributionDomainName}`;
  }

  /** Uploads the front-end builds and this region's `/config.json`, then invalidates the cache. */
  publish(contents: SiteContent[], runtimeConfig: RuntimeConfig): void {
    const uploads = contents.map(
      (content, index) =>
        new BucketDeployment(this, `Content${index}`, {
          destinationBucket: this.bucket,
          destinationKeyPrefix: content.prefix,
          sources: [Source.asset(content.dir)],
          // The shell's deployment must not delete the remotes' files or config.json.
          prune: false,
          memoryLimit: 512,
        }),
    );
    const runtimeConfigUpload = new BucketDeployment(this, "RuntimeConfig", {
      destinationBucket: this.bucket,
      sources: [Source.jsonData("config.json", runtimeConfig)],
      prune: false,
      distribution: this.distribution,
      distributionPaths: ["/*"],
    });
    Validations.of(Stack.of(this)).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/*]`,
      reason: "CDK's BucketDeployment handler writes the site's files: every object of the site bucket, nothing else",
    });
    // Invalidate once everything is uploaded.
    for (const upload of uploads) runtimeConfigUpload.node.addDependency(upload);
  }
}
