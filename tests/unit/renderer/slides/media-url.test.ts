import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { mediaUrl, setMediaResolver, useMediaVersion } from '../../../../renderer/slides/media-url';

afterEach(() => {
  useMediaVersion('');
  setMediaResolver(null);
});

describe('the URL of a content image', () => {
  it('names the content version, so a photo replaced under the same name gets a new URL', () => {
    useMediaVersion('0123456789abcdef');
    assert.equal(mediaUrl('images/affiche.png'), '/media/images/affiche.png?v=0123456789abcdef');
    useMediaVersion('fedcba9876543210');
    assert.equal(mediaUrl('images/affiche.png'), '/media/images/affiche.png?v=fedcba9876543210');
  });

  it('escapes each part of the path, and the version', () => {
    useMediaVersion('a&b');
    assert.equal(mediaUrl('images/koffie en thee#1.png'), '/media/images/koffie%20en%20thee%231.png?v=a%26b');
  });

  it('is the plain path before any content, and what the editor gives in its preview', () => {
    assert.equal(mediaUrl('images/x.png'), '/media/images/x.png');
    useMediaVersion('0123456789abcdef');
    setMediaResolver((path) => `blob:preview/${path}`);
    assert.equal(mediaUrl('images/x.png'), 'blob:preview/images/x.png');
  });
});
