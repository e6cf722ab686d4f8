import type { Route } from './+types/export-xlsx';
import { workbookResponse } from './export.server';

/** GET /bao-cao/tai-xuong.xlsx?period=…&service=…&commune=…: the same figures as a workbook. */
export function loader({ request, context }: Route.LoaderArgs) {
  return workbookResponse({ request, context });
}
