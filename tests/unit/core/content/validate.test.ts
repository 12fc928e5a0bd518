import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeProblem } from '../../../../core/content/problem';
import { validateContent, validateContentText } from '../../../../core/content/validate';

const sampleText = readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8');
const sample = () =>
  JSON.parse(sampleText) as Record<string, unknown> & {
    activities: Record<string, unknown>[];
    locations: Record<string, unknown>[];
    announcements: Record<string, unknown>[];
  };

/** Validates a modified copy of the sample and returns "path: message" lines. */
function problemsOf(mutate: (c: ReturnType<typeof sample>) => void): string[] {
  const c = sample();
  mutate(c);
  const result = validateContent(c);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('content validation', () => {
  it('accepts the bundled sample content with the seed facts', () => {
    const result = validateContentText(sampleText);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const ids = result.content.locations.map((l) => l.id);
    assert.deepEqual(ids, ['bijloke', 'hof-ten-rode']);
    assert.equal(result.content.contacts.length, 3);
    assert.equal(result.content.organisation.phone, '052 37 85 00');
  });

  it('names an impossible activity start with an example of what to write', () => {
    assert.deepEqual(
      problemsOf((c) => (c.activities[3]!.start = '2026-12-03 14u')),
      ['activities[3].start: geen geldige datum, verwacht bv. 2026-12-03T14:00'],
    );
  });

  it('says a 31st of February does not exist', () => {
    assert.deepEqual(
      problemsOf((c) => (c.activities[0]!.start = '2027-02-31T10:00')),
      ['activities[0].start: geen geldige datum (deze dag bestaat niet), verwacht bv. 2026-12-03T14:00'],
    );
  });

  it('reports unknown keys instead of dropping them', () => {
    assert.deepEqual(
      problemsOf((c) => (c.activities[1]!.colour = 'rood')),
      ['activities[1].colour: onbekend veld "colour" (tikfout? dit veld wordt niet gebruikt)'],
    );
  });

  it('refuses links that are not https://', () => {
    for (const url of ['javascript:alert(1)', 'http://www.facebook.com/x', 'file:///etc/passwd']) {
      assert.deepEqual(
        problemsOf((c) => ((c.locations[0]!.facebook as { url: string }).url = url)),
        ['locations[0].facebook.url: alleen links die beginnen met https:// zijn toegestaan'],
        url,
      );
    }
  });

  it('says which field is missing', () => {
    assert.deepEqual(
      problemsOf((c) => delete c.activities[2]!.end),
      // The key to write, not only the place in words: staff add it in a text editor.
      ['activities[2].end: ontbreekt (voeg "end" toe, bv. "end": "2026-12-03T16:00")'],
    );
  });

  it('catches an activity that ends before it starts', () => {
    assert.deepEqual(
      problemsOf((c) => (c.activities[0]!.end = '2026-12-03T08:00')),
      ['activities[0].end: moet na het begin (2026-12-03T09:30) liggen'],
    );
  });

  it('catches an activity at a buurtpunt that does not exist', () => {
    assert.deepEqual(
      problemsOf((c) => (c.activities[0]!.location = 'wastijne')),
      ['activities[0].location: onbekend buurtpunt "wastijne"; bekend zijn: bijloke, hof-ten-rode'],
    );
  });

  it('requires an exception to say closed or give hours', () => {
    assert.deepEqual(
      problemsOf((c) => ((c.locations[1]!.exceptions as unknown[])[0] = { from: '2026-12-22', note: 'x' })),
      [
        'locations[1].exceptions[0].closed: zeg wat er gebeurt: "closed": true, of "hours" met de uren van die dag',
      ],
    );
  });

  it('refuses an opening block that ends when it starts', () => {
    assert.deepEqual(
      problemsOf(
        (c) =>
          ((c.locations[0]!.hours as Record<string, unknown>).thursday = [{ from: '09:00', until: '09:00' }]),
      ),
      [
        'locations[0].hours.thursday[0].until: is gelijk aan het beginuur (09:00): geef het uur waarop het buurtpunt sluit',
      ],
    );
  });

  it('refuses image paths that leave the content folder', () => {
    for (const image of ['../../etc/passwd.png', '/etc/x.png', 'images/../../x.jpg', 'images/x.svg']) {
      const lines = problemsOf((c) => (c.activities[0]!.image = image));
      assert.equal(lines.length, 1, image);
      assert.match(lines[0]!, /^activities\[0\]\.image: verwacht een afbeelding in de map/);
    }
  });

  it('reports a wrong date, an unknown key, a javascript: link and __proto__ together, each with its line', () => {
    const c = sample();
    c.activities[2]!.start = '2026-13-03T14:00';
    c.activities[1]!.colour = 'red';
    (c.locations[0]!.facebook as { url: string }).url = 'javascript:alert(1)';
    const text = JSON.stringify(c, null, 2).replace(
      '"updated":',
      '"__proto__": { "polluted": true },\n  "updated":',
    );
    const result = validateContentText(text);
    assert.equal(result.ok, false);
    const lines = result.ok ? [] : result.problems.map(describeProblem);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    assert.deepEqual(lines, [
      `regel ${lineOf('__proto__')}, veld "__proto__": veldnaam "__proto__" is niet toegestaan`,
      `regel ${lineOf('javascript:')}, Buurtpunt Bijloke, Facebookpagina, link: alleen links die beginnen met https:// zijn toegestaan`,
      `regel ${lineOf('"colour"')}, activiteit "Voorbeeld: hulp bij je smartphone", "colour": onbekend veld "colour" (tikfout? dit veld wordt niet gebruikt)`,
      `regel ${lineOf('2026-13-03')}, activiteit "Voorbeeld: kerstwandeling door de buurt", begin: geen geldige datum (deze dag bestaat niet), verwacht bv. 2026-12-03T14:00`,
    ]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('explains truncated JSON on its last line', () => {
    const text = sampleText.split('\n').slice(0, 20).join('\n');
    const result = validateContentText(text);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.problems.length, 1);
      assert.match(
        result.problems[0]!.message,
        /^het bestand houdt op, maar het blok \{ van regel 15 is niet gesloten/,
      );
      assert.equal(result.problems[0]!.line, 20);
    }
  });

  it('sorts problems by line, whatever order the schema checks them in', () => {
    const c = sample();
    c.announcements[0]!.title = '';
    c.activities[0]!.end = 'morgen';
    c.updated = 'gisteren';
    const result = validateContentText(JSON.stringify(c, null, 2));
    assert.equal(result.ok, false);
    const found = result.ok ? [] : result.problems.map((p) => p.line ?? 0);
    assert.equal(found.length, 3);
    assert.deepEqual(
      found,
      [...found].sort((a, b) => a - b),
    );
  });

  it('refuses 10,000-deep nesting without overflowing the stack', () => {
    const result = validateContentText('['.repeat(10_000) + ']'.repeat(10_000));
    assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.message), [
      'te diep genest (10000 niveaus, hoogstens 32)',
    ]);
  });

  it('accepts a file saved with a byte order mark (Windows Notepad)', () => {
    assert.equal(validateContentText('\ufeff' + sampleText).ok, true);
  });

  it('refuses a title or name of invisible characters only, which would show as nothing', () => {
    assert.deepEqual(
      problemsOf((c) => {
        c.activities[0]!.title = '\u200b';
        (c['contacts'] as Record<string, unknown>[])[0]!['name'] = '\u200b\u2060 ';
      }),
      [
        'activities[0].title: mag niet leeg zijn (er staan alleen onzichtbare tekens in)',
        'contacts[0].name: mag niet leeg zijn (er staan alleen onzichtbare tekens in)',
      ],
    );
    // "$schema" is for editors and never shown: a space there is no fault.
    assert.deepEqual(
      problemsOf((c) => (c['$schema'] = ' ')),
      [],
    );
    // A joiner inside real text (an emoji sequence) is fine.
    assert.deepEqual(
      problemsOf((c) => (c.activities[0]!.title = 'Koffie \u2615\u200d')),
      [],
    );
  });

  it('refuses a text of characters fonts draw as nothing: a lone accent, a variation selector, blanks', () => {
    // The Braille blank, the Hangul fillers, a combining grapheme joiner, a variation selector and a
    // combining accent with no letter under it: the screen showed an empty name or a title's box.
    for (const blank of [
      '\u2800',
      '\u2800\u2800',
      '\u3164',
      '\uFFA0',
      '\u115F\u1160',
      '\u034F',
      '\uFE0F',
      ' \u0301 ',
    ]) {
      assert.deepEqual(
        problemsOf((c) => ((c['contacts'] as Record<string, unknown>[])[0]!['name'] = blank)),
        ['contacts[0].name: mag niet leeg zijn (er staan alleen onzichtbare tekens in)'],
        JSON.stringify(blank),
      );
    }
    // Real text with marks and selectors stays welcome: an accent written as two characters, an emoji.
    for (const text of ['Jose\u0301', 'Koffie \u2764\uFE0F', 'Ŝarlotte']) {
      assert.deepEqual(
        problemsOf((c) => (c.activities[0]!.title = text)),
        [],
        text,
      );
    }
  });

  it('reports a missing announcement window end before its start', () => {
    assert.deepEqual(
      problemsOf((c) =>
        Object.assign(c.announcements[0]!, { visibleFrom: '2026-12-10', visibleUntil: '2026-12-01' }),
      ),
      ['announcements[0].visibleUntil: ligt vóór "visibleFrom" (2026-12-10)'],
    );
  });

  it('refuses an announcement window that is empty by the hour, as the screen measures it', () => {
    const window = (visibleFrom: string, visibleUntil: string) =>
      problemsOf((c) => Object.assign(c.announcements[0]!, { visibleFrom, visibleUntil }));
    assert.deepEqual(window('2026-12-10T18:00', '2026-12-10T09:00'), [
      'announcements[0].visibleUntil: ligt vóór "visibleFrom" (2026-12-10T18:00)',
    ]);
    assert.deepEqual(window('2026-12-10T09:00', '2026-12-10T09:00'), [
      'announcements[0].visibleUntil: valt samen met "visibleFrom" (2026-12-10T09:00): de mededeling zou geen moment zichtbaar zijn',
    ]);
    assert.deepEqual(window('2026-12-10', '2026-12-10T00:00'), [
      'announcements[0].visibleUntil: valt samen met "visibleFrom" (2026-12-10): de mededeling zou geen moment zichtbaar zijn; schrijf "2026-12-10" om ze die hele dag te tonen',
    ]);
    // In the hour skipped when summer time begins, two different times are both 3:00 on the screen.
    assert.deepEqual(window('2027-03-28T02:15', '2027-03-28T02:45'), [
      'announcements[0].visibleUntil: valt samen met "visibleFrom" (2027-03-28T02:15): die nacht gaat de klok van 2:00 naar 3:00, dus beide worden 3:00 en de mededeling zou geen moment zichtbaar zijn',
    ]);
    assert.deepEqual(window('2027-03-28T02:30', '2027-03-28T03:00').length, 1);
    assert.deepEqual(window('2027-03-28T01:30', '2027-03-28T02:30'), []);
    // A whole last day ends at the next midnight: the day before a moment at 00:00 lies before it.
    assert.deepEqual(window('2026-12-11T00:00', '2026-12-10'), [
      'announcements[0].visibleUntil: ligt vóór "visibleFrom" (2026-12-11T00:00)',
    ]);
  });

  it('accepts an announcement window of a single day or a single minute', () => {
    const window = (visibleFrom: string, visibleUntil: string) =>
      problemsOf((c) => Object.assign(c.announcements[0]!, { visibleFrom, visibleUntil }));
    assert.deepEqual(window('2026-12-10', '2026-12-10'), []);
    assert.deepEqual(window('2026-12-10T09:00', '2026-12-10T09:01'), []);
    assert.deepEqual(window('2026-12-10T18:00', '2026-12-10'), []);
    assert.deepEqual(window('2026-12-10', '2026-12-10T00:01'), []);
    // Across the autumn change: 02:30 on 25 October means its first occurrence, still before 02:45.
    assert.deepEqual(window('2026-10-25T02:30', '2026-10-25T02:45'), []);
  });

  describe('phone numbers', () => {
    const phoneProblems = (phone: string) =>
      problemsOf((c) => ((c['contacts'] as Record<string, unknown>[])[0]!['phone'] = phone));
    const WRONG_LENGTH =
      'contacts[0].phone: geen geldig Belgisch telefoonnummer: een gsm-nummer heeft 10 cijfers, bv. 0470 12 34 56; een vast nummer 9, bv. 052 37 85 00';

    it('refuses a Belgian number with a digit too few or too many', () => {
      for (const phone of [
        '0473 52 99 0',
        '0473 52 99 033',
        '052 37 85 0',
        '+32 473 52 99 0',
        '0032 52 37 85 000',
      ]) {
        assert.deepEqual(phoneProblems(phone), [WRONG_LENGTH], phone);
      }
    });

    it('refuses a number without 0, + or 00 in front, and 00 followed by no country code', () => {
      assert.deepEqual(phoneProblems('1234567890'), [
        'contacts[0].phone: geen geldig telefoonnummer: een Belgisch nummer begint met 0, bv. 0470 12 34 56 of 052 37 85 00 (een buitenlands nummer met + en het landnummer)',
      ]);
      assert.deepEqual(phoneProblems('00000000000'), [
        'contacts[0].phone: geen geldig telefoonnummer: na + of 00 komt een landnummer, bv. +32 473 52 99 03 of 0032 473 52 99 03',
      ]);
    });

    it('accepts mobiles, fixed lines, free numbers and numbers of other countries', () => {
      for (const phone of [
        '0473 52 99 03',
        '0474/92.13.21',
        '+32 473 52 99 03',
        '+32 0473 52 99 03',
        '0032 52 37 85 00',
        '02 123 45 67',
        '04 123 45 67',
        '0800 12 345',
        '+31 6 1234 5678',
        '0031 6-1234-5678',
      ]) {
        assert.deepEqual(phoneProblems(phone), [], phone);
      }
    });
  });

  describe('links', () => {
    const linkProblems = (url: string) =>
      problemsOf((c) => ((c.locations[0]!.facebook as { url: string }).url = url));

    it('says a link may not hold a space, instead of "alleen links die beginnen met https://"', () => {
      for (const url of [
        'https://www.facebook.com/my page',
        'https://www.facebook.com/ x',
        'https:// www.x.be',
      ]) {
        assert.deepEqual(
          linkProblems(url),
          ['locations[0].facebook.url: een link mag geen spaties bevatten'],
          url,
        );
      }
    });

    it('says the address is missing after a bare https://', () => {
      for (const url of ['https://', 'https://  ', 'HTTPS://']) {
        assert.deepEqual(
          linkProblems(url),
          ['locations[0].facebook.url: er ontbreekt een adres na https://, bv. https://www.facebook.com/…'],
          url,
        );
      }
    });

    it('takes a link with a space before or after it as the link itself', () => {
      const c = sample();
      (c.locations[0]!.facebook as { url: string }).url = ' https://www.facebook.com/x\u00a0';
      const result = validateContent(c);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
      assert.equal(result.content.locations[0]!.facebook?.url, 'https://www.facebook.com/x');
    });

    it('still refuses links that do not start with https://', () => {
      assert.deepEqual(linkProblems('facebook.com/buurt'), [
        'locations[0].facebook.url: alleen links die beginnen met https:// zijn toegestaan',
      ]);
    });
  });

  it('accepts hours, dates, a postcode, an e-mail address and a phone number with invisible spaces around them, and shows them without', () => {
    const c = sample() as ReturnType<typeof sample> & {
      organisation: Record<string, unknown>;
      contacts: Record<string, unknown>[];
    };
    const thursday = (c.locations[0]!.hours as Record<string, Record<string, string>[]>).thursday!;
    thursday[0]!.from = '09:00 ';
    thursday[0]!.until = '12:00\u00a0';
    c.updated = ' 2026-11-27';
    (c.locations[0]!.address as Record<string, string>).postalCode = '9200 ';
    c.contacts[0]!.email = ' naam@example.be';
    c.contacts[0]!.phone = '\u00a00473 52 99 03';
    c.organisation.phone = '052 37 85 00 ';
    c.activities[0]!.start = '2026-12-03T09:30 ';
    c.announcements[0]!.visibleFrom = ' 2026-12-10';
    (c.locations[0]!.exceptions as Record<string, string>[])[0]!.from = '2026-12-24\t';
    const result = validateContent(c);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const content = result.content;
    assert.deepEqual(content.locations[0]!.hours.thursday, [{ from: '09:00', until: '12:00' }]);
    assert.equal(content.updated, '2026-11-27');
    assert.equal(content.locations[0]!.address.postalCode, '9200');
    assert.equal(content.contacts[0]!.email, 'naam@example.be');
    assert.equal(content.contacts[0]!.phone, '0473 52 99 03');
    assert.equal(content.organisation.phone, '052 37 85 00');
    assert.equal(content.activities[0]!.start, '2026-12-03T09:30');
    assert.equal(content.announcements[0]!.visibleFrom, '2026-12-10');
    assert.equal(content.locations[0]!.exceptions[0]!.from, '2026-12-24');
  });

  describe('buurtpunt ids', () => {
    it('reports a wrong buurtpunt id once, without "onbekend buurtpunt" for the activities there', () => {
      assert.deepEqual(
        problemsOf((c) => (c.locations[0]!.id = 'Bijloke')),
        ['locations[0].id: alleen kleine letters, cijfers en streepjes, bv. "hof-ten-rode"'],
      );
    });

    it('says a space after an id is the problem, and lists no broken id as known', () => {
      assert.deepEqual(
        problemsOf((c) => (c.locations[0]!.id = 'bijloke ')),
        ['locations[0].id: er staat een spatie voor of achter: haal die weg'],
      );
    });

    it('gives a wrongly written activity location one message, not also "onbekend buurtpunt"', () => {
      assert.deepEqual(
        problemsOf((c) => (c.activities[0]!.location = 'Bijloke')),
        ['activities[0].location: alleen kleine letters, cijfers en streepjes, bv. "hof-ten-rode"'],
      );
      assert.deepEqual(
        problemsOf((c) => (c.activities[0]!.location = 'bijloke ')),
        ['activities[0].location: er staat een spatie voor of achter: haal die weg'],
      );
    });
  });

  it('says an announcement day does not exist, as for activities', () => {
    assert.deepEqual(
      problemsOf((c) => (c.announcements[0]!.visibleFrom = '2027-02-30')),
      [
        'announcements[0].visibleFrom: geen geldige datum (deze dag bestaat niet), verwacht bv. 2026-12-01 of 2026-12-01T09:00',
      ],
    );
    assert.deepEqual(
      problemsOf((c) => (c.announcements[0]!.visibleUntil = '2027-02-30T10:00')),
      [
        'announcements[0].visibleUntil: geen geldige datum (deze dag bestaat niet), verwacht bv. 2026-12-01 of 2026-12-01T09:00',
      ],
    );
    assert.deepEqual(
      problemsOf((c) => (c.announcements[0]!.visibleUntil = 'volgende week')),
      ['announcements[0].visibleUntil: geen geldige datum, verwacht bv. 2026-12-01 of 2026-12-01T09:00'],
    );
  });
});
