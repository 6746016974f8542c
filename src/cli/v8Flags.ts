/**
 * V8 settings of the CLI process (its worker threads share them). Output never depends on them.
 *
 * In a short run, V8's optimizing compiler (TurboFan, on a background thread) executes about half
 * of all instructions: some 300 hot functions are compiled in the first ~1.5 MB of releases, each
 * with the functions it calls inlined, up to 920 bytes of bytecode by default. Half that budget
 * compiles smaller graphs and, on this code, runs as fast once warm (callgrind on the dev corpus,
 * load and 10 passes / 10 passes after 40 warm ones: default 10.80 / 1.93 G instructions, 460:
 * 9.54 / 1.86 G; 230: 9.15 / 1.98 G; no inlining: 8.92 / 2.45 G).
 */
import { setFlagsFromString } from 'node:v8';

export const INLINING_BUDGET_FLAG = '--max-inlined-bytecode-size-cumulative';
export const INLINING_BUDGET = 460;

/** Whether node's own arguments or NODE_OPTIONS set the flag (V8 reads `-` and `_` alike). */
function userSets(flag: string, execArgv: readonly string[], nodeOptions: string): boolean {
  const name = flag.replace(/^--/, '').replace(/_/g, '-');
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((a) => a.replace(/^--/, '').replace(/_/g, '-'));
  return given.some((a) => a === name || a.startsWith(`${name}=`));
}

/** Sets the CLI's V8 flags before any code is optimized; a flag the user set is left alone. Returns the flags set. */
export function tuneV8(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  if (userSets(INLINING_BUDGET_FLAG, execArgv, nodeOptions)) return [];
  const flag = `${INLINING_BUDGET_FLAG}=${INLINING_BUDGET}`;
  setFlagsFromString(flag);
  return [flag];
}
