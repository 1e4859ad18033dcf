import { Link } from "react-router";
import { adoptionOptions, consolidationOptions } from "@zorgpact/domain/front-runner";
import { searchExcerpt } from "@zorgpact/domain/search";
import type { ShowcaseItem as Item } from "@zorgpact/domain/showcase";
import { showcaseMessages as m } from "../../messages/showcase.ts";

const adoptionLabel = (key: Item["adoption"]) => adoptionOptions.find((o) => o.key === key)?.label ?? m.notRecorded;
const consolidationLabels = (keys: Item["consolidationAgreements"]) =>
  keys.length === 0 ? m.notRecorded : keys.map((key) => consolidationOptions.find((o) => o.key === key)?.label ?? key).join("; ");

/** One front-runner: what it is, where, its results and effects, and whether it was taken over and made to last. */
export function ShowcaseItem({ item }: { item: Item }) {
  const headingId = `koploper-${item.id}`;
  return (
    <li className="card showcase-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Link to={`/zorgpacten/${encodeURIComponent(item.slug)}`}>{item.name}</Link>
        </h3>
        <p className="muted">
          {item.region ? m.regionOf(item.region.name) : null}
          {item.region && item.parentPact ? " · " : null}
          {item.parentPact ? (
            <>
              {m.partOf}
              <Link to={`/zorgpacten/${encodeURIComponent(item.parentPact.slug)}`}>{item.parentPact.name}</Link>
            </>
          ) : null}
        </p>
        {item.description ? <p>{searchExcerpt(item.description, "", 220)}</p> : null}
        {item.themes.length > 0 ? (
          <p className="tag-list">
            <span className="visually-hidden">{m.themes}: </span>
            {item.themes.map((theme) => (
              <span key={theme.id} className="tag">
                {theme.label}
              </span>
            ))}
          </p>
        ) : null}
        <div className="showcase-item__chain">
          <div>
            <h4>{m.results}</h4>
            {item.results.length === 0 ? (
              <p className="muted">{m.noResults}</p>
            ) : (
              <ul>
                {item.results.map((result) => (
                  <li key={result.id}>
                    {result.title}
                    {result.area ? <span className="muted"> — {result.area.label}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h4>{m.effects}</h4>
            {item.effects.length === 0 ? (
              <p className="muted">{m.noEffects}</p>
            ) : (
              <ul>
                {item.effects.map((effect) => (
                  <li key={effect.id}>
                    {effect.title}
                    {effect.category ? (
                      <span className="muted">
                        {" "}
                        — {effect.targetGroup ? `${effect.targetGroup.label}: ` : ""}
                        {effect.category.label}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <dl className="facts">
          <div className="facts__row">
            <dt>{m.adoption}</dt>
            <dd>{adoptionLabel(item.adoption)}</dd>
          </div>
          <div className="facts__row">
            <dt>{m.consolidation}</dt>
            <dd>{consolidationLabels(item.consolidationAgreements)}</dd>
          </div>
        </dl>
      </article>
    </li>
  );
}
