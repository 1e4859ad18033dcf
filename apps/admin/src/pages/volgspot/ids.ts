const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a route parameter can be a record id (anything else is "not found" without asking the API). */
export const isUuid = (value: string) => UUID.test(value);
