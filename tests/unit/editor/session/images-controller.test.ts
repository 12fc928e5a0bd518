import assert from 'node:assert/strict';
import { resolveObjectURL } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Draft } from '../../../../core/editor/read-draft';
import { ImagesController } from '../../../../editor/session/images-controller';
import { imageVerdict } from '../../../../core/import/image-verdict';
import { FakeHost, MemoryFolder } from '../../../support/editor-folder-fakes';

const png = readFileSync(new URL('../../../../data/images/koffie.png', import.meta.url));
const draft = {
  activities: [{ image: 'images/koffie.png' }, { image: 'images/weg.jpg' }],
} as unknown as Draft;

async function opened(): Promise<{ host: FakeHost; images: ImagesController }> {
  const host = new FakeHost();
  const images = new ImagesController(host);
  await images.open(new MemoryFolder('{}', new Map([['images/koffie.png', png]])), draft);
  return { host, images };
}

describe("the editor's photos", () => {
  it('knows what the importer would say of each image the draft names', async () => {
    const { images } = await opened();
    assert.equal(images.facts('images/koffie.png')?.kind, 'file');
    assert.deepEqual(images.facts('images/weg.jpg'), { kind: 'missing' });
    assert.ok(images.images.has('images/koffie.png'));
  });

  it('revokes the object URLs of a folder when it closes', async () => {
    const { images } = await opened();
    const url = images.url('images/koffie.png');
    assert.ok(url);
    assert.ok(resolveObjectURL(url), 'the URL works while the folder is open');
    assert.equal(images.url('images/koffie.png'), url, 'one URL per image');
    images.forget();
    assert.equal(resolveObjectURL(url), undefined, 'revoked on close');
    assert.equal(images.images.size, 0);
    assert.equal(images.url('images/koffie.png'), undefined);
  });

  it('revokes them when the editor leaves the page', async () => {
    const { host, images } = await opened();
    const url = images.url('images/koffie.png')!;
    host.disconnect();
    assert.equal(resolveObjectURL(url), undefined);
  });

  it("revokes the previous folder's URLs when another folder opens", async () => {
    const { images } = await opened();
    const url = images.url('images/koffie.png')!;
    await images.open(new MemoryFolder('{}'), draft);
    assert.equal(resolveObjectURL(url), undefined);
  });

  it('names a chosen photo freely in images/ and hands it over at save only while named', async () => {
    const { images } = await opened();
    const path = images.add('Koffie.PNG', 'png', new Blob([png]));
    assert.equal(path, 'images/koffie-2.png');
    const named = { activities: [{ image: path }] } as unknown as Draft;
    assert.deepEqual([...images.pendingFor(named).keys()], [path]);
    assert.deepEqual([...images.pendingFor(draft).keys()], []);
    // Not inspected (the editor prepared it), but weighed with the others, as the importer does.
    assert.deepEqual(images.facts(path), { kind: 'file', size: png.length, inspection: null });
  });

  it('reads a photo deeper than the folder listing goes, as the importer finds it at any depth', async () => {
    // The File System Access and served listings go three folders deep: a photo below that was
    // "niet gevonden in de map" here, and imported and shown by the kiosk.
    const deep = 'images/2026/12/kerst/markt.png';
    const folder = new MemoryFolder('{}', new Map([[deep, png]]));
    folder.listImages = async () => [];
    const images = new ImagesController(new FakeHost());
    await images.open(folder, { activities: [{ image: deep }] } as unknown as Draft);
    const facts = images.facts(deep);
    assert.equal(facts?.kind, 'file');
    assert.equal(imageVerdict(deep, facts, 'folder'), null);
  });
});
