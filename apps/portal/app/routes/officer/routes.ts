import { layout, route, type RouteConfigEntry } from '@react-router/dev/routes';

/** The officers' area: sign-in, queue, application pages. Paths are relative to app/. */
export const officerRoutes: RouteConfigEntry[] = [
  route('can-bo/dang-nhap', 'routes/officer/sign-in.tsx'),
  route('can-bo/dang-xuat', 'routes/officer/sign-out.ts'),
  route('can-bo/phien/gia-han', 'routes/officer/session-extend.ts'),
  route('can-bo/ho-so/:id/tep/:fileId', 'routes/officer/attachment.ts'),
  layout('routes/officer/layout.tsx', [
    route('can-bo', 'routes/officer/queue.tsx'),
    route('can-bo/ho-so/:id', 'routes/officer/application.tsx'),
    route('can-bo/ho-so/:id/thu-xin-loi', 'routes/officer/apology.tsx'),
    route('can-bo/tai-khoan', 'routes/officer/accounts.tsx'),
  ]),
];
