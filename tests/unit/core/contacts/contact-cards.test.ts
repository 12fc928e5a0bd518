import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contactCards, DEFAULT_ORGANISATION } from '../../../../core/contacts/contact-cards';
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

  it('puts the +32 mobile, role, e-mail and the content title as organisation in a worker’s vCard', () => {
    const jonas = unfold(cards[2]!.vcard);
    assert.match(jonas, /\r\nN:Van Laere;Jonas;;;\r\n/);
    assert.match(jonas, /\r\nTITLE:Buurtopbouwwerker\r\n/);
    assert.match(jonas, /\r\nORG:Buurtopbouwwerk Dendermonde\r\n/);
    assert.match(jonas, /\r\nTEL;TYPE=CELL:\+32 474 92 13 21\r\n/);
    assert.match(jonas, /\r\nEMAIL;TYPE=INTERNET:Jonas\.VanLaere@groepintro\.be\r\n/);
  });

  it('gives the Sociaal Huis a company card with its landline as a work number', () => {
    const huis = unfold(cards[3]!.vcard);
    assert.match(huis, /\r\nFN:Sociaal Huis\r\n/);
    assert.match(huis, /\r\nTEL;TYPE=WORK,VOICE:\+32 52 37 85 00\r\n/);
    assert.match(huis, /\r\nEMAIL;TYPE=INTERNET:indebuurt@dendermonde\.be\r\n/);
    assert.equal(cards[3]!.role, 'Meer informatie over het project');
  });

  it('falls back to a plain organisation name when the content has no title', () => {
    const untitled = contactCards(contentWith((c) => delete c.title));
    assert.match(untitled[0]!.vcard, new RegExp(`\\r\\nORG:${DEFAULT_ORGANISATION}\\r\\n`));
  });

  it('shows only the Sociaal Huis when no workers are listed', () => {
    const none = contactCards(contentWith((c) => (c.contacts = [])));
    assert.deepEqual(
      none.map((c) => c.key),
      ['organisation'],
    );
  });
});
