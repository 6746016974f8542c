import { describe, expect, it } from 'vitest';
import { CLI_V8_SETTINGS, tuneV8 } from '../src/cli/v8Flags.js';

const ALL = ['--max-inlined-bytecode-size-cumulative=460', '--interrupt-budget=600000'];

describe('tuneV8', () => {
  it('sets every flag of the table when the user sets none', () => {
    expect(CLI_V8_SETTINGS.map((s) => `${s.flag}=${s.value}`)).toEqual(ALL);
    expect(tuneV8([], '')).toEqual(ALL);
    expect(tuneV8(['--max-old-space-size=4096'], '--enable-source-maps')).toEqual(ALL);
  });
  it('leaves a flag alone when node is given it, written with - or _', () => {
    expect(tuneV8(['--max-inlined-bytecode-size-cumulative=920'], '')).toEqual(['--interrupt-budget=600000']);
    expect(tuneV8([], '--trace-warnings --max_inlined_bytecode_size_cumulative=300')).toEqual(['--interrupt-budget=600000']);
    expect(tuneV8(['--interrupt_budget=100000'], '')).toEqual(['--max-inlined-bytecode-size-cumulative=460']);
  });
  it('does not take a longer flag of the same stem for it', () => {
    expect(tuneV8(['--max-inlined-bytecode-size-cumulative-x=1'], '')).toEqual(ALL);
  });
});
