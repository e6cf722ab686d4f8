export { ProgressIndicator, type ProgressIndicatorProps } from './ProgressIndicator.js';
