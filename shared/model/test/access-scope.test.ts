import { describe, expect, it } from "vitest";
import { describeScope, parseScope } from "../src/access-scope";

describe("the access scope claim", () => {
  it("reads ids and templates, * as every config, and fails closed on an absent claim unless told it is unscoped", () => {
    expect(parseScope("id:Office-Austin template:FieldOffice  id:Office-Boston")).toEqual({ ids: ["Office-Austin", "Office-Boston"], templates: ["FieldOffice"] });
    expect(parseScope("*")).toBeNull();
    expect(parseScope(undefined)).toEqual({ ids: [], templates: [] });
    expect(parseScope(undefined, true)).toBeNull();
  });

  it("says what a scoped user manages", () => {
    expect(describeScope({ ids: ["Office-Austin"], templates: [] })).toBe("You manage Office-Austin");
    expect(describeScope({ ids: ["Office-Austin", "Office-Boston"], templates: ["FieldOffice"] })).toBe("You manage Office-Austin, Office-Boston and the offices of FieldOffice");
    expect(describeScope({ ids: [], templates: [] })).toBe("You manage no flow configs yet: ask an administrator for access");
  });
});
