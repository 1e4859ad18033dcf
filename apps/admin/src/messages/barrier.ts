/** Dutch labels of the barrier pages. */
export const barrierMessages = {} as const;

/** Dutch names of the barrier procedures in the audit log. */
export const barrierAuditActions: Record<string, string> = {};
