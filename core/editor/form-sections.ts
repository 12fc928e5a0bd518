/** Which tab of the editor shows a problem's field; the place itself is named by core/content/place.ts. */
import { parsePath, type PathStep } from '../content/problem';

/** The form's sections, in the order of its tabs; each owns the top-level keys listed. */
export const SECTIONS = [
  { id: 'locations', label: 'Buurtpunten en uren', keys: ['locations'] },
  { id: 'activities', label: 'Activiteiten', keys: ['activities'] },
  { id: 'announcements', label: 'Mededelingen', keys: ['announcements'] },
  { id: 'contacts', label: 'Contactpersonen', keys: ['contacts'] },
  { id: 'services', label: 'Aanbod', keys: ['services'] },
  { id: 'about', label: 'Over ons', keys: ['about'] },
  { id: 'general', label: 'Algemeen', keys: ['organisation', 'title', 'updated'] },
] as const;

/** One tab of the form. */
export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a problem path belongs to; anything unknown at the top goes to "Algemeen". */
export function sectionOf(path: string): SectionId {
  const first = parsePath(path)[0];
  return SECTIONS.find((s) => (s.keys as readonly PathStep[]).includes(first ?? ''))?.id ?? 'general';
}
