import "./demo.css";
import { demoMessages } from "./demo-messages.ts";

/**
 * Shown on every page while the demo seed is loaded, so invented figures never pass for fact.
 * Whether it is loaded comes from the server (`report.environment`); the layouts pass it in.
 */
export function DemoNotice({ demoData }: { demoData: boolean | undefined }) {
  if (!demoData) return null;
  return (
    <div className="demo-notice" role="note" aria-label={demoMessages.label}>
      <div className="container">
        <p>
          <strong>{demoMessages.title}</strong> {demoMessages.body}
        </p>
      </div>
    </div>
  );
}

/** "Bron: demodata" beside a figure that the demo seed invented. */
export function DemoSource({ children = demoMessages.source }: { children?: string }) {
  return <span className="demo-source demo-source--inline">{children}</span>;
}
