import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseTokens, tokensToCss } from '../index.js';

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(distDir, { recursive: true });
writeFileSync(join(distDir, 'tokens.css'), tokensToCss(baseTokens));
