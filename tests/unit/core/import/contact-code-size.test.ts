import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contactCards } from '../../../../core/contacts/contact-cards';
import {
  READABLE_VCARD_BYTES,
  contactCodeWarnings,
  denseContactCodes,
} from '../../../../core/import/contact-code-size';
import { qrShape } from '../../../../renderer/qr/qr-shape';
import { contentWith } from '../deck/deck-fixtures';

/** The schema's longest name and role (120 characters at most) and a 183-character e-mail address. */
const LONGEST = {
  name: 'Kaoutar Aarras-El Moussaoui van den Broeck en de Vlaamse Gemeenschapscommissie voor Buurtwerking en Samenlevingsopbouw',
  role: 'Buurtopbouwwerker voor Donck-Vlotgras, Hof ten Rode en Wastijne; aanspreekpunt voor energie, wonen en de buurtraad v',
  phone: '0032 473 52 99 03',
  email: `${'kaoutar.aarras-elmoussaoui.vandenbroeck.buurtopbouwwerk.'.repeat(3)}x@groepintro.be`,
};

describe('contact codes too dense for the 800×480 screen', () => {
  it('finds none in the sample, nor for realistic long names, roles and addresses', () => {
    assert.deepEqual(denseContactCodes(contentWith()), []);
    const realistic = contentWith((c) => {
      c.contacts![0] = {
        name: 'Kaoutar Aarras-El Moussaoui',
        role: 'Buurtopbouwwerker voor Donck-Vlotgras, Hof ten Rode en Wastijne; aanspreekpunt voor energie, wonen en de buurtraad',
        phone: '+32 473 52 99 03',
        email: 'kaoutar.aarras-elmoussaoui@groepintro.be',
      };
      c.organisation!.name = 'Sociaal Huis Dendermonde – Dienst Welzijn, Buurtwerking en Samenleven';
      c.organisation!.email = 'buurtopbouwwerk.sociaalhuis@dendermonde.be';
    });
    assert.deepEqual(contactCodeWarnings(realistic), []);
  });

  it('tells staff which contact, what makes it too much and by about how many characters', () => {
    const content = contentWith((c) => (c.contacts![1] = LONGEST));
    assert.deepEqual(contactCodeWarnings(content), [
      'Contactpersoon Kaoutar Aarras-El Moussaoui van den Broeck en de Vlaamse Ge…: de QR-code met naam, functie, telefoonnummer en e-mailadres bevat te veel om op een klein scherm (800×480) met een telefoon gelezen te worden. Maak de naam, de functie of het e-mailadres samen ongeveer 60 tekens korter (de naam telt twee keer).',
    ]);
  });

  it('names the Sociaal Huis by its place in the file, with the fields its code holds', () => {
    // Its card has no role: only a name of letters of two bytes each, twice, fills it.
    const content = contentWith((c) => {
      c.organisation!.name = 'Κοινωνικό Σπίτι Ντέντερμοντε '.repeat(5).slice(0, 120);
      c.organisation!.email = `${'a'.repeat(185)}@dendermonde.be`;
    });
    assert.deepEqual(contactCodeWarnings(content), [
      'Sociaal Huis: de QR-code met naam, telefoonnummer en e-mailadres bevat te veel om op een klein scherm (800×480) met een telefoon gelezen te worden. Maak de naam of het e-mailadres samen ongeveer 190 tekens korter (de naam telt twee keer).',
    ]);
  });

  it('draws the limit where the QR encoder itself goes from version 16 to 17', () => {
    // A worker's vCard padded (in its e-mail) to the largest size within `bytes`: folding at 75
    // octets adds three bytes now and then, so not every size can be made.
    const upTo = (bytes: number) => {
      let found = contentWith();
      for (let pad = 1; ; pad++) {
        const next = contentWith(
          (c) => (c.contacts![0] = { ...LONGEST, email: `${'x'.repeat(pad)}@groepintro.be` }),
        );
        if (Buffer.byteLength(contactCards(next)[0]!.vcard) > bytes) return found;
        found = next;
      }
    };
    const vcard = (content: ReturnType<typeof contentWith>) => contactCards(content)[0]!.vcard;
    const atLimit = upTo(READABLE_VCARD_BYTES);
    assert.ok(Buffer.byteLength(vcard(atLimit)) >= READABLE_VCARD_BYTES - 3);
    assert.equal(qrShape(vcard(atLimit)).version, 16);
    assert.deepEqual(denseContactCodes(atLimit), []);
    const over = upTo(READABLE_VCARD_BYTES + 60);
    assert.equal(qrShape(vcard(over)).version, 17);
    assert.deepEqual(denseContactCodes(over), [
      { path: 'contacts[0]', kind: 'worker', over: Buffer.byteLength(vcard(over)) - READABLE_VCARD_BYTES },
    ]);
  });

  it('counts the bytes the code stores: an accented letter counts two', () => {
    const plain = contentWith((c) => (c.contacts![0] = LONGEST));
    const name = LONGEST.name.replace('Kaoutar', 'Káoütär');
    const accented = contentWith((c) => (c.contacts![0] = { ...LONGEST, name }));
    const over = (content: typeof plain) => denseContactCodes(content)[0]?.over ?? 0;
    // The name is in the vCard twice (N and FN), each time with three letters of two bytes.
    assert.equal(over(accented) - over(plain), 6);
  });
});
