import { insertSession } from "@zorgpact/db/repositories/session.repository";
import { insertIndicator, insertIssue, insertNode } from "@zorgpact/db/test/fixtures";
import { hashSessionToken, newSessionToken } from "../../services/session-token.ts";
import { callerFor } from "../caller.ts";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

/** The measurements table's export, template and import: editors of the pact and the national team. */

const importFile = async (f: Fixture, record: RecordSide) => {
  const nodeId = await insertNode(f.handle.db, f.pacts[record], { kind: "result", issueId: await insertIssue(f.handle.db, f.pacts[record]) });
  const csv = `Indicator-ID;Datum;Waarde;Bron\n${await insertIndicator(f.handle.db, nodeId)};31-12-2017;12,5;matrix\n`;
  return { pactId: f.pacts[record], fileName: "metingen.csv", contentBase64: Buffer.from(csv).toString("base64") };
};

/** The apply needs the preview's basis; the national team's preview gives it. */
const withBasis = async (f: Fixture, record: RecordSide) => {
  const file = await importFile(f, record);
  const token = newSessionToken();
  await insertSession(f.handle.db, { tokenHash: hashSessionToken(token), userId: f.users.nationalAdmin, at: new Date(), ip: null });
  const report = await callerFor(f.handle.db, { sessionToken: token }).measurement.previewImport(file);
  return { ...file, basis: report.basis };
};

export const measurementMatrix: MatrixFragment = {
  "measurement.export": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r], format: "csv" }) },
  "measurement.template": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r], format: "xlsx" }) },
  "measurement.previewImport": { rule: rules.ownPact, input: importFile },
  "measurement.commitImport": { rule: rules.ownPact, input: withBasis },
};
