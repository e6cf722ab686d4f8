import type { Route } from './+types/export-csv';
import { csvResponse } from './export.server';

/** GET /bao-cao/tai-xuong.csv?period=…&service=…&commune=…: the dashboard's figures as CSV. */
export function loader({ request, context }: Route.LoaderArgs) {
  return csvResponse({ request, context });
}
