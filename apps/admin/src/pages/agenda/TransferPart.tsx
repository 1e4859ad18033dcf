import { agendaMessages } from "../../messages/agenda.ts";
import { ExportSection } from "./ExportSection.tsx";
import { ImportSection } from "./ImportSection.tsx";

/** `agenda/importeren-exporteren`: measurements from a file, and the agenda as a download. */
export function TransferPart() {
  return (
    <>
      <p className="lead">{agendaMessages.parts.transferIntro}</p>
      <ImportSection />
      <ExportSection />
    </>
  );
}
