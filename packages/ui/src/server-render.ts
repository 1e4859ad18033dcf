import { createContext, useContext } from "react";

/**
 * What a page tells the server while it is rendered there (apps/public/src/entry-server.tsx): its
 * document title and, for "not found" pages, the HTTP status. In the browser there is no collector
 * and the hooks below do nothing during render.
 */
export interface ServerRenderCollector {
  /** The origin the visitor asked for, standing in for `window.location` on the server. */
  origin: { protocol: string; host: string };
  setTitle(title: string): void;
  setStatus(status: number): void;
}

export const ServerRenderContext = createContext<ServerRenderCollector | null>(null);

/** Sets the HTTP status of the server-rendered response (404 for a not-found page); null leaves it. */
export function useServerStatus(status: number | null): void {
  const collector = useContext(ServerRenderContext);
  if (collector && status !== null) collector.setStatus(status);
}

/** Protocol and host of the page: `window.location` in the browser, the request's on the server. */
export function usePageOrigin(): { protocol: string; host: string } {
  return useContext(ServerRenderContext)?.origin ?? window.location;
}
