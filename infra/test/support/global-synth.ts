import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { synthApp } from "./synth-app";

declare module "vitest" {
  export interface ProvidedContext {
    /** The cloud assembly of both regions' stacks, synthesized once for every test file. */
    cloudAssemblyDir: string;
  }
}

/** Synthesizes the app (with cdk-nag) once: every construct test reads the same templates. */
export default function setup(project: TestProject): () => void {
  const { outdir } = synthApp();
  project.provide("cloudAssemblyDir", outdir);
  return () => rmSync(outdir, { recursive: true, force: true });
}
