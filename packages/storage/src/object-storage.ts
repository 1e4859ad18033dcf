/** Placeholder: the evidence helper defines the storage interface here. */
export {};
