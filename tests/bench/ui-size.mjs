// Prints the gzip size of each @dvc/ui component's JS and CSS, and of the set a typical
// question page uses. Figures only: nothing here fails on a number.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const uiDist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'ui', 'dist');
const react = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];
/** Shared by every page (the i18n runtime and catalogs), measured once on its own. */
const shared = ['i18next', 'react-i18next', '@dvc/i18n', '@dvc/i18n/react'];

const questionPage = {
  components: [
    'Button',
    'TextInput',
    'DateInput',
    'Radios',
    'Checkboxes',
    'ErrorSummary',
    'Dialog',
  ],
  // The components' own CSS plus what they share: labels, hints, errors, fieldsets, choices.
  css: [
    'button',
    'text-input',
    'date-input',
    'radios',
    'checkboxes',
    'error-summary',
    'dialog',
    'label',
    'hint',
    'error-message',
    'fieldset',
    'form-field',
    'choices',
    'visually-hidden',
  ],
  targets: { js: 25 * 1024, css: 12 * 1024 },
};

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function bundle(code, external) {
  const result = await build({
    stdin: { contents: code, resolveDir: uiDist, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

function componentFolders() {
  return readdirSync(uiDist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(uiDist, d.name, 'index.js')))
    .map((d) => d.name)
    .filter((name) => !['i18n', 'css', 'test-utils', 'form-field'].includes(name))
    .sort();
}

function cssSize(name) {
  const file = join(uiDist, 'css', `${name}.css`);
  return existsSync(file) ? gz(readFileSync(file, 'utf8')) : 0;
}

if (!existsSync(uiDist)) {
  console.log('packages/ui/dist is missing: build first (turbo run build)');
  process.exit(1);
}

console.log(
  '@dvc/ui sizes, minified + gzip (React, i18next and the catalogs excluded: shared by every page)\n',
);
console.log('component'.padEnd(24) + 'JS'.padStart(10) + 'CSS'.padStart(10));
for (const folder of componentFolders()) {
  const js = await bundle(`export * from './${folder}/index.js';`, [...react, ...shared]);
  console.log(folder.padEnd(24) + kb(gz(js)).padStart(10) + kb(cssSize(folder)).padStart(10));
}

const sharedJs = await bundle(`export * from '@dvc/i18n'; export * from '@dvc/i18n/react';`, react);
console.log(`\nshared i18n runtime + vi/en catalogs: ${kb(gz(sharedJs))} JS`);

const ui = await import(join(uiDist, 'index.js'));
const available = questionPage.components.filter((name) => name in ui);
const pageJs = await bundle(`export { ${available.join(', ')} } from './index.js';`, [
  ...react,
  ...shared,
]);
const pageCss = questionPage.css.map((n) => readFileSyncSafe(n)).join('\n');
const missing = questionPage.components.filter((n) => !available.includes(n));
console.log(
  `\nTypical question page (${available.join(', ')}${missing.length ? `; not built yet: ${missing.join(', ')}` : ''})`,
);
console.log(
  `  JS  ${kb(gz(pageJs))} gzip (target < ${kb(questionPage.targets.js)}, React and shared i18n excluded)`,
);
console.log(`  CSS ${kb(gz(pageCss))} gzip (target < ${kb(questionPage.targets.css)})`);
const withShared = await bundle(`export { ${available.join(', ')} } from './index.js';`, react);
console.log(`  JS with the i18n runtime and catalogs: ${kb(gz(withShared))} gzip`);

const buttonOnly = await bundle(`export { Button } from './index.js';`, [...react, ...shared]);
console.log(
  `\nTree shaking: importing only Button from the package entry ships ${kb(gz(buttonOnly))} gzip JS`,
);

function readFileSyncSafe(name) {
  const file = join(uiDist, 'css', `${name}.css`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
