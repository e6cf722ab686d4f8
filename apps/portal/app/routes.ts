import { index, route, type RouteConfig } from '@react-router/dev/routes';
import { officerRoutes } from './routes/officer/routes.js';
import { reportRoutes } from './routes/reports/routes.js';
import { serviceRoutes } from './routes/service/routes.js';

// Each area of the portal lists its own routes in routes/<area>/routes.ts.
export default [
  index('routes/home.tsx'),
  route('dang-nhap', 'routes/sign-in.tsx'),
  route('dang-xuat', 'routes/sign-out.tsx'),
  route('ho-so-cua-toi', 'routes/my-applications.tsx'),
  route('tra-cuu', 'routes/lookup.tsx'),
  ...serviceRoutes,
  ...officerRoutes,
  ...reportRoutes,
  // Last: unknown addresses get the 404 page through the middleware (nonce, session).
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
