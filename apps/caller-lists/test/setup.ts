import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Cloudscape pages render slowly in jsdom on a shared machine; waiting longer is not a slower test when they are quick.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
