import Button from "@cloudscape-design/components/button";
import Form from "@cloudscape-design/components/form";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { ReactNode } from "react";

export interface PageFormProps {
  /** The one action's button, e.g. "Create office". */
  submitText: string;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A page's form: its fields, then Cancel and the one action, which shows progress while it runs. Enter submits nothing. */
export function PageForm({ submitText, submitting, onSubmit, onCancel, children }: PageFormProps) {
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" loading={submitting} onClick={onSubmit}>
              {submitText}
            </Button>
          </SpaceBetween>
        }
      >
        {children}
      </Form>
    </form>
  );
}
