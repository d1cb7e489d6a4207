import { GROUPS } from "@flow-configs/model/flow-configs-groups";
import { z } from "zod";

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const ACCOUNT = /^\d{12}$/;
const CONNECT_INSTANCE_ARN = /^arn:aws(-[a-z]+)*:connect:([a-z0-9-]+):(\d{12}):instance\/[0-9a-f-]{36}$/;
const CONNECT_QUEUE_ARN = /^arn:aws(-[a-z]+)*:connect:([a-z0-9-]+):(\d{12}):instance\/[0-9a-f-]{36}\/queue\/[0-9a-f-]{36}$/;

const region = z.string().regex(REGION, "must be an AWS region such as us-east-1");
const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" });

/** The Amazon Connect instance (and its replica under Global Resiliency) in one region. */
const ConnectInstanceSchema = z.object({
  instanceArn: z.string().regex(CONNECT_INSTANCE_ARN, "must be an Amazon Connect instance ARN"),
  /** The instance alias: `<alias>.my.connect.aws` is the agent workspace's domain. */
  instanceAlias: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/, "must be a Connect instance alias (lower-case letters, digits, -)"),
  /** The queue the sample BasicQueue flow transfers to. */
  basicQueueArn: z.string().regex(CONNECT_QUEUE_ARN, "must be an Amazon Connect queue ARN"),
});

/** The VPC whose interface endpoint is the only way into the private REST API. */
const NetworkSchema = z.object({
  vpcId: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, "must be a VPC id such as vpc-0123456789abcdef0"),
  /** Where the endpoint's network interfaces go: private subnets, ideally one per availability zone. */
  subnets: z
    .array(
      z.object({
        subnetId: z.string().regex(/^subnet-[0-9a-f]{8,17}$/, "must be a subnet id such as subnet-0123456789abcdef0"),
        availabilityZone: z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d[a-z]$/, "must be an availability zone such as us-east-1a"),
      }),
    )
    .min(1, "must name at least one subnet"),
  /** Networks whose browsers call the API (the VPC, the corporate network over VPN or Direct Connect). */
  clientCidrs: z
    .array(z.cidrv4({ error: "must be an IPv4 CIDR such as 10.0.0.0/16" }))
    .min(1, "must name at least one CIDR"),
});

const CustomDomainSchema = z.object({
  domainName: z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, "must be a DNS name such as flow-configs.example.com"),
  /** An ACM certificate in us-east-1 (CloudFront's region) covering `domainName`. */
  certificateArn: z
    .string()
    .regex(/^arn:aws(-[a-z]+)*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/, "must be an ACM certificate ARN in us-east-1"),
});

/** One value per region: the primary (where the Global Table is created) and the secondary (its replica). */
const perRegion = <T extends z.ZodType>(schema: T) => z.object({ primary: schema, secondary: schema });

export const SIDES = ["primary", "secondary"] as const;
export type Side = (typeof SIDES)[number];

const SamlProviderSchema = z.object({
  type: z.literal("saml"),
  /** The provider's name in the user pool (what the shell passes to sign-in). */
  name: z.string().regex(/^[\w.-]{3,32}$/, "must be 3–32 letters, digits, _ . -"),
  metadataUrl: httpsUrl,
});

const OidcProviderSchema = z.object({
  type: z.literal("oidc"),
  name: z.string().regex(/^[\w.-]{3,32}$/, "must be 3–32 letters, digits, _ . -"),
  issuerUrl: httpsUrl,
  clientId: z.string().min(1, "must not be empty"),
  /** A Secrets Manager secret holding the client secret; resolved by CloudFormation at deploy, never in the template. */
  clientSecretName: z.string().min(1, "must not be empty"),
});

