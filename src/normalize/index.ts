import { identityText, type OffsetText } from './offsetText.js';
import { removeInsertions } from './deletions.js';
import { mapCharacters } from './charMap.js';

export { originalSpan, originalEnd, keptText, identityText, OffsetTextBuilder } from './offsetText.js';
export type { OffsetText } from './offsetText.js';
export { hasInsertedPinyin } from './deletions.js';

/**
 * Plain text → the normalized text the extractors read (offsets map back to `input`). Extractors
 * see simplified characters and half-width ASCII forms only (`，：；（）％` arrive as `,:;()%`), so
 * their patterns list the half-width forms alone.
 */
export function normalizePlain(input: string, start: OffsetText = identityText(input)): OffsetText {
  return mapCharacters(removeInsertions(start));
}
