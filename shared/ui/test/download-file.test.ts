import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadFile } from "../src/download-file";

afterEach(() => vi.restoreAllMocks());

describe("downloadFile", () => {
  it("hands the browser the content under the file name, then lets the object URL go", async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:export";
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe("bad-actors.csv");
      expect(this.href).toBe("blob:export");
    });

    downloadFile("bad-actors.csv", "number\n+15550100\n", "text/csv");

    expect(clicked).toHaveBeenCalledTimes(1);
    expect(blobs[0]?.type).toBe("text/csv");
    expect(await blobs[0]?.text()).toBe("number\n+15550100\n");
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:export");
    vi.useRealTimers();
  });
});
