import { dutchOpenDataColumns } from "@zorgpact/domain/open-data-dutch";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { openDataMessages as m } from "../../messages/open-data.ts";

// The server's open-data API; plain links, since these are not pages of this app.
const datasets = ["pacts", "partners", "chain-nodes", "chain-links", "indicators", "measurements", "breakdowns", "barriers", "regulations", "events"] as const;
const CC0_URL = "https://creativecommons.org/publicdomain/zero/1.0/deed.nl";

export function OpenDataPage() {
  useDocumentTitle(m.title, messages.siteName);
  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>

      <section aria-labelledby="licentie-kop">
        <h2 id="licentie-kop">{m.licenceHeading}</h2>
        <p>{m.licence}</p>
        <p>
          <a href={CC0_URL} hrefLang="nl" rel="license">
            {m.licenceLink}
          </a>
        </p>
        <p>{m.publishedOnly}</p>
      </section>

      <section aria-labelledby="downloads-kop">
        <h2 id="downloads-kop">{m.downloadsHeading}</h2>
        <p>{m.downloadsIntro}</p>
        <TableWrap label={m.downloadsCaption}>
          <table>
            <caption>{m.downloadsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.datasetColumn}</th>
                <th scope="col">{m.contentColumn}</th>
                <th scope="col">{m.downloadColumn}</th>
                <th scope="col">{m.apiColumn}</th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((dataset) => {
                const { name, content } = m.datasets[dataset];
                return (
                  <tr key={dataset}>
                    <th scope="row">{name}</th>
                    <td>{content}</td>
                    <td>
                      <a href={`/v1/downloads/${dataset}.csv`} download aria-label={m.csv(name)}>
                        CSV
                      </a>{" "}
                      ·{" "}
                      <a href={`/v1/downloads/${dataset}.excel.csv`} download aria-label={m.excelCsv(name)}>
                        {m.excelCsvShort}
                      </a>{" "}
                      ·{" "}
                      <a href={`/v1/downloads/${dataset}.json`} download aria-label={m.json(name)}>
                        JSON
                      </a>
                    </td>
                    <td>
                      <a href={`/v1/${dataset}`}>
                        <code>/v1/{dataset}</code>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="kolommen-kop">
        <h2 id="kolommen-kop">{m.columnsHeading}</h2>
        <p>{m.columnsIntro}</p>
        {datasets.map((dataset) => (
          <details key={dataset}>
            <summary>{m.datasets[dataset].name}</summary>
            <TableWrap label={m.columnsCaption(m.datasets[dataset].name)}>
              <table>
                <caption>{m.columnsCaption(m.datasets[dataset].name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.dutchHeaderColumn}</th>
                    <th scope="col">{m.apiFieldColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {dutchOpenDataColumns(dataset).map(({ key, header }) => (
                    <tr key={key}>
                      <th scope="row">{header}</th>
                      <td>
                        <code>{key}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </details>
        ))}
      </section>

      <section aria-labelledby="api-kop">
        <h2 id="api-kop">{m.apiHeading}</h2>
        <p>{m.apiIntro}</p>
        <ul>
          <li>
            <a href="/v1/openapi.json">{m.openapi}</a>
          </li>
          <li>
            <a href="/v1/pacts?page=1&pageSize=20">{m.example}</a>: <code>GET /v1/pacts?page=1&amp;pageSize=20</code>
          </li>
        </ul>
        <p>{m.cachingNote}</p>
      </section>
    </>
  );
}
