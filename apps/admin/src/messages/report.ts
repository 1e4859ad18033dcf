/** Dutch labels of the report pages. */
export const reportMessages = {} as const;

/** Dutch names of the report procedures in the audit log. */
export const reportAuditActions: Record<string, string> = {};
