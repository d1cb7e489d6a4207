import { describe, expect, it } from "vitest";
import { captureLambdaOutput } from "../src/lambda-output";

describe("captureLambdaOutput", () => {
  it("reads back log entries and EMF documents, and the metric names they declare", async () => {
    const emf = { _aws: { Timestamp: 1, CloudWatchMetrics: [{ Namespace: "N", Dimensions: [["service"]], Metrics: [{ Name: "Hit", Unit: "Count" }] }] }, service: "s", Hit: [1, 1] };
    const output = await captureLambdaOutput(() => {
      process.stdout.write(`${JSON.stringify({ level: "INFO", message: "served" })}\n`);
      process.stderr.write(Buffer.from(`${JSON.stringify(emf)}\nplain text\n`));
    });
    expect(output.documents).toHaveLength(2);
    expect(output.emf).toEqual([emf]);
    expect(output.metricNames).toEqual(["Hit"]);
    expect(output.text).toContain("plain text");
  });

  it("gives the streams back when what it runs throws", async () => {
    const write = process.stdout.write;
    await expect(captureLambdaOutput(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(process.stdout.write).toBe(write);
  });
});
