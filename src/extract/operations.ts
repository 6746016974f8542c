import type { OffsetText } from '../normalize/index.js';
import type { Operation } from '../schema.js';
export function extractOperations(_t: OffsetText): Operation[] { return []; }
