export { parseMany, type ParseManyInput, type ParseManyOptions, type ParseManyResult } from './parseMany.js';
