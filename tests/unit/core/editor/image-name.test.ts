import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitWithin, safeImageName } from '../../../../core/editor/image-name';

describe('image names and sizes', () => {
  it('scales a 12-megapixel phone photo to 1920 px on the long side', () => {
    assert.deepEqual(fitWithin(4032, 3024), { width: 1920, height: 1440 });
    assert.deepEqual(fitWithin(3024, 4032), { width: 1440, height: 1920 });
  });

  it('never scales a small image up', () => {
    assert.deepEqual(fitWithin(800, 600), { width: 800, height: 600 });
  });

  it('makes a safe lower-case name without accents or spaces', () => {
    assert.equal(
      safeImageName('Kerstmarkt Café 2026 (1).HEIC', 'jpg', new Set()),
      'kerstmarkt-cafe-2026-1.jpg',
    );
  });

  it('numbers the name when it is taken, whatever the case', () => {
    assert.equal(safeImageName('koffie.png', 'jpg', new Set(['Koffie.jpg', 'koffie-2.jpg'])), 'koffie-3.jpg');
  });

  it('falls back to "foto" for a name with nothing usable', () => {
    assert.equal(safeImageName('???.jpg', 'jpg', new Set()), 'foto.jpg');
  });

  it('keeps the name short', () => {
    assert.ok(safeImageName('a'.repeat(200), 'webp', new Set()).length <= 45);
  });
});
