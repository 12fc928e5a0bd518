/** Where an activity happens, as one line of text. */
import type { Activity, Location } from '../content/schema';

/** "Buurtpunt Bijloke, Vlotgraslaan 16, 9200 Dendermonde", the free `place`, or both joined by " · ". */
export function describePlace(activity: Activity, locations: readonly Location[]): string {
  const location = locations.find((l) => l.id === activity.location);
  const parts: string[] = [];
  if (location) {
    const { street, postalCode, city } = location.address;
    parts.push(`${location.name}, ${street}, ${postalCode} ${city}`);
  }
  if (activity.place !== undefined) parts.push(activity.place);
  return parts.join(' · ');
}
