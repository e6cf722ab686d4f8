import type { RouteConfigEntry } from '@react-router/dev/routes';

/** The citizens' service flows: start page, questions, check answers, declaration, confirmation. Paths are relative to app/. */
export const serviceRoutes: RouteConfigEntry[] = [];
