import { QueryClient, useQueryClient } from "@tanstack/react-query";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createModuleContext } from "../src/module-context";

afterEach(() => cleanup());

const { ModuleRoot, useModuleContext } = createModuleContext<{ basePath: string }>("Caller Lists");

function Page() {
  const { basePath } = useModuleContext();
  const queryClient = useQueryClient();
  return <p>{`${basePath} ${queryClient.getQueryData(["who"]) as string}`}</p>;
}

describe("createModuleContext", () => {
  it("gives a module's pages its context and its query cache", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(["who"], "cached");
    render(
      <ModuleRoot queryClient={queryClient} value={{ basePath: "/caller-lists" }}>
        <Page />
      </ModuleRoot>,
    );
    expect(screen.getByText("/caller-lists cached")).toBeTruthy();
  });

  it("refuses a page rendered outside its module, naming the module", () => {
    expect(() => render(<Page />)).toThrow("Caller Lists");
  });
});
