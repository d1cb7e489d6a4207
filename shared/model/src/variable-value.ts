import type { Variable } from "./schemas";

const NUMBER = /^-?(?:\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/**
 * Why a value does not fit its variable's type, or null when it fits. Values are strings because contact
 * flow attributes are strings.
 */
export function checkVariableValue(variable: Pick<Variable, "type" | "options">, value: string): string | null {
  switch (variable.type) {
    case "boolean":
      return value === "true" || value === "false" ? null : `must be "true" or "false", not "${value}"`;
    case "number":
      return NUMBER.test(value.trim()) && Number.isFinite(Number(value)) ? null : `must be a number, not "${value}"`;
    case "enum": {
      const options = variable.options ?? [];
      return options.includes(value) ? null : `must be one of ${options.map((option) => `"${option}"`).join(", ")}, not "${value}"`;
    }
    case "string":
      return value.trim() === "" ? "must not be empty" : null;
    case "list-entry":
      // A list entry's existence is what matters: its value may be empty.
      return null;
  }
}
