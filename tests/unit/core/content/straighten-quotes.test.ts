import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseJsonSafely } from '../../../../core/content/safe-json';
import { straightenQuotes } from '../../../../core/content/straighten-quotes';

const sample = readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8');

describe('the one-click fix for curly quotes', () => {
  it('straightens the quotes Word put around keys and values, and reads like the original', () => {
    const worded = sample
      .replace('"title": "Voorbeeld: hulp bij je smartphone"', '“title”: “Voorbeeld: hulp bij je smartphone”')
      .replace('"role": "Buurtopbouwwerker"', '"role": ‘Buurtopbouwwerker’')
      .replace('"city": "Baasrode"', '"city": "Baasrode”');
    assert.equal(parseJsonSafely(worded).ok, false);
    const { text, replaced } = straightenQuotes(worded);
    assert.equal(replaced, 7);
    assert.equal(text, sample);
  });

  it('leaves curly quotes and apostrophes inside a text alone', () => {
    const inside = sample.replace('Kleine digitale vragen', 'De “kleine” digitale vragen');
    assert.ok(sample.includes('’t Keur'));
    assert.deepEqual(straightenQuotes(inside), { text: inside, replaced: 0 });
    const both = inside.replace(
      '"title": "Andere buren leren kennen"',
      '"title": “Andere buren leren kennen”',
    );
    const fixed = straightenQuotes(both);
    assert.equal(fixed.replaced, 2);
    assert.equal(fixed.text, inside);
  });

  it('finds the closing quote of a text that holds quotes itself', () => {
    const text = '{ “a”: “De “kleine” vragen”, "b": "x" }';
    const fixed = straightenQuotes(text);
    assert.equal(fixed.text, '{ "a": "De “kleine” vragen", "b": "x" }');
    assert.deepEqual((parseJsonSafely(fixed.text) as { value: unknown }).value, {
      a: 'De “kleine” vragen',
      b: 'x',
    });
  });

  it('does nothing for other mistakes', () => {
    const noComma = sample.replace('"0471 61 21 50",', '"0471 61 21 50"');
    assert.deepEqual(straightenQuotes(noComma), { text: noComma, replaced: 0 });
  });
});
