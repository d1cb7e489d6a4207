import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import { describeError } from "../api/describe-error";

export interface LoadFailedAlertProps {
  error: unknown;
  onRetry: () => void;
}

/** A page whose data did not load: what went wrong, in the user's words, and a Retry. */
export function LoadFailedAlert({ error, onRetry }: LoadFailedAlertProps) {
  const failure = describeError(error);
  return (
    <Alert type="error" header={failure.title} action={<Button onClick={onRetry}>Retry</Button>}>
      {failure.message}
    </Alert>
  );
}
