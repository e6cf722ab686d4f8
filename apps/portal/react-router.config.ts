import type { Config } from '@react-router/dev/config';

export default {
  appDirectory: 'app',
  // PORTAL_BUILD_DIR lets parallel checkouts or benches build side by side; server.js reads it too.
  buildDirectory: process.env.PORTAL_BUILD_DIR ?? 'build',
  ssr: true,
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
