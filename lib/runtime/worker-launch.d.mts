// Types of ./worker-launch.mjs (plain JavaScript so that bare `node` runs it).
/** Bundles lib/worker/main.ts into node_modules/.cache/baton/ and returns the bundle's path. */
export function buildWorkerBundle(): Promise<string>;
