export { foldText, normalizeText } from './text.js';
