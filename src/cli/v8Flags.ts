/**
 * V8 settings of the CLI process (its worker threads share them). Output never depends on them.
 *
 * A CLI run is short next to the life of a server: most releases go by while V8 is still deciding
 * what to optimize, and its optimizing compiler (TurboFan, on background threads that share the
 * machine's cores with the parsing threads) executes about half of all instructions of a run on a
 * few MB. Both settings make it compile less, and what it compiles is what stays hot.
 */
import { setFlagsFromString } from 'node:v8';

export interface V8Setting {
  flag: string;
  value: number;
  /** Why, with the measurement that chose the value. */
  why: string;
}

export const CLI_V8_SETTINGS: readonly V8Setting[] = [
  {
    flag: '--max-inlined-bytecode-size-cumulative',
    value: 460,
    why: 'Each optimized function inlines what it calls up to 920 bytes of bytecode by default; half that '
      + 'compiles smaller graphs and, on this code, runs as fast once warm (callgrind on the dev corpus, load and '
      + '10 passes / 10 passes after 40 warm ones: default 10.80 / 1.93 G instructions, 460: 9.54 / 1.86 G; '
      + '230: 9.15 / 1.98 G; no inlining: 8.92 / 2.45 G).',
  },
  {
    flag: '--interrupt-budget',
    value: 600_000,
    why: 'A function is considered for optimization each time it has run about this many bytes of bytecode '
      + '(default 132 KB). Hundreds of lukewarm rule functions reach the default in the first releases and '
      + 'are compiled by TurboFan, then rarely run; a larger budget leaves them to the baseline tiers '
      + '(callgrind, `tongbao parse --jsonl --jobs 1` on 1.1 MB of releases: default 11.04 G instructions, '
      + '300 KB 8.30 G, 600 KB 8.03 G, 1.2 MB 7.94 G).',
  },
];

/** Whether node's own arguments or NODE_OPTIONS set the flag (V8 reads `-` and `_` alike). */
function userSets(flag: string, execArgv: readonly string[], nodeOptions: string): boolean {
  const name = flag.replace(/^--/, '').replace(/_/g, '-');
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((a) => a.replace(/^--/, '').replace(/_/g, '-'));
  return given.some((a) => a === name || a.startsWith(`${name}=`));
}

/** Sets the CLI's V8 flags before any code is optimized; a flag the user set is left alone. Returns the flags set. */
export function tuneV8(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  const set: string[] = [];
  for (const { flag, value } of CLI_V8_SETTINGS) {
    if (userSets(flag, execArgv, nodeOptions)) continue;
    setFlagsFromString(`${flag}=${value}`);
    set.push(`${flag}=${value}`);
  }
  return set;
}
