import { useLayoutEffect, useState, type RefObject } from "react";
import type { ChainLinkRef } from "@zorgpact/domain/effect-chain";
import { linkPath, type Box } from "./chain-layout.ts";

export interface ChainLines {
  width: number;
  height: number;
  paths: { key: string; d: string }[];
}

const NONE: ChainLines = { width: 0, height: 0, paths: [] };

const same = (a: ChainLines, b: ChainLines) =>
  a.width === b.width &&
  a.height === b.height &&
  a.paths.length === b.paths.length &&
  a.paths.every((p, i) => p.key === b.paths[i]!.key && p.d === b.paths[i]!.d);

/**
 * Measures the cards (`[data-chain-node="<id>"]`) inside `canvas` after layout and returns a curve
 * per link, again whenever the canvas or a card changes size (a window resize, a card opening
 * its edit controls, fonts arriving).
 */
export function useChainLines(canvas: RefObject<HTMLElement | null>, links: readonly ChainLinkRef[], nodeKey: string): ChainLines {
  const [lines, setLines] = useState<ChainLines>(NONE);
  const linkKey = links.map((l) => `${l.fromId}>${l.toId}`).join(",");

  useLayoutEffect(() => {
    const root = canvas.current;
    if (!root) return;
    const wanted = linkKey ? linkKey.split(",").map((key) => key.split(">") as [string, string]) : [];
    const measure = () => {
      const base = root.getBoundingClientRect();
      const boxes = new Map<string, Box>();
      for (const element of root.querySelectorAll<HTMLElement>("[data-chain-node]")) {
        const r = element.getBoundingClientRect();
        boxes.set(element.dataset["chainNode"]!, { left: r.left - base.left, top: r.top - base.top, right: r.right - base.left, bottom: r.bottom - base.top });
      }
      const paths = wanted.flatMap(([fromId, toId]) => {
        const from = boxes.get(fromId);
        const to = boxes.get(toId);
        const d = from && to ? linkPath(from, to) : null;
        return d ? [{ key: `${fromId}>${toId}`, d }] : [];
      });
      const next = { width: Math.round(base.width), height: Math.round(base.height), paths };
      setLines((previous) => (same(previous, next) ? previous : next));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(root);
    for (const element of root.querySelectorAll("[data-chain-node]")) observer.observe(element);
    return () => observer.disconnect();
  }, [canvas, linkKey, nodeKey]);

  return lines;
}
