// Creates the first national admin: `pnpm create-admin --email adres --name "Naam"`, with the
// password from ADMIN_PASSWORD or typed at the prompt (not echoed to the terminal's history).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { assertAcceptablePassword } from "@zorgpact/api/services/auth.service";
import { hashPassword } from "@zorgpact/api/services/password";
import { emailTaken, insertUser } from "@zorgpact/db/repositories/user.repository";
import { userCreateInputSchema } from "@zorgpact/domain/account";
import { z } from "zod";
import { openDatabase } from "../database-from-env.ts";
import { readEnv } from "../env.ts";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const password = process.env.ADMIN_PASSWORD ?? (await ask("Wachtwoord (minstens 12 tekens): "));

const parsed = userCreateInputSchema.safeParse({ email: values.email, name: values.name, role: "national_admin", pactIds: [], password });
if (!parsed.success) fail(z.prettifyError(parsed.error));
try {
  assertAcceptablePassword("password", parsed.data.password);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const handle = await openDatabase(readEnv());
try {
  if (await emailTaken(handle.db, parsed.data.email)) fail(`Er is al een gebruiker met ${parsed.data.email}.`);
  await insertUser(handle.db, { ...parsed.data, passwordHash: await hashPassword(parsed.data.password) });
  console.log(`Landelijk beheerder ${parsed.data.email} aangemaakt.`);
} finally {
  await handle.close();
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const answer = await rl.question(question);
  rl.close();
  return answer;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
