import { NetworkError } from "@flow-configs/api-client";
import { QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { createQueryClient } from "../src/api/query-client";
import { useFlashAction } from "../src/pages/use-flash-action";
import type { FlashMessage } from "../src/pages/use-flash-messages";

function renderAction(run: (input: string) => Promise<string>, options: { failure?: () => FlashMessage | null } = {}) {
  const shown: FlashMessage[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>;
  const { result } = renderHook(
    () => useFlashAction((message) => shown.push(message), { run, success: (saved) => ({ type: "success", header: `Saved ${saved}` }), ...options }),
    { wrapper },
  );
  return { result, shown };
}

describe("an action with progress, then a flash", () => {
  it("is running while the action runs and ends in the success flash", async () => {
    let finish: (value: string) => void = () => undefined;
    const { result, shown } = renderAction(() => new Promise((resolve) => (finish = resolve)));

    let answer: Promise<string | undefined> = Promise.resolve(undefined);
    act(() => {
      answer = result.current.run("BasicQueue");
    });
    await waitFor(() => expect(result.current.running).toBe(true));
    await act(async () => finish("BasicQueue"));

    expect(await answer).toBe("BasicQueue");
    await waitFor(() => expect(result.current.running).toBe(false));
    expect(shown).toEqual([{ type: "success", header: "Saved BasicQueue" }]);
  });

  it("flashes the failure in the user's words and resolves undefined", async () => {
    const { result, shown } = renderAction(() => Promise.reject(new NetworkError("offline")));

    let answer: string | undefined = "unset";
    await act(async () => {
      answer = await result.current.run("BasicQueue");
    });

    expect(answer).toBeUndefined();
    expect(shown).toEqual([{ type: "error", header: "Could not reach the Flow Configs API", content: "Check your connection and retry." }]);
  });

  it("lets the page say something else on failure, or nothing", async () => {
    const { result, shown } = renderAction(() => Promise.reject(new Error("boom")), { failure: () => null });

    await act(async () => {
      await result.current.run("BasicQueue");
    });

    expect(shown).toEqual([]);
  });
});
