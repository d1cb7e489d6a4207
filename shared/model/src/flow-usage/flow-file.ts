import type { FlowReadError, FlowSource } from "./analyze-flow";

/** `contactFlowModule` → MODULE; `customerQueue` → CUSTOMER_QUEUE: the console's Metadata.type as the API names types. */
function flowType(metadataType: unknown): string {
  if (typeof metadataType !== "string" || metadataType === "") return "CONTACT_FLOW";
  if (/module/i.test(metadataType)) return "MODULE";
  return metadataType.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

function metadataOf(json: unknown): Record<string, unknown> {
  const metadata = typeof json === "object" && json !== null ? (json as Record<string, unknown>).Metadata : undefined;
  return typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>) : {};
}

/**
 * A flow exported from the console and saved as a file: its id is the file name, its name `Metadata.name`
 * (else the file name without `.json`). A file that is not JSON is an error that names it.
 */
export function flowFileSource(fileName: string, text: string): FlowSource | FlowReadError {
  const baseName = fileName.replace(/\.json$/i, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { id: fileName, name: baseName, message: `is not valid JSON (${(error as Error).message})` };
  }
  const metadata = metadataOf(json);
  const name = typeof metadata.name === "string" && metadata.name.trim() !== "" ? metadata.name : baseName;
  return { id: fileName, name, type: flowType(metadata.type), content: json };
}
