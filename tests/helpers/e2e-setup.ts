// Playwright global setup: starts Baton (web + worker) on a real PostgreSQL; the tests read
// BATON_E2E_BASE_URL and DATABASE_URL from the environment this sets.
import { startTestStack } from "./test-stack";

export default async function globalSetup() {
  const stack = await startTestStack("e2e");
  process.env.BATON_E2E_BASE_URL = stack.baseUrl;
  process.env.DATABASE_URL = stack.databaseUrl;
  return () => stack.stop();
}
