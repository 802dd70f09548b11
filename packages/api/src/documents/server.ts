/** What the HTTP layer (apps/server/src/documents.ts) needs from documents and signing. */
export { configureSigning, isSigningConfigured, MIN_SECRET_LENGTH, type SigningSetup } from '../signing/runtime';
export { publicKeys, type PublishedKey } from '../signing/service';
export { verify, record, pdfForViewer, KEYS_PATH, verifyPath, recordPath, pdfPath, type Verification, type VerificationStatus, type Viewer } from './service';
export { DOCUMENT_CODE, MAX_VERIFY_PDF_BYTES } from './schemas';
