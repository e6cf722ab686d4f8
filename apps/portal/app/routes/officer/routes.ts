import type { RouteConfigEntry } from '@react-router/dev/routes';

/** The officers' area: sign-in, queue, application pages. Paths are relative to app/. */
export const officerRoutes: RouteConfigEntry[] = [];
