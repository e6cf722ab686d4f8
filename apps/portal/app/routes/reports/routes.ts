import { route, type RouteConfigEntry } from '@react-router/dev/routes';

/** Leadership reports: the dashboard and its exports. Paths are relative to app/. */
export const reportRoutes: RouteConfigEntry[] = [
  route('bao-cao', 'routes/reports/dashboard.tsx'),
  route('bao-cao/tai-xuong.csv', 'routes/reports/export-csv.ts'),
  route('bao-cao/tai-xuong.xlsx', 'routes/reports/export-xlsx.ts'),
];
