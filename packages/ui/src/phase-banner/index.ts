export { PhaseBanner, type Phase, type PhaseBannerProps } from './PhaseBanner.js';
