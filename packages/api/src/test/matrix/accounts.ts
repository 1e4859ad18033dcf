import { issueAccountToken } from "@zorgpact/db/repositories/account-token.repository";
import { newAccountToken } from "../../services/account-token.ts";
import type { Fixture, RecordSide } from "./rules.ts";
import { createTestUser } from "../caller.ts";
import { rules, type MatrixFragment } from "./rules.ts";

/** A fresh user in the record's pact with an open invitation, and the token of its link. */
async function invitedUser(f: Fixture, record: RecordSide): Promise<{ userId: string; token: string }> {
  const user = await createTestUser(f.handle.db, "regional_editor", [f.pacts[record]]);
  const { token, tokenHash } = newAccountToken();
  const at = new Date();
  await issueAccountToken(f.handle.db, {
    userId: user.id,
    purpose: "invitation",
    tokenHash,
    expiresAt: new Date(at.getTime() + 60 * 60_000),
    createdBy: null,
    at,
  });
  return { userId: user.id, token };
}

/** Accounts by e-mail (issue 13): the national team invites; anyone may ask for and use a link. */
export const accountsMatrix: MatrixFragment = {
  "user.invite": {
    rule: rules.nationalAdmin,
    input: (f, r) => ({
      email: `uitgenodigd-${crypto.randomUUID()}@test.zorgpact.nl`,
      name: "Uitgenodigde redacteur",
      role: "regional_editor",
      pactIds: [f.pacts[r]],
    }),
  },
  "user.resendInvitation": { rule: rules.nationalAdmin, input: async (f, r) => ({ id: (await invitedUser(f, r)).userId }) },
  "auth.requestPasswordReset": { rule: rules.everyone, input: () => ({ email: `vergeten-${crypto.randomUUID()}@test.zorgpact.nl` }) },
  "auth.checkAccountToken": { rule: rules.everyone, input: () => ({ token: "onbekend-token" }) },
  "auth.setPasswordWithToken": {
    rule: rules.everyone,
    input: async (f, r) => ({ token: (await invitedUser(f, r)).token, newPassword: "een lange zin die niemand raadt" }),
  },
};
