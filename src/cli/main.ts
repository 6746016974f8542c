import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from '../parse.js';
import { parseResultJsonSchema } from '../schema.js';

const HELP = `tongbao — structured statistics from Chinese police press releases

Usage:
  tongbao parse FILE...        print the ParseResult of each file (JSON)
  tongbao parse --jsonl        read JSON lines {"id","text"} on stdin, write {"id", ...ParseResult} per line
  tongbao schema               print the JSON Schema of a ParseResult
  tongbao --help               this text
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h') { process.stdout.write(HELP); return 0; }
  if (cmd === 'schema') { process.stdout.write(JSON.stringify(parseResultJsonSchema(), null, 2) + '\n'); return 0; }
  if (cmd !== 'parse') { process.stderr.write(`unknown command: ${cmd}\n${HELP}`); return 1; }
  if (rest.includes('--jsonl')) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { id: unknown; text: string };
      process.stdout.write(JSON.stringify({ id: rec.id, ...parse(rec.text) }) + '\n');
    }
    return 0;
  }
  for (const f of rest) process.stdout.write(JSON.stringify({ file: f, ...parse(readFileSync(f, 'utf8')) }, null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
