import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblem } from '../../../../core/content/problem';
import { isDisplayOn } from '../../../../core/config/display-hours';
import { validateDeviceConfigText } from '../../../../core/config/validate-device-config';

/** The Dutch problem lines for a config.json text (empty when it is valid). */
function problemsOf(config: unknown): string[] {
  const text = typeof config === 'string' ? config : JSON.stringify(config, null, 2);
  const result = validateDeviceConfigText(text);
  return result.ok ? [] : result.problems.map(describeProblem);
}

const RAW_KEY = 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE='.slice(16);

describe('device config validation', () => {
  it('accepts a complete, documented example', () => {
    const result = validateDeviceConfigText(
      JSON.stringify({
        location: 'bijloke',
        durations: { status: 20, activities: 15 },
        idleTimeoutSeconds: 90,
        usbRoots: ['/media', '/mnt/usb'],
        displayHours: { on: '07:30', off: '22:00' },
        signingKey: RAW_KEY,
      }),
    );
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    assert.deepEqual(result.config.displayHours, { on: '07:30', off: '22:00' });
  });

  it('accepts an empty object, and a public key as raw base64, SPKI base64 or PEM', () => {
    assert.deepEqual(problemsOf({}), []);
    const pem =
      '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n';
    assert.deepEqual(problemsOf({ signingKey: pem }), []);
    assert.deepEqual(
      problemsOf({ signingKey: 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=' }),
      [],
    );
  });

  it('names a wrong display hour with its line and an example', () => {
    assert.deepEqual(problemsOf({ location: 'bijloke', displayHours: { on: '7u30', off: '22:00' } }), [
      'regel 4, displayHours.on: verwacht een uur als "07:30" (van 00:00 tot 23:59)',
    ]);
    assert.deepEqual(problemsOf({ displayHours: { on: '24:00', off: '06:00' } }), [
      'regel 3, displayHours.on: verwacht een uur als "07:30" (van 00:00 tot 23:59)',
    ]);
  });

  it('takes "24:00" as an off-time meaning midnight, read as "00:00" (as content.json ends a day)', () => {
    const result = validateDeviceConfigText(JSON.stringify({ displayHours: { on: '07:00', off: '24:00' } }));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    assert.deepEqual(result.config.displayHours, { on: '07:00', off: '00:00' });
    const hours = result.config.displayHours!;
    // Brussels local times, in winter (UTC+1) and on both DST changes of 2025.
    for (const [iso, on] of [
      ['2025-01-15T05:59:59Z', false], // 06:59:59
      ['2025-01-15T06:00:00Z', true], // 07:00
      ['2025-01-15T22:59:59Z', true], // 23:59:59
      ['2025-01-15T23:00:00Z', false], // 00:00, the next day
      ['2025-03-30T21:59:59Z', true], // 23:59:59 CEST, spring change day
      ['2025-03-30T22:00:00Z', false],
      ['2025-10-26T22:59:59Z', true], // 23:59:59 CET, autumn change day
      ['2025-10-26T23:00:00Z', false],
    ] as const) {
      assert.equal(isDisplayOn(hours, Date.parse(iso)), on, iso);
    }
    assert.deepEqual(problemsOf({ displayHours: { on: '07:00', off: '24:01' } }), [
      'regel 4, displayHours.off: verwacht een uur als "22:00" (van 00:00 tot 24:00)',
    ]);
    assert.deepEqual(problemsOf({ displayHours: { on: '00:00', off: '24:00' } }), [
      'regel 4, displayHours.off: van 00:00 tot 24:00 is de hele dag: laat displayHours weg om altijd aan te blijven',
    ]);
  });

  it('refuses equal on and off hours, pointing at "off"', () => {
    assert.deepEqual(problemsOf({ displayHours: { on: '08:00', off: '08:00' } }), [
      'regel 4, displayHours.off: aan en uit mogen niet hetzelfde uur zijn (laat displayHours weg om altijd aan te blijven)',
    ]);
  });

  it('wants USB roots as absolute folders', () => {
    assert.deepEqual(problemsOf({ usbRoots: ['media'] }), [
      'regel 3, usbRoots[0]: verwacht een volledig pad dat met / begint, bv. "/media"',
    ]);
    assert.deepEqual(problemsOf({ usbRoots: '/media' }), [
      'regel 2, usbRoots: verwacht een lijst van mappen, bv. ["/media", "/mnt"]',
    ]);
    assert.deepEqual(problemsOf({ usbRoots: [] }), [
      'regel 2, usbRoots: geef minstens één map, of laat usbRoots weg',
    ]);
  });

  it('says what a signing key should look like', () => {
    assert.deepEqual(problemsOf({ signingKey: 'geheim' }), [
      'regel 2, signingKey: geen geldige publieke ed25519-sleutel: verwacht 44 tekens base64 of een blok "-----BEGIN PUBLIC KEY-----"',
    ]);
  });

  it('speaks of seconds, not length, for a too short idle timeout', () => {
    assert.deepEqual(problemsOf({ idleTimeoutSeconds: 2 }), [
      'regel 2, idleTimeoutSeconds: minstens 10 seconden',
    ]);
    assert.deepEqual(problemsOf({ idleTimeoutSeconds: '60' }), [
      'regel 2, idleTimeoutSeconds: moet een aantal seconden zijn, bv. 60',
    ]);
  });

  it('says only "too many" for a whole number too big to count exactly (1e20), not "not whole"', () => {
    assert.deepEqual(problemsOf('{ "durations": { "status": 1e20 } }'), [
      'regel 1, durations.status: hoogstens 600 seconden',
    ]);
    assert.deepEqual(problemsOf('{ "durations": { "status": -1e20 } }'), [
      'regel 1, durations.status: minstens 3 seconden',
    ]);
    assert.deepEqual(problemsOf('{ "idleTimeoutSeconds": 9007199254740993 }'), [
      'regel 1, idleTimeoutSeconds: hoogstens 3600 seconden (een uur)',
    ]);
    assert.deepEqual(problemsOf('{ "updateIntervalSeconds": 1e300 }'), [
      'regel 1, updateIntervalSeconds: hoogstens 86400 seconden (een dag)',
    ]);
    assert.deepEqual(problemsOf({ durations: { status: 12.5 } }), [
      'regel 3, durations.status: moet een geheel aantal seconden zijn',
    ]);
  });

  it('reports unknown keys (a typo) rather than ignoring them', () => {
    assert.deepEqual(problemsOf({ locatie: 'bijloke' }), [
      'regel 2, locatie: onbekend veld "locatie" (tikfout? dit veld wordt niet gebruikt)',
    ]);
  });

  it('reports every problem at once', () => {
    assert.equal(
      problemsOf({ location: 'Bijloke!', idleTimeoutSeconds: 5, durations: { status: 1 } }).length,
      3,
    );
  });

  it('says where broken JSON breaks, and refuses a __proto__ key', () => {
    const broken = problemsOf('{\n  "location": "bijloke",\n}');
    assert.equal(broken.length, 1);
    assert.match(broken[0]!, /^regel 2, kolom 24: komma te veel/);
    const polluted = problemsOf('{ "__proto__": { "location": "x" } }');
    assert.equal(polluted.length, 1);
    assert.match(polluted[0]!, /__proto__/);
  });
});
