/** Byte lines of a stream: split at LF (0x0A, never part of a multi-byte UTF-8 or GB18030 character), CR before LF dropped. */
export async function* byteLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      let line = buf.subarray(start, nl);
      if (pending.length) { pending.push(line); line = Buffer.concat(pending); pending = []; }
      yield line.length && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
      start = nl + 1;
    }
    if (start < buf.length) pending.push(buf.subarray(start));
  }
  if (pending.length) {
    const line = Buffer.concat(pending);
    yield line.length && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
  }
}
