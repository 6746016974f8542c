/**
 * Regexes written with named groups but compiled without the names. V8 builds a `groups` object
 * on every match of a regex with named groups, which costs more than the match itself when there
 * are dozens of them (DATE_RE); the numbers let readers still refer to groups by name.
 */

export interface NumberedGroups {
  re: RegExp;
  /** Group name → its group number in `re`. */
  group: Readonly<Record<string, number>>;
}

/** Compiles `source` with every `(?<name>…)` turned into a plain `(…)`, numbering groups in order. */
export function withNumberedGroups(source: string, flags: string): NumberedGroups {
  const group: Record<string, number> = {};
  let plain = '';
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { plain += c + source[i + 1]; i++; continue; }
    if (inClass) { if (c === ']') inClass = false; plain += c; continue; }
    if (c === '[') { inClass = true; plain += c; continue; }
    if (c === '(') {
      const named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(source.slice(i, i + 40));
      if (named) { group[named[1]] = ++count; plain += '('; i += named[0].length - 1; continue; }
      if (source[i + 1] !== '?') count++;
    }
    plain += c;
  }
  return { re: new RegExp(plain, flags), group };
}
