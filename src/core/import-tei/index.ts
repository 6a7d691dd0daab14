export { readTei, type TeiWork } from './read-tei.ts';
