import { route, type RouteConfigEntry } from '@react-router/dev/routes';

/**
 * The citizens' service flows: start page, questions, check answers, declaration, confirmation.
 * Paths are relative to app/. The fixed words (kiem-tra, cam-doan, ...) rank above `:stepId`.
 */
export const serviceRoutes: RouteConfigEntry[] = [
  route('dich-vu/:slug', 'routes/service/start.tsx'),
  route('dich-vu/:slug/kiem-tra', 'routes/service/check-answers.tsx'),
  route('dich-vu/:slug/cam-doan', 'routes/service/declaration.tsx'),
  route('dich-vu/:slug/da-nop', 'routes/service/confirmation.tsx'),
  route('dich-vu/:slug/khong-the-tiep-tuc', 'routes/service/stop.tsx'),
  route('dich-vu/:slug/da-luu', 'routes/service/saved.tsx'),
  route('dich-vu/:slug/:stepId', 'routes/service/step.tsx'),
  route('tiep-tuc', 'routes/service/resume.tsx'),
  route('phien/gia-han', 'routes/service/session-extend.ts'),
  route('dia-chi-cu', 'routes/service/old-address.ts'),
];
