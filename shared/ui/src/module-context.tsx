import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createContext, useContext, type Context, type ReactNode } from "react";

export interface ModuleRootProps<Value> {
  /** The module's one cache of API answers for as long as it is mounted. */
  queryClient: QueryClient;
  /** What every page of the module needs from the props the shell gave it. */
  value: Value;
  children: ReactNode;
}

/** A module's page context: what its pages read from the shell's props (API client, base path, role). */
export interface ModuleContext<Value> {
  /** The context itself, for tests that mount a module's routes under their own router and cache. */
  readonly Context: Context<Value | null>;
  /** The root of a module's exposed component: its query cache and its page context around its routes. */
  readonly ModuleRoot: (props: ModuleRootProps<Value>) => ReactNode;
  /** The page context; throws outside the module, where a page has no API to call. */
  readonly useModuleContext: () => Value;
}

export function createModuleContext<Value>(moduleName: string): ModuleContext<Value> {
  const Context = createContext<Value | null>(null);
  return {
    Context,
    ModuleRoot: ({ queryClient, value, children }) => (
      <QueryClientProvider client={queryClient}>
        <Context.Provider value={value}>{children}</Context.Provider>
      </QueryClientProvider>
    ),
    useModuleContext: () => {
      const value = useContext(Context);
      if (!value) throw new Error(`A ${moduleName} page must be rendered inside the ${moduleName} module`);
      return value;
    },
  };
}
