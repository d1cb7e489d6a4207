import { createRoute, z } from "@hono/zod-openapi";
import { ErrorBodySchema } from "@flow-configs/model";
import {
  AddEntriesBodySchema,
  CallerListPageSchema,
  CallerListSchema,
  CreateCallerListSchema,
  EntriesPageSchema,
  EntriesReportSchema,
  ImportReportSchema,
  ListIdSchema,
  RemoveEntriesBodySchema,
  RemoveEntriesReportSchema,
} from "@flow-configs/model/caller-lists";

// Every route of the Caller Lists API, declared once: the handlers are typed by these and /openapi.json is built from them.

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const csv = (description: string) => ({ content: { "text/csv": { schema: z.string() } }, description });
const errors = {
  400: json(ErrorBodySchema, "Invalid input: the message and issues name the field"),
  401: json(ErrorBodySchema, "No or invalid bearer token"),
  403: json(ErrorBodySchema, "The user's groups do not allow this"),
};
const onList = { ...errors, 404: json(ErrorBodySchema, "No such caller list") };
const security = [{ bearer: [] }];
// The model's schema as is: zod-openapi names path parameters after the object's keys.
const listParams = z.object({ listId: ListIdSchema });

export const listListsRoute = createRoute({
  method: "get",
  path: "/caller-lists",
  summary: "Every caller list",
  security,
  responses: { 200: json(CallerListPageSchema, "The lists in id order"), ...errors },
});

export const createListRoute = createRoute({
  method: "post",
  path: "/caller-lists",
  summary: "Create a list (admins)",
  security,
  request: { body: { ...json(CreateCallerListSchema, "The new list"), required: true } },
  responses: { 201: json(CallerListSchema, "Created"), ...errors, 409: json(ErrorBodySchema, "The id is taken") },
});

export const readListRoute = createRoute({
  method: "get",
  path: "/caller-lists/{listId}",
  summary: "One list",
  security,
  request: { params: listParams },
  responses: { 200: json(CallerListSchema, "The list"), ...onList },
});

export const deleteListRoute = createRoute({
  method: "delete",
  path: "/caller-lists/{listId}",
  summary: "Delete a list and its entries (admins)",
  security,
  request: { params: listParams },
  responses: { 204: { description: "Deleted" }, ...onList },
});

export const listEntriesRoute = createRoute({
  method: "get",
  path: "/caller-lists/{listId}/entries",
  summary: "A page of live entries in number order",
  security,
  request: {
    params: listParams,
    query: z.object({
      q: z.string().optional().openapi({ description: "Number prefix, e.g. +1512 (a missing + is added)" }),
      cursor: z.string().optional(),
      limit: z.string().optional().openapi({ description: "1–1000, default 50" }),
    }),
  },
  responses: { 200: json(EntriesPageSchema, "Entries; nextCursor when there are more"), ...onList },
});

export const addEntriesRoute = createRoute({
  method: "post",
  path: "/caller-lists/{listId}/entries",
  summary: "Add or update up to 1000 entries; each is reported, the good ones kept",
  security,
  request: { params: listParams, body: { ...json(AddEntriesBodySchema, "{ entries: [{ number, reason?, note?, expiresAt? }] }"), required: true } },
  responses: { 200: json(EntriesReportSchema, "What happened to each entry"), ...onList },
});

export const removeEntriesRoute = createRoute({
  method: "delete",
  path: "/caller-lists/{listId}/entries",
  summary: "Take up to 1000 numbers off the list",
  security,
  request: { params: listParams, body: { ...json(RemoveEntriesBodySchema, "{ numbers: [...] }"), required: true } },
  responses: { 200: json(RemoveEntriesReportSchema, "The numbers now off the list, and the ones that are not numbers"), ...onList },
});

export const exportEntriesRoute = createRoute({
  method: "get",
  path: "/caller-lists/{listId}/entries.csv",
  summary: "Every live entry as CSV",
  security,
  request: { params: listParams },
  responses: { 200: csv("number,reason,note,expiresAt,addedBy,addedAt"), ...onList },
});

export const importEntriesRoute = createRoute({
  method: "post",
  path: "/caller-lists/{listId}/entries.csv",
  summary: "Import entries from CSV: a dry run reports, an apply stores every good row",
  security,
  request: {
    params: listParams,
    query: z.object({ dryRun: z.enum(["true", "false"]).optional().openapi({ description: "true (default): report only" }) }),
    body: { ...csv("Columns number, reason, note, expiresAt (a header row names them in any order)"), required: true },
  },
  responses: { 200: json(ImportReportSchema, "Counts and the rejected rows with why"), ...onList, 413: json(ErrorBodySchema, "Over 6 MB") },
});
