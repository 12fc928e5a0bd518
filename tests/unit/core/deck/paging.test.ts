import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { pageItems, pageItemsFitting } from '../../../../core/deck/paging';

/** Pages of weights whose sum stays within `room`. */
const byWeight = (weights: number[], size: number, room: number) =>
  pageItemsFitting(weights, size, (page) => page.reduce((a, b) => a + b, 0) <= room);

describe('paging by fit', () => {
  it('refuses a page size below one', () => {
    assert.throws(() => pageItemsFitting([1, 2], 0, () => true), RangeError);
  });

  it('pages exactly as pageItems when every page fits', () => {
    for (let n = 0; n < 40; n++) {
      for (let size = 1; size < 8; size++) {
        const items = Array.from({ length: n }, (_, i) => i);
        assert.deepEqual(
          pageItemsFitting(items, size, () => true),
          pageItems(items, size),
        );
      }
    }
  });

  it('puts fewer on a page when the items are heavy, as few pages as can be, evenly', () => {
    assert.deepEqual(byWeight([3, 3, 3, 3, 3, 3], 6, 10), [
      [3, 3, 3],
      [3, 3, 3],
    ]);
    assert.deepEqual(byWeight([5, 5, 5, 5, 5, 5], 6, 10), [
      [5, 5],
      [5, 5],
      [5, 5],
    ]);
    // Three pages are needed; of those, 2 + 2 + 2 is more even than 1 + 3 + 2 or 2 + 1 + 3.
    assert.deepEqual(byWeight([8, 1, 1, 1, 6, 3], 6, 9), [
      [8, 1],
      [1, 1],
      [6, 3],
    ]);
  });

  it('gives an item too heavy for any page a page of its own and keeps its neighbours together', () => {
    assert.deepEqual(byWeight([1, 1, 20, 1, 1], 6, 10), [[1, 1], [20], [1, 1]]);
    assert.deepEqual(byWeight([20], 6, 10), [[20]]);
    assert.deepEqual(byWeight([], 6, 10), []);
  });

  it('never drops or reorders an item, never overfills a page and uses the fewest pages (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        (weights, size) => {
          const pages = byWeight(weights, size, 10);
          assert.deepEqual(pages.flat(), weights);
          for (const page of pages) {
            assert.ok(page.length >= 1 && page.length <= size);
            if (page.length > 1) assert.ok(page.reduce((a, b) => a + b, 0) <= 10);
          }
          // Greedy filling is one valid paging; none may use fewer pages than the answer.
          let greedy = 0;
          for (let i = 0; i < weights.length;) {
            let end = i + 1;
            while (
              end < weights.length &&
              end - i < size &&
              weights.slice(i, end + 1).reduce((a, b) => a + b) <= 10
            )
              end++;
            greedy++;
            i = end;
          }
          assert.ok(pages.length <= greedy);
        },
      ),
      { numRuns: 300 },
    );
  });
});
