export { FileUpload, type FileUploadProps } from './FileUpload.js';
export { acceptedExtensions, checkFile, sniffKind, type FileProblem } from './file-checks.js';
