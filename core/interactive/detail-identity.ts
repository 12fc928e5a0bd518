/**
 * What makes an open detail view the same thing after new content arrives. Keys are positions in
 * content.json ("contact-0", "activity-3"): after an update the same key can name another item, and
 * a visitor scanning one worker's code must not be handed another's under it.
 */
import type { ContactCard } from '../contacts/contact-cards';
import type { ActivityEntry } from './activity-entries';

/** A contact by its name (its number may be corrected meanwhile); an activity by title and start. */
export function detailIdentity(item: ContactCard | ActivityEntry): string {
  return 'vcard' in item ? `contact|${item.name}` : `activity|${item.title}|${item.start}`;
}
