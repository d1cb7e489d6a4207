import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import { isApiError } from "@flow-configs/api-client";

/** The API could not build an instance's effective config because its template is gone (e.g. restored from an old export). */
export const isTemplateMissing = (error: unknown): boolean =>
  isApiError(error) && (error.code === "TemplateMissing" || /template\b.*\bmissing/i.test(error.message));

export function TemplateMissing({ configId, message }: { configId: string; message: string }) {
  return (
    <Alert type="error" header="Template missing">
      <Box variant="p">
        {configId} is an instance of a template that no longer exists, so it has no values to show and getConfig fails for it.
      </Box>
      <Box variant="p">
        Restore the template from its history (an admin can, from the list page&apos;s &quot;Restore deleted&quot;), or import it again. The API said: {message}
      </Box>
    </Alert>
  );
}
