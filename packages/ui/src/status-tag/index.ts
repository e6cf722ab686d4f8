export { StatusTag, type StatusTagProps } from './StatusTag.js';
export {
  applicationStatuses,
  findApplicationStatus,
  type ApplicationStatus,
  type ApplicationStatusCode,
  type ApplicationStatusId,
} from './statuses.js';
