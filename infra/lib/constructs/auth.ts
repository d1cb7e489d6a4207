import { CfnOutput, Duration, RemovalPolicy, SecretValue, Validations } from "aws-cdk-lib";
import type {
  UserPoolClient,
  UserPoolDomain} from "aws-cdk-lib/aws-cognito";
import {
  AccountRecovery,
  ClientAttributes,
  OAuthScope,
  ProviderAttribute,
  UserPool,
  UserPoolClientIdentityProvider,
  UserPoolGroup,
  UserPoolIdentityProviderOidc,
  UserPoolIdentityProviderSaml,
  UserPoolIdentityProviderSamlMetadata,
  UserPoolOperation,
  type AttributeMapping,
  type IUserPoolIdentityProvider,
} from "aws-cdk-lib/aws-cognito";
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import { ACCESS_METRICS } from "../../functions/pre-token-generation/access-metrics";
import { connectInstanceId, type FlowConfigsConfig, type GroupNames, type IdentityProviderSettings } from "../config/flow-configs-config";
import { LambdaFunction } from "./lambda-function";

export interface AuthProps {
  prefix: string;
  identityProvider: IdentityProviderSettings;
  groups: GroupNames;
  cognitoDomainPrefix: string;
  connectInstanceArn: string;
  /** The sites the shell is served from (both regions' where known): sign-in and sign-out return there. */
  siteUrls: string[];
  scopeWithoutTag: FlowConfigsConfig["scopeWithoutTag"];
}

/** What the identity provider's attributes fill in: display only; access never depends on them. */
function attributeMapping(settings: IdentityProviderSettings): AttributeMapping {
  if (settings.type === "saml") {
    return {
      email: ProviderAttribute.other("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"),
      fullname: ProviderAttribute.other("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"),
    };
  }
  return { email: ProviderAttribute.other("email"), fullname: ProviderAttribute.other("name") };
}

/**
 * The Cognito user pool of this region, shared by every admin module: federated to the identity
 * provider Amazon Connect uses, the product's groups, the shell's app client and the trigger that
 * adds access claims from the user's tags in Connect.
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly identityProviderName: string;
  /** Fires when the pre-token trigger gives a Business or ReadOnly user an empty scope (see infra/README.md: access). */
  readonly scopeFailedClosedAlarm: Alarm;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, "UserPool", {
      userPoolName: props.prefix,
      // Users arrive through the federated identity provider only.
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      passwordPolicy: { minLength: 12, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true },
      accountRecovery: AccountRecovery.NONE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const preTokenGenerationName = `${props.prefix}-pre-token-generation`;
    const preTokenGeneration = new LambdaFunction(this, "PreTokenGeneration", {
      functionName: preTokenGenerationName,
      entry: "infra/functions/pre-token-generation/handler.ts",
      description: "Adds flow_configs_scope (and groups) from the user's tags in Amazon Connect",
      environment: {
        CONNECT_INSTANCE_ID: connectInstanceId(props.connectInstanceArn),
        // The Connect user is found by this provider's subject (Cognito's `identities`), never by `email`.
        IDENTITY_PROVIDER_NAME: props.identityProvider.name,
        SCOPE_WITHOUT_TAG: props.scopeWithoutTag,
        ADMIN_GROUP: props.groups.admin,
        BUSINESS_GROUP: props.groups.business,
        READ_ONLY_GROUP: props.groups.readOnly,
        APPROVER_GROUP: props.groups.approver,
      },
    });
    preTokenGeneration.function.addToRolePolicy(
      new PolicyStatement({
        actions: ["connect:SearchUsers", "connect:ListTagsForResource"],
        resources: [props.connectInstanceArn, `${props.connectInstanceArn}/agent/*`],
      }),
    );
    this.userPool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION, preTokenGeneration.function);
    Validations.of(preTokenGeneration).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${props.connectInstanceArn}/agent/*]`,
      reason: "Any user of this Connect instance may sign in: the trigger looks up whoever does (SearchUsers, ListTagsForResource)",
    });
    this.scopeFailedClosedAlarm = new Alarm(this, "ScopeFailedClosedAlarm", {
      alarmName: `${props.prefix}-scope-failed-closed`,
      alarmDescription:
        "A Business or ReadOnly user signed in with an empty scope: not found in Amazon Connect, or no FlowConfigsScope tag. See the trigger's WARN log for who and why",
      metric: new Metric({
        namespace: ACCESS_METRICS.namespace,
        metricName: ACCESS_METRICS.scopeFailedClosed,
        dimensionsMap: { service: preTokenGenerationName },
        statistic: "Sum",
        period: Duration.minutes(5),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: "AwsSolutions-COG2",
        reason: "Users sign in only through the federated identity provider Amazon Connect uses; MFA is enforced there",
      },
      {
        id: "AwsSolutions-COG8",
        reason: "Threat protection (Plus plan) guards Cognito passwords; this pool has none: every user is federated",
      },
    );

    const identityProvider = this.federate(props.identityProvider);
    this.identityProviderName = props.identityProvider.name;

    for (const [key, groupName] of Object.entries(props.groups)) {
      new UserPoolGroup(this, `Group-${key}`, {
        userPool: this.userPool,
        groupName,
        description: `Flow Configs ${key} (see infra/README.md: access)`,
      });
    }

    this.domain = this.userPool.addDomain("Domain", { cognitoDomain: { domainPrefix: props.cognitoDomainPrefix } });

    this.client = this.userPool.addClient("ShellClient", {
      userPoolClientName: `${props.prefix}-shell`,
      generateSecret: false,
      preventUserExistenceErrors: true,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.custom(props.identityProvider.name)],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.siteUrls,
        logoutUrls: props.siteUrls,
      },
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      // Cognito must be able to refresh mapped attributes at each sign-in, so those stay writable (an empty
      // list would mean "every standard attribute"); nothing else is, and access reads none of them.
      writeAttributes: new ClientAttributes().withStandardAttributes(
        Object.fromEntries(Object.keys(attributeMapping(props.identityProvider)).map((attribute) => [attribute, true])),
      ),
    });
    this.client.node.addDependency(identityProvider);

    // Other admin modules of the suite share this pool: they import these.
    const exports = {
      UserPoolId: this.userPool.userPoolId,
      UserPoolArn: this.userPool.userPoolArn,
      UserPoolClientId: this.client.userPoolClientId,
      HostedUiDomain: this.domain.baseUrl(),
    };
    for (const [name, value] of Object.entries(exports)) {
      new CfnOutput(this, name, { value, exportName: `${props.prefix}-${name}` });
    }
  }

  private federate(settings: IdentityProviderSettings): IUserPoolIdentityProvider {
    if (settings.type === "saml") {
      return new UserPoolIdentityProviderSaml(this, "IdentityProvider", {
        userPool: this.userPool,
        name: settings.name,
        metadata: UserPoolIdentityProviderSamlMetadata.url(settings.metadataUrl),
        attributeMapping: attributeMapping(settings),
      });
    }
    return new UserPoolIdentityProviderOidc(this, "IdentityProvider", {
      userPool: this.userPool,
      name: settings.name,
      issuerUrl: settings.issuerUrl,
      clientId: settings.clientId,
      // A dynamic reference: CloudFormation reads the secret at deploy; the template never holds it.
      clientSecret: SecretValue.secretsManager(settings.clientSecretName).unsafeUnwrap(),
      scopes: ["openid", "email", "profile"],
      attributeMapping: attributeMapping(settings),
    });
  }
}
