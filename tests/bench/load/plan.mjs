// The answers the load clients give: the e2e journeys' own plan for the birth registration
// (tests/e2e/service-plans.ts), so the bench and the journeys cannot drift apart. The plan is
// TypeScript beside Playwright helpers; esbuild compiles it with Playwright and axe replaced by
// stand-ins that throw (the plan only uses the value helpers `place` and `pdfFile`), and a
// change of those imports fails here, loudly, instead of sending other answers.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const plansFile = resolve(here, '../../e2e/service-plans.ts');

const standIns = {
  '@playwright/test': ['expect', 'test'],
  './axe': ['expectNoAxeViolations', 'expectNoAxeViolationsWithoutJs'],
};

/** Loads one named plan (e.g. `khaiSinh`) from tests/e2e/service-plans.ts. */
export async function loadPlan(name) {
  const result = await build({
    entryPoints: [plansFile],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'bench-stand-ins',
        setup(b) {
          b.onResolve({ filter: /^(@playwright\/test|\.\/axe)$/ }, (args) => ({
            path: args.path,
            namespace: 'stand-in',
          }));
          b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({
            loader: 'js',
            contents:
              `const unavailable = () => { throw new Error('${args.path} is not loaded in the load bench'); };\n` +
              (standIns[args.path] ?? []).map((n) => `export const ${n} = unavailable;`).join('\n'),
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text ?? '';
  const plans = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const plan = plans[name];
  if (!plan) throw new Error(`tests/e2e/service-plans.ts exports no plan named ${name}`);
  return plan;
}

/** Clients (journeys) one run may have: one ID number each. */
export const maxClients = 100_000;

/**
 * The plan's answers for one client: the same person, with an ID number of their own (the
 * applicant's), so every application stored during the run names the client that sent it.
 * The numbers are valid (Bắc Kạn 006, a man born in 1994, as in the plan); the demo data may
 * hold the same numbers, which is why the check only attributes applications made during the
 * run (and by their submission key first).
 */
export function answersFor(plan, serial) {
  if (!Number.isInteger(serial) || serial < 0 || serial >= maxClients)
    throw new Error(`client ${serial}: the bench gives ID numbers to ${maxClients} clients`);
  const idNumber = `006094${String(900000 + serial)}`;
  const steps = {};
  for (const [step, fields] of Object.entries(plan.steps)) {
    steps[step] = fields.map(([name, value]) =>
      value === plan.idNumber ? [name, idNumber] : [name, value],
    );
  }
  return { idNumber, steps, consents: plan.consents };
}
