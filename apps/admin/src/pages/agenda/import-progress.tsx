import { importMessages as m } from "../../messages/agenda-import.ts";

/**
 * An indeterminate progress bar with what is being done ("Bezig met importeren van 4.812
 * rijen…"): a file of thousands of rows takes a few seconds, and the page should say so. The
 * status region is always rendered so screen readers announce the text when it appears.
 */
export function ImportProgress({ label }: { label: string | null }) {
  return (
    <div role="status" className="import-progress">
      {label ? (
        <>
          <p>{label}</p>
          <progress aria-label={m.progressLabel} />
        </>
      ) : null}
    </div>
  );
}
