/**
 * A content.json with more problems than anyone reads gets the first MAX_PROBLEMS, each with its
 * place as always, and one line counting the rest, in Dutch: a hostile file must not take seconds
 * to check or megabytes to report (an audit found 150,000 repeated keys in 905 KB).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProblem, sortByLine, type Problem } from '../../../../core/content/problem';
import {
  capProblems,
  dutchNumber,
  leftOutLine,
  MAX_PROBLEMS,
  problemCount,
} from '../../../../core/content/problem-cap';
import { parseJsonSafely } from '../../../../core/content/safe-json';
import { validateContentText } from '../../../../core/content/validate';
import { validateDeviceConfigText } from '../../../../core/config/validate-device-config';
import { repeatedKeyContent, unknownKeysContent } from '../../../support/hostile-content';

/** The problems of refused content (fails the test when it is accepted). */
function problemsOf(text: string): Problem[] {
  const result = validateContentText(text);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.problems;
}

describe('problems capped where they are made', () => {
  it('writes counts as staff do, a period between the thousands', () => {
    assert.equal(dutchNumber(149_800), '149.800');
    assert.equal(dutchNumber(1_500), '1.500');
    assert.equal(dutchNumber(200), '200');
  });

  it('keeps the first problems in order and counts the rest in one last line', () => {
    const problems = Array.from({ length: 5 }, (_, i) => ({ path: `p${i}`, message: `fout ${i}` }));
    const capped = capProblems(problems, 3);
    assert.deepEqual(
      capped.map((p) => describeProblem(p)),
      [
        'p0: fout 0',
        'p1: fout 1',
        'p2: fout 2',
        '… en nog 2 fouten die hier niet apart staan; verbeter eerst de fouten hierboven',
      ],
    );
    assert.equal(problemCount(capped), 5);
    assert.deepEqual(capProblems(problems, 5), problems);
  });

  it('joins earlier counts into one line, and says one left out in the singular', () => {
    const listed = { path: 'a', message: 'fout' };
    const joined = capProblems([listed, leftOutLine(1), leftOutLine(149_799)], 1);
    assert.equal(joined.length, 2);
    assert.equal(joined[1]!.message, leftOutLine(149_800).message);
    assert.match(joined[1]!.message, /^… en nog 149\.800 fouten die hier niet apart staan/);
    assert.match(capProblems([listed, leftOutLine(1)], 1)[1]!.message, /^… en nog 1 fout die hier/);
  });

  it('sorts the line counting the rest last, after the problems with a line', () => {
    const sorted = sortByLine([
      leftOutLine(3),
      { path: 'b', message: 'x', line: 9 },
      { path: '', message: 'heel' },
    ]);
    assert.deepEqual(
      sorted.map((p) => p.leftOut ?? p.line ?? 0),
      [0, 9, 3],
    );
  });

  it('lists 200 of 150,000 repeated keys, each with its line, and counts the other 149,800', () => {
    const problems = problemsOf(repeatedKeyContent(150_000));
    assert.equal(problems.length, MAX_PROBLEMS + 1);
    assert.equal(problemCount(problems), 150_000);
    for (const p of problems.slice(0, MAX_PROBLEMS)) {
      assert.match(
        describeProblem(p),
        /^regel \d+, veld "a": "a" staat twee keer in hetzelfde blok \(regel \d+ en regel \d+\)/,
      );
    }
    assert.equal(
      describeProblem(problems[MAX_PROBLEMS]!),
      '… en nog 149.800 fouten die hier niet apart staan; verbeter eerst de fouten hierboven',
    );
  });

  it('lists 200 of 200,000 unknown keys, the first of the file first, and counts the other 199,800', () => {
    const problems = problemsOf(unknownKeysContent(200_000));
    assert.equal(problems.length, MAX_PROBLEMS + 1);
    assert.equal(problemCount(problems), 200_000);
    assert.match(describeProblem(problems[0]!), /^regel \d+, veld "k0": onbekend veld "k0" \(tikfout\?/);
    assert.match(describeProblem(problems[MAX_PROBLEMS - 1]!), /onbekend veld "k199"/);
    assert.equal(problems[MAX_PROBLEMS]!.leftOut, 199_800);
  });

  it('counts the notes a parse left out, without making them', () => {
    const parsed = parseJsonSafely(repeatedKeyContent(1_000), MAX_PROBLEMS);
    assert.ok(parsed.ok);
    assert.equal(parsed.problems.length, MAX_PROBLEMS + 1);
    assert.equal(parsed.duplicates.length, MAX_PROBLEMS);
    assert.equal(parsed.problems[MAX_PROBLEMS]!.leftOut, 999 - MAX_PROBLEMS);
    // Without a cap (a screen's config.json, whose salvage drops fields by their problems): all.
    const all = parseJsonSafely(repeatedKeyContent(1_000));
    assert.ok(all.ok);
    assert.equal(all.duplicates.length, 999);
  });

  it('leaves a screen’s config.json uncapped: its salvage must see every field it drops', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `"x${i}": 1`).join(', ');
    const result = validateDeviceConfigText(`{ ${keys} }`);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 300);
    assert.ok(result.problems.every((p) => p.leftOut === undefined));
  });
});
