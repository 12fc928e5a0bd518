/**
 * A stored version was accepted under the rules of its day. A rule added since must not throw it
 * away (the screen would fall back to an older version or the sample): only what fails it goes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateContentText } from '../../../../core/content/validate';
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

  it('keeps a version that only rules added since refuse: a phone number’s length, an invisible title', () => {
    const content = sampleStickContent();
    content.contacts = [{ ...content.contacts![0]!, phone: '0473 52 99 0' }];
    const text = JSON.stringify(content);
    // New content with it is refused, with the reason; the stored version stays on screen as it was.
    const fresh = validateContentText(text);
    assert.equal(fresh.ok, false);
    assert.match(fresh.ok ? '' : fresh.problems[0]!.message, /^geen geldig Belgisch telefoonnummer/);
    assert.equal(validateStoredContent(text)?.content.contacts[0]?.phone, '0473 52 99 0');
    // The same for a title of invisible characters only, refused since as well.
    content.contacts = sampleStickContent().contacts;
    content.activities = [{ ...content.activities![0]!, title: '\u200b' }];
    assert.equal(validateContentText(JSON.stringify(content)).ok, false);
    assert.equal(validateStoredContent(JSON.stringify(content))?.content.activities.length, 1);
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
