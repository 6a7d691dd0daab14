export { readTei, type TeiWork } from './read-tei.ts';
export { readXml, type XmlElement } from './read-xml.ts';
