import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateContent, validateContentText } from '../../../../core/content/validate';
import { openContent } from '../../../../core/editor/open-content';
import { UNREADABLE_TEXT_MESSAGE } from '../../../../core/content/json-syntax-messages';
import { contentFileText, imageProblems, unreadableTexts } from '../../../../core/editor/saved-content';
import {
  fileFacts,
  MAX_IMAGE_BYTES,
  totalSizeVerdict,
  type ImageFacts,
} from '../../../../core/import/image-verdict';
import { removeUnknownFields } from '../../../../core/editor/unknown-fields';
import { pngImage } from '../../../support/test-images';
import { sampleDraft } from './sample';

/** What the editor knows of `bytes` read from the folder as `file`. */
function factsOf(file: string, bytes: Uint8Array): Promise<ImageFacts> {
  return fileFacts(file, bytes.length, async () => bytes);
}

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

  it("flags an image the importer would refuse at its field, in the importer's words", async () => {
    const draft = sampleDraft();
    (draft.announcements![1] as Record<string, unknown>).image = 'images/idee.png';
    const found = (table: Record<string, ImageFacts>) => (file: string) => table[file];
    assert.deepEqual(
      imageProblems(
        draft,
        found({
          'images/koffie.png': await factsOf('images/koffie.png', pngImage(64, 40)),
          'images/idee.png': await factsOf('images/idee.png', pngImage(8, 8)),
        }),
        new Set(),
      ),
      [],
    );
    (draft.announcements![1] as Record<string, unknown>).image = 'images/idee.jpg';
    assert.deepEqual(
      imageProblems(
        draft,
        found({
          'images/koffie.png': { kind: 'missing' },
          'images/idee.jpg': await factsOf('images/idee.jpg', new TextEncoder().encode('hallo')),
        }),
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

  it('refuses what the importer refuses beyond the first bytes: a wrong name, too many pixels, a cut-off end', async () => {
    const draft = sampleDraft();
    const huge = pngImage(8, 8);
    huge.writeUInt32BE(20_000, 16);
    huge.writeUInt32BE(20_000, 20);
    const png = pngImage(8, 8);
    const cases: [string, Uint8Array, string][] = [
      [
        'images/koffie.jpg',
        png,
        '"images/koffie.jpg" is een PNG-afbeelding, maar de naam eindigt op .jpg; noem het bestand "images/koffie.png" (ook in content.json)',
      ],
      [
        'images/huge.png',
        huge,
        '"images/huge.png" is te groot in pixels (20000 × 20000); hoogstens 10.000 pixels breed of hoog en 40 megapixel: maak de foto kleiner',
      ],
      [
        'images/trunc.png',
        png.subarray(0, png.length - 12),
        '"images/trunc.png": de PNG-afbeelding houdt niet op waar een PNG moet ophouden (onvolledig, of er staat iets achter); sla de afbeelding opnieuw op',
      ],
    ];
    for (const [file, bytes, message] of cases) {
      (draft.activities![0] as Record<string, unknown>).image = file;
      const facts = await factsOf(file, bytes);
      assert.deepEqual(
        imageProblems(draft, (f) => (f === file ? facts : undefined), new Set()),
        [{ path: 'activities[0].image', message }],
      );
    }
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

  it('flags a photo in a folder named like a file of the kiosk’s own, as the importer does, even before it is read', async () => {
    const draft = sampleDraft();
    (draft.activities![0] as Record<string, unknown>).image = 'manifest.json/koffie.png';
    const message =
      '"manifest.json/koffie.png": een map mag niet "manifest.json" heten, want zo heet een bestand van de kiosk zelf (net als content.json, ondertekening.json, ondertekening.sig, verslag.txt en beheer.html); zet de foto in een andere map, bv. "images/koffie.png" (ook in content.json)';
    const facts = await factsOf('manifest.json/koffie.png', pngImage(64, 40));
    for (const known of [facts, undefined]) {
      assert.deepEqual(
        imageProblems(draft, () => known, new Set()),
        [{ path: 'activities[0].image', message }],
      );
    }
  });

  it('refuses photos that together weigh more than the importer takes, each one fine, each counted once', () => {
    // Twenty-one photos of 10 MB: the editor saved them, and validate and every import refused the
    // folder: "alle afbeeldingen samen zijn te groot".
    const draft = sampleDraft();
    const named = Array.from({ length: 21 }, (_, i) => `images/foto-${i}.jpg`);
    draft.activities = named.map((image, i) => ({
      ...draft.activities![0]!,
      image,
      title: `Activiteit ${i}`,
    }));
    draft.announcements = draft.announcements!.map((a) => ({ ...a, image: 'images/foto-0.jpg' }));
    const full: ImageFacts = { kind: 'file', size: MAX_IMAGE_BYTES, inspection: null };
    assert.deepEqual(
      imageProblems(draft, () => full, new Set()),
      [{ path: '', message: totalSizeVerdict(21 * MAX_IMAGE_BYTES) }],
    );
    assert.deepEqual(
      imageProblems(draft, () => full, new Set(['activities[20].image'])),
      [],
    );
  });

  it('flags a text with an unreadable letter (U+FFFD), as the import refuses the file it would save', () => {
    // A content.json saved as "ANSI" opened here: "Weggelaten", yet the text stayed, the form had no
    // problem, and the saved file (UTF-8 now) was refused as "niet als UTF-8 opgeslagen".
    const text = JSON.stringify(sampleDraft(), null, 2).replace(
      '"Buurtopbouwwerk Dendermonde"',
      '"Caf\ufffd De Kapel"',
    );
    const opened = openContent(text, '2026-12-01');
    assert.equal(opened.kind, 'forms');
    assert.deepEqual(opened.notices, [], 'nothing was left out');
    assert.deepEqual(unreadableTexts(opened.draft), [{ path: 'title', message: UNREADABLE_TEXT_MESSAGE }]);
    const saved = validateContent(opened.draft);
    assert.ok(saved.ok, 'the schema alone saw nothing wrong');
    const imported = validateContentText(contentFileText(saved.content, '2026-12-01'));
    assert.ok(!imported.ok);
    assert.deepEqual(
      imported.problems.map((p) => [p.path, p.message]),
      [['title', UNREADABLE_TEXT_MESSAGE]],
    );
    const draft = sampleDraft();
    (draft.contacts![1] as Record<string, unknown>).name = 'Kim Bauw\ufffdns';
    assert.deepEqual(
      unreadableTexts(draft).map((p) => p.path),
      ['contacts[1].name'],
    );
    assert.deepEqual(unreadableTexts(sampleDraft()), []);
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
