/** Dutch strings of one page; loaded with that page only, so they stay out of the landing page's JavaScript. */
import { formatNumber } from "@zorgpact/ui/format.ts";

export const mapMessages = {
  title: "Kaart",
  heading: "Kaart van de zorgpacten",
  lead: "Waar de regionale zorgpacten en broedplaatsen zitten. Kies een zorgpact op de kaart, of bekijk dezelfde gegevens in de tabel.",
  viewLabel: "Weergave",
  showMap: "Kaart",
  showTable: "Tabel",
  mapLabel: "Kaart van Nederland met de regionale zorgpacten en broedplaatsen",
  markerLabel: (name: string, kind: string, region: string) => `${name} (${kind}, regio ${region})`,
  frontRunnersMarker: (region: string, count: number) => `${count === 1 ? "1 koploper" : `${count} koplopers`} in regio ${region}`,
  legendRegional: "Regionaal zorgpact of broedplaats",
  legendFrontRunners: "Alleen koplopers",
  keyboardHint: "Met Tab ga je langs de zorgpacten op de kaart; met Enter open je er een.",
  attribution: "Kaartgegevens: Natural Earth (publiek domein).",
  tableCaption: "Regio's met hun zorgpacten",
  regionColumn: "Regio",
  provincesColumn: "Provincies",
  pactsColumn: "Zorgpacten en broedplaatsen",
  frontRunnersColumn: "Koplopers",
  frontRunnerCount: (count: number) => (count === 1 ? "1 koploper" : `${formatNumber(count)} koplopers`),
  noPacts: "Geen",
  empty: "Er zijn nog geen gepubliceerde zorgpacten met een regio.",
} as const;
