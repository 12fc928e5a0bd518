import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORGANISATION_ROLE_MAX, contactCards } from '../../../../core/contacts/contact-cards';
import { contentWith } from '../deck/deck-fixtures';

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('contact cards', () => {
  const cards = contactCards(contentWith());

  it('lists the three community workers of the sample, then the Sociaal Huis', () => {
    assert.deepEqual(
      cards.map((c) => [c.kind, c.name, c.phone, c.phoneInternational]),
      [
        ['worker', 'Kaoutar Aarras', '0473 52 99 03', '+32 473 52 99 03'],
        ['worker', 'Kim Bauwens', '0471 61 21 50', '+32 471 61 21 50'],
        ['worker', 'Jonas Van Laere', '0474 92 13 21', '+32 474 92 13 21'],
        ['organisation', 'Sociaal Huis', '052 37 85 00', '+32 52 37 85 00'],
      ],
    );
  });

  it('puts only name, role, the +32 mobile and e-mail in a worker’s vCard', () => {
    const jonas = unfold(cards[2]!.vcard).split('\r\n');
    assert.deepEqual(jonas, [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Van Laere;Jonas;;;',
      'FN:Jonas Van Laere',
      'TITLE:Buurtopbouwwerker',
      'TEL;TYPE=CELL:+32474921321',
      'EMAIL:jonas.vanlaere@groepintro.be',
      'END:VCARD',
      '',
    ]);
  });

  it('keeps every sample card small enough for QR version 8 at the lowest correction level', () => {
    // 8-L holds 192 bytes: beyond it a code on the 7" screen drops below 4 px a module.
    for (const card of cards) assert.ok(Buffer.byteLength(card.vcard) <= 192, card.name);
  });

  it('gives the Sociaal Huis a company card with its landline as a work number', () => {
    const huis = unfold(cards[3]!.vcard);
    assert.match(huis, /\r\nFN:Sociaal Huis\r\n/);
    assert.match(huis, /\r\nORG:Sociaal Huis\r\n/);
    assert.match(huis, /\r\nTEL;TYPE=WORK:\+3252378500\r\n/);
    assert.match(huis, /\r\nEMAIL:indebuurt@dendermonde\.be\r\n/);
    assert.equal(cards[3]!.role, 'Meer informatie over het project');
  });

  it('shows only the Sociaal Huis when no workers are listed', () => {
    const none = contactCards(contentWith((c) => (c.contacts = [])));
    assert.deepEqual(
      none.map((c) => c.key),
      ['organisation'],
    );
  });
});

describe('the Sociaal Huis card’s role line', () => {
  const roleWith = (description: string | undefined) =>
    contactCards(
      contentWith((c) => {
        if (description === undefined) delete c.organisation!.description;
        else c.organisation!.description = description;
      }),
    ).at(-1)!.role;

  it('is the organisation’s description when that is a short line, as in the sample', () => {
    assert.equal(roleWith('Meer informatie over het project'), 'Meer informatie over het project');
    const fifty = 'Algemene vragen en informatie over de buurtwerking';
    assert.equal(fifty.length, ORGANISATION_ROLE_MAX);
    assert.equal(roleWith(fifty), fifty);
  });

  it('says "Algemene vragen" for a description that is a paragraph (the about slide shows it whole)', () => {
    assert.equal(
      roleWith(
        'Voor meer informatie over het buurtopbouwwerk, de buurtpunten, de activiteiten in je buurt en alle andere diensten van het Sociaal Huis kan je terecht aan het onthaal. Kom langs, bel of mail ons: we helpen je graag verder met je vraag.',
      ),
      'Algemene vragen',
    );
    assert.equal(roleWith('Algemene vragen en informatie over de buurtwerking.'), 'Algemene vragen');
  });

  it('says "Algemene vragen" without a description', () => {
    assert.equal(roleWith(undefined), 'Algemene vragen');
  });
});

describe('a number written with +32 and its 0 ("+32 0473 …")', () => {
  const content = contentWith();
  content.contacts[0] = { ...content.contacts[0]!, phone: '+32 0473 52 99 03' };
  content.organisation = { ...content.organisation, phone: '0032 052 37 85 00' };
  const cards = contactCards(content);

  it('is shown as the QR code saves it, so a visitor typing it in reaches the same phone', () => {
    assert.deepEqual(
      [cards[0]!.phone, cards[0]!.phoneInternational],
      ['+32 473 52 99 03', '+32 473 52 99 03'],
    );
    assert.match(unfold(cards[0]!.vcard), /\r\nTEL;TYPE=CELL:\+32473529903\r\n/);
    assert.equal(cards.at(-1)!.phone, '+32 52 37 85 00');
  });

  it('leaves every other number as staff wrote it', () => {
    assert.deepEqual(
      contactCards(contentWith()).map((c) => c.phone),
      ['0473 52 99 03', '0471 61 21 50', '0474 92 13 21', '052 37 85 00'],
    );
  });
});
