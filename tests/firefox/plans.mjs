// The answers the keyboard-only journeys give, service by service: the very plans of the
// Playwright journeys (tests/e2e/service-plans.ts), so both engines walk the same applications
// and a change to a service is made in one place. That file is TypeScript and imports the
// Playwright helpers (tests/e2e/service-journey.ts); esbuild (a dependency of tests/) bundles
// it here in memory, with the Playwright test runner and axe module replaced by empty stand-ins:
// only the plan data and its two small builders (`place`, `pdfFile`) are used from it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {string
 *   | { option: string, label: string }
 *   | { file: { name: string, mimeType: string, buffer: Buffer } }} FieldValue
 * @typedef {{
 *   slug: string,
 *   steps: Record<string, [string, FieldValue][]>,
 *   groups?: Record<string, { group: string, items: number }>,
 *   consents: string[],
 *   idNumber: string,
 * }} ServicePlan
 */

const source = fileURLToPath(new URL('../e2e/service-plans.ts', import.meta.url));

/** @type {import('esbuild').Plugin} */
const leaveOutTestRunner = {
  name: 'leave-out-test-runner',
  setup(plugin) {
    plugin.onResolve(
      { filter: /^(?:@playwright\/test|@axe-core\/playwright|\.\/axe)$/ },
      (args) => ({
        path: args.path,
        namespace: 'left-out',
      }),
    );
    // A CommonJS module with nothing in it: the named imports become undefined properties,
    // which only the Playwright-driven functions (never called here) would touch.
    plugin.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
      contents: 'module.exports = {};',
      loader: 'js',
    }));
  },
};

/** Loads the three service plans from tests/e2e/service-plans.ts. */
export async function loadPlans() {
  const result = await build({
    entryPoints: [source],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [leaveOutTestRunner],
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`esbuild produced nothing for ${source}`);
  /** @type {{ khaiSinh: ServicePlan, thuongTru: ServicePlan, lyLich: ServicePlan }} */
  const plans = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { khaiSinh: plans.khaiSinh, thuongTru: plans.thuongTru, lyLich: plans.lyLich };
}
