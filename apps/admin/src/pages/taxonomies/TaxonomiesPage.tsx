import "../pact-edit/pact-edit.css";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { parentKindOf, taxonomyKinds, taxonomyKindSchema, type TaxonomyKind, type TaxonomyTermRecord } from "@zorgpact/domain/taxonomy";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { listFilterCodec, schemaParam, urlListFilters } from "@zorgpact/ui/list/list-filters.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { RemoveDialog } from "../../lists/RemoveDialog.tsx";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { taxonomyMessages } from "../../messages/taxonomies.ts";
import { taxonomiesListMessages as m } from "../../messages/taxonomies-list.ts";
import { trpc } from "../../trpc.ts";
import { TermForm } from "./TermForm.tsx";

const kinds = taxonomyMessages.kinds;
const PAGE_SIZE = 100;

/** `?soort=…&pagina=…`: the list shown (themes when left out) and its page. */
const filterCodec = listFilterCodec({ kind: schemaParam("soort", taxonomyKindSchema) });

function termColumns(kind: TaxonomyKind): DataListColumn<TaxonomyTermRecord>[] {
  return [
    { header: m.columns.label, primary: true, cell: (term) => term.label },
    ...(parentKindOf(kind) ? [{ header: m.columns.parent, cell: (term: TaxonomyTermRecord) => term.parentLabel ?? "" }] : []),
    { header: m.columns.order, numeric: true, cell: (term) => term.sortOrder },
    { header: m.columns.usage, numeric: true, cell: (term) => m.usage(term.usageCount) },
    {
      header: m.columns.status,
      cell: (term) => (term.retired ? <span className="status--retired">{m.retiredStatus}</span> : m.active),
    },
  ];
}

/** `/taxonomieen` (national team): per kind of list, its terms with how often each is used; add, rename, retire, restore, delete when unused. */
export function TaxonomiesPage() {
  useDocumentTitle(m.title, messages.siteName);
  const queryClient = useQueryClient();
  const { filters, setPage } = urlListFilters(filterCodec, useSearchParams());
  const kind = filters.kind ?? "theme";
  const input = { kind, page: filters.page, pageSize: PAGE_SIZE, sort: "sortOrder" as const, direction: "asc" as const };
  const list = useQuery(trpc.taxonomy.listAll.queryOptions(input, { placeholderData: keepPreviousData }));
  const parentKind = parentKindOf(kind);
  const parents = useQuery(trpc.taxonomy.listAll.queryOptions({ kind: parentKind ?? "theme", pageSize: PAGE_SIZE }, { enabled: parentKind !== null }));
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<TaxonomyTermRecord | null>(null);
  const [removing, setRemoving] = useState<TaxonomyTermRecord | null>(null);
  const kindLabel = kinds[kind];
  const parentOptions = (parents.data?.items ?? []).map((t) => ({ id: t.id, label: t.label, retired: t.retired }));

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
  const onActionError = (error: unknown) => {
    setProblem(errorCode(error) === "CONFLICT" ? `${apiMessage(error) ?? ""} ${m.conflictReloaded}` : (apiMessage(error) ?? commonMessages.unknownError));
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
      requestAnimationFrame(() => document.querySelector<HTMLElement>(".data-list__table")?.focus());
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

  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <nav aria-label={m.kindsLabel}>
        <ul className="tab-list">
          {taxonomyKinds.map((k) => (
            <li key={k}>
              <Link to={`?soort=${k}`} aria-current={k === kind ? "page" : undefined} onClick={() => setEditing(null)}>
                {kinds[k]}
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
      <DataList
        query={list}
        label={m.caption(kindLabel)}
        columns={termColumns(kind)}
        rowKey={(term) => term.id}
        rowClassName={(term) => (term.retired ? "row--inactive" : undefined)}
        actions={(term) => (
          <>
            <button
              id={`term-bewerk-${term.id}`}
              type="button"
              className="button--secondary"
              onClick={() => {
                startAction();
                setEditing(term);
              }}
            >
              {commonMessages.edit}
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
                {commonMessages.remove}
                <span className="visually-hidden">{m.removeOf(term.label)}</span>
              </button>
            ) : (
              <span className="muted">{m.inUse}</span>
            )}
          </>
        )}
        empty={m.empty}
        count={m.count}
        onPageChange={setPage}
      />
      <TermForm key={`nieuw-${kind}`} kind={kind} parents={parentOptions.filter((p) => !p.retired)} onDone={(term) => setStatus(m.created(term.label))} />
      <RemoveDialog
        row={removing}
        name={(term) => term.label}
        texts={m}
        action={remove}
        onCancel={() => setRemoving(null)}
        onConfirm={(term) => remove.mutate({ id: term.id, version: term.version })}
      />
    </>
  );
}
