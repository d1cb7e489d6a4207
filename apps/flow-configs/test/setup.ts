import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Cloudscape pages render slowly in jsdom on a shared machine; waiting longer is not a slower test when they are quick.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

// Pages load Flashbar lazily with their first message; import it once here, so a test's first flash does not
// wait out a cold transform of that chunk on a busy machine.
await import("@cloudscape-design/components/flashbar");
