import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LocalAuthSettings } from "@flow-configs/model/runtime";
import { createLocalSession, type LocalSessionOptions } from "../src/local-session";
import { SignInRequiredError } from "../src/session";
import { idToken } from "./id-token-factory";

const settings: LocalAuthSettings = {
  kind: "local",
  issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool",
  providerUrl: "http://localhost:4100",
  userPoolClientId: "flow-configs-local",
};
const beforeExpiry = Date.parse("2026-11-26T09:00:00Z");
const afterExpiry = Date.parse("2026-11-26T10:00:01Z");

function fakeLocation(url: string) {
  const current = new URL(url);
  return {
    get origin() {
      return current.origin;
    },
    get pathname() {
      return current.pathname;
    },
    get search() {
      return current.search;
    },
    get hash() {
      return current.hash;
    },
    assign: vi.fn<(url: string) => void>(),
  };
}

function setup(url: string, overrides: Partial<LocalSessionOptions> = {}) {
  const location = fakeLocation(url);
  const history = { state: null, replaceState: vi.fn() };
  let now = beforeExpiry;
  const options: LocalSessionOptions = {
    inIframe: false,
    location: location as unknown as Location,
    history: history as unknown as History,
    now: () => now,
    randomState: () => "state-1",
    ...overrides,
  };
  return {
    location,
    history,
    setNow: (value: number) => (now = value),
    create: () => createLocalSession(settings, options),
  };
}

beforeEach(() => window.sessionStorage.clear());

describe("createLocalSession", () => {
  it("starts signed out when nothing is stored", () => {
    expect(setup("http://localhost:4173/").create().state).toEqual({ status: "signedOut", user: null, groups: [] });
  });

  it("redirects to the persona picker with our URL and a state", async () => {
    const { location, create } = setup("http://localhost:4173/inventory/item-42");
    await create().signIn();
    const url = new URL(String(location.assign.mock.calls[0]?.[0]));
    expect(`${url.origin}${url.pathname}`).toBe("http://localhost:4100/local/sign-in");
    expect(url.searchParams.get("redirect_uri")).toBe("http://localhost:4173/");
    expect(url.searchParams.get("state")).toBe("state-1");
  });

  it("accepts the token that comes back with the state it sent and returns to the page it left", async () => {
    await setup("http://localhost:4173/inventory/item-42").create().signIn();
    const back = setup(`http://localhost:4173/#id_token=${idToken()}&state=state-1`);
    const session = back.create();
    expect(session.state.status).toBe("signedIn");
    expect(session.user?.username).toBe("morgan");
    expect(session.groups).toEqual(["InventoryEditor"]);
    expect(back.history.replaceState).toHaveBeenCalledWith(null, "", "/inventory/item-42");
    await expect(session.getIdToken()).resolves.toBe(idToken());
  });

  it("ignores a token whose state does not match the request", async () => {
    await setup("http://localhost:4173/").create().signIn();
    const session = setup(`http://localhost:4173/#id_token=${idToken()}&state=forged`).create();
    expect(session.state.status).toBe("signedOut");
    expect(session.state.error).toMatch(/did not match/);
  });

  it("ignores a token when no sign-in was started", () => {
    const session = setup(`http://localhost:4173/#id_token=${idToken()}&state=state-1`).create();
    expect(session.state.status).toBe("signedOut");
  });

  it("keeps the user signed in across reloads through sessionStorage", async () => {
    await setup("http://localhost:4173/").create().signIn();
    setup(`http://localhost:4173/#id_token=${idToken()}&state=state-1`).create();
    expect(setup("http://localhost:4173/").create().state.status).toBe("signedIn");
  });

  it("drops an expired stored token on load", async () => {
    await setup("http://localhost:4173/").create().signIn();
    setup(`http://localhost:4173/#id_token=${idToken()}&state=state-1`).create();
    const later = setup("http://localhost:4173/");
    later.setNow(afterExpiry);
    expect(later.create().state.status).toBe("signedOut");
  });

  it("asks to sign in again when the token expires, keeping the user", async () => {
    await setup("http://localhost:4173/").create().signIn();
    const back = setup(`http://localhost:4173/#id_token=${idToken()}&state=state-1`);
    const session = back.create();
    const changes = vi.fn();
    session.onChange(changes);
    back.setNow(afterExpiry);
    await expect(session.getIdToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(session.state.status).toBe("signInRequired");
    expect(session.user?.username).toBe("morgan");
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it("signs in again through a popup when the token expired, without leaving the page", async () => {
    const fresh = idToken({ exp: Math.floor(Date.parse("2026-11-26T12:00:00Z") / 1000) });
    const openPopup = vi.fn(async () => `http://localhost:4173/#id_token=${fresh}&state=state-1`);
    await setup("http://localhost:4173/").create().signIn();
    const back = setup(`http://localhost:4173/#id_token=${idToken()}&state=state-1`, { openPopup });
    const session = back.create();
    back.setNow(afterExpiry);
    await session.getIdToken().catch(() => undefined);
    await session.signIn();
    expect(openPopup).toHaveBeenCalledOnce();
    expect(back.location.assign).not.toHaveBeenCalled();
    expect(session.state.status).toBe("signedIn");
    await expect(session.getIdToken()).resolves.toBe(fresh);
  });

  it("signs in through a popup inside the workspace iframe", async () => {
    const openPopup = vi.fn(async () => `http://localhost:4173/#id_token=${idToken()}&state=state-1`);
    const framed = setup("http://localhost:4173/", { inIframe: true, openPopup });
    const session = framed.create();
    await session.signIn();
    expect(framed.location.assign).not.toHaveBeenCalled();
    expect(session.state.status).toBe("signedIn");
  });

  it("stays signed out when the popup is closed", async () => {
    const session = setup("http://localhost:4173/", { inIframe: true, openPopup: async () => null }).create();
    await session.signIn();
    expect(session.state.status).toBe("signedOut");
  });

  it("signs out: forgets the token and goes through the provider's sign-out", async () => {
    await setup("http://localhost:4173/").create().signIn();
    const back = setup(`http://localhost:4173/#id_token=${idToken()}&state=state-1`);
    const session = back.create();
    await session.signOut();
    expect(session.state.status).toBe("signedOut");
    expect(back.location.assign).toHaveBeenCalledWith(
      "http://localhost:4100/local/sign-out?redirect_uri=http%3A%2F%2Flocalhost%3A4173%2F",
    );
    await expect(session.getIdToken()).rejects.toBeInstanceOf(SignInRequiredError);
  });
});

describe("createLocalSession where the browser denies sessionStorage", () => {
  it("keeps the session in memory, so a framed shell still signs in", async () => {
    const denied = vi.spyOn(window, "sessionStorage", "get").mockImplementation(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    try {
      const openPopup = vi.fn(async () => `http://localhost:4173/#id_token=${idToken()}&state=state-1`);
      const framed = setup("http://localhost:4173/", { inIframe: true, openPopup });
      const session = framed.create();
      await session.signIn();
      expect(session.state.status).toBe("signedIn");
      await expect(session.getIdToken()).resolves.toBe(idToken());
    } finally {
      denied.mockRestore();
    }
  });
});
