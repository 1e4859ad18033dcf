import type { Sector, educationLevels, governmentLevels } from "@zorgpact/domain/organisation";

type EducationLevel = (typeof educationLevels)[number];
type GovernmentLevel = (typeof governmentLevels)[number];

export interface OrganisationSeed {
  name: string;
  sector: Sector;
  level: EducationLevel | GovernmentLevel | null;
  place: string | null;
}

const care = (name: string, place: string | null): OrganisationSeed => ({ name, sector: "care_welfare", level: null, place });
const school = (name: string, level: EducationLevel, place: string | null): OrganisationSeed => ({ name, sector: "education", level, place });
const government = (name: string, level: GovernmentLevel, place: string | null): OrganisationSeed => ({ name, sector: "government", level, place });
const employers = (name: string, place: string | null): OrganisationSeed => ({ name, sector: "employers_organisation", level: null, place });
const other = (name: string, place: string | null): OrganisationSeed => ({ name, sector: "other", level: null, place });

/**
 * Organisations of the gouden driehoek. Names from the seeds where they exist (Tinten
 * Welzijnsgroep, Xtra, ContourdeTwern, Graafschapcollege, …); the smaller care providers and
 * some regional employers' organisations are invented for the demo and named after their region.
 */
export const organisations: readonly OrganisationSeed[] = [
  // Zorg en welzijn
  care("Tinten Welzijnsgroep", null),
  care("Xtra", "Den Haag"),
  care("ContourdeTwern", "Tilburg"),
  care("Thuiszorg Noorderland", "Groningen"),
  care("Welzijnsorganisatie Leeuwarden", "Leeuwarden"),
  care("Zorggroep Rijnmond Zuid", "Rotterdam"),
  care("Wijkverpleging Noord-Holland Noord", "Alkmaar"),
  care("Zorggroep Amsterdam Noord", "Amsterdam"),
  care("Zorg en Welzijn Zaanstreek", "Zaandam"),
  care("Zorggroep Drechtsteden", "Dordrecht"),
  care("Welzijn Zwolle", "Zwolle"),
  care("Gehandicaptenzorg Twente", "Enschede"),
  care("Zorggroep Achterhoek Oost", "Winterswijk"),
  care("Zorggroep Noord-Veluwe", "Harderwijk"),
  care("Welzijn Nijmegen", "Nijmegen"),
  care("Thuiszorg Utrecht Stad", "Utrecht"),
  care("Ouderenzorg Haaglanden", "Den Haag"),
  care("GGZ Midden-Brabant", "Tilburg"),
  care("Wijkzorg Eindhoven", "Eindhoven"),
  care("Zorggroep West-Brabant", "Breda"),
  care("Ouderenzorg Parkstad", "Heerlen"),
  care("Zorggroep Walcheren", "Middelburg"),

  // Onderwijs
  school("SG VMBO Zuidwest", "vmbo", "Den Haag"),
  school("Graafschapcollege", "mbo", "Doetinchem"),
  school("ROC Tilburg", "mbo", "Tilburg"),
  school("ROC Mondriaan", "mbo", "Den Haag"),
  school("Noorderpoort", "mbo", "Groningen"),
  school("Friesland College", "mbo", "Leeuwarden"),
  school("ROC Rijn IJssel", "mbo", "Arnhem"),
  school("ROC Midden Nederland", "mbo", "Utrecht"),
  school("MBO Amersfoort", "mbo", "Amersfoort"),
  school("ROC van Amsterdam", "mbo", "Amsterdam"),
  school("Albeda", "mbo", "Rotterdam"),
  school("Zadkine", "mbo", "Rotterdam"),
  school("Da Vinci College", "mbo", "Dordrecht"),
  school("Deltion College", "mbo", "Zwolle"),
  school("Landstede", "mbo", "Zwolle"),
  school("ROC van Twente", "mbo", null),
  school("Summa College", "mbo", "Eindhoven"),
  school("ROC West-Brabant", "mbo", null),
  school("Gilde Opleidingen", "mbo", "Roermond"),
  school("Arcus College", "mbo", "Heerlen"),
  school("Scalda", "mbo", null),
  school("Horizon College", "mbo", "Alkmaar"),
  school("Hogeschool Inholland", "hbo", null),
  school("Hogeschool van Arnhem en Nijmegen", "hbo", "Nijmegen"),
  school("Hogeschool Windesheim", "hbo", "Zwolle"),
  school("Avans Hogeschool", "hbo", null),
  school("De Haagse Hogeschool", "hbo", "Den Haag"),
  school("Hanzehogeschool Groningen", "hbo", "Groningen"),
  school("NHL Hogeschool", "hbo", "Leeuwarden"),
  school("Hogeschool Utrecht", "hbo", "Utrecht"),
  school("Hogeschool van Amsterdam", "hbo", "Amsterdam"),
  school("Hogeschool Rotterdam", "hbo", "Rotterdam"),
  school("Saxion", "hbo", "Enschede"),
  school("Fontys Hogescholen", "hbo", "Eindhoven"),
  school("Zuyd Hogeschool", "hbo", "Heerlen"),
  school("HZ University of Applied Sciences", "hbo", "Vlissingen"),
  school("Radboud Universiteit", "wo", "Nijmegen"),
  school("Vrije Universiteit Amsterdam", "wo", "Amsterdam"),
  school("Erasmus Universiteit Rotterdam", "wo", "Rotterdam"),
  school("Universiteit Maastricht", "wo", "Maastricht"),

  // Overheid
  government("Gemeente Rotterdam", "gemeente", "Rotterdam"),
  government("Gemeente Den Haag", "gemeente", "Den Haag"),
  government("Gemeente Amsterdam", "gemeente", "Amsterdam"),
  government("Gemeente Amstelveen", "gemeente", "Amstelveen"),
  government("Gemeente Tilburg", "gemeente", "Tilburg"),
  government("Gemeente Zwolle", "gemeente", "Zwolle"),
  government("Gemeente Heerlen", "gemeente", "Heerlen"),
  government("Gemeente Groningen", "gemeente", "Groningen"),
  government("Gemeente Leeuwarden", "gemeente", "Leeuwarden"),
  government("Gemeente Doetinchem", "gemeente", "Doetinchem"),
  government("Gemeente Harderwijk", "gemeente", "Harderwijk"),
  government("Gemeente Nijmegen", "gemeente", "Nijmegen"),
  government("Gemeente Utrecht", "gemeente", "Utrecht"),
  government("Gemeente Alkmaar", "gemeente", "Alkmaar"),
  government("Gemeente Eindhoven", "gemeente", "Eindhoven"),
  government("Gemeente Dordrecht", "gemeente", "Dordrecht"),
  government("Gemeente Middelburg", "gemeente", "Middelburg"),
  government("Provincie Groningen", "provincie", "Groningen"),
  government("Provincie Overijssel", "provincie", "Zwolle"),
  government("Provincie Limburg", "provincie", "Maastricht"),
  government("Ministerie van VWS", "rijk", "Den Haag"),
  government("Ministerie van OCW", "rijk", "Den Haag"),
  government("Ministerie van SZW", "rijk", "Den Haag"),

  // Werkgeversorganisaties
  employers("WGV Zorg & Welzijn", "Zwolle"),
  employers("Zorgplein Noord", "Groningen"),
  employers("ZONH", null),
  employers("Sigra", "Amsterdam"),
  employers("Utrechtzorg", "Utrecht"),
  employers("ZWconnect", null),
  employers("Transvorm", null),
  employers("RegioPlus", null),
  employers("Sociaal Werk Nederland", "Utrecht"),
  employers("Werkgeversorganisatie Zorg en Welzijn Rijnmond", "Rotterdam"),
  employers("Werkgeversorganisatie Zorg en Welzijn Twente", "Enschede"),
  employers("Werkgeversorganisatie Zorg en Welzijn Zuid-Holland Zuid", "Dordrecht"),
  employers("Werkgeversorganisatie Zorg en Welzijn Veluwe", "Harderwijk"),
  employers("Werkgeversorganisatie Zorg en Welzijn West-Brabant", "Breda"),
  employers("Werkgeversorganisatie Zorg en Welzijn Limburg", null),
  employers("Werkgeversorganisatie Zorg en Welzijn Zeeland", "Goes"),

  // Overig
  other("Centre of Expertise Healthy Ageing", "Groningen"),
  other("Expertisecentrum voor Innovatie Zorg en Technologie (EIZT)", "Heerlen"),
  other("Calibris Advies", null),
  other("Commissie Innovatie Zorgberoepen & Opleidingen", null),
  other("Platform31", "Den Haag"),
  other("Movisie", "Utrecht"),
];
