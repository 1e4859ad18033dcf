/** Who is reading: the public sees published, unarchived records only. */
export interface Visibility {
  publishedOnly: boolean;
}

export const PUBLIC: Visibility = { publishedOnly: true };
export const EVERYTHING: Visibility = { publishedOnly: false };
