// Test-time stand-in for the generated dist/places-data.js: the same rows, computed in Node.
import { compactRows } from './places-source.js';

export const { provinceRows, communeRows } = compactRows();
