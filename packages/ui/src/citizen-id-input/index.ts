export { CitizenIdInput, formatCitizenId, type CitizenIdInputProps } from './CitizenIdInput.js';
