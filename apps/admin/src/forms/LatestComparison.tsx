import type { ReactNode } from "react";

export interface ComparedField {
  key: string;
  label: string;
  /** What is stored now. */
  value: ReactNode;
  differs: boolean;
}

/**
 * After "Nieuwste versie laden": what is stored now, field by field, with the fields that differ
 * from what is typed marked, so the editor can decide before saving again.
 */
export function LatestComparison({
  intro,
  heading,
  differsLabel,
  fields,
  level = 2,
}: {
  intro: string;
  heading: string;
  differsLabel: string;
  fields: ComparedField[];
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="notice" role="status">
      <p>{intro}</p>
      <Heading>{heading}</Heading>
      <dl className="compare-list">
        {fields.map((field) => (
          <div key={field.key} className={field.differs ? "compare-list__row compare-list__row--differs" : "compare-list__row"}>
            <dt>{field.label}</dt>
            <dd>
              {field.value}
              {field.differs ? <strong> {differsLabel}</strong> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
