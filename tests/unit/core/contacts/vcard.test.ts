import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MAX_LINE_OCTETS,
  buildVCard,
  escapeText,
  foldLine,
  splitPersonName,
} from '../../../../core/contacts/vcard';

/** Undoes RFC 2425 folding: a CRLF followed by one space joins the lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '');
/** The card's content lines, unfolded, without the final empty string after the last CRLF. */
const lines = (card: string) => unfold(card).split('\r\n').slice(0, -1);

describe('vCard builder', () => {
  const kaoutar = buildVCard({
    formattedName: 'Kaoutar Aarras',
    name: splitPersonName('Kaoutar Aarras'),
    title: 'Buurtopbouwwerker',
    phones: [{ number: '+32 473 52 99 03', type: 'cell' }],
    emails: ['kaoutar.aarras@groepintro.be'],
  });

  it('writes a minimal vCard 3.0: name, role, +32 mobile without spaces and e-mail', () => {
    assert.deepEqual(lines(kaoutar), [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Aarras;Kaoutar;;;',
      'FN:Kaoutar Aarras',
      'TITLE:Buurtopbouwwerker',
      'TEL;TYPE=CELL:+32473529903',
      'EMAIL:kaoutar.aarras@groepintro.be',
      'END:VCARD',
    ]);
  });

  it('ends every line with CRLF and never uses a bare LF or CR', () => {
    assert.ok(kaoutar.endsWith('END:VCARD\r\n'));
    assert.equal(kaoutar.replace(/\r\n/g, '').match(/[\r\n]/g), null);
  });

  it('keeps a Flemish particle with the family name: "Jonas Van Laere"', () => {
    assert.deepEqual(splitPersonName('Jonas Van Laere'), { given: 'Jonas', family: 'Van Laere' });
    assert.deepEqual(splitPersonName('  Kim   Bauwens '), { given: 'Kim', family: 'Bauwens' });
    assert.deepEqual(splitPersonName('Kaoutar'), { given: 'Kaoutar', family: '' });
  });

  it('escapes backslash, comma, semicolon and line breaks in text values', () => {
    assert.equal(escapeText('a\\b,c;d\ne\r\nf\rg'), 'a\\\\b\\,c\\;d\\ne\\nf\\ng');
    const card = buildVCard({
      formattedName: 'De Smet, Ann; "Annie"',
      name: { family: 'De Smet, jr.', given: 'Ann;Marie' },
      organisation: 'Buurt\\werk',
      title: 'Eerste lijn\nTweede lijn',
      phones: [],
      emails: [],
    });
    assert.ok(lines(card).includes('N:De Smet\\, jr.;Ann\\;Marie;;;'));
    assert.ok(lines(card).includes('FN:De Smet\\, Ann\\; "Annie"'));
    assert.ok(lines(card).includes('ORG:Buurt\\\\werk'));
    assert.ok(lines(card).includes('TITLE:Eerste lijn\\nTweede lijn'));
  });

  it('keeps non-ASCII names intact: "Ça Öz", "Zoë Vanden Brande"', () => {
    const card = buildVCard({
      formattedName: 'Ça Öz',
      name: splitPersonName('Ça Öz'),
      phones: [{ number: '+32 471 61 21 50', type: 'cell' }],
      emails: [],
    });
    assert.ok(lines(card).includes('N:Öz;Ça;;;'));
    assert.ok(lines(card).includes('FN:Ça Öz'));
    assert.deepEqual(splitPersonName('Zoë Vanden Brande'), { given: 'Zoë', family: 'Vanden Brande' });
  });

  it('gives an organisation card its name as ORG, an empty N and no title', () => {
    const card = buildVCard({
      formattedName: 'Sociaal Huis',
      organisation: 'Sociaal Huis',
      phones: [{ number: '+32 52 37 85 00', type: 'work' }],
      emails: ['indebuurt@dendermonde.be'],
    });
    assert.deepEqual(lines(card).slice(2, 7), [
      'N:;;;;',
      'FN:Sociaal Huis',
      'ORG:Sociaal Huis',
      'TEL;TYPE=WORK:+3252378500',
      'EMAIL:indebuurt@dendermonde.be',
    ]);
  });
});

describe('vCard line folding', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');

  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    assert.equal(foldLine('x'.repeat(75)), 'x'.repeat(75));
    assert.equal(foldLine('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
  });

  it('folds long lines into physical lines of at most 75 octets that unfold to the original', () => {
    const long = `ORG:${'Groep INTRO vzw – buurtopbouwwerk Dendermonde, Ça Öz en Zoë; '.repeat(4)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) assert.ok(octets(line) <= MAX_LINE_OCTETS, line);
    assert.equal(unfold(folded), long);
  });

  it('never splits a multi-byte character or an emoji across lines', () => {
    const long = `FN:${'é'.repeat(50)}${'😀'.repeat(30)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) {
      assert.ok(octets(line) <= MAX_LINE_OCTETS);
      assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line);
      assert.doesNotMatch(line, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    assert.equal(unfold(folded), long);
  });

  it('folds inside a whole card too', () => {
    const card = buildVCard({
      formattedName: 'Kim Bauwens',
      organisation: 'Een heel lange naam van een organisatie die zeker meer dan vijfenzeventig tekens telt',
      phones: [],
      emails: [],
    });
    for (const line of card.split('\r\n')) assert.ok(octets(line) <= MAX_LINE_OCTETS);
    assert.ok(
      lines(card).includes(
        'ORG:Een heel lange naam van een organisatie die zeker meer dan vijfenzeventig tekens telt',
      ),
    );
  });
});
