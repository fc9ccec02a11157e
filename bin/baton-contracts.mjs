#!/usr/bin/env node
// Entry of the `baton-contracts` bin: runs the TypeScript CLI (lib/contracts/cli.ts) through tsx,
// offline. See docs/contracts.md.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../lib/contracts/cli.ts");
process.exitCode = runCli(process.argv.slice(2));
