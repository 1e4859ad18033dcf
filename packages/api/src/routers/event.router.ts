import { router } from "../trpc.ts";

export const eventRouter = router({});
