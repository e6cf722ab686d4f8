export { TimeoutWarning, isAnnouncementPoint, type TimeoutWarningProps } from './TimeoutWarning.js';
