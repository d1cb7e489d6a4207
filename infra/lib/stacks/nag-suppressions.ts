import { Validations, type Stack } from "aws-cdk-lib";

/**
 * Findings on what CDK itself adds to a stack (the BucketDeployment singleton that uploads the site),
 * accepted with their reasons. Findings on the app's own constructs are acknowledged where they are built.
 */
export function acknowledgeCdkManagedFindings(stack: Stack): void {
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith("Custom::CDKBucketDeployment")) continue;
    Validations.of(child).acknowledge(
      { id: "AwsSolutions-L1", reason: "CDK's BucketDeployment handler: its runtime is chosen and updated by aws-cdk-lib" },
      {
        id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        reason: "CDK's BucketDeployment handler writes its logs with the basic execution role CDK gives it",
      },
      ...["Action::s3:GetBucket*", "Action::s3:GetObject*", "Action::s3:List*", "Action::s3:Abort*", "Action::s3:DeleteObject*"].map(
        (finding) => ({
          id: `AwsSolutions-IAM5[${finding}]`,
          reason: "CDK's BucketDeployment handler copies the site's assets: CDK grants these read/write action groups",
        }),
      ),
      {
        id: "AwsSolutions-IAM5[Resource::*]",
        reason: "CDK's BucketDeployment handler invalidates the site's distribution: CDK grants cloudfront:CreateInvalidation on *",
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:aws:s3:::cdk-hnb659fds-assets-${stack.account}-${stack.region}/*]`,
        reason: "The CDK bootstrap assets bucket the deployment copies from",
      },
    );
  }
}
