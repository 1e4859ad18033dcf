import type { provinces } from "@zorgpact/domain/region";

export type Province = (typeof provinces)[number];

export interface RegionSeed {
  name: string;
  provinces: readonly Province[];
  /** Roughly the centre of the region. */
  latitude: number;
  longitude: number;
}

/** The regions of the regional Zorgpacten (figure 2 of the 2018 publication: near national coverage). */
export const regions: readonly RegionSeed[] = [
  { name: "Noord-Nederland", provinces: ["Groningen", "Friesland", "Drenthe"], latitude: 53.05, longitude: 6.25 },
  { name: "IJsselland en Flevoland", provinces: ["Overijssel", "Flevoland"], latitude: 52.5, longitude: 5.95 },
  { name: "Twente", provinces: ["Overijssel"], latitude: 52.3, longitude: 6.75 },
  { name: "Achterhoek", provinces: ["Gelderland"], latitude: 51.97, longitude: 6.45 },
  { name: "Veluwe", provinces: ["Gelderland"], latitude: 52.28, longitude: 5.8 },
  { name: "Arnhem/Nijmegen", provinces: ["Gelderland"], latitude: 51.9, longitude: 5.88 },
  { name: "Utrecht", provinces: ["Utrecht"], latitude: 52.09, longitude: 5.2 },
  { name: "Noord-Holland Noord", provinces: ["Noord-Holland"], latitude: 52.72, longitude: 4.85 },
  { name: "Amsterdam/Zaanstreek", provinces: ["Noord-Holland"], latitude: 52.4, longitude: 4.88 },
  { name: "Haaglanden", provinces: ["Zuid-Holland"], latitude: 52.06, longitude: 4.32 },
  { name: "Rotterdam-Rijnmond", provinces: ["Zuid-Holland"], latitude: 51.92, longitude: 4.45 },
  { name: "Zuid-Holland Zuid", provinces: ["Zuid-Holland"], latitude: 51.81, longitude: 4.7 },
  { name: "Zeeland", provinces: ["Zeeland"], latitude: 51.5, longitude: 3.85 },
  { name: "West-Brabant", provinces: ["Noord-Brabant"], latitude: 51.57, longitude: 4.7 },
  { name: "Midden-Brabant (Tilburg)", provinces: ["Noord-Brabant"], latitude: 51.56, longitude: 5.08 },
  { name: "Zuidoost-Brabant (Eindhoven)", provinces: ["Noord-Brabant"], latitude: 51.44, longitude: 5.48 },
  { name: "Limburg", provinces: ["Limburg"], latitude: 51.2, longitude: 5.95 },
  { name: "Heerlen/Parkstad", provinces: ["Limburg"], latitude: 50.89, longitude: 5.98 },
];
