import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import type { BarrierRecord } from "@zorgpact/domain/barrier";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { RemoveDialog } from "../../lists/RemoveDialog.tsx";
import { barrierMessages } from "../../messages/barrier.ts";
import { trpc } from "../../trpc.ts";

const m = barrierMessages.discard;
const texts = { removeTitle: m.title, removeConfirm: m.confirm, removing: m.removing, removeBody: m.body };

/** Spam or an abusive report: removed for good while it is new (the server also refuses anything once published). */
export function DiscardBarrier({ barrier }: { barrier: BarrierRecord }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const opener = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState<BarrierRecord | null>(null);
  const discard = useMutation(
    trpc.barrier.discard.mutationOptions({
      async onSuccess() {
        setConfirming(null);
        queryClient.removeQueries({ queryKey: trpc.barrier.get.queryKey({ id: barrier.id }) });
        await queryClient.invalidateQueries({ queryKey: trpc.barrier.list.queryKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.workQueue.get.queryKey() });
        await navigate("/drempels", { state: { notice: m.done(barrier.reference) } });
      },
      async onError(error) {
        // Someone triaged it meanwhile: load the newest version; removing it is then a new decision.
        if (errorCode(error) === "CONFLICT") await queryClient.invalidateQueries({ queryKey: trpc.barrier.get.queryKey({ id: barrier.id }) });
      },
    }),
  );
  if (barrier.status !== "new") return null;
  return (
    <section aria-labelledby="drempel-verwijderen">
      <h2 id="drempel-verwijderen">{m.heading}</h2>
      <p>{m.intro}</p>
      <button
        ref={opener}
        type="button"
        className="button--secondary"
        onClick={() => {
          discard.reset();
          setConfirming(barrier);
        }}
      >
        {m.button}
      </button>
      <RemoveDialog
        row={confirming}
        name={(b) => `${b.reference} (${b.organisation ?? b.submitterName ?? m.unknownSubmitter})`}
        texts={texts}
        action={discard}
        onCancel={() => {
          setConfirming(null);
          window.setTimeout(() => opener.current?.focus(), 0);
        }}
        // The version shown now: after a conflict the page has loaded the newest one.
        onConfirm={() => discard.mutate({ id: barrier.id, version: barrier.version })}
      />
    </section>
  );
}
