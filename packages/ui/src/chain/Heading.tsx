import type { HTMLAttributes } from "react";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading whose level the caller picks, so a shared component fits under any page's outline. */
export function Heading({ level, ...props }: { level: HeadingLevel } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}

export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;
