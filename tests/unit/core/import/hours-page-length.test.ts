import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tallHoursPages, tallHoursPageWarnings } from '../../../../core/import/hours-page-length';
import { contentWarnings } from '../../../../core/import/import-wording';
import { NOTE_120, STATUS_AT, STATUS_CASES, statusContent } from '../../../support/status-content';
import { brussels, contentWith } from '../deck/deck-fixtures';

const now = Date.parse(STATUS_AT);
const withCase = (name: string, count = 2, only: string | undefined = 'hof-ten-rode') =>
  contentWith((c) => statusContent(c, STATUS_CASES[name]!, count, only));

const HOF_TOO_TALL =
  "Buurtpunt Hof ten Rode in het Ontmoetingscentrum De Kapel, …: op een klein scherm past het blok van het buurtpunt op het aanraakscherm (Openingsuren) niet op één pagina, ook niet met de weektabel en de afwijkingen op de volgende pagina's; een bezoeker moet er scrollen om alles te lezen. Maak de naam, het adres of de opmerkingen korter.";

describe('a buurtpunt too tall for the touch screen’s hours page', () => {
  it('says nothing for the sample, nor for long texts the page carries over to the next pages', () => {
    assert.deepEqual(tallHoursPageWarnings(contentWith(), now), []);
    for (const name of Object.keys(STATUS_CASES)) {
      if (name === 'everything at its longest') continue;
      assert.deepEqual(tallHoursPageWarnings(withCase(name, 5, undefined), now), [], name);
    }
  });

  it('names the buurtpunt whose status alone is taller than a small screen’s page, with what to do', () => {
    const content = withCase('everything at its longest');
    assert.deepEqual(tallHoursPages(content, now), [1]);
    assert.deepEqual(tallHoursPageWarnings(content, now), [HOF_TOO_TALL]);
    // validate's "Let op" lines carry it, beside what the status slide leaves out.
    assert.ok(contentWarnings(content, now, 'hof-ten-rode').includes(HOF_TOO_TALL));
  });

  it('looks at the day a closure begins, when its note lengthens the sentence', () => {
    // Long name and address, no change today: the status fits; on the day of the closure it does not.
    const content = withCase('everything at its longest');
    content.locations[1]!.exceptions = [{ from: '2026-12-10', closed: true, note: NOTE_120 }];
    assert.deepEqual(tallHoursPages(content, now), [1]);
    content.locations[1]!.exceptions = [];
    assert.deepEqual(tallHoursPages(content, now), []);
  });

  it('says nothing once the closure that made it too tall is over', () => {
    const content = withCase('everything at its longest');
    content.locations[1]!.exceptions = [{ from: '2026-12-03', closed: true, note: NOTE_120 }];
    assert.deepEqual(tallHoursPages(content, now), [1]);
    assert.deepEqual(tallHoursPages(content, brussels('2026-12-04T09:00')), []);
  });
});
