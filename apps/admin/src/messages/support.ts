/** Dutch labels of the support pages. */
export const supportMessages = {} as const;

/** Dutch names of the support procedures in the audit log. */
export const supportAuditActions: Record<string, string> = {};
