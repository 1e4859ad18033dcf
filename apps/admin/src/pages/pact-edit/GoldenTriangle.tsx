import type { GoldenTriangle as Triangle } from "@zorgpact/domain/organisation";
import { pactEditMessages } from "../../messages/pact-edit.ts";

const m = pactEditMessages.triangle;

/** Care, education and government among the partners: each side in words, never by colour alone. */
export function GoldenTriangle({ triangle }: { triangle: Triangle }) {
  const sides = [
    { key: "care", label: m.care, present: triangle.care },
    { key: "education", label: m.education, present: triangle.education },
    { key: "government", label: m.government, present: triangle.government },
  ];
  return (
    <div className="triangle" aria-labelledby="driehoek-kop" role="group">
      <h3 id="driehoek-kop">{m.heading}</h3>
      <p className="field-hint">{m.intro}</p>
      <ul className="plain-list triangle__sides">
        {sides.map((side) => (
          <li key={side.key} className={side.present ? "triangle__side triangle__side--present" : "triangle__side triangle__side--missing"}>
            <span aria-hidden="true">{side.present ? "✓" : "✗"}</span> {side.label}: <strong>{side.present ? m.present : m.missing}</strong>
          </li>
        ))}
      </ul>
      <p className={triangle.complete ? "notice notice--ok" : "notice"}>{triangle.complete ? m.complete : m.incomplete}</p>
    </div>
  );
}
