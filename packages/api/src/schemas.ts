/**
 * `@shabaka/api/schemas`: the input schemas the portal's forms validate with, the same objects the procedures parse.
 * Isomorphic — zod, libphonenumber-js and `@shabaka/db/enums` only; test/schemas-bundle.test.ts bundles this entry
 * and fails if a server module (kysely, pg, PGlite, fastify, node:*) becomes reachable from it.
 */
export * from './fields';
export {
  COMPLAINT_LIMITS,
  assignInput as complaintAssignInput,
  complaintCode,
  contact as complaintContact,
  location as complaintLocation,
  noteInput as complaintNoteInput,
  reopenInput as complaintReopenInput,
  rateInput as complaintRateInput,
  registerInput as complaintRegisterInput,
  submitInput as complaintSubmitInput,
  transitionInput as complaintTransitionInput,
  type RegisterInput as ComplaintRegisterInput,
  type SubmitInput as ComplaintSubmitInput,
} from './complaints/schemas';
export {
  answerInput as informationAnswerInput,
  extendInput as informationExtendInput,
  headAnswerInput as informationHeadAnswerInput,
  headComplaintInput as informationHeadComplaintInput,
  informationCode,
  publishInput as informationPublishInput,
  refuseInput as informationRefuseInput,
  registerInput as informationRegisterInput,
  requester as informationRequester,
  staffWithdrawInput as informationStaffWithdrawInput,
  startInput as informationStartInput,
  submitInput as informationSubmitInput,
  transferInput as informationTransferInput,
  unpublishInput as informationUnpublishInput,
  withdrawInput as informationWithdrawInput,
} from './information-requests/schemas';
export {
  changePasswordInput as authChangePasswordInput,
  requestPasswordResetInput as authRequestPasswordResetInput,
  resetPasswordInput as authResetPasswordInput,
  signInInput as authSignInInput,
  signUpInput as authSignUpInput,
  verifyEmailInput as authVerifyEmailInput,
} from './auth/schemas';
export {
  issueInput as documentIssueInput,
  recipient as documentRecipient,
  revokeInput as documentRevokeInput,
} from './documents/schemas';
export { createApiKeyInput } from './apikeys/schemas';
export { updateInput as procedureUpdateInput } from './procedures/schemas';
export {
  createInput as servicePointCreateInput,
  removeInput as servicePointRemoveInput,
  updateInput as servicePointUpdateInput,
} from './service-points/schemas';
export { REASONS, type ErrorReason, type Reason, type ReasonDomain } from './reasons';
export {
  setPreferencesInput as notificationSetPreferencesInput,
  unsubscribeInput as notificationUnsubscribeInput,
} from './notifications/schemas';
export {
  createInput as associationCreateInput,
  updateInput as associationUpdateInput,
  decideRepresentativeInput as associationDecideInput,
  proposeInput as associationProposeInput,
  requestInput as associationRequestInput,
  reviewChangeInput as associationReviewInput,
} from './associations/schemas';
export {
  grantInput as subsidyGrantInput,
  payInput as subsidyPayInput,
  prepareInput as subsidyPrepareInput,
} from './subsidies/schemas';
export {
  admissibilityInput as callAdmissibilityInput,
  applyInput as callApplyInput,
  callFields as callFieldsInput,
  committeeInput as callCommitteeInput,
  conflictInput as callConflictInput,
  extendInput as callExtendInput,
  proposeInput as callProposeInput,
  scoreInput as callScoreInput,
} from './calls/schemas';
export {
  answerInput as pacAnswerInput,
  contributeInput as pacContributeInput,
  draftFields as pacDraftFieldsInput,
  planFields as pacPlanFieldsInput,
  ANSWERS as PAC_ANSWERS,
} from './pac/schemas';
export {
  importInput as pacProjectsImportInput,
  linkInput as pacProjectsLinkInput,
  MAX_CSV_CHARS as PAC_PROJECTS_MAX_CSV_CHARS,
  PROJECT_STATUSES as PAC_PROJECT_STATUSES,
  REPORT_LANGUAGES as PAC_REPORT_LANGUAGES,
  reportInput as pacProjectsReportInput,
  rollUp as pacRollUp,
  saveInput as pacProjectsSaveInput,
  SHOWN_STATUSES as PAC_SHOWN_STATUSES,
  type ShownStatus as PacShownStatus,
} from './pac/projects/schemas';
export { itemFields as publicationItemFields, saveItemInput as publicationSaveInput } from './publication/schemas';
export {
  admissibilityInput as pacAdmissibilityInput,
  consultationFields as pacConsultationFieldsInput,
  paperBallotsInput as pacPaperBallotsInput,
  proposalFields as pacProposalFieldsInput,
  submitProposalInput as pacSubmitProposalInput,
  voteInput as pacVoteInput,
} from './pac/proposals/schemas';
export {
  attendanceInput as pacAttendanceInput,
  cancelWorkshopInput as pacCancelWorkshopInput,
  consultationFields as pacTargetedConsultationFieldsInput,
  minutesInput as pacMinutesInput,
  opinionInput as pacOpinionInput,
  paperSheetInput as pacPaperSheetInput,
  workshopFields as pacWorkshopFieldsInput,
} from './pac/workshops/schemas';
export {
  petitionFields as petitionFieldsInput,
  signerInput as petitionSignerInput,
  paperBatchInput as petitionPaperBatchInput,
  reviewInput as petitionReviewInput,
  decideInput as petitionDecideInput,
  sessionInput as petitionSessionInput,
  sessionUpdateInput as petitionSessionUpdateInput,
  answerInput as petitionAnswerInput,
  scheduleInput as petitionScheduleInput,
  followUpInput as petitionFollowUpInput,
  referenceInput as petitionReferenceInput,
} from './petitions/schemas';
export {
  BUDGET_DIRECTIONS,
  BUDGET_PARTS,
  importInput as budgetImportInput,
  readInput as budgetReadInput,
} from './budget/schemas';
export {
  periodInput as bulletinPeriodInput,
  textsInput as bulletinTextsInput,
  approveInput as bulletinApproveInput,
} from './bulletins/schemas';
export { figureLabel, figureValue, groupDigits, periodLabel, sectionTitle } from './bulletins/labels';
export { datasetInput as openDataDatasetInput } from './open-data/schemas';
export { DATASET_IDS } from './open-data/schemas';
export {
  answerInput as instanceAnswerInput,
  progressInput as instanceProgressInput,
  observationAnswerInput as instanceObservationAnswerInput,
  recommendationInput as instanceRecommendationInput,
  observationInput as instanceObservationInput,
} from './instances/schemas';
