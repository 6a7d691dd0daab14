/**
 * After pagedjs has laid out the pages: are there pages, and is the last row
 * on one? Print engines truncate silently, so this is checked every time.
 * Self-contained (no imports, no closures) so Playwright can run it in the
 * page as it is, and the browser preview can call it directly.
 */
export interface RenderCheck {
  readonly pages: number;
  readonly lastRowPresent: boolean;
  readonly lastParagraphId: string;
}

export function verifyRendered(doc: Document): RenderCheck {
  const pages = doc.querySelectorAll('.pagedjs_page').length;
  const marker = doc.getElementById('px-end-of-edition');
  const lastParagraphId = marker?.getAttribute('data-last-paragraph') ?? '';
  const tail = (marker?.getAttribute('data-last-text') ?? '').replace(/\s+/g, '');
  const root = doc.querySelector('.pagedjs_pages');
  // The end marker follows everything; if layout stopped early it is not on any page.
  const endOnPage = !!root && root.querySelector('#px-end-of-edition') !== null;
  let lastRowPresent = endOnPage && lastParagraphId === '';
  if (root && endOnPage && lastParagraphId) {
    const pieces = Array.from(root.querySelectorAll('[data-paragraph]')).filter((e) => e.getAttribute('data-paragraph') === lastParagraphId);
    const text = pieces.map((e) => e.textContent ?? '').join('').replace(/\s+/g, '');
    lastRowPresent = pieces.length > 0 && (tail === '' || text.includes(tail));
  }
  return { pages, lastRowPresent, lastParagraphId };
}
