/** Dutch labels of the regulation pages. */
export const regulationMessages = {} as const;

/** Dutch names of the regulation procedures in the audit log. */
export const regulationAuditActions: Record<string, string> = {};
