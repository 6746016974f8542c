/** A one-line progress bar on stderr (documents, documents/s, time left), redrawn at most 10 times a second. */
export class Progress {
  private last = 0;
  private readonly start = Date.now();
  docs = 0;
  bytes = 0;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly totalBytes: number | null) {}

  tick(docs: number, bytes: number): void {
    this.docs = docs;
    this.bytes = bytes;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = Math.max(0.001, (now - this.start) / 1000);
    const rate = this.docs / secs;
    const width = Math.max(40, (this.stream.columns || 80) - 1);
    let right = ` ${this.docs} docs  ${rate.toFixed(rate < 10 ? 1 : 0)} docs/s`;
    let line: string;
    if (this.totalBytes && this.totalBytes > 0) {
      const frac = Math.min(1, this.bytes / this.totalBytes);
      const eta = frac > 0 ? (secs / frac) * (1 - frac) : NaN;
      right += `  ETA ${formatDuration(eta)}`;
      const barWidth = Math.max(10, Math.min(40, width - right.length - 3));
      const filled = Math.round(frac * barWidth);
      line = `[${'='.repeat(filled)}${filled < barWidth ? '>' : ''}${' '.repeat(Math.max(0, barWidth - filled - 1))}]${right}`;
    } else {
      line = `${right.trim()}  ${secs.toFixed(0)} s`;
    }
    this.stream.write(`\r${line.slice(0, width)}\x1b[K`);
  }

  clear(): void {
    this.stream.write('\r\x1b[K');
  }
}

export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return '--:--';
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = t % 60;
  return `${h ? h + ':' + String(m).padStart(2, '0') : m}:${String(sec).padStart(2, '0')}`;
}
