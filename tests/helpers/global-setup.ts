// Vitest global setup for the "api" project: one running Baton shared by every API test file.
import type { TestProject } from "vitest/node";
import { startTestStack } from "./test-stack";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startTestStack("api");
  project.provide("baseUrl", stack.baseUrl);
  project.provide("databaseUrl", stack.databaseUrl);
  return () => stack.stop();
}
