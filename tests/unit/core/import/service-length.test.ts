import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { longServices } from '../../../../core/import/service-length';

/** Words of Dutch-like prose, exactly `n` characters. */
const text = (n: number) => 'koffie en een babbel '.repeat(Math.ceil(n / 21)).slice(0, n);

describe('long services', () => {
  it('names a description longer than a page of its own holds on the 800×480 screen, with about how much fits', () => {
    const services = [
      { title: 'Kort', description: text(48) },
      { title: 'Net goed', description: text(1248) },
      { title: 'Net te lang', description: text(1249) },
      { title: 'Zonder beschrijving' },
      { title: 'Lange titel van twee regels '.padEnd(120, '.'), description: text(1153) },
      { title: 'Het langste', description: text(2000) },
    ];
    assert.deepEqual(longServices({ services }), [
      { index: 2, length: 1249, fits: 1200 },
      { index: 4, length: 1153, fits: 1150 },
      { index: 5, length: 2000, fits: 1200 },
    ]);
  });

  it('counts characters as staff do, not UTF-16 units', () => {
    const [found] = longServices({ services: [{ title: 'Emoji', description: '☕'.repeat(1300) }] });
    assert.equal(found?.length, 1300);
  });
});
