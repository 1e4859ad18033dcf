import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways on a small screen. The wrapper is focusable and named, so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
