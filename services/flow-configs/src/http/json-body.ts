import { DomainError } from "@flow-configs/model";
import type { MiddlewareHandler } from "hono";
import type { z } from "zod";
import { issuesOf } from "./validation-issues";

/**
 * Deeper than any body this API takes (an export document nests 7 levels). A deeper one is refused before
 * it is parsed: a 20 000-deep array once overflowed the stack of code that stringified it and took the
 * process down, so nothing walks an untrusted structure without this bound.
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]);
const CLOSERS = new Set([0x5d, 0x7d]);

/** Whether JSON text nests deeper than `limit`, found in one pass over the text (strings skipped), without parsing it. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index += 1;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (OPENERS.has(char)) {
      depth += 1;
      if (depth > limit) return true;
    } else if (CLOSERS.has(char)) {
      depth -= 1;
    }
  }
  return false;
}

/** A request body as JSON: empty, too deep and malformed bodies are 400s that say which. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") throw DomainError.invalid([{ path: "(body)", message: "is required: send a JSON object" }]);
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw DomainError.invalid([{ path: "(body)", message: `nests deeper than ${MAX_JSON_DEPTH} levels; no request of this API does` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw DomainError.invalid([{ path: "(body)", message: `is not valid JSON (${(error as Error).message})` }]);
  }
}

/**
 * Reads a JSON body before the route's schema sees it, so the depth bound and these messages hold on every
 * route that takes one (the validator then parses the same cached text again: cheap beside a write).
 * `schemaOf` picks the schema of a body whose shape depends on its content, to name that shape's problems.
 */
export function jsonBody(schemaOf?: (json: unknown) => z.ZodType): MiddlewareHandler {
  return async (c, next) => {
    const json = parseJsonBody(await c.req.text());
    const parsed = schemaOf?.(json).safeParse(json);
    if (parsed && !parsed.success) throw DomainError.invalid(issuesOf(parsed.error));
    await next();
  };
}

/** The same bound for a route whose body is optional (an action on what the path names): an empty body passes. */
export function optionalJsonBody(): MiddlewareHandler {
  return async (c, next) => {
    if ((await c.req.text()).trim() !== "") parseJsonBody(await c.req.text());
    await next();
  };
}
