import { router } from "../trpc.ts";

export const volgspotRouter = router({});
