import { createContext, useContext } from "react";
import type { Agenda } from "@zorgpact/domain/agenda";
import type { Taxonomies } from "./taxonomies.ts";

export interface AgendaContextValue {
  pactId: string;
  agenda: Agenda;
  taxonomies: Taxonomies;
  /** Fetches the agenda again now and returns it: "Nieuwste versie laden". */
  refresh: () => Promise<Agenda>;
  /** After a change: refetch this pact's agenda (completeness, cost and progress are derived from it). */
  invalidate: () => Promise<void>;
}

export const AgendaContext = createContext<AgendaContextValue | null>(null);

export function useAgenda(): AgendaContextValue {
  const value = useContext(AgendaContext);
  if (!value) throw new Error("useAgenda buiten de agendapagina gebruikt");
  return value;
}
