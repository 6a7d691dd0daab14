/// <reference types="vite/client" />
/**
 * Loads the work view (`px-work-view`, with the compare, edit and review
 * code) only when a work is opened, so the library starts with little
 * JavaScript. `import.meta.glob` is Vite's: it yields `{}` while the file does
 * not exist, and the test runner (which has no glob) falls back to whatever
 * the test defined itself.
 */
type Loader = () => Promise<unknown>;

function workViewModules(): Record<string, Loader> {
  try {
    return import.meta.glob('./px-work-view.ts');
  } catch {
    return {};
  }
}

const modules = workViewModules();

/** True once `px-work-view` is defined; false when this build has no work view. */
export async function loadWorkView(): Promise<boolean> {
  if (customElements.get('px-work-view')) return true;
  const load = modules['./px-work-view.ts'];
  if (!load) return false;
  await load();
  return customElements.get('px-work-view') !== undefined;
}
