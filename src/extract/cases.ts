import type { OffsetText } from '../normalize/index.js';
import type { CaseRef } from '../schema.js';
export function extractCases(_t: OffsetText): CaseRef[] { return []; }
