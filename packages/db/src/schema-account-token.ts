/** One-time links sent by e-mail: invitations and password resets (issue 13). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AccountTokenTables {}
