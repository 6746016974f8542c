export { parse, DEFAULT_MAX_LENGTH, type ParseOptions } from './parse.js';
export * from './schema.js';
export { readNumeral, parseNumeral } from './numbers/numerals.js';
export { parseMany, type IdOf, type ParseManyInput, type ParseManyOptions, type ParseManyResult } from './pipeline/parseMany.js';
