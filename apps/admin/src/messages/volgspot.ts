/** Dutch labels of the volgspot pages. */
export const volgspotMessages = {} as const;

/** Dutch names of the volgspot procedures in the audit log. */
export const volgspotAuditActions: Record<string, string> = {};
