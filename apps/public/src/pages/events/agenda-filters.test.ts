import { describe, expect, it } from "vitest";
import { agendaFiltersToParams, agendaHref, agendaListInput, feedUrls, parseAgendaFilters } from "./agenda-filters.ts";

const REGION = "2b8e8f3e-6a5c-4a8e-9d6f-0c7b1d2e3f40";

describe("agenda filters in the URL", () => {
  it("reads period, kind, region, theme and page, dropping what the API would refuse", () => {
    const filters = parseAgendaFilters(new URLSearchParams(`tijd=voorbij&soort=national_working_day&regio=${REGION}&thema=geen-id&pagina=2`));
    expect(filters).toEqual({ period: "past", kind: "national_working_day", regionId: REGION, page: 2 });
    expect(parseAgendaFilters(new URLSearchParams("soort=feest&pagina=-1"))).toEqual({ period: "upcoming", page: 1 });
  });

  it("writes only what differs from the defaults, and round-trips", () => {
    expect(agendaHref({ period: "upcoming", page: 1 })).toBe("/agenda");
    const filters = { period: "past", kind: "thematic_meeting", page: 3 } as const;
    expect(agendaFiltersToParams(filters).toString()).toBe("soort=thematic_meeting&tijd=voorbij&pagina=3");
    expect(parseAgendaFilters(agendaFiltersToParams(filters))).toEqual(filters);
  });

  it("gives the feed the filters but not the period or page, as webcal and download links", () => {
    const urls = feedUrls({ period: "past", kind: "regional_meeting", regionId: REGION, page: 4 }, { protocol: "https:", host: "zorgpact.example" });
    expect(urls.download).toBe(`/agenda.ics?soort=regional_meeting&regio=${REGION}`);
    expect(urls.subscribe).toBe(`webcal://zorgpact.example/agenda.ics?soort=regional_meeting&regio=${REGION}`);
  });

  it("asks the API for one page of one period", () => {
    expect(agendaListInput({ period: "past", page: 2 })).toEqual({ period: "past", page: 2, pageSize: 10 });
  });
});
