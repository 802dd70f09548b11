/** Tables of the procedures catalogue and service points (issue 4). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ProcedureTables {}
