import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phoneNumberProblem, toInternational } from '../../../../core/contacts/belgian-phone';

describe('Belgian phone numbers in +32 form', () => {
  const cases: [string, string, string][] = [
    ['0473 52 99 03', '+32 473 52 99 03', 'mobile'],
    ['0471 61 21 50', '+32 471 61 21 50', 'mobile'],
    ['0474/92.13.21', '+32 474 92 13 21', 'mobile'],
    ['0474921321', '+32 474 92 13 21', 'mobile'],
    ['052 37 85 00', '+32 52 37 85 00', 'landline'],
    ['052/37.85.00', '+32 52 37 85 00', 'landline'],
    ['02 123 45 67', '+32 2 123 45 67', 'landline'],
    ['09-210 10 10', '+32 9 210 10 10', 'landline'],
    ['03 226 44 55', '+32 3 226 44 55', 'landline'],
    ['0800 12 345', '+32 800 12 345', 'other'],
  ];
  for (const [written, international, kind] of cases) {
    it(`writes "${written}" as "${international}" (${kind})`, () => {
      assert.deepEqual(toInternational(written), { text: international, kind });
    });
  }

  it('regroups numbers already written with +32 or 0032', () => {
    assert.equal(toInternational('+32473529903').text, '+32 473 52 99 03');
    assert.equal(toInternational('+32 473 52 99 03').text, '+32 473 52 99 03');
    assert.equal(toInternational('0032 52 37 85 00').text, '+32 52 37 85 00');
  });

  it('drops the trunk 0 written after +32 by mistake', () => {
    assert.equal(toInternational('+32 0473 52 99 03').text, '+32 473 52 99 03');
  });

  it('keeps numbers of other countries as written, separators tidied', () => {
    assert.deepEqual(toInternational('+31 6 1234 5678'), { text: '+31 6 1234 5678', kind: 'other' });
    assert.deepEqual(toInternational('0031 6-1234-5678'), { text: '+31 6 1234 5678', kind: 'other' });
  });

  it('leaves a number of an unknown Belgian shape ungrouped but still in +32 form', () => {
    assert.deepEqual(toInternational('0123 45 67 89 01'), { text: '+32 12345678901', kind: 'other' });
  });

  it('does not call a mobile missing a digit a landline in Liège', () => {
    assert.deepEqual(toInternational('0473 52 99 0'), { text: '+32 47352990', kind: 'other' });
    assert.deepEqual(toInternational('04 123 45 67'), { text: '+32 4 123 45 67', kind: 'landline' });
  });
});

describe('which phone numbers can be right', () => {
  const WRONG_LENGTH =
    'geen geldig Belgisch telefoonnummer: een gsm-nummer heeft 10 cijfers, bv. 0470 12 34 56; een vast nummer 9, bv. 052 37 85 00';

  for (const phone of [
    '0473 52 99 03',
    '0474/92.13.21',
    '052 37 85 00',
    '02 123 45 67',
    '04 123 45 67',
    '09-210 10 10',
    '0800 12 345',
    '+32 473 52 99 03',
    '+32473529903',
    '+32 0473 52 99 03',
    '0032 52 37 85 00',
    '+31 6 1234 5678',
    '0031 6-1234-5678',
  ]) {
    it(`accepts "${phone}"`, () => {
      assert.equal(phoneNumberProblem(phone), undefined);
    });
  }

  for (const phone of [
    '0473 52 99 0',
    '0473 52 99 033',
    '052 37 85 0',
    '052 37 85 000',
    '0423 45 67 89',
    '+32 473 52 99 0',
    '0032 52 37 85 000',
    '0123 45 67 89 01',
  ]) {
    it(`says "${phone}" has a digit too few or too many`, () => {
      assert.equal(phoneNumberProblem(phone), WRONG_LENGTH);
    });
  }

  it('says a Belgian number begins with 0', () => {
    assert.equal(
      phoneNumberProblem('1234567890'),
      'geen geldig telefoonnummer: een Belgisch nummer begint met 0, bv. 0470 12 34 56 of 052 37 85 00 (een buitenlands nummer met + en het landnummer)',
    );
  });

  it('says a country code follows + or 00', () => {
    for (const phone of ['00000000000', '0000000000', '+0 473 52 99 03']) {
      assert.equal(
        phoneNumberProblem(phone),
        'geen geldig telefoonnummer: na + of 00 komt een landnummer, bv. +32 473 52 99 03 of 0032 473 52 99 03',
        phone,
      );
    }
  });
});
