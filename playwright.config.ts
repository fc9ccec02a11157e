import { defineConfig } from "@playwright/test";

// Debian's Chromium (never `playwright install`: it downloads and fails offline).
export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "tests/.artifacts/playwright.json" }]],
  globalSetup: "./tests/helpers/e2e-setup.ts",
  outputDir: "tests/.artifacts/e2e",
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
    viewport: { width: 1440, height: 900 },
    screenshot: "only-on-failure",
  },
});
