import { router } from "../trpc.ts";

export const taskRouter = router({});
