import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  gpuFlagApplies,
  isGpuCrash,
  parseGpuFlag,
  shouldDisableGpu,
} from '../../../../main/electron/gpu-policy';

const MIN = 60_000;

describe('GPU fallback', () => {
  it('counts real GPU crashes only', () => {
    assert.equal(isGpuCrash({ type: 'GPU', reason: 'crashed' }), true);
    assert.equal(isGpuCrash({ type: 'GPU', reason: 'abnormal-exit' }), true);
    assert.equal(isGpuCrash({ type: 'GPU', reason: 'oom' }), true);
    assert.equal(isGpuCrash({ type: 'GPU', reason: 'launch-failed' }), true);
    assert.equal(isGpuCrash({ type: 'GPU', reason: 'clean-exit' }), false);
    assert.equal(isGpuCrash({ type: 'GPU', reason: 'killed' }), false);
    assert.equal(isGpuCrash({ type: 'Utility', reason: 'crashed' }), false);
  });

  it('switches the GPU off at the third crash within ten minutes', () => {
    assert.equal(shouldDisableGpu([0], 0), false);
    assert.equal(shouldDisableGpu([0, 2 * MIN], 2 * MIN), false);
    assert.equal(shouldDisableGpu([0, 2 * MIN, 9 * MIN], 9 * MIN), true);
  });

  it('keeps the GPU when the crashes are spread out', () => {
    assert.equal(shouldDisableGpu([0, 6 * MIN, 12 * MIN], 12 * MIN), false);
  });

  it('reads its flag file and ignores a damaged one', () => {
    const flag = { since: '2026-11-27T10:00:00.000Z', appVersion: '0.1.0', reason: '3 GPU-crashes' };
    assert.deepEqual(parseGpuFlag(JSON.stringify(flag)), flag);
    assert.equal(parseGpuFlag('{"since": 1}'), null);
    assert.equal(parseGpuFlag('null'), null);
    assert.equal(parseGpuFlag('{kapot'), null);
  });

  it('gives the GPU another chance after an update', () => {
    const flag = { since: '2026-11-27T10:00:00.000Z', appVersion: '0.1.0', reason: '' };
    assert.equal(gpuFlagApplies(flag, '0.1.0'), true);
    assert.equal(gpuFlagApplies(flag, '0.2.0'), false);
    assert.equal(gpuFlagApplies(null, '0.1.0'), false);
  });
});