export const FlowConfigsConfigSchema = z
  .object({
    account: z.string().regex(ACCOUNT, "must be a 12-digit AWS account id"),
    /** Prefix of every physical name (table, Lambdas): the same in both regions so flows survive failover. */
    prefix: z
      .string()
      .regex(/^[a-z][a-z0-9-]{2,30}$/, "must be 3–31 lower-case letters, digits and -, starting with a letter")
      .default("flow-configs"),
    regions: perRegion(region),
    connect: perRegion(ConnectInstanceSchema),
    network: perRegion(NetworkSchema),
    /** Optional custom domain of each region's site (otherwise its CloudFront domain). */
    customDomain: z.object({ primary: CustomDomainSchema.optional(), secondary: CustomDomainSchema.optional() }).optional(),
    identityProvider: z.discriminatedUnion("type", [SamlProviderSchema, OidcProviderSchema]),
    /** Cognito Hosted UI domain prefix: `<prefix>.auth.<region>.amazoncognito.com` in each region. */
    cognitoDomainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, "must be lower-case letters, digits and -")
      .refine((value) => !/aws|amazon|cognito/.test(value), "must not contain aws, amazon or cognito"),
    groups: z
      .object({
        admin: z.string().min(1).default(GROUPS.admin),
        business: z.string().min(1).default(GROUPS.business),
        readOnly: z.string().min(1).default(GROUPS.readOnly),
        approver: z.string().min(1).default(GROUPS.approver),
      })
      .default({ admin: GROUPS.admin, business: GROUPS.business, readOnly: GROUPS.readOnly, approver: GROUPS.approver }),
    /** How long getConfig caches a config: the bound on how long a change takes to reach calls. */
    configCacheTtlSeconds: z.number().int().min(0).max(300).default(5),
    /**
     * The scope of a Business or ReadOnly user Connect knows but who has no `FlowConfigsScope` tag:
     * `none` (nothing, the default) or `*` (every config). A user Connect does not know always gets nothing.
     */
    scopeWithoutTag: z.enum(["none", "*"]).default("none"),
    /** Concurrency kept for the contact-flow Lambdas, so a burst elsewhere in the account cannot starve calls. */
    reservedConcurrency: z
      .object({
        getConfig: z.number().int().min(1).max(10_000).default(100),
        isBadActor: z.number().int().min(1).max(10_000).default(50),
      })
      .default({ getConfig: 100, isBadActor: 50 }),
  })
  .superRefine((config, ctx) => {
    if (config.regions.primary === config.regions.secondary) {
      ctx.addIssue({ code: "custom", path: ["regions", "secondary"], message: "must differ from regions.primary" });
    }
    for (const side of SIDES) {
      const connect = config.connect[side];
      const instance = CONNECT_INSTANCE_ARN.exec(connect.instanceArn);
      if (instance && instance[2] !== config.regions[side]) {
        ctx.addIssue({ code: "custom", path: ["connect", side, "instanceArn"], message: `must be in regions.${side} (${config.regions[side]})` });
      }
      if (instance && instance[3] !== config.account) {
        ctx.addIssue({ code: "custom", path: ["connect", side, "instanceArn"], message: `must be in account ${config.account}` });
      }
      for (const [index, subnet] of config.network[side].subnets.entries()) {
        if (!subnet.availabilityZone.startsWith(config.regions[side])) {
          ctx.addIssue({ code: "custom", path: ["network", side, "subnets", index, "availabilityZone"], message: `must be in regions.${side} (${config.regions[side]})` });
        }
      }
      if (instance && CONNECT_QUEUE_ARN.test(connect.basicQueueArn) && !connect.basicQueueArn.startsWith(`${connect.instanceArn}/`)) {
        ctx.addIssue({ code: "custom", path: ["connect", side, "basicQueueArn"], message: "must be a queue of the same instance" });
      }
    }
  });

export type FlowConfigsConfig = z.infer<typeof FlowConfigsConfigSchema>;
export type ConnectInstance = z.infer<typeof ConnectInstanceSchema>;
export type Network = z.infer<typeof NetworkSchema>;
export type CustomDomain = z.infer<typeof CustomDomainSchema>;
export type IdentityProviderSettings = FlowConfigsConfig["identityProvider"];
export type GroupNames = FlowConfigsConfig["groups"];

/** The instance id (the ARN's last part), which Connect's APIs take as `InstanceId`. */
export function connectInstanceId(instanceArn: string): string {
  return instanceArn.slice(instanceArn.lastIndexOf("/") + 1);
}
