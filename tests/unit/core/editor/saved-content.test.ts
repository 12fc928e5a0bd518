import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateContent, validateContentText } from '../../../../core/content/validate';
import {
  contentFileText,
  imageReferences,
  missingImageProblems,
} from '../../../../core/editor/saved-content';
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

  it('finds every image the content refers to', () => {
    const draft = sampleDraft();
    (draft.announcements![1] as Record<string, unknown>).image = 'images/idee.jpg';
    assert.deepEqual(imageReferences(draft), [
      { path: 'activities[0].image', image: 'images/koffie.png' },
      { path: 'announcements[1].image', image: 'images/idee.jpg' },
    ]);
  });

  it('flags an image that is not in the folder at its field', () => {
    const draft = sampleDraft();
    assert.deepEqual(missingImageProblems(draft, new Set(['images/koffie.png'])), []);
    assert.deepEqual(missingImageProblems(draft, new Set()), [
      {
        path: 'activities[0].image',
        message: 'de afbeelding "images/koffie.png" staat niet in de map: kies de foto opnieuw',
      },
    ]);
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
