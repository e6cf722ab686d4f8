import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as citizenFlow from './0002-citizen-flow.js';
import * as officers from './0003-officers.js';
import * as reports from './0004-reports.js';

/**
 * Every migration, in order, as code: bundled with the server, so no folder has to be found
 * at run time. Add new ones at the end; never edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-citizen-flow': citizenFlow,
  '0003-officers': officers,
  '0004-reports': reports,
};
