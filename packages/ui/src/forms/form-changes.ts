/**
 * Pure parts of the form's change tracking: which fields differ from the values last loaded or
 * saved (to skip a save with nothing in it), and how what was typed is put back on top of the
 * newest stored version after a stale-version conflict ("Nieuwste versie laden").
 */

/** Whether two forms hold the same value in one field. */
export type SameField<V> = (field: keyof V, a: V, b: V) => boolean;

/** The default comparison: text compared without surrounding spaces, anything else by its JSON. */
export function sameField<V>(field: keyof V, a: V, b: V): boolean {
  const x = a[field];
  const y = b[field];
  if (typeof x === "string" && typeof y === "string") return x.trim() === y.trim();
  return JSON.stringify(x) === JSON.stringify(y);
}

/** The fields (all of `typed`'s, or those given) in which `typed` differs from `saved`. */
export function changedFields<V extends object>(
  saved: V,
  typed: V,
  fields: readonly (keyof V)[] = Object.keys(typed) as (keyof V)[],
  same: SameField<V> = sameField,
): (keyof V)[] {
  return fields.filter((field) => !same(field, saved, typed));
}

export interface MergedLatest<V> {
  /** The stored version with the user's own changes on top. */
  values: V;
  /** Fields the user changed. */
  mine: (keyof V)[];
  /** Fields someone else changed meanwhile. */
  theirs: (keyof V)[];
  /** Fields changed on both sides to different values: the user's value now replaces the stored one unless they undo it. */
  both: (keyof V)[];
}

/**
 * After a conflict: `stored` (the newest version) with the fields the user changed since `saved`
 * (the version they started from) put back on top, and which fields changed on which side.
 */
export function mergeTyped<V extends object>(
  saved: V,
  typed: V,
  stored: V,
  fields: readonly (keyof V)[] = Object.keys(typed) as (keyof V)[],
  same: SameField<V> = sameField,
): MergedLatest<V> {
  const mine = changedFields(saved, typed, fields, same);
  const theirs = changedFields(saved, stored, fields, same);
  const values = { ...stored };
  for (const field of mine) values[field] = typed[field];
  return { values, mine, theirs, both: mine.filter((field) => theirs.includes(field) && !same(field, typed, stored)) };
}
