import {
  eventAdminListInputSchema,
  eventDeleteInputSchema,
  eventFieldsSchema,
  eventIdInputSchema,
  eventListInputSchema,
  eventRecordPageSchema,
  eventRecordSchema,
  eventUpdateInputSchema,
  publicEventPageSchema,
  publicEventSchema,
} from "@zorgpact/domain/event";
import { z } from "zod";
import { createEvent, getEvent, getEventForEdit, listEvents, listEventsForAdmin, removeEvent, updateEventDetails } from "../services/event.service.ts";
import { nationalAdminProcedure, publicProcedure, router } from "../trpc.ts";

/**
 * The events agenda. The public reads published events (upcoming or past, filtered by kind,
 * region and theme); the national team keeps the agenda. Times are Amsterdam wall-clock time.
 */
export const eventRouter = router({
  list: publicProcedure
    .input(eventListInputSchema)
    .output(publicEventPageSchema)
    .query(({ ctx, input }) => listEvents(ctx, input)),

  get: publicProcedure
    .input(eventIdInputSchema)
    .output(publicEventSchema)
    .query(({ ctx, input }) => getEvent(ctx, input.id)),

  /** Drafts included. */
  listAll: nationalAdminProcedure
    .input(eventAdminListInputSchema)
    .output(eventRecordPageSchema)
    .query(({ ctx, input }) => listEventsForAdmin(ctx, input)),

  getForEdit: nationalAdminProcedure
    .input(eventIdInputSchema)
    .output(eventRecordSchema)
    .query(({ ctx, input }) => getEventForEdit(ctx, input.id)),

  create: nationalAdminProcedure
    .input(eventFieldsSchema)
    .output(eventRecordSchema)
    .mutation(({ ctx, input }) => createEvent(ctx, input)),

  update: nationalAdminProcedure
    .input(eventUpdateInputSchema)
    .output(eventRecordSchema)
    .mutation(({ ctx, input }) => updateEventDetails(ctx, input)),

  /** Removes an event for good (the UI asks first); the version read guards against removing a changed one. */
  delete: nationalAdminProcedure
    .input(eventDeleteInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await removeEvent(ctx, input);
      return { ok: true as const };
    }),
});
