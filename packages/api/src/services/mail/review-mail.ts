import { periodLabel, periodStartOf, type IndicatorFrequency } from "@zorgpact/domain/indicator-period";
import { formatIndicatorValue, type UnitKind } from "@zorgpact/domain/indicator-unit";
import { apiEnv } from "../../env.ts";
import { compose, type AccountMail } from "./account-mail.ts";
import { dutchDate } from "./reminder-mail.ts";

/**
 * The e-mail to an editor whose measurement (or correction of a locked value) a reviewer
 * returned: what, which period and value, the reviewer's comment, and the way back to it.
 */

/** The pact's indicators in the admin app, where the returned measurement shows its comment. */
export function indicatorsPageUrl(pactId: string, appUrl = apiEnv.appUrl): string {
  return `${appUrl}/admin/zorgpacten/${encodeURIComponent(pactId)}/agenda/indicatoren`;
}

export interface ReturnedMeasurement {
  name: string;
  reviewerName: string | null;
  pactName: string;
  indicatorName: string;
  measuredOn: string;
  value: number;
  unit: string;
  unitKind: UnitKind;
  frequency: IndicatorFrequency;
  comment: string;
  correction: boolean;
  url: string;
}

/** A subject is one header line: names never bring a line break into it. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export function measurementReturnedMail(m: ReturnedMeasurement): AccountMail {
  const what = m.correction ? "correctie" : "meting";
  const reviewer = m.reviewerName ?? "De beoordelaar";
  const period = periodLabel(periodStartOf(m.measuredOn, m.frequency), m.frequency);
  return compose(oneLine(`${m.correction ? "Correctie" : "Meting"} teruggestuurd: ${m.indicatorName} (${m.pactName})`), [
    `Beste ${m.name},`,
    `${reviewer} heeft je ${what} bij de indicator "${m.indicatorName}" van ${m.pactName} teruggestuurd. De teruggestuurde waarde is niet openbaar.`,
    `Periode: ${period} (meetdatum ${dutchDate(m.measuredOn)})\nWaarde: ${formatIndicatorValue(m.value, m.unitKind, m.unit)}`,
    `Opmerking van ${m.reviewerName ?? "de beoordelaar"}:\n${m.comment}`,
    m.correction
      ? "Dien bij de indicator (link hieronder) een nieuwe correctie in, met de reden; die gaat opnieuw ter beoordeling."
      : "Pas de meting aan bij de indicator (link hieronder). Zodra je haar opslaat, gaat ze opnieuw ter beoordeling.",
    { link: m.url, label: `Naar de indicatoren van ${m.pactName}` },
  ]);
}
