import type { Draft } from '../extract/types.js';

/**
 * The drafts of one language, in order: each language's refiners read only their own, so that a
 * bilingual page's English figures are never list neighbours of its Chinese ones. No copy when
 * every draft is of that language (the common case).
 */
export function draftsIn(drafts: Draft[], lang: Draft['lang']): Draft[] {
  for (const d of drafts) if (d.lang !== lang) return drafts.filter((x) => x.lang === lang);
  return drafts;
}
