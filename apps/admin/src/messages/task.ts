/** Dutch labels of the task (reminder) pages. */
export const taskMessages = {} as const;

/** Dutch names of the task procedures in the audit log. */
export const taskAuditActions: Record<string, string> = {};
