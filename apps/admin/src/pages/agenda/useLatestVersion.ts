import { useState } from "react";
import type { Agenda } from "@zorgpact/domain/agenda";
import { useAgenda } from "./agenda-context.ts";

export type LatestState = "idle" | "loading" | "loaded" | "gone" | "failed";

/**
 * The `version` a form saves with, and "Nieuwste versie laden" after a CONFLICT: fetch the agenda
 * again, take the record's new version and leave what was typed alone, so the editor can compare
 * and save again.
 */
export function useLatestVersion(initial: number, find: (agenda: Agenda) => { version: number } | undefined, onLoaded?: () => void) {
  const { refresh } = useAgenda();
  const [version, setVersion] = useState(initial);
  const [latest, setLatest] = useState<LatestState>("idle");
  const loadLatest = async () => {
    setLatest("loading");
    try {
      const record = find(await refresh());
      if (record) {
        setVersion(record.version);
        setLatest("loaded");
        onLoaded?.();
      } else {
        setLatest("gone");
      }
    } catch {
      setLatest("failed");
    }
  };
  return { version, setVersion, latest, setLatest, loadLatest };
}
