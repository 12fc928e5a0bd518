/**
 * A stored version was accepted under the rules of its day. A rule added since must not throw it
 * away (the screen would fall back to an older version or the sample): only what fails it goes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateStoredContent } from '../../../../main/store/load-version';
import { sampleStickContent } from '../../../support/usb-stick';

describe('stored content checked again at start-up', () => {
  it('keeps a version whose only problem is an announcement refused since, without that announcement', () => {
    const content = sampleStickContent();
    const good = { title: 'Markt', text: 'Zaterdag op het plein.' };
    // Accepted before 3 December 2026 (the dates were compared, not the hours); never shown.
    const empty = {
      title: 'Avondmarkt',
      text: 'Verkeerd om.',
      visibleFrom: '2026-12-10T18:00',
      visibleUntil: '2026-12-10T09:00',
    };
    content.announcements = [empty, good];
    const stored = validateStoredContent(JSON.stringify(content));
    assert.deepEqual(
      stored?.content.announcements.map((a) => a.title),
      ['Markt'],
    );
    assert.equal(stored?.content.title, content.title);
  });

  it('still refuses content with a problem outside the announcements', () => {
    const content = sampleStickContent();
    content.announcements = [
      { title: 'Avondmarkt', text: 'x', visibleFrom: '2026-12-10T18:00', visibleUntil: '2026-12-10T09:00' },
    ];
    content.activities = [{ ...content.activities![0]!, start: '2026-13-03T10:00' }];
    assert.equal(validateStoredContent(JSON.stringify(content)), null);
    assert.equal(validateStoredContent('{ niet eens json'), null);
  });
});
