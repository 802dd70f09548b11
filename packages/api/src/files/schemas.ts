/** Uploads inside tRPC inputs: the rule lives with the other field builders (isomorphic). */
export { MAX_UPLOAD_BYTES, upload, type Upload } from '../fields';
