/** Dutch labels of the event pages. */
export const eventMessages = {} as const;

/** Dutch names of the event procedures in the audit log. */
export const eventAuditActions: Record<string, string> = {};
