/**
 * Named campaigns in English: `Operation Thunderbolt`, codenamed "Thunderbolt 12", the
 * "Summer Action" office, a quoted name ending in or followed by operation/campaign/crackdown.
 */
import type { Operation } from '../schema.js';

export interface OperationRule { name: string; pattern: RegExp; example: string }

/** Each pattern's group 1 is the name. All are bounded (no nested quantifiers). */
export const OPERATION_RULES: readonly OperationRule[] = [
  { name: 'operation-word', pattern: /\bOperation ((?:[A-Z][A-Za-z'-]*|\d{1,4})(?: (?:[A-Z][A-Za-z'-]*|\d{1,4})){0,3})/g, example: 'Operation Thunderbolt' },
  { name: 'codenamed', pattern: /\b(?:code-?named|codenamed|dubbed|named|called|known as|referred to as)(?: the)? ["“‘']([^"“”’'\n]{2,40})["”’']/gi, example: 'codenamed "Thunderbolt 12"' },
  { name: 'quoted-then-word', pattern: /["“]([^"“”\n]{2,40})["”] (?:joint |special |anti-crime |territory-wide |large-scale |citywide )?(?:operation|campaign|crackdown|action|drive|initiative)\b(?!s)/gi, example: 'the "Sky Net" campaign' },
  { name: 'quoted-name-ends', pattern: /["“]((?:[^"“”\n]{1,40} )?(?:Action|Operation|Campaign|Crackdown|operation|campaign|crackdown))["”]/g, example: 'the "Summer Action" Office' },
  { name: 'capitalized', pattern: /\b((?:[A-Z][a-z]+ ){1,3}(?:Campaign|Crackdown))\b/g, example: 'the Safe Summer Crackdown' },
];

const NOT_NAMES = /^(?:the|a|an|this|that|joint|special|anti-crime|operation|campaign|crackdown|action)$/i;

export function findOperations(text: string, start: number, end: number): Operation[] {
  const region = text.slice(start, end);
  const found: Operation[] = [];
  const seen = new Set<string>();
  for (const rule of OPERATION_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(region); m; m = rule.pattern.exec(region)) {
      let name = m[1].trim();
      if (NOT_NAMES.test(name) || name.length < 2) continue;
      if (rule.name === 'codenamed' && /\d{3,}|[.!?]$/.test(name) && !/[A-Za-z]/.test(name)) continue;
      const s = start + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
      name = name.replace(/[,.;:]+$/, '');
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ name, start: s, end: s + name.length, text: text.slice(s, s + name.length) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
