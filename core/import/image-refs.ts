/** Which images a content.json uses, with the place in the file that names each one. */

/** One image named in content.json. */
export interface ImageRef {
  /** Steps to the field, e.g. ['activities', 3, 'image']. */
  steps: (string | number)[];
  /** The file name as written, e.g. "images/koffie.jpg". */
  file: string;
}

const IMAGE_LISTS = ['activities', 'announcements'] as const;

/**
 * Image fields of any parsed JSON value, valid or not: the importer checks the files of content
 * that fails validation too, so staff get every problem in one go.
 */
export function imageRefs(value: unknown): ImageRef[] {
  if (typeof value !== 'object' || value === null) return [];
  const refs: ImageRef[] = [];
  for (const list of IMAGE_LISTS) {
    const items = (value as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null) return;
      const file = (item as Record<string, unknown>).image;
      if (typeof file === 'string') refs.push({ steps: [list, i, 'image'], file });
    });
  }
  return refs;
}
