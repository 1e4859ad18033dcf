import "../pact-edit/pact-edit.css";
import { useMutation } from "@tanstack/react-query";
import { barrierCreateInputSchema } from "@zorgpact/domain/barrier";
import { CreatePage, useCreateForm } from "../../forms/CreatePage.tsx";
import { barrierMessages } from "../../messages/barrier.ts";
import { trpc } from "../../trpc.ts";
import { todayInNetherlands } from "../../forms/today.ts";
import { barrierIntakeInput, emptyBarrierForm } from "./barrier-form.ts";
import { IntakeFields } from "./BarrierFields.tsx";

const m = barrierMessages.create;

/** `/drempels/nieuw` (national team): a barrier reported by phone, letter or at a meeting. */
export function NewBarrierPage() {
  const create = useMutation(trpc.barrier.create.mutationOptions());
  const form = useCreateForm({
    schema: barrierCreateInputSchema,
    defaultValues: emptyBarrierForm(todayInNetherlands()),
    toInput: barrierIntakeInput,
    submit: create.mutateAsync,
    invalidate: trpc.barrier.list.queryKey(),
    next: (barrier) => ({ to: `/drempels/${barrier.id}`, notice: m.created(barrier.reference) }),
  });
  return (
    <CreatePage
      form={form}
      back={{ to: "/drempels", label: barrierMessages.detail.back }}
      heading={m.heading}
      intro={m.intro}
      submitLabel={m.submit}
      pendingLabel={m.submitting}
    >
      <IntakeFields idPrefix="nieuwe-drempel" form={form} />
    </CreatePage>
  );
}
