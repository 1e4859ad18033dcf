import { uiMessages } from "./messages.ts";

/** The first focusable element of every page; jumps past the header to `<main id="inhoud">`. */
export function SkipLink({ targetId = "inhoud", label = uiMessages.skipLink }: { targetId?: string; label?: string }) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      {label}
    </a>
  );
}
