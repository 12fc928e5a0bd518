/**
 * docs/openingsuren.md teaches staff by example, so every ```json block in it must validate when put
 * in its place in the sample content; a ```json fout block must fail with the message the doc quotes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { WEEKDAYS } from '../../../../core/time/weekdays';
import { validateContent } from '../../../../core/content/validate';

const doc = readFileSync(new URL('../../../../docs/openingsuren.md', import.meta.url), 'utf8');
const sampleText = readFileSync(new URL('../../../../data/content.json', import.meta.url), 'utf8');

interface Block {
  wrong: boolean;
  text: string;
  /** The doc text after the block, up to the next one: where a wrong block's message is quoted. */
  after: string;
}

function blocks(): Block[] {
  const found = [...doc.matchAll(/^```json( fout)?\n([\s\S]*?)^```$/gm)];
  return found.map((m, i) => ({
    wrong: m[1] !== undefined,
    text: m[2]!,
    after: doc.slice(m.index + m[0].length, found[i + 1]?.index ?? doc.length),
  }));
}

/** A whole document, a location, its fields (`"exceptions": […]`), weekly hours, or exceptions. */
function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(`{${text}}`);
  }
}

type Json = Record<string, unknown>;

/** The sample content with the example put where it belongs, and what kind of example it was. */
function placed(example: unknown): { kind: string; content: unknown } {
  const content = JSON.parse(sampleText) as Json & { locations: Json[] };
  const location = content.locations[0]!;
  if (Array.isArray(example)) {
    location.exceptions = example;
    return { kind: 'exceptions', content };
  }
  const fields = example as Json;
  const keys = Object.keys(fields);
  if ('locations' in fields) return { kind: 'document', content: example };
  if ('id' in fields) {
    // Replaces the sample location with the same id (activities refer to it), else comes on top.
    const same = content.locations.findIndex((l) => l.id === fields.id);
    content.locations.splice(same === -1 ? content.locations.length : same, 1, fields);
    return { kind: 'location', content };
  }
  if ('from' in fields) {
    location.exceptions = [fields];
    return { kind: 'exception', content };
  }
  if (keys.every((k) => (WEEKDAYS as readonly string[]).includes(k))) {
    location.hours = fields;
    return { kind: 'hours', content };
  }
  if (keys.every((k) => ['hours', 'exceptions', 'publicHolidays'].includes(k))) {
    Object.assign(location, fields);
    return { kind: 'location fields', content };
  }
  throw new Error(`unrecognised example: ${JSON.stringify(example).slice(0, 80)}`);
}

describe('docs/openingsuren.md', () => {
  const all = blocks();

  it('has JSON examples of every kind', () => {
    const kinds = new Set(all.map((b) => placed(parse(b.text)).kind));
    assert.ok(all.length >= 10, `only ${all.length} examples`);
    for (const kind of ['hours', 'exception', 'location fields', 'location'])
      assert.ok(kinds.has(kind), kind);
    assert.ok(all.some((b) => b.wrong));
  });

  for (const [i, block] of all.entries()) {
    const firstLine = block.text.split('\n')[0]!.trim();
    it(`example ${i + 1} ${block.wrong ? 'fails as the doc says' : 'validates'}: ${firstLine}`, () => {
      const result = validateContent(placed(parse(block.text)).content);
      if (!block.wrong) {
        assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
        return;
      }
      assert.equal(result.ok, false, 'a wrong example must not validate');
      const message = result.ok ? '' : result.problems[0]!.message;
      assert.ok(
        block.after.includes(`\`${message}\``),
        `the doc should quote "${message}" after the example`,
      );
    });
  }
});
