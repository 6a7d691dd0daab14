// node:test for core tests running in Chromium: the same names on mocha's globals.
type Fn = (this: unknown) => unknown;
interface MochaGlobals {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: Fn): void;
  before(fn: Fn): void;
  after(fn: Fn): void;
  beforeEach(fn: Fn): void;
  afterEach(fn: Fn): void;
}
const g = globalThis as unknown as MochaGlobals;

export const describe = (name: string, fn: () => void): void => g.describe(name, fn);
export const suite = describe;
export const it = (name: string, fn: Fn): void => g.it(name, fn);
export const test = it;
export const before = (fn: Fn): void => g.before(fn);
export const after = (fn: Fn): void => g.after(fn);
export const beforeEach = (fn: Fn): void => g.beforeEach(fn);
export const afterEach = (fn: Fn): void => g.afterEach(fn);
export default it;
