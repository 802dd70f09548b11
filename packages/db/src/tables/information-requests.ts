/** Tables of Law 31-13 access-to-information requests and the working-day calendar (issue 4). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InformationRequestTables {}
