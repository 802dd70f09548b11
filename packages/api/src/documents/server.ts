/** What the HTTP layer (apps/server/src/documents.ts) needs from documents and signing. */
export { MIN_SECRET_LENGTH, type SigningSetup } from '../signing';
export { publicKeys, type PublishedKey } from '../signing';
export {
  verify,
  record,
  pdfForViewer,
  KEYS_PATH,
  verifyPath,
  recordPath,
  pdfPath,
  type Verification,
  type VerificationStatus,
  type Viewer,
} from './service';
export { DOCUMENT_CODE, MAX_VERIFY_PDF_BYTES } from './schemas';
