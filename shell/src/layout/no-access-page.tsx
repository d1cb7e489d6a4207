import Alert from "@cloudscape-design/components/alert";

export function NoAccessPage({ title }: { title: string }) {
  return (
    <Alert type="warning" header={`You cannot open ${title}`}>
      Your account is not in a group that may open this module. Ask an administrator for access.
    </Alert>
  );
}
