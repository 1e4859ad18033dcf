import { router } from "../trpc.ts";

export const barrierRouter = router({});
