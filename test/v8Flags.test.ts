import { describe, expect, it } from 'vitest';
import { INLINING_BUDGET, INLINING_BUDGET_FLAG, tuneV8 } from '../src/cli/v8Flags.js';

describe('tuneV8', () => {
  it('sets the inlining budget when the user does not', () => {
    expect(tuneV8([], '')).toEqual([`${INLINING_BUDGET_FLAG}=${INLINING_BUDGET}`]);
    expect(tuneV8(['--max-old-space-size=4096'], '--enable-source-maps')).toEqual([`${INLINING_BUDGET_FLAG}=${INLINING_BUDGET}`]);
  });
  it('leaves the flag alone when node is given it, written with - or _', () => {
    expect(tuneV8(['--max-inlined-bytecode-size-cumulative=920'], '')).toEqual([]);
    expect(tuneV8([], '--trace-warnings --max_inlined_bytecode_size_cumulative=300')).toEqual([]);
  });
  it('does not take a longer flag of the same stem for it', () => {
    expect(tuneV8(['--max-inlined-bytecode-size-cumulative-x=1'], '')).toHaveLength(1);
  });
});
