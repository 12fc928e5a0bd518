/** What an empty stick starts with: the required blocks, one buurtpunt to fill in, nothing invented. */
import type { Draft } from './read-draft';

/** A new, still incomplete draft; the editor shows what has to be filled in. */
export function newDraft(today: string): Draft {
  return {
    updated: today,
    locations: [
      {
        id: 'buurtpunt',
        name: '',
        buurt: '',
        address: { street: '', postalCode: '', city: '' },
        hours: {},
        exceptions: [],
      },
    ],
    services: [],
    activities: [],
    contacts: [],
    organisation: { name: 'Sociaal Huis', email: '', phone: '' },
    about: { title: 'Het buurtopbouwwerk', intro: '', aims: [{ title: '', text: '' }], buurten: [] },
    announcements: [],
  };
}

/** A location id from its name: "Buurtpunt Hof ten Rode" gives "hof-ten-rode". */
export function idFromName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/^buurtpunt\b/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/g, '') || 'buurtpunt'
  );
}
