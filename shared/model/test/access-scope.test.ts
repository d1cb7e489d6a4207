import { describe, expect, it } from "vitest";
import { describeScope, parseScope } from "../src/access-scope";

describe("the access scope claim", () => {
  it("reads ids and templates, and an absent claim as every config", () => {
    expect(parseScope("id:Office-Austin template:FieldOffice  id:Office-Boston")).toEqual({ ids: ["Office-Austin", "Office-Boston"], templates: ["FieldOffice"] });
    expect(parseScope(undefined)).toBeNull();
  });

  it("says what a scoped user manages", () => {
    expect(describeScope({ ids: ["Office-Austin"], templates: [] })).toBe("You manage Office-Austin");
    expect(describeScope({ ids: ["Office-Austin", "Office-Boston"], templates: ["FieldOffice"] })).toBe("You manage Office-Austin, Office-Boston and the offices of FieldOffice");
    expect(describeScope({ ids: [], templates: [] })).toBe("You manage no flow configs yet: ask an administrator for access");
  });
});
