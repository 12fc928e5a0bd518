import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { capProblems, leftOutLine } from '../../../../core/content/problem-cap';
import { validateContentText } from '../../../../core/content/validate';
import { imageRefs } from '../../../../core/import/image-refs';
import {
  contentWarnings,
  formatDateTimeNl,
  importNotice,
  importReport,
  unexpectedFailureMessage,
} from '../../../../core/import/import-wording';

const sample = validateContentText(
  readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8'),
);
if (!sample.ok) throw new Error('sample content must be valid');
const content = sample.content;
const problems = [1, 2, 3, 4].map((n) => ({
  path: `activities[${n}].start`,
  place: `activiteit "Activiteit ${n}", begin`,
  message: 'geen geldige datum',
  line: 10 * n,
}));

describe('import wording', () => {
  it('writes Brussels time whatever the machine zone, across the DST change', () => {
    assert.equal(formatDateTimeNl('2026-07-01T10:00:00Z'), 'woensdag 1 juli 2026 om 12:00');
    assert.equal(formatDateTimeNl('2026-12-01T10:00:00Z'), 'dinsdag 1 december 2026 om 11:00');
  });

  it('leaves the year out on screen by the screen’s one rule, keeps it in the report', () => {
    const now = Date.parse('2026-12-03T09:00:00Z');
    assert.equal(formatDateTimeNl('2026-12-01T10:00:00Z', now), 'dinsdag 1 december om 11:00');
    assert.equal(
      formatDateTimeNl('2026-03-01T10:00:00Z', Date.parse('2027-01-05T09:00:00Z')),
      'zondag 1 maart 2026 om 11:00',
    );
    assert.equal(formatDateTimeNl('geen datum', now), 'geen datum');
  });

  // The sample's activities run from 3 December 2026 to 14 January 2027; its first announcement
  // shows from 10 December through 3 January, the second always. Every instant here is fixed.
  it('says "Nieuwe inhoud geladen (4 komende activiteiten)" and that the stick may go, before the sample starts', () => {
    const notice = importNotice({ kind: 'imported', content }, '2026-12-01T09:00:00Z', true, null)!;
    assert.deepEqual(notice, {
      kind: 'import-ok',
      title: 'Nieuwe inhoud geladen (4 komende activiteiten)',
      details: ['2 buurtpunten, 4 activiteiten, 2 mededelingen, 3 contactpersonen'],
      at: '2026-12-01T09:00:00Z',
      hint: 'Je mag de USB-stick nu uittrekken.',
    });
  });

  it('counts an activity under way as coming, and one that just ended as over', () => {
    // The first one runs 09:30-11:30 Brussels time on 3 December.
    const during = importNotice({ kind: 'imported', content }, '2026-12-03T10:29:59Z', true, null)!;
    assert.equal(during.title, 'Nieuwe inhoud geladen (4 komende activiteiten)');
    const after = importNotice({ kind: 'imported', content }, '2026-12-03T10:30:00Z', true, null)!;
    assert.equal(after.title, 'Nieuwe inhoud geladen (3 komende activiteiten)');
    assert.deepEqual(after.details, [
      '2 buurtpunten, 4 activiteiten (1 al voorbij), 2 mededelingen, 3 contactpersonen',
    ]);
  });

  it('names what is over when some is, without a warning', () => {
    const notice = importNotice({ kind: 'imported', content }, '2027-01-05T09:00:00Z', true, null)!;
    assert.equal(notice.kind, 'import-ok');
    assert.equal(notice.title, 'Nieuwe inhoud geladen (1 komende activiteit)');
    assert.deepEqual(notice.details, [
      '2 buurtpunten, 4 activiteiten (3 al voorbij), 2 mededelingen (1 verlopen), 3 contactpersonen',
    ]);
  });

  it('counts an announcement as expired only after its last day, not before its first', () => {
    const summary = (at: string) => importNotice({ kind: 'imported', content }, at, true, null)!.details[0];
    // Not yet visible (from 10 December) is not expired.
    assert.match(summary('2026-12-01T09:00:00Z')!, /, 2 mededelingen, /);
    // "visibleUntil": "2027-01-03" lasts through that day, Brussels time (23:00 UTC).
    assert.match(summary('2027-01-03T22:59:59Z')!, /, 2 mededelingen, /);
    assert.match(summary('2027-01-03T23:00:00Z')!, /, 2 mededelingen \(1 verlopen\), /);
  });

  it('still says import-ok when every activity is over, and tells staff to check the dates', () => {
    const notice = importNotice({ kind: 'imported', content }, '2027-02-01T09:00:00Z', true, null)!;
    assert.deepEqual(notice, {
      kind: 'import-ok',
      title: 'Nieuwe inhoud geladen (geen komende activiteiten)',
      details: [
        '2 buurtpunten, 4 activiteiten (4 al voorbij), 2 mededelingen (1 verlopen), 3 contactpersonen',
        'Alle 4 activiteiten zijn al voorbij: kijk de datums na in content.json (het jaar?).',
      ],
      at: '2027-02-01T09:00:00Z',
      hint: 'Je mag de USB-stick nu uittrekken.',
    });
  });

  it('words the warnings for a single activity and for announcements that are all expired', () => {
    const [first, second] = content.announcements;
    const one = {
      ...content,
      activities: content.activities.slice(0, 1),
      announcements: [first!, { ...second!, visibleUntil: '2026-12-31' }],
    };
    const notice = importNotice({ kind: 'imported', content: one }, '2027-02-01T09:00:00Z', true, null)!;
    assert.equal(notice.title, 'Nieuwe inhoud geladen (geen komende activiteiten)');
    assert.deepEqual(notice.details, [
      '2 buurtpunten, 1 activiteit (1 al voorbij), 2 mededelingen (2 verlopen), 3 contactpersonen',
      'De enige activiteit is al voorbij: kijk de datum na in content.json (het jaar?).',
      'Beide mededelingen zijn verlopen: kijk visibleUntil na in content.json (het jaar?).',
    ]);
    const lone = { ...content, announcements: [first!] };
    assert.deepEqual(
      importNotice({ kind: 'imported', content: lone }, '2027-01-05T09:00:00Z', true, null)!.details,
      [
        '2 buurtpunten, 4 activiteiten (3 al voorbij), 1 mededeling (1 verlopen), 3 contactpersonen',
        'De enige mededeling is verlopen: kijk visibleUntil na in content.json (het jaar?).',
      ],
    );
  });

  it('gives no warning for content without activities or announcements', () => {
    const empty = { ...content, activities: [], announcements: [] };
    const notice = importNotice({ kind: 'imported', content: empty }, '2027-02-01T09:00:00Z', true, null)!;
    assert.equal(notice.title, 'Nieuwe inhoud geladen (geen komende activiteiten)');
    assert.deepEqual(notice.details, ['2 buurtpunten, 0 activiteiten, 0 mededelingen, 3 contactpersonen']);
  });

  it('warns about an activity to come at a buurtpunt on a closed day, soonest first, naming it as place.ts does', () => {
    const closedDays = {
      ...content,
      activities: [
        ...content.activities,
        {
          title: 'Hemelvaartsbrunch',
          start: '2027-05-06T10:00',
          end: '2027-05-06T12:00',
          location: 'bijloke',
        },
        { title: 'Nieuwjaarsdrink', start: '2026-12-31T10:00', end: '2026-12-31T12:00', location: 'bijloke' },
      ],
    };
    const notice = importNotice(
      { kind: 'imported', content: closedDays },
      '2026-12-01T09:00:00Z',
      true,
      null,
    )!;
    assert.deepEqual(notice.details, [
      '2 buurtpunten, 6 activiteiten, 2 mededelingen, 3 contactpersonen',
      'Activiteit "Nieuwjaarsdrink" op donderdag 31 december 2026 is in Buurtpunt Bijloke, dat die dag gesloten is (kerstvakantie).',
      'Activiteit "Hemelvaartsbrunch" op donderdag 6 mei 2027 is in Buurtpunt Bijloke, dat die dag gesloten is (O.L.H. Hemelvaart).',
    ]);
    assert.match(
      importReport(
        { kind: 'imported', content: closedDays },
        '2026-12-01T09:00:00Z',
        'USB-stick',
        'stick',
        null,
      ),
      /^Let op: {4}Activiteit "Nieuwjaarsdrink" op donderdag 31 december 2026 is in Buurtpunt Bijloke, dat die dag gesloten is \(kerstvakantie\)\.$/m,
    );
    // Once it is over, it is no longer worth a look.
    assert.deepEqual(contentWarnings(closedDays, Date.parse('2027-01-01T09:00:00Z'), null), [
      'Activiteit "Hemelvaartsbrunch" op donderdag 6 mei 2027 is in Buurtpunt Bijloke, dat die dag gesloten is (O.L.H. Hemelvaart).',
    ]);
  });

  it('says when the content is dated after today, as a kiosk then takes its clock for a wrong one', () => {
    const ahead = { ...content, updated: '2026-12-04' };
    assert.deepEqual(contentWarnings(ahead, Date.parse('2026-12-03T22:30:00Z'), null), [
      '"updated" (2026-12-04) ligt na vandaag: tot dan toont het scherm geen uur en niet of het open of gesloten is. Zet de datum van vandaag.',
    ]);
    // 00:30 on the 4th in Brussels is that day already.
    assert.deepEqual(contentWarnings(ahead, Date.parse('2026-12-03T23:30:00Z'), null), []);
  });

  it('says when an announcement is too long for one slide on a small screen, less room beside a photo', () => {
    const words = (n: number) => 'woord '.repeat(n).trim();
    const long = {
      ...content,
      announcements: [
        { title: 'Lang', text: words(200) },
        { title: 'Met foto', text: words(101), image: 'images/koffie.png' },
        { title: 'Past', text: words(100), image: 'images/koffie.png' },
      ],
    };
    assert.deepEqual(contentWarnings(long, Date.parse('2026-12-01T09:00:00Z'), null), [
      'Mededeling "Lang": de tekst is 1199 tekens lang; op een klein scherm passen er ongeveer 1000. Wat niet past, valt weg: maak de tekst korter.',
      'Mededeling "Met foto": de tekst is 605 tekens lang; op een klein scherm passen er naast de foto ongeveer 600. Wat niet past, valt weg: maak de tekst korter.',
    ]);
  });

  it('says when a service’s description is too long for a page of its own on a small screen, after the announcements', () => {
    const text = (n: number) => `${'woord '.repeat(n).slice(0, n - 1)}.`;
    const twoLines =
      'Hulp bij een premie, een sociaal tarief of een tegemoetkoming voor je energiefactuur of je waterfactuur';
    const long = {
      ...content,
      services: [
        { title: 'Hulp bij papieren', description: text(2000) },
        { title: 'Past nog net', description: text(1248) },
        { title: twoLines, description: text(1200) },
        { title: 'Zonder beschrijving' },
      ],
      announcements: [{ title: 'Lang', text: text(1001) }],
    };
    const at = '2026-12-01T09:00:00Z';
    const warnings = [
      'Mededeling "Lang": de tekst is 1001 tekens lang; op een klein scherm passen er ongeveer 1000. Wat niet past, valt weg: maak de tekst korter.',
      'Aanbod "Hulp bij papieren", beschrijving: de tekst is 2000 tekens lang; op een klein scherm passen er ongeveer 1200. Wat niet past, valt weg: maak de tekst korter.',
      'Aanbod "Hulp bij een premie, een sociaal tarief of een tegemoetkomi…", beschrijving: de tekst is 1200 tekens lang; op een klein scherm passen er ongeveer 1150. Wat niet past, valt weg: maak de tekst korter.',
    ];
    assert.deepEqual(contentWarnings(long, Date.parse(at), null), warnings);
    assert.match(
      importReport({ kind: 'imported', content: long }, at, 'USB-stick', 'stick', null),
      /^Let op: {4}Aanbod "Hulp bij papieren", beschrijving: de tekst is 2000 tekens lang;/m,
    );
    assert.deepEqual(contentWarnings(content, Date.parse(at), null), []);
  });

  it('says when the screen’s own buurtpunt (config.json) is not in the content, first', () => {
    const at = '2026-12-01T09:00:00Z';
    const notice = importNotice({ kind: 'imported', content }, at, true, 'bijlok')!;
    assert.deepEqual(notice.details.slice(1), [
      'Dit scherm hoort bij buurtpunt "bijlok" (config.json), maar dat staat niet in content.json (daar staan "bijloke", "hof-ten-rode"): het eigen buurtpunt komt dan niet eerst en het grootst. Kijk de "id" na.',
    ]);
    assert.match(
      importReport({ kind: 'imported', content }, at, 'USB-stick', 'stick', 'bijlok'),
      /^Let op: {4}Dit scherm hoort bij buurtpunt "bijlok"/m,
    );
    assert.deepEqual(contentWarnings(content, Date.parse(at), 'bijloke'), []);
  });

  it('asks about a block that runs past midnight for more than half a day: likely written the wrong way round', () => {
    const [bijloke, hof] = content.locations;
    const swapped = {
      ...content,
      locations: [
        {
          ...bijloke!,
          hours: {
            thursday: [{ from: '12:00', until: '09:00' }],
            friday: [{ from: '20:00', until: '02:00' }],
            // Ends at midnight, the day's own ("10:00 – middernacht"): not a night opening.
            saturday: [{ from: '10:00', until: '00:00' }],
            sunday: [{ from: '11:45', until: '00:15' }],
          },
        },
        hof!,
      ],
    };
    assert.deepEqual(contentWarnings(swapped, Date.parse('2026-12-01T09:00:00Z'), null), [
      'Buurtpunt Bijloke, donderdag: 12:00 – 9:00 loopt over middernacht (21 uur open). Bedoel je 9:00 – 12:00? Draai dan "from" en "until" om.',
      'Buurtpunt Bijloke, zondag: 11:45 – 0:15 loopt over middernacht (12 uur en 30 minuten open). Bedoel je 0:15 – 11:45? Draai dan "from" en "until" om.',
    ]);
  });

  it('asks about a Facebook link that is not one, which the slide would still offer as the buurt’s page', () => {
    const [bijloke, hof] = content.locations;
    const withLink = (url: string) => ({
      ...content,
      locations: [{ ...bijloke!, facebook: { url } }, hof!],
    });
    const now = Date.parse('2026-12-01T09:00:00Z');
    assert.deepEqual(contentWarnings(withLink('https://www.instagram.com/buurtbijloke'), now, null), [
      'Buurtpunt Bijloke, Facebookpagina, link: https://www.instagram.com/buurtbijloke is geen link naar Facebook, maar het scherm zet "Volg de buurt op Facebook" boven de QR-code. Is het de link van de Facebookpagina (https://www.facebook.com/…)?',
    ]);
    for (const url of [
      'https://www.facebook.com/profile.php?id=100088118940159',
      'https://m.facebook.com/buurtbijloke',
      'https://facebook.com/groups/123',
      'https://fb.me/buurtbijloke',
    ]) {
      assert.deepEqual(contentWarnings(withLink(url), now, null), [], url);
    }
    // A look-alike host is not Facebook.
    assert.equal(contentWarnings(withLink('https://notfacebook.com/x'), now, null).length, 1);
  });

  it('names at most three activities on closed days and counts the rest', () => {
    const day = (n: number) => ({
      title: `Kerstatelier ${n}`,
      start: `2026-12-${22 + n}T14:00`,
      end: `2026-12-${22 + n}T16:00`,
      location: 'hof-ten-rode',
    });
    const many = { ...content, activities: [...content.activities, ...[1, 2, 3, 4, 5].map(day)] };
    assert.deepEqual(contentWarnings(many, Date.parse('2026-12-01T09:00:00Z'), null), [
      'Activiteit "Kerstatelier 1" op woensdag 23 december 2026 is in Buurtpunt Hof ten Rode, dat die dag gesloten is (kerstvakantie).',
      'Activiteit "Kerstatelier 2" op donderdag 24 december 2026 is in Buurtpunt Hof ten Rode, dat die dag gesloten is (kerstvakantie).',
      'Activiteit "Kerstatelier 3" op vrijdag 25 december 2026 is in Buurtpunt Hof ten Rode, dat die dag gesloten is (kerstvakantie).',
      '… en nog 2 activiteiten in een buurtpunt op een dag dat het gesloten is.',
    ]);
    const four = { ...content, activities: [...content.activities, ...[1, 2, 3, 4].map(day)] };
    assert.equal(
      contentWarnings(four, Date.parse('2026-12-01T09:00:00Z'), null).at(-1),
      '… en nog 1 activiteit in een buurtpunt op een dag dat het gesloten is.',
    );
    // The green notice has room for three lines of them, as the red one has for errors; verslag.txt has all.
    const at = '2026-12-01T09:00:00Z';
    const notice = importNotice({ kind: 'imported', content: many }, at, true, null)!;
    assert.deepEqual(notice.details.slice(1), [
      'Activiteit "Kerstatelier 1" op woensdag 23 december 2026 is in Buurtpunt Hof ten Rode, dat die dag gesloten is (kerstvakantie).',
      'Activiteit "Kerstatelier 2" op donderdag 24 december 2026 is in Buurtpunt Hof ten Rode, dat die dag gesloten is (kerstvakantie).',
      '… en meer om na te kijken: zie verslag.txt in de map buurtkiosk op de stick.',
    ]);
    assert.match(
      importNotice({ kind: 'imported', content: many }, at, false, null)!.details.at(-1)!,
      /^… en meer om na te kijken: controleer de inhoud met beheer\.html of buurtkiosk validate\.$/,
    );
    const report = importReport({ kind: 'imported', content: many }, at, 'USB-stick', 'stick', null);
    assert.equal(report.match(/^Let op: /gm)?.length, 4);
    // Three fit as they are.
    assert.equal(importNotice({ kind: 'imported', content: four }, at, true, null)!.details.length, 4);
  });

  it('counts every problem in the title, shows the first three in words, points at verslag.txt', () => {
    const notice = importNotice({ kind: 'refused', problems }, '2026-11-27T10:00:00Z', true, null)!;
    assert.equal(notice.title, 'Inhoud van de USB-stick niet gebruikt: 4 fouten');
    assert.deepEqual(notice.details, [
      'regel 10, activiteit "Activiteit 1", begin: geen geldige datum',
      'regel 20, activiteit "Activiteit 2", begin: geen geldige datum',
      'regel 30, activiteit "Activiteit 3", begin: geen geldige datum',
      '… en nog 1 fout',
    ]);
    assert.equal(
      notice.hint,
      'De volledige lijst van 4 fouten staat in verslag.txt in de map buurtkiosk op de stick.',
    );
    assert.equal(
      importNotice({ kind: 'refused', problems: problems.slice(0, 1) }, 'x', false, null)!.title,
      'Inhoud van de USB-stick niet gebruikt: 1 fout',
    );
  });

  it('never shows a field path on the public screen, even for a problem without a place', () => {
    const bare = [{ path: 'activities[0].start', message: 'geen geldige datum', line: 7 }];
    const notice = importNotice({ kind: 'refused', problems: bare }, 'x', true, null)!;
    assert.deepEqual(notice.details, ['regel 7: geen geldige datum']);
  });

  it('raises no notice for content already on screen', () => {
    assert.equal(importNotice({ kind: 'unchanged', content }, '2026-11-27T10:00:00Z', true, null), null);
  });

  it('writes the summary in verslag.txt at the import\'s instant, with a "Let op:" line when all is over', () => {
    assert.equal(
      importReport({ kind: 'imported', content }, '2027-02-01T09:00:00Z', 'USB-stick KIOSK', 'stick', null),
      [
        'Buurtkiosk: verslag van het inlezen',
        '',
        'Tijd:      maandag 1 februari 2027 om 10:00',
        'Bron:      USB-stick KIOSK',
        'Resultaat: GELUKT, de nieuwe inhoud staat op het scherm.',
        'Inhoud:    2 buurtpunten, 4 activiteiten (4 al voorbij), 2 mededelingen (1 verlopen), 3 contactpersonen',
        'Let op:    Alle 4 activiteiten zijn al voorbij: kijk de datums na in content.json (het jaar?).',
        '',
      ].join('\n'),
    );
    const unchanged = importReport(
      { kind: 'unchanged', content },
      '2026-12-10T09:00:00Z',
      'map /x',
      'folder',
      null,
    );
    assert.match(unchanged, /^Resultaat: niets veranderd, deze inhoud stond al op het scherm\.$/m);
    assert.match(
      unchanged,
      /^Inhoud: {4}2 buurtpunten, 4 activiteiten \(2 al voorbij\), 2 mededelingen, 3 contactpersonen$/m,
    );
    assert.doesNotMatch(unchanged, /Let op/);
  });

  it('does not send staff to content.json for a signature problem alone', () => {
    const unsigned = [
      {
        path: 'ondertekening.json',
        file: 'ondertekening.json',
        message: 'ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud',
      },
    ];
    const report = importReport(
      { kind: 'refused', problems: unsigned },
      '2026-12-01T09:00:00Z',
      'USB-stick KIOSK',
      'stick',
      null,
    );
    assert.equal(
      report.split('\n').slice(4).join('\n'),
      [
        'Resultaat: NIET GEBRUIKT, 1 fout. De vorige inhoud blijft op het scherm.',
        '',
        'Verbeter dit punt en steek de stick opnieuw in.',
        '',
        '1. ondertekening.json: ontbreekt: deze kiosk aanvaardt alleen ondertekende inhoud',
        '',
      ].join('\n'),
    );
  });

  it('names content.json only when a problem is in it, and explains "regel" only when one has a line', () => {
    const photo = {
      path: 'activities[0].image',
      file: 'images/weg.jpg',
      place: 'activiteit "Breicafé", foto',
      line: 12,
      message: 'afbeelding "images/weg.jpg" niet gevonden op de stick',
    };
    const photoOnly = importReport(
      { kind: 'refused', problems: [photo] },
      'x',
      'USB-stick KIOSK',
      'stick',
      null,
    );
    assert.match(
      photoOnly,
      /^Verbeter dit punt en steek de stick opnieuw in\.\n"regel" is het regelnummer in content\.json; /m,
    );
    const both = importReport(
      { kind: 'refused', problems: [photo, problems[0]!] },
      'x',
      'map /x',
      'folder',
      null,
    );
    assert.match(
      both,
      /^Verbeter deze punten in content\.json \(of open beheer\.html\) en lees de map opnieuw in\.$/m,
    );
    const folderWide = [{ path: '', message: 'content.json is te groot (6 MB, hoogstens 5 MB)' }];
    const whole = importReport({ kind: 'refused', problems: folderWide }, 'x', 'publicatie', 'network', null);
    assert.match(whole, /^Verbeter dit punt en publiceer opnieuw\.\n\n1\. content\.json is te groot/m);
  });

  it('lists every problem, numbered, in the report', () => {
    const report = importReport(
      { kind: 'refused', problems },
      '2026-11-27T10:00:00Z',
      'USB-stick KIOSK',
      'stick',
      null,
    );
    assert.match(report, /^Tijd: +vrijdag 27 november 2026 om 11:00$/m);
    assert.match(report, /^Bron: +USB-stick KIOSK$/m);
    assert.match(report, /^Resultaat: NIET GEBRUIKT, 4 fouten\. De vorige inhoud blijft op het scherm\.$/m);
    assert.match(report, /^4\. regel 40, activiteit "Activiteit 4", begin: geen geldige datum$/m);
    assert.doesNotMatch(report, /activities\[/);
    assert.match(report, /en steek de stick opnieuw in\.$/m);
  });

  it('counts 150,000 problems with a period, lists the first 200 and says how many more', () => {
    const many = [...problems, leftOutLine(149_996)];
    const notice = importNotice({ kind: 'refused', problems: many }, '2026-11-27T10:00:00Z', true, null)!;
    assert.equal(notice.title, 'Inhoud van de USB-stick niet gebruikt: 150.000 fouten');
    assert.deepEqual(notice.details.slice(3), ['… en nog 149.997 fouten']);
    // verslag.txt holds the four listed, not "the whole list".
    assert.equal(
      notice.hint,
      'De eerste 4 van de 150.000 fouten staan in verslag.txt in de map buurtkiosk op de stick.',
    );
    const report = importReport(
      { kind: 'refused', problems: many },
      '2026-11-27T10:00:00Z',
      'USB-stick KIOSK',
      'stick',
      null,
    );
    assert.match(
      report,
      /^Resultaat: NIET GEBRUIKT, 150\.000 fouten\. De vorige inhoud blijft op het scherm\.$/m,
    );
    assert.match(report, /^4\. regel 40, activiteit "Activiteit 4", begin: geen geldige datum$/m);
    // The last line counts the rest; it is not numbered as a problem of its own.
    assert.ok(
      report.endsWith(
        '\n… en nog 149.996 fouten die hier niet apart staan; verbeter eerst de fouten hierboven\n',
      ),
    );
  });

  it('writes a report of 200,000 problems handed over uncapped, without overflowing the stack', () => {
    const uncapped = Array.from({ length: 200_000 }, (_, i) => ({ path: `k${i}`, message: 'onbekend veld' }));
    const report = importReport(
      { kind: 'refused', problems: uncapped },
      '2026-11-27T10:00:00Z',
      'USB-stick KIOSK',
      'stick',
      null,
    );
    assert.match(report, /^Resultaat: NIET GEBRUIKT, 200\.000 fouten\./m);
    assert.match(report, /^200000\. k199999: onbekend veld$/m);
    const capped = importReport(
      { kind: 'refused', problems: capProblems(uncapped) },
      '2026-11-27T10:00:00Z',
      'USB-stick KIOSK',
      'stick',
      null,
    );
    assert.ok(capped.length < 10_000, `${capped.length} characters`);
    assert.match(capped, /^… en nog 199\.800 fouten die hier niet apart staan/m);
  });

  it('words a fault in the kiosk itself as a failed import that keeps the content on screen', () => {
    const notice = importNotice(
      { kind: 'failed', message: unexpectedFailureMessage('stick') },
      '2026-11-27T10:00:00Z',
      false,
      null,
    )!;
    assert.equal(notice.kind, 'import-failed');
    assert.equal(notice.title, 'Nieuwe inhoud niet overgenomen');
    assert.deepEqual(notice.details, [
      'de USB-stick kon niet gelezen worden door een onverwachte fout in de kiosk; de vorige inhoud blijft op het scherm. Trek de stick uit en steek hem opnieuw in',
    ]);
    assert.equal(notice.hint, 'Probeer opnieuw; lukt het niet, vraag hulp aan wie de kiosk beheert.');
    assert.match(unexpectedFailureMessage('folder'), /Lees de map opnieuw in$/);
    assert.match(unexpectedFailureMessage('stick', true), /^de nieuwe inhoud staat op het scherm/);
  });

  it('tells a folder import to read the folder again, not to insert a stick', () => {
    const report = importReport(
      { kind: 'refused', problems },
      '2026-11-27T10:00:00Z',
      'map /x',
      'folder',
      null,
    );
    assert.match(report, /en lees de map opnieuw in\.$/m);
    assert.doesNotMatch(report, /stick/);
  });

  it('finds image fields in valid and in broken content alike', () => {
    assert.deepEqual(
      imageRefs({
        activities: [{}, { image: 'a.png' }, 'kapot'],
        announcements: [{ image: 7 }, { image: 'b.jpg' }],
      }),
      [
        { steps: ['activities', 1, 'image'], file: 'a.png' },
        { steps: ['announcements', 1, 'image'], file: 'b.jpg' },
      ],
    );
    assert.deepEqual(imageRefs(null), []);
  });
});
