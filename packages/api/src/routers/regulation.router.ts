import { router } from "../trpc.ts";

export const regulationRouter = router({});
