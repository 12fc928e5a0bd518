/**
 * Content for the rotation tests, written relative to the instant the test installs on the page
 * clock: activities today, tomorrow, later this week and next week (enough for three pages), long
 * Dutch names and 80-character titles, and announcements inside and outside their windows.
 */
import type { ContentInput } from '../../core/content/schema';
import { sampleContent } from './kiosk-server';

/** The page clock's start: Tuesday 1 December 2026, 10:00 in Brussels. */
export const CLOCK_START = new Date('2026-12-01T09:00:00Z');
/** The Brussels calendar day of CLOCK_START. */
const TODAY = '2026-12-01';

/** `TODAY` moved by `days`, as YYYY-MM-DD. */
export function dayFromToday(days: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An 80-character title, the longest kind staff will plausibly write. */
export const LONG_TITLE = 'Grote buurtbabbel met verse soep, koffie en taart voor de buren van Hof ten Rode';

/** The sample content with everything the rotation must be able to show without overflowing. */
export function rotationContent(): ContentInput {
  const content = sampleContent();
  content.locations[1]!.name = 'Buurtpunt Hof ten Rode – Baasrode';
  const at = (days: number, time: string) => `${dayFromToday(days)}T${time}`;
  content.activities = [
    {
      title: LONG_TITLE,
      start: at(0, '14:00'),
      end: at(0, '16:00'),
      location: 'hof-ten-rode',
      image: 'images/koffie.png',
    },
    { title: 'Soep en babbel', start: at(1, '09:30'), end: at(1, '11:30'), location: 'bijloke' },
    {
      title: 'Hulp bij je smartphone, je tablet en het aanmelden bij de bank of de mutualiteit',
      start: at(2, '10:00'),
      end: at(2, '12:00'),
      location: 'bijloke',
      place: 'in het kleine zaaltje achteraan, naast de keuken',
    },
    {
      title: 'Buurtwandeling langs de Schelde',
      start: at(5, '14:00'),
      end: at(5, '16:00'),
      place: 'Vertrek aan de kerk van Baasrode',
    },
    {
      title: 'Nieuwjaarsdrink met de buren',
      start: at(6, '10:00'),
      end: at(6, '12:00'),
      location: 'hof-ten-rode',
    },
    {
      title: 'Samen koken',
      start: at(8, '17:00'),
      end: at(8, '20:00'),
      location: 'bijloke',
      image: 'images/koffie.png',
    },
    { title: LONG_TITLE, start: at(9, '09:00'), end: at(9, '12:00'), location: 'hof-ten-rode' },
    { title: 'Repair café', start: at(13, '13:00'), end: at(13, '17:00'), location: 'bijloke' },
    {
      title: 'Kerstmarkt in de buurt',
      start: at(20, '16:00'),
      end: at(21, '01:00'),
      place: 'Pleintje aan de Vlotgraslaan',
    },
  ];
  content.announcements = [
    {
      title: 'Buurtpunt Hof ten Rode – Baasrode uitzonderlijk gesloten op donderdag',
      text: 'Door een vergadering van het buurtopbouwwerk is het buurtpunt deze week uitzonderlijk gesloten. Volgende week zijn we er weer, met koffie en thee.',
      visibleFrom: dayFromToday(-1),
      visibleUntil: dayFromToday(0),
      image: 'images/koffie.png',
    },
    {
      title: 'Heb je een idee voor de buurt?',
      text: 'Spreek een buurtopbouwwerker aan of kom langs in het buurtpunt.',
    },
    { title: 'Nog niet zichtbaar', text: 'Verschijnt pas morgen.', visibleFrom: dayFromToday(1) },
    { title: 'Al voorbij', text: 'Was zichtbaar tot gisteren.', visibleUntil: dayFromToday(-1) },
  ];
  return content;
}
