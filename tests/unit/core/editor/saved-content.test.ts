import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateContent, validateContentText } from '../../../../core/content/validate';
import { contentFileText, imageProblems } from '../../../../core/editor/saved-content';
import type { ImageFacts } from '../../../../core/import/image-verdict';
import { removeUnknownFields } from '../../../../core/editor/unknown-fields';
import { sampleDraft } from './sample';

describe('saving', () => {
  it('writes a file that validates again, dated today', () => {
    const result = validateContent(sampleDraft());
    assert.ok(result.ok);
    const text = contentFileText(result.content, '2026-12-01');
    const again = validateContentText(text);
    assert.ok(again.ok);
    assert.equal(again.content.updated, '2026-12-01');
    assert.ok(text.endsWith('}\n'));
  });

  it("flags an image the importer would refuse at its field, in the importer's words", () => {
    const draft = sampleDraft();
    (draft.announcements![1] as Record<string, unknown>).image = 'images/idee.jpg';
    const png = {
      kind: 'file',
      size: 2048,
      head: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    } as const;
    const text = { kind: 'file', size: 12, head: new TextEncoder().encode('hallo') } as const;
    const found = (table: Record<string, ImageFacts>) => (file: string) => table[file];
    assert.deepEqual(
      imageProblems(draft, found({ 'images/koffie.png': png, 'images/idee.jpg': png }), new Set()),
      [],
    );
    assert.deepEqual(
      imageProblems(
        draft,
        found({ 'images/koffie.png': { kind: 'missing' }, 'images/idee.jpg': text }),
        new Set(),
      ),
      [
        { path: 'activities[0].image', message: 'afbeelding "images/koffie.png" niet gevonden in de map' },
        {
          path: 'announcements[1].image',
          message:
            '"images/idee.jpg" is geen echte afbeelding maar een tekstbestand; gebruik een PNG-, JPG- of WebP-bestand',
        },
      ],
    );
  });

  it('says nothing about an image still being read, or one whose name is already refused', () => {
    const draft = sampleDraft();
    assert.deepEqual(
      imageProblems(draft, () => undefined, new Set()),
      [],
    );
    assert.deepEqual(
      imageProblems(draft, () => ({ kind: 'missing' }), new Set(['activities[0].image'])),
      [],
    );
  });

  it('removes unknown fields on request and nothing else', () => {
    const draft = sampleDraft();
    (draft.contacts![1] as Record<string, unknown>).fax = '052';
    (draft as Record<string, unknown>).colour = 'blauw';
    const before = validateContent(draft);
    assert.ok(!before.ok);
    const cleaned = removeUnknownFields(draft, before.problems);
    assert.ok(validateContent(cleaned).ok);
    assert.deepEqual(cleaned, sampleDraft());
  });
});
