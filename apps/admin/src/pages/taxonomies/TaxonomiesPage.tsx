import "../pact-edit/pact-edit.css";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { parentKindOf, taxonomyKinds, taxonomyKindSchema, type TaxonomyKind, type TaxonomyTermRecord } from "@zorgpact/domain/taxonomy";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, FormStatus } from "../../forms/FormAlert.tsx";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { TermForm } from "./TermForm.tsx";

const m = adminMessages.taxonomies;
const PAGE_SIZE = 100;

function parseKind(params: URLSearchParams): TaxonomyKind {
  const kind = taxonomyKindSchema.safeParse(params.get("soort"));
  return kind.success ? kind.data : "theme";
}

/** `/taxonomieen` (national team): per kind of list, its terms with how often each is used; add, rename, retire, restore, delete when unused. */
export function TaxonomiesPage() {
  useDocumentTitle(m.title, messages.siteName);
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params);
  const page = Math.max(1, Number(params.get("pagina")) || 1);
  const input = { kind, page, pageSize: PAGE_SIZE, sort: "sortOrder" as const, direction: "asc" as const };
  const list = useQuery(trpc.taxonomy.listAll.queryOptions(input, { placeholderData: keepPreviousData }));
  const parentKind = parentKindOf(kind);
  const parents = useQuery(trpc.taxonomy.listAll.queryOptions({ kind: parentKind ?? "theme", pageSize: PAGE_SIZE }, { enabled: parentKind !== null }));
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<TaxonomyTermRecord | null>(null);
  const [removing, setRemoving] = useState<TaxonomyTermRecord | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const kindLabel = m.kinds[kind];
  const parentOptions = (parents.data?.items ?? []).map((t) => ({ id: t.id, label: t.label, retired: t.retired }));

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
  const onActionError = (error: unknown) => {
    setProblem(errorCode(error) === "CONFLICT" ? `${apiMessage(error) ?? ""} ${m.conflictReloaded}` : (apiMessage(error) ?? adminMessages.common.unknownError));
    void refresh();
  };
  const retire = useMutation(
    trpc.taxonomy.retire.mutationOptions({
      onSuccess: (term) => {
        setStatus(m.retired(term.label));
        void refresh();
      },
      onError: onActionError,
    }),
  );
  const restore = useMutation(
    trpc.taxonomy.restore.mutationOptions({
      onSuccess: (term) => {
        setStatus(m.restored(term.label));
        void refresh();
      },
      onError: onActionError,
    }),
  );
  const remove = useMutation({
    ...trpc.taxonomy.delete.mutationOptions(),
    onSuccess: (_ok, input) => {
      const label = list.data?.items.find((t) => t.id === input.id)?.label ?? "";
      setStatus(m.removed(label));
      setRemoving(null);
      void refresh();
      requestAnimationFrame(() => tableRef.current?.focus());
    },
    onError: () => void refresh(),
  });

  const startAction = () => {
    setStatus(null);
    setProblem(null);
  };
  const closeEditor = (message: string | null, id: string | null) => {
    setEditing(null);
    setStatus(message);
    if (id) requestAnimationFrame(() => document.getElementById(`term-bewerk-${id}`)?.focus());
  };
  const data = list.data;

  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <nav aria-label={m.kindsLabel}>
        <ul className="tab-list">
          {taxonomyKinds.map((k) => (
            <li key={k}>
              <Link to={`?soort=${k}`} aria-current={k === kind ? "page" : undefined} onClick={() => setEditing(null)}>
                {m.kinds[k]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{kindLabel}</h2>
      <FormStatus>{status}</FormStatus>
      {problem ? (
        <FormAlert title={messages.error.title}>
          <p>{problem}</p>
        </FormAlert>
      ) : null}
      {editing ? (
        <TermForm
          key={editing.id}
          kind={kind}
          term={editing}
          parents={parentOptions}
          onDone={(term) => closeEditor(m.saved(term.label), term.id)}
          onCancel={() => closeEditor(null, editing.id)}
        />
      ) : null}
      <p aria-live="polite" aria-atomic="true" className="result-count">
        {data ? m.count(data.total) : ""}
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError && !data ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : data ? (
        <>
          <TableWrap label={m.caption(kindLabel)}>
            <table ref={tableRef} tabIndex={-1} className="data-table" aria-busy={list.isPlaceholderData}>
              <caption>{m.caption(kindLabel)}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.columns.label}</th>
                  {parentKind ? <th scope="col">{m.columns.parent}</th> : null}
                  <th scope="col" className="num">
                    {m.columns.order}
                  </th>
                  <th scope="col" className="num">
                    {m.columns.usage}
                  </th>
                  <th scope="col">{m.columns.status}</th>
                  <th scope="col">{adminMessages.common.actions}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((term) => (
                  <tr key={term.id} className={term.retired ? "row--inactive" : undefined}>
                    <th scope="row">{term.label}</th>
                    {parentKind ? <td>{term.parentLabel ?? ""}</td> : null}
                    <td className="num">{term.sortOrder}</td>
                    <td className="num">{m.usage(term.usageCount)}</td>
                    <td className={term.retired ? "status--retired" : undefined}>{term.retired ? m.retiredStatus : m.active}</td>
                    <td>
                      <div className="row-actions">
                        <button
                          id={`term-bewerk-${term.id}`}
                          type="button"
                          className="button--secondary"
                          onClick={() => {
                            startAction();
                            setEditing(term);
                          }}
                        >
                          {adminMessages.common.edit}
                          <span className="visually-hidden">{m.editOf(term.label)}</span>
                        </button>
                        <button
                          type="button"
                          className="button--secondary"
                          aria-disabled={retire.isPending || restore.isPending || undefined}
                          onClick={() => {
                            if (retire.isPending || restore.isPending) return;
                            startAction();
                            (term.retired ? restore : retire).mutate({ id: term.id, version: term.version });
                          }}
                        >
                          {term.retired ? m.restore : m.retire}
                          <span className="visually-hidden">{m.editOf(term.label)}</span>
                        </button>
                        {term.usageCount === 0 ? (
                          <button
                            type="button"
                            className="button--secondary"
                            onClick={() => {
                              startAction();
                              remove.reset();
                              setRemoving(term);
                            }}
                          >
                            {adminMessages.common.remove}
                            <span className="visually-hidden">{m.removeOf(term.label)}</span>
                          </button>
                        ) : (
                          <span className="muted">{m.inUse}</span>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {pageCount(data) > 1 ? (
            <Pagination
              page={data.page}
              pageCount={pageCount(data)}
              onPageChange={(next) => {
                setParams({ soort: kind, pagina: String(next) });
                tableRef.current?.focus();
              }}
            />
          ) : null}
        </>
      ) : null}
      <TermForm key={`nieuw-${kind}`} kind={kind} parents={parentOptions.filter((p) => !p.retired)} onDone={(term) => setStatus(m.created(term.label))} />
      <ConfirmDialog
        open={removing !== null}
        title={m.removeTitle}
        confirmLabel={m.removeConfirm}
        cancelLabel={adminMessages.common.cancel}
        busy={remove.isPending}
        busyLabel={m.removing}
        error={remove.isError ? (apiMessage(remove.error) ?? adminMessages.common.unknownError) : null}
        destructive
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id, version: removing.version })}
      >
        <p>{removing ? m.removeBody(removing.label) : null}</p>
      </ConfirmDialog>
    </>
  );
}
