import { router } from "../trpc.ts";

export const supportRouter = router({});
