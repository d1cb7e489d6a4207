import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import { RuntimeConfigSchema, type RuntimeConfig } from "@flow-configs/model/runtime";
import { WORKSPACE_APP } from "@flow-configs/model/workspace-app";
import type { Construct } from "constructs";
import type { FlowConfigsConfig, Side } from "../config/flow-configs-config";
import { Api } from "../constructs/api";
import { Auth } from "../constructs/auth";
import { Authorization } from "../constructs/authorization";
import { CallerLists } from "../constructs/caller-lists";
import { ConnectIntegration } from "../constructs/connect";
import { Data } from "../constructs/data";
import { connectDomains, Site, type SiteContent } from "../constructs/site";
import { callerListsModuleEntry } from "@flow-configs/caller-lists-service/module-entry";

export interface FlowConfigsStackProps extends StackProps {
  config: FlowConfigsConfig;
  side: Side;
  /** Built front ends: the shell at the root, each module's remote under `modules/<module>/`. */
  siteContent: { shell: string; flowConfigs: string; callerLists: string };
}

/** Where the Flow Configs remote is published on the site (its `remoteEntry.js` is under it). */
export const FLOW_CONFIGS_MODULE_PATH = "modules/flow-configs/";
/** Where the Caller Lists remote is published on the site. */
export const CALLER_LISTS_MODULE_PATH = "modules/caller-lists/";

const otherSide = (side: Side): Side => (side === "primary" ? "secondary" : "primary");

/**
 * Flow Configs in one region. Both regions get the same construct tree and the same physical names
 * (table, Lambdas, contact flow), so Amazon Connect flows work unchanged after a Global Resiliency failover.
 */
export class FlowConfigsStack extends Stack {
  readonly data: Data;
  readonly site: Site;
  readonly auth: Auth;
  readonly authorization: Authorization;
  readonly api: Api;
  readonly connect: ConnectIntegration;
  readonly callerLists: CallerLists;

  constructor(scope: Construct, id: string, props: FlowConfigsStackProps) {
    super(scope, id, props);
    const { config, side } = props;
    const region = config.regions[side];
    const customDomains = config.customDomain ?? {};

    this.data = new Data(this, "Data", {
      tableName: config.prefix,
      role: side === "primary" ? { kind: "primary", replicaRegion: config.regions.secondary } : { kind: "replica" },
    });

    const hostedUiDomain = `${config.cognitoDomainPrefix}.auth.${region}.amazoncognito.com`;
    this.site = new Site(this, "Site", {
      prefix: config.prefix,
      customDomain: customDomains[side],
      contentSecurityPolicy: {
        // Remotes are published on the site itself ('self').
        remotes: [],
        // The API's id is not known here without a cycle (its CORS names the site): this region's execute-api hosts.
        apis: [`https://*.execute-api.${region}.amazonaws.com`],
        auth: [`https://${hostedUiDomain}`, `https://cognito-idp.${region}.amazonaws.com`],
        frameAncestors: connectDomains(config.connect[side].instanceAlias),
      },
    });
    // The other region's site is known here only by its custom domain (CloudFront names are random).
    const otherDomain = customDomains[otherSide(side)]?.domainName;
    const siteUrls = [this.site.url, ...(otherDomain ? [`https://${otherDomain}`] : [])];

    this.auth = new Auth(this, "Auth", {
      prefix: config.prefix,
      identityProvider: config.identityProvider,
      groups: config.groups,
      cognitoDomainPrefix: config.cognitoDomainPrefix,
      connectInstanceArn: config.connect[side].instanceArn,
      siteUrls: siteUrls.map((url) => `${url}/`),
      scopeWithoutTag: config.scopeWithoutTag,
    });

    this.authorization = new Authorization(this, "Authorization", {
      userPool: this.auth.userPool,
      client: this.auth.client,
      groups: config.groups,
    });

    this.api = new Api(this, "Api", {
      prefix: config.prefix,
      table: this.data.table,
      network: config.network[side],
      userPool: this.auth.userPool,
      client: this.auth.client,
      policyStore: this.authorization.policyStore,
      allowedOrigins: siteUrls,
      configCacheTtlSeconds: config.configCacheTtlSeconds,
      reservedConcurrency: config.reservedConcurrency,
      adminGroup: config.groups.admin,
      connectInstanceArn: config.connect[side].instanceArn,
    });

    this.callerLists = new CallerLists(this, "CallerLists", {
      prefix: config.prefix,
      role: side === "primary" ? { kind: "primary", replicaRegion: config.regions.secondary } : { kind: "replica" },
      restApi: this.api.restApi,
      userPool: this.auth.userPool,
      client: this.auth.client,
      allowedOrigins: siteUrls,
      cacheTtlSeconds: config.configCacheTtlSeconds,
      connectInstanceArn: config.connect[side].instanceArn,
    });

    this.connect = new ConnectIntegration(this, "Connect", {
      prefix: config.prefix,
      instance: config.connect[side],
      siteUrl: this.site.url,
      getConfig: this.api.getConfig.function,
      isBadActor: this.api.isBadActor.function,
    });

    const runtimeConfig: RuntimeConfig = {
      environment: `${config.prefix}-${region}`,
      title: WORKSPACE_APP.name,
      auth: {
        kind: "cognito",
        region,
        userPoolId: this.auth.userPool.userPoolId,
        userPoolClientId: this.auth.client.userPoolClientId,
        domain: hostedUiDomain,
        identityProvider: this.auth.identityProviderName,
        redirectSignIn: `${this.site.url}/`,
        redirectSignOut: `${this.site.url}/`,
        scopes: ["openid", "email", "profile"],
      },
      modules: [
        {
          id: "flowConfigs",
          title: "Flow Configs",
          route: "/flow-configs",
          remoteEntry: `${this.site.url}/${FLOW_CONFIGS_MODULE_PATH}remoteEntry.js`,
          exposedModule: "./App",
          requiredGroups: [config.groups.admin, config.groups.business, config.groups.readOnly, config.groups.approver],
          apiUrl: this.api.restApi.url,
        },
        callerListsModuleEntry({ remoteEntry: `${this.site.url}/${CALLER_LISTS_MODULE_PATH}remoteEntry.js`, apiUrl: this.api.restApi.url }),
      ],
    };
    assertRuntimeConfig(runtimeConfig);
    const content: SiteContent[] = [
      { dir: props.siteContent.shell, prefix: "" },
      { dir: props.siteContent.flowConfigs, prefix: FLOW_CONFIGS_MODULE_PATH },
      { dir: props.siteContent.callerLists, prefix: CALLER_LISTS_MODULE_PATH },
    ];
    this.site.publish(content, runtimeConfig);

    new CfnOutput(this, "SiteUrl", { value: `${this.site.url}/` });
    new CfnOutput(this, "ApiUrl", { value: this.api.restApi.url });
    new CfnOutput(this, "ExecuteApiEndpointId", { value: this.api.endpoint.vpcEndpointId });
    new CfnOutput(this, "PolicyStoreId", { value: this.authorization.policyStore.attrPolicyStoreId });
  }
}

/** Checks `/config.json` against the shell's own schema; deploy-time values (tokens) stand in as plain words. */
function assertRuntimeConfig(runtimeConfig: RuntimeConfig): void {
  const withoutTokens: unknown = JSON.parse(JSON.stringify(runtimeConfig).replace(/\$\{Token\[[^\]]+\]\}/g, "token"));
  const result = RuntimeConfigSchema.safeParse(withoutTokens);
  if (!result.success) {
    throw new Error(`config.json does not match RuntimeConfigSchema: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
}

