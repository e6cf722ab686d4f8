import type { RouteConfigEntry } from '@react-router/dev/routes';

/** Leadership reports: the dashboard and its exports. Paths are relative to app/. */
export const reportRoutes: RouteConfigEntry[] = [];
