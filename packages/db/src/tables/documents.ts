/** Tables of remotely signed official documents and commune signing keys (issue 4). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DocumentTables {}
