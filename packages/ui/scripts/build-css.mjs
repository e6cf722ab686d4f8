// Copies each component's CSS to dist/css/<file>.css and joins them into dist/styles.css,
// so an app can ship one file or only the components it uses.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const outDir = join(root, 'dist', 'css');

function cssFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return cssFiles(path);
      return name.endsWith('.css') ? [path] : [];
    });
}

mkdirSync(outDir, { recursive: true });
const files = cssFiles(src);
const names = new Set();
for (const file of files) {
  const name = basename(file);
  if (names.has(name))
    throw new Error(`Two CSS files are named ${name}; CSS file names must be unique`);
  names.add(name);
  writeFileSync(join(outDir, name), readFileSync(file));
}
writeFileSync(
  join(root, 'dist', 'styles.css'),
  files.map((file) => `/* ${basename(file)} */\n${readFileSync(file, 'utf8')}`).join('\n'),
);
