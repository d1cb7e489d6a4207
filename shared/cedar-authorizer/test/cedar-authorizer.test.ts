import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IsAuthorizedCommand } from "@aws-sdk/client-verifiedpermissions";
import { describe, expect, it } from "vitest";
import {
  authorizerFromEnvironment,
  CedarWasmAuthorizer,
  groupEntityId,
  policiesById,
  readPolicyFolder,
  toIsAuthorizedInput,
  USER_POOL_PLACEHOLDER,
  VerifiedPermissionsAuthorizer,
  type CedarRequest,
  type PolicyFiles,
} from "../src/index";

const POOL = "us-east-1_Test";

const SCHEMA = `namespace Notes {
  entity UserGroup;
  entity User in [UserGroup] { scoped: Bool };
  entity Note { owner: String };
  action Read appliesTo { principal: [User], resource: [Note] };
  action Delete appliesTo { principal: [User], resource: [Note] };
}`;

const READERS = `@id("readers-read")
permit (principal in Notes::UserGroup::"${USER_POOL_PLACEHOLDER}|Readers", action == Notes::Action::"Read", resource);`;

function notesFiles(policies: Record<string, string> = { "readers.cedar": READERS }): PolicyFiles {
  return { schema: SCHEMA, policies: Object.fromEntries(Object.entries(policies).map(([file, text]) => [file, text.replaceAll(USER_POOL_PLACEHOLDER, POOL)])) };
}

interface NotesUser {
  name: string;
  groups: string[];
}

function noteRequest(user: NotesUser, action: "Read" | "Delete", noteId: string): CedarRequest {
  const groups = user.groups.map((group) => ({ type: "Notes::UserGroup", id: groupEntityId(POOL, group) }));
  return {
    principal: { type: "Notes::User", id: user.name },
    action: { type: "Notes::Action", id: action },
    resource: { type: "Notes::Note", id: noteId },
    context: {},
    entities: [
      { uid: { type: "Notes::User", id: user.name }, attrs: { scoped: false }, parents: groups },
      ...groups.map((uid) => ({ uid, attrs: {}, parents: [] })),
      { uid: { type: "Notes::Note", id: noteId }, attrs: { owner: "sam" }, parents: [] },
    ],
  };
}

const reader: NotesUser = { name: "riley", groups: ["Readers"] };

describe("a module's Cedar folder", () => {
  it("reads the schema and every policy file, the user-pool id filled in", () => {
    const dir = mkdtempSync(join(tmpdir(), "cedar-folder-"));
    writeFileSync(join(dir, "notes.cedarschema"), SCHEMA);
    writeFileSync(join(dir, "readers.cedar"), READERS);
    writeFileSync(join(dir, "README.md"), "not a policy");
    const files = readPolicyFolder(dir, POOL);
    expect(files.schema).toBe(SCHEMA);
    expect(Object.keys(files.policies)).toEqual(["readers.cedar"]);
    expect(files.policies["readers.cedar"]).toContain(`"${POOL}|Readers"`);
  });

  it("says so when the folder has no schema", () => {
    const dir = mkdtempSync(join(tmpdir(), "cedar-folder-"));
    writeFileSync(join(dir, "readers.cedar"), READERS);
    expect(() => readPolicyFolder(dir, POOL)).toThrow(/No \.cedarschema file/);
  });

  it("splits the policies into statements by @id and refuses one without an @id or with an id twice", () => {
    expect(Object.keys(policiesById(notesFiles()))).toEqual(["readers-read"]);
    expect(() => policiesById(notesFiles({ "a.cedar": READERS.replace(/@id\("readers-read"\)\n/, "") }))).toThrow(/no @id/);
    expect(() => policiesById(notesFiles({ "a.cedar": READERS, "b.cedar": READERS }))).toThrow(/appears twice/);
  });
});

describe("the cedar-wasm authorizer", () => {
  const authorizer = new CedarWasmAuthorizer("notes", notesFiles(), (user: NotesUser, action: "Read" | "Delete", noteId: string) =>
    noteRequest(user, action, noteId),
  );

  it("allows what a policy permits and denies the rest", async () => {
    await expect(authorizer.isAllowed(reader, "Read", "n1")).resolves.toBe(true);
    await expect(authorizer.isAllowed(reader, "Delete", "n1")).resolves.toBe(false);
    await expect(authorizer.isAllowed({ name: "sam", groups: [] }, "Read", "n1")).resolves.toBe(false);
  });

  it("refuses policies that do not validate against the schema", () => {
    const broken = notesFiles({ "broken.cedar": `@id("broken")\npermit (principal, action == Notes::Action::"Read", resource) when { resource.colour == "red" };` });
    expect(() => new CedarWasmAuthorizer("notes", broken, noteRequest)).toThrow(/do not validate against the schema/);
  });
});

describe("the Verified Permissions authorizer", () => {
  it("sends the same entities as IsAuthorized input, attributes typed, and allows only on ALLOW", async () => {
    const sent: IsAuthorizedCommand[] = [];
    const authorizer = new VerifiedPermissionsAuthorizer(
      {
        send: async (command) => {
          sent.push(command);
          return { decision: "ALLOW", determiningPolicies: [], errors: [], $metadata: {} };
        },
      },
      "store-1",
      noteRequest,
    );
    await expect(authorizer.isAllowed(reader, "Read", "n1")).resolves.toBe(true);
    expect(sent[0]?.input).toEqual(toIsAuthorizedInput("store-1", noteRequest(reader, "Read", "n1")));
    expect(sent[0]?.input.entities?.entityList?.[0]).toEqual({
      identifier: { entityType: "Notes::User", entityId: "riley" },
      attributes: { scoped: { boolean: false } },
      parents: [{ entityType: "Notes::UserGroup", entityId: `${POOL}|Readers` }],
    });

    const denying = new VerifiedPermissionsAuthorizer(
      { send: async () => ({ decision: "DENY", determiningPolicies: [], errors: [], $metadata: {} }) },
      "store-1",
      noteRequest,
    );
    await expect(denying.isAllowed(reader, "Read", "n1")).resolves.toBe(false);
  });
});

describe("the authorizer a Lambda's environment asks for", () => {
  const factories = {
    cedar: (policiesDir: string | undefined) => `cedar:${policiesDir ?? "module folder"}`,
    avp: (_client: unknown, policyStoreId: string) => `avp:${policyStoreId}`,
  };

  it("is cedar-wasm by default, on the bundle's copy of the Cedar files when POLICIES_DIR names one", () => {
    expect(authorizerFromEnvironment(factories, {})).toBe("cedar:module folder");
    expect(authorizerFromEnvironment(factories, { AUTHORIZER: "cedar", POLICIES_DIR: "/var/task/policies" })).toBe("cedar:/var/task/policies");
  });

  it("is the Verified Permissions store POLICY_STORE_ID names, and refuses avp without one or an unknown kind", () => {
    expect(authorizerFromEnvironment(factories, { AUTHORIZER: "avp", POLICY_STORE_ID: "PS1" })).toBe("avp:PS1");
    expect(() => authorizerFromEnvironment(factories, { AUTHORIZER: "avp" })).toThrow(/POLICY_STORE_ID is required/);
    expect(() => authorizerFromEnvironment(factories, { AUTHORIZER: "opa" })).toThrow(/must be cedar or avp, not opa/);
  });
});
