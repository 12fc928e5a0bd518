import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readableUrl } from '../../../../core/content/readable-url';

describe('readable links', () => {
  it('shows "facebook.com/profile.php?id=100088118940159" for the Bijloke page', () => {
    assert.equal(
      readableUrl('https://www.facebook.com/profile.php?id=100088118940159'),
      'facebook.com/profile.php?id=100088118940159',
    );
  });

  it('drops a trailing slash but keeps the rest of the path', () => {
    assert.equal(readableUrl('https://facebook.com/groups/hoftenrode/'), 'facebook.com/groups/hoftenrode');
  });
});
