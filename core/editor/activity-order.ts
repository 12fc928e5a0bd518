/** The activities list as staff see it: newest first, the ones that are over greyed and removable. */

/** The fields the ordering looks at; loaded drafts may hold anything, so all are unknown. */
export interface DatedItem {
  start?: unknown;
  end?: unknown;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** True when the activity ended before `nowLocal` ("YYYY-MM-DDTHH:MM", Brussels wall clock). */
export function isPastActivity(activity: DatedItem, nowLocal: string): boolean {
  const end = text(activity.end);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(end) && end <= nowLocal;
}

/**
 * A copy sorted newest first (latest start on top). Activities without a readable start (a new,
 * unfinished one) go on top, so the one being filled in stays in view; ties keep their order.
 */
export function sortNewestFirst<T extends DatedItem>(activities: readonly T[]): T[] {
  const key = (a: T) => (/^\d{4}-\d{2}-\d{2}/.test(text(a.start)) ? text(a.start) : '\uffff');
  return activities
    .map((activity, index) => ({ activity, index }))
    .sort((a, b) => {
      const ka = key(a.activity);
      const kb = key(b.activity);
      return ka === kb ? a.index - b.index : ka < kb ? 1 : -1;
    })
    .map(({ activity }) => activity);
}

/** The activities that are not over yet at `nowLocal`. */
export function withoutPastActivities<T extends DatedItem>(activities: readonly T[], nowLocal: string): T[] {
  return activities.filter((a) => !isPastActivity(a, nowLocal));
}
