// PouchDB ships without types; src/sync/pouch-types.ts types the calls we make, and the modules are cast to it where loaded.
declare module 'pouchdb' {
  const PouchDB: { plugin(plugin: unknown): void };
  export default PouchDB;
}
declare module 'pouchdb-browser' {
  const PouchDB: { plugin(plugin: unknown): void };
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
