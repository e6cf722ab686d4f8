import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('dang-nhap', 'routes/sign-in.tsx'),
  route('dang-xuat', 'routes/sign-out.tsx'),
  route('ho-so-cua-toi', 'routes/my-applications.tsx'),
  route('tra-cuu', 'routes/lookup.tsx'),
  // Last: unknown addresses get the 404 page through the middleware (nonce, session).
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
