import type { TaxonomyTerm } from "@zorgpact/domain/taxonomy";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { pactMessages } from "../../messages/pact.ts";

export function ThemesSection({ themes }: { themes: readonly TaxonomyTerm[] }) {
  return (
    <section aria-labelledby="themas-kop">
      <h2 id="themas-kop">{pactMessages.pact.themesHeading}</h2>
      {themes.length === 0 ? (
        <EmptyState>{pactMessages.pact.noThemes}</EmptyState>
      ) : (
        <ul className="tag-list plain-list">
          {themes.map((theme) => (
            <li key={theme.id} className="tag">
              {theme.label}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
