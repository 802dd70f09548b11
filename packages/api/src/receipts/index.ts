/** The receipts domain as other domains see it: import from here, never from its files. */
export { renderComplaintReceipt, renderInformationReceipt } from './pdf';
