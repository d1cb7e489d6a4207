import Alert from "@cloudscape-design/components/alert";

export function NotFoundPage() {
  return (
    <Alert type="info" header="Page not found">
      There is no admin module at this address. Choose one from the navigation.
    </Alert>
  );
}
