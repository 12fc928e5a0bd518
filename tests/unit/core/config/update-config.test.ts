import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveDeviceConfig } from '../../../../core/config/device-config';
import { validateDeviceConfigText } from '../../../../core/config/validate-device-config';
import { describeProblem } from '../../../../core/content/problem';

function problemsOf(config: unknown): string[] {
  const result = validateDeviceConfigText(JSON.stringify(config, null, 2));
  return result.ok ? [] : result.problems.map(describeProblem);
}

describe('the network update settings in config.json', () => {
  for (const url of [
    'https://www.example.be/buurtkiosk/',
    'http://intranet.school.local/kiosk',
    'https://deeltoken:wachtwoord@cloud.example.be/public.php/webdav/',
    'https://opbouwwerk.github.io/schermen/',
    'http://10.0.0.5:8080/',
  ]) {
    it(`accepts ${url}`, () => assert.deepEqual(problemsOf({ updateUrl: url }), []));
  }

  for (const url of [
    'ftp://example.be/kiosk/',
    'www.example.be/buurtkiosk/',
    'https://example.be/kiosk/?token=1',
    'https://example.be/kiosk/#x',
    'https://example.be/mijn kiosk/',
    'https:///kiosk/',
  ]) {
    it(`refuses ${url} with a Dutch example of a good address`, () => {
      const problems = problemsOf({ updateUrl: url });
      assert.equal(problems.length, 1);
      assert.match(
        problems[0] ?? '',
        /updateUrl: verwacht een webadres dat met https:\/\/ of http:\/\/ begint/,
      );
    });
  }

  it('checks every 300 seconds unless told otherwise', () => {
    assert.equal(resolveDeviceConfig().updateIntervalSeconds, 300);
    assert.equal(resolveDeviceConfig({ updateIntervalSeconds: 60 }).updateIntervalSeconds, 60);
  });

  it('refuses an interval under 5 seconds, over a day, or not a whole number', () => {
    assert.match(
      problemsOf({ updateIntervalSeconds: 4 })[0] ?? '',
      /updateIntervalSeconds: minstens 5 seconden/,
    );
    assert.match(
      problemsOf({ updateIntervalSeconds: 86_401 })[0] ?? '',
      /hoogstens 86400 seconden \(een dag\)/,
    );
    assert.match(problemsOf({ updateIntervalSeconds: 7.5 })[0] ?? '', /geheel aantal seconden/);
    assert.match(
      problemsOf({ updateIntervalSeconds: '300' })[0] ?? '',
      /moet een aantal seconden zijn, bv\. 300/,
    );
    assert.deepEqual(problemsOf({ updateIntervalSeconds: 5 }), []);
  });
});
