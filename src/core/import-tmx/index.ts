export { readTmx, type ReadTmxOptions } from './read-tmx.ts';
