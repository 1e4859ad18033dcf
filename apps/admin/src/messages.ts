/**
 * The admin app's Dutch strings live per page in messages/ (pages import their own file); this
 * file keeps the app shell's `messages` under the path most pages import it from.
 */
export { messages } from "./messages/app.ts";
