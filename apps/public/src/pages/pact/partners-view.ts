/** Partners grouped by sector, the gouden driehoek first (the domain's sector order), trekkers first within a group. */
import { sectors, type Partner, type Sector } from "@zorgpact/domain/organisation";

export interface SectorGroup {
  sector: Sector;
  partners: Partner[];
}

const byRoleThenName = (a: Partner, b: Partner) => (a.role === "lead" ? 0 : 1) - (b.role === "lead" ? 0 : 1) || a.name.localeCompare(b.name, "nl");

export function partnersBySector(partners: readonly Partner[]): SectorGroup[] {
  return sectors
    .map((sector) => ({ sector, partners: partners.filter((p) => p.sector === sector).sort(byRoleThenName) }))
    .filter((group) => group.partners.length > 0);
}
