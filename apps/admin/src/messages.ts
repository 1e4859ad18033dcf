/**
 * The admin app's Dutch strings live per page in messages/. This file keeps the app shell's
 * `messages` and the older `adminMessages` names for the pages that still import them from here.
 */
import { adminNavMessages, commonMessages } from "./messages/common.ts";
import { frontRunnerMessages } from "./messages/front-runners.ts";
import { organisationMessages } from "./messages/organisations.ts";
import { pactEditMessages } from "./messages/pact-edit.ts";
import { pactNewMessages } from "./messages/pact-new.ts";
import { regionMessages } from "./messages/regions.ts";
import { taxonomyMessages } from "./messages/taxonomies.ts";

export { messages } from "./messages/app.ts";

/**
 * The national administration and pact-edit strings under their old names, for pages not yet
 * importing their own file from messages/ (new code imports messages/<page>.ts directly).
 */
export const adminMessages = {
  nav: adminNavMessages,
  common: commonMessages,
  ...pactEditMessages,
  pactNew: pactNewMessages,
  organisations: organisationMessages,
  regions: regionMessages,
  taxonomies: taxonomyMessages,
  frontRunners: frontRunnerMessages,
} as const;
