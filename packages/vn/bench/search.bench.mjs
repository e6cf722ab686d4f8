// `pnpm bench` (or `turbo run bench`): prints figures, never fails on them.
// 1. Time of one search keystroke over all 3,321 communes (the compiled dist, as shipped).
// 2. Size of the compact commune list + search, bundled for a browser and minified, gzipped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { communes, searchPlaces } = await import(join(dist, 'places.js'));

const QUERIES = [
  'thai nguyen',
  'xa ba be',
  'phuong bac kan',
  'Xã Chợ Đồn',
  'na ri',
  'tp ho chi minh',
  'hoà bình',
  'phuong sai gon',
  'dong hoi',
  'bac can',
];
const keystrokes = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (n) => `${n.toFixed(3)} ms`;

let t = performance.now();
searchPlaces('a');
const firstCall = performance.now() - t;

// Warm up, then measure every keystroke of every query, several rounds.
for (const k of keystrokes) searchPlaces(k);
const times = [];
for (let round = 0; round < 10; round += 1) {
  for (const k of keystrokes) {
    t = performance.now();
    searchPlaces(k);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
console.log(`search over ${communes.length} communes, ${times.length} keystrokes`);
console.log(`  first call (builds the index): ${ms(firstCall)}`);
console.log(
  `  per keystroke: median ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1))}`,
);

// Bundle what a browser combobox imports: the compact list and the search.
const { build } = await import('vite');
const dir = mkdtempSync(join(tmpdir(), 'dvc-vn-bench-'));
async function bundle(name, code) {
  const entry = join(dir, `${name}.js`);
  writeFileSync(entry, code);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: name },
      rollupOptions: { external: [] },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const js = outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
  return { raw: Buffer.byteLength(js), gzip: gzipSync(js, { level: 9 }).length, js };
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
try {
  const places = await bundle(
    'places',
    `export { communes, provinces, searchPlaces, communesOf } from ${JSON.stringify(join(dist, 'places.js'))};`,
  );
  console.log(
    `browser bundle of @dvc/vn/places (communes + search), minified: ${kb(places.raw)}, ` +
      `gzip ${kb(places.gzip)} (target: under 80 KB gzip${places.gzip < 80 * 1024 ? ', met' : ', NOT met'})`,
  );
  const main = await bundle('main', `export * from ${JSON.stringify(join(dist, 'index.js'))};`);
  console.log(
    `browser bundle of @dvc/vn (main entry, everything), minified: ${kb(main.raw)}, gzip ${kb(main.gzip)}; ` +
      `contains commune data: ${main.js.includes('Phường Bắc Kạn') ? 'YES (should not)' : 'no'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
