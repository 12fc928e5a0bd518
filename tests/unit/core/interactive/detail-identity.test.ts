import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contactCards } from '../../../../core/contacts/contact-cards';
import { activityEntries } from '../../../../core/interactive/activity-entries';
import { detailIdentity } from '../../../../core/interactive/detail-identity';
import { activity, brussels, contentWith } from '../deck/deck-fixtures';

describe('what keeps an open detail the same item after new content', () => {
  it('a contact is the same person by name, whatever her number or place in the list', () => {
    const was = contactCards(contentWith())[0]!;
    const after = contactCards(
      contentWith((c) => {
        c.contacts![0]!.phone = '0473 00 00 01';
        c.contacts!.unshift({ ...c.contacts![0]!, name: 'Nieuwe Collega' });
      }),
    );
    assert.equal(after[0]!.key, was.key, 'the same key …');
    assert.notEqual(detailIdentity(after[0]!), detailIdentity(was), '… is another person');
    assert.equal(detailIdentity(after[1]!), detailIdentity(was));
  });

  it('an activity is the same by title and start: another date of the same title is another', () => {
    const first = activity('Soep en babbel', '2026-12-08T09:30', '2026-12-08T11:30');
    const second = activity('Soep en babbel', '2026-12-15T09:30', '2026-12-15T11:30');
    const now = brussels('2026-12-02T12:00');
    const before = activityEntries(
      contentWith((c) => (c.activities = [first, second])),
      now,
      true,
    );
    const swapped = activityEntries(
      contentWith((c) => (c.activities = [second, first])),
      now,
      true,
    );
    const under = (key: string) => swapped.find((e) => e.key === key)!;
    assert.equal(under(before[0]!.key).start, '2026-12-15T09:30');
    assert.notEqual(detailIdentity(under(before[0]!.key)), detailIdentity(before[0]!));
    assert.equal(
      detailIdentity(swapped[0]!),
      detailIdentity(before[0]!),
      'the same one, found by what it is',
    );
  });
});
