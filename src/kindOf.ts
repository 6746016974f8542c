/** Names the type of a value for error messages: `null`, `undefined`, `an array`, `an object`, `a number` … */
export function kindOf(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  const t = typeof v;
  return t === 'object' ? `an object (${Object.prototype.toString.call(v)})` : `a ${t}`;
}
