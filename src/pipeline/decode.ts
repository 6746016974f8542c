/**
 * Bytes → text. UTF-8 when the bytes are valid UTF-8 (a BOM is dropped); UTF-16 when a UTF-16 BOM
 * says so; otherwise GB18030 (a superset of GBK and GB2312, what Chinese pages not in UTF-8 mostly
 * use) when the bytes decode cleanly as GB18030; otherwise UTF-8 with U+FFFD for the bad bytes.
 * The last three add a warning to the result.
 */
import { TextDecoder } from 'node:util';
import type { Warning } from '../schema.js';

export interface Decoded { text: string; warnings: Warning[] }

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
let gbFatal: TextDecoder | null | undefined;

function gb18030(): TextDecoder | null {
  if (gbFatal === undefined) {
    try { gbFatal = new TextDecoder('gb18030', { fatal: true }); } catch { gbFatal = null; } // Node built without full ICU
  }
  return gbFatal;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8Fatal.decode(bytes), warnings: [] };
  } catch { /* not UTF-8 */ }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    return {
      text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes),
      warnings: [{ code: 'decoded_utf16', message: `input is not UTF-8; decoded as UTF-16${le ? 'LE' : 'BE'} (byte order mark)` }],
    };
  }
  const gb = gb18030();
  if (gb) {
    try {
      const text = gb.decode(bytes);
      return { text, warnings: [{ code: 'decoded_gb18030', message: 'input is not valid UTF-8; decoded as GB18030 (GBK/GB2312)' }] };
    } catch { /* not GB18030 either */ }
  }
  const text = utf8Lenient.decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) bad++;
  return {
    text,
    warnings: [{ code: 'invalid_utf8', message: `input is neither valid UTF-8 nor GB18030; ${bad} undecodable sequence(s) replaced by U+FFFD` }],
  };
}
