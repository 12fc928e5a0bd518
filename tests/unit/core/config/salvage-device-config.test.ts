import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveDeviceConfig } from '../../../../core/config/device-config';
import { salvageDeviceConfigText } from '../../../../core/config/salvage-device-config';
import { describeProblem } from '../../../../core/content/problem';

/** The salvaged fields and the Dutch problem lines of a config.json text. */
function salvage(text: string) {
  const { config, problems, signingBroken } = salvageDeviceConfigText(text);
  return { config, problems: problems.map(describeProblem), signingBroken };
}

describe('salvaging a device config', () => {
  it('drops a field given twice, like any bad field: the default holds and the message names both lines', () => {
    const { config, problems, signingBroken } = salvage(
      '{\n  "location": "bijloke",\n  "location": "hof-ten-rode",\n  "idleTimeoutSeconds": 90\n}',
    );
    assert.deepEqual(config, { idleTimeoutSeconds: 90 });
    assert.equal(resolveDeviceConfig(config).location, null);
    assert.deepEqual(problems, [
      'regel 3, location: "location" staat twee keer in hetzelfde blok (regel 2 en regel 3): laat er één weg (geen van beide wordt gebruikt)',
    ]);
    assert.equal(signingBroken, null);
  });

  it('drops only a field whose text was saved as "ANSI" (an é that is not UTF-8), keeping the others', () => {
    const text = Buffer.from(
      '{\n  "usbRoots": ["/media/Cl\xe9"],\n  "displayHours": { "on": "07:30", "off": "22:00" }\n}',
      'latin1',
    ).toString('utf8');
    const { config, problems, signingBroken } = salvage(text);
    assert.deepEqual(config, { displayHours: { on: '07:30', off: '22:00' } });
    assert.deepEqual(problems, [
      'regel 2, kolom 26, usbRoots[0]: onleesbaar teken � in deze tekst: het bestand is niet als UTF-8 opgeslagen (bv. als "ANSI"), zodat é, ë of ç hier niet te lezen zijn; sla het op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8) (dit veld wordt niet gebruikt)',
    ]);
    assert.equal(signingBroken, null);
  });

  it('drops only the one slide duration given twice', () => {
    const { config, problems } = salvage(
      '{\n  "durations": {\n    "status": 20,\n    "status": 30,\n    "facebook": 5\n  }\n}',
    );
    assert.deepEqual(config, { durations: { facebook: 5 } });
    assert.deepEqual(problems, [
      'regel 4, durations.status: "status" staat twee keer in hetzelfde blok (regel 3 en regel 4): laat er één weg (geen van beide wordt gebruikt)',
    ]);
  });

  it('drops the display hours when "on" or "off" is given twice, as for any mistake in them', () => {
    const { config, problems } = salvage(
      '{\n  "displayHours": { "on": "07:00", "off": "22:00", "off": "23:00" },\n  "location": "bijloke"\n}',
    );
    assert.deepEqual(config, { location: 'bijloke' });
    assert.deepEqual(problems, [
      'regel 2, displayHours.off: "off" staat twee keer in hetzelfde blok (regel 2 en regel 2): laat er één weg (geen van beide wordt gebruikt)',
    ]);
  });

  it('still reports what is wrong with the first of two values, and a signing key given twice breaks signing', () => {
    const { config, problems } = salvage('{\n  "idleTimeoutSeconds": 2,\n  "idleTimeoutSeconds": 90\n}');
    assert.deepEqual(config, {});
    assert.deepEqual(problems, [
      'regel 2, idleTimeoutSeconds: minstens 10 seconden',
      'regel 3, idleTimeoutSeconds: "idleTimeoutSeconds" staat twee keer in hetzelfde blok (regel 2 en regel 3): laat er één weg (geen van beide wordt gebruikt)',
    ]);
    const key = 'Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';
    const signed = salvageDeviceConfigText(`{ "signingKey": "${key}", "signingKey": "${key}" }`);
    assert.equal(signed.signingBroken, 'het veld "signingKey" staat er meer dan één keer');
    assert.equal(signed.config.signingKey, undefined);
    assert.deepEqual(resolveDeviceConfig(signed.config, { signingBroken: signed.signingBroken! }).signing, {
      kind: 'broken',
      reason: 'het veld "signingKey" staat er meer dan één keer',
    });
  });
});
