import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusCuts, statusLengthWarnings } from '../../../../core/import/status-length';
import { STATUS_AT, STATUS_CASES, statusContent } from '../../../support/status-content';
import { brussels, contentWith } from '../deck/deck-fixtures';

const now = Date.parse(STATUS_AT);
const withCase = (name: string, count = 2, only: string | undefined = 'hof-ten-rode') =>
  contentWith((c) => statusContent(c, STATUS_CASES[name]!, count, only));

describe('what a buurtpunt’s status block leaves out', () => {
  it('says nothing for the sample, nor for texts that fit a page of their own', () => {
    assert.deepEqual(statusLengthWarnings(contentWith(), now), []);
    for (const name of [
      'two changes',
      'an 80-character note',
      '120-character notes',
      'six blocks a day',
      '120-character name and street',
    ]) {
      assert.deepEqual(statusLengthWarnings(withCase(name, 5, undefined), now), [], name);
    }
  });

  it('names the note of the change that does not fit, with what is not shown and what to do', () => {
    assert.deepEqual(statusLengthWarnings(withCase('six blocks a day and 120-character notes'), now), [
      'Buurtpunt Hof ten Rode, uitzondering van 2026-12-10 (Extra opening: kerstmarkt met de buren van Hof ten Rode en …), opmerking: op een klein scherm past deze afwijking niet in het blok van het buurtpunt op het statusscherm, dus daar staat ze niet bij "Afwijkende openingsuren". Maak de opmerking korter.',
    ]);
  });

  it('names the week table when even without changes it does not fit, then the changes left out', () => {
    const content = withCase('everything at its longest');
    // On 9 December, the day before the closure of the 10th, the week table fits and that change not;
    // on 4 December the extra opening of that day is not listed as "Vandaag: open …" under its sentence.
    assert.deepEqual(statusCuts(content, now), [
      { kind: 'week', locationIndex: 1, evenThen: false },
      { kind: 'change', locationIndex: 1, exceptionIndex: 1 },
      { kind: 'change', locationIndex: 1, exceptionIndex: 2 },
    ]);
    assert.deepEqual(statusLengthWarnings(content, now), [
      'Buurtpunt Hof ten Rode in het Ontmoetingscentrum De Kapel, …, openingsuren: op een klein scherm past de weektabel niet in het blok van het buurtpunt op het statusscherm, dus daar staat ze niet (wel of het nu open is). Gebruik minder blokken per dag, of maak de naam, het adres of de opmerkingen korter.',
      'Buurtpunt Hof ten Rode in het Ontmoetingscentrum De Kapel, …, uitzondering van 2026-12-04 (Extra opening: kerstmarkt met de buren van Hof ten Rode en …), opmerking: op een klein scherm past deze afwijking niet in het blok van het buurtpunt op het statusscherm, dus daar staat ze niet bij "Afwijkende openingsuren". Maak de opmerking korter.',
      'Buurtpunt Hof ten Rode in het Ontmoetingscentrum De Kapel, …, uitzondering van 2026-12-10 (Uitzonderlijk gesloten voor de jaarlijkse vormingsdag van G…), opmerking: op een klein scherm past deze afwijking niet in het blok van het buurtpunt op het statusscherm, dus daar staat ze niet bij "Afwijkende openingsuren". Maak de opmerking korter.',
    ]);
  });

  it('advises shortening the rest for a change without a note', () => {
    const content = contentWith((c) => {
      statusContent(c, STATUS_CASES['everything at its longest']!, 2, 'hof-ten-rode');
      c.locations[1]!.exceptions!.push({ from: '2026-12-11', closed: true });
    });
    assert.equal(
      statusLengthWarnings(content, now).at(-1),
      'Buurtpunt Hof ten Rode in het Ontmoetingscentrum De Kapel, …, uitzondering van 2026-12-11: op een klein scherm past deze afwijking niet in het blok van het buurtpunt op het statusscherm, dus daar staat ze niet bij "Afwijkende openingsuren". Maak de naam, het adres of de andere opmerkingen van het buurtpunt korter.',
    );
  });

  it('says nothing of changes already over', () => {
    const content = withCase('six blocks a day and 120-character notes');
    assert.deepEqual(statusLengthWarnings(content, brussels('2026-12-11T09:00')), []);
  });
});
