import { router } from "../trpc.ts";

export const reportRouter = router({});
