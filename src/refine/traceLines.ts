/**
 * Trace lines built once per distinct part: every metric carries several, and building each as a
 * template string and then interning it (hashing the new string) showed in profiles. The parts are
 * rule names and vocabulary words, constant strings whose hashes V8 keeps, so a lookup is cheap.
 */
export class TraceLines {
  private readonly lines = new Map<string, Map<string, string>>();
  constructor(private readonly format: (a: string, b: string) => string) {}

  /** The line for parts `a` and `b` (b empty when the line has one part). */
  get(a: string, b = ''): string {
    let byB = this.lines.get(a);
    if (byB === undefined) this.lines.set(a, (byB = new Map()));
    let line = byB.get(b);
    if (line === undefined) byB.set(b, (line = this.format(a, b)));
    return line;
  }
}
