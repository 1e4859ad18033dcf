import { createContext, useContext } from "react";

export type StatusTone = "ok" | "error";

export interface AgendaStatusMessage {
  /** Changes with every message, so the same text twice is still announced as new. */
  id: number;
  text: string;
  tone: StatusTone;
}

/**
 * The one status region of an agenda part: every save, delete or link reports here, and a new
 * message replaces the one before instead of piling up in each section.
 */
export interface AgendaStatus {
  show: (text: string, tone?: StatusTone) => void;
  clear: () => void;
}

export const AgendaStatusContext = createContext<AgendaStatus | null>(null);

export function useAgendaStatus(): AgendaStatus {
  const value = useContext(AgendaStatusContext);
  if (!value) throw new Error("useAgendaStatus buiten de agendapagina gebruikt");
  return value;
}
