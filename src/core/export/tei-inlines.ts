/**
 * One edition paragraph's inlines as TEI: the source's brackets kept as found
 * (`<seg type="bracket">`, `<gap>` with the bracket in `<desc>`), the word a
 * [sic] follows in `<choice><sic>`, every footnote as `<note place="foot">`,
 * names from the authority list as `<persName>`/`<placeName>`/`<orgName>`.
 * Concatenating the text (outside notes, corr and rdg) gives the paragraph back.
 */
import type { Edition, Footnote, Inline } from '../edition/edition.ts';
import { xmlText } from './escape-xml.ts';
import { nameTagger } from './tei-names.ts';
import { el } from './xml-element.ts';

const GAP_REASON = { omission: 'omitted', illegible: 'illegible', 'not-declassified': 'not-declassified' } as const;

/** The canonical form the name authority gives for a variant spelling, if any. */
export function correctionFor(edition: Edition, word: string): string | undefined {
  const { places, persons, organisations } = edition.frontMatter;
  return [...places, ...persons, ...organisations].find((n) => n.variants.includes(word) && n.canonical !== word)?.canonical;
}

function bracketBody(text: string, inner: 'supplied' | 'plain', reason?: string): string {
  const m = /^(\[|［|〔)([\s\S]*)(\]|］|〕)$/.exec(text);
  if (!m || inner === 'plain') return xmlText(text);
  return xmlText(m[1] ?? '') + el('supplied', { reason }, xmlText(m[2] ?? '')) + xmlText(m[3] ?? '');
}

export function teiInlines(edition: Edition, inlines: readonly Inline[], notes: ReadonlyMap<number, Footnote>, pageBreaks: readonly number[] = []): string {
  const out: string[] = [];
  let pos = 0;
  const breaks = [...pageBreaks].sort((a, b) => a - b);
  const names = nameTagger(edition);
  // Text with the source's page breaks as <pb/> at their offsets.
  const textWithBreaks = (t: string): string => {
    let s = '';
    let from = 0;
    for (const b of breaks) {
      if ((b > pos || (b === pos && pos > 0)) && b < pos + t.length) {
        s += names(t.slice(from, b - pos)) + el('pb', { type: 'source' });
        from = b - pos;
      }
    }
    pos += t.length;
    return s + names(t.slice(from));
  };
  const note = (n: number): string => {
    const f = notes.get(n);
    if (!f || n === 0) return '';
    return el('note', { type: f.kind === 'bracket' ? 'bracket' : 'editorial', subtype: f.bracket, place: 'foot', n }, xmlText(f.text));
  };
  for (let i = 0; i < inlines.length; i++) {
    const inl = inlines[i] as Inline;
    const next = inlines[i + 1];
    if (inl.kind === 'text') {
      // The word a [sic] follows goes into <choice><sic>, split off the end of this run.
      const t = next?.kind === 'bracket' && next.bracket === 'sic' && next.target ? splitTarget(inl.text, next.target) : null;
      if (t) {
        out.push(textWithBreaks(t.before));
        const corr = correctionFor(edition, t.target);
        const sic = el('sic', {}, xmlText(t.target));
        pos += t.target.length;
        out.push(corr ? el('choice', {}, sic, el('corr', {}, xmlText(corr))) : sic);
        out.push(textWithBreaks(t.after));
      } else out.push(textWithBreaks(inl.text));
    } else if (inl.kind === 'bracket') {
      pos += inl.text.length;
      if (inl.bracket === 'omission' || inl.bracket === 'illegible' || inl.bracket === 'not-declassified') {
        out.push(el('gap', { reason: GAP_REASON[inl.bracket] }, el('desc', {}, xmlText(inl.text))));
      } else {
        const inner = inl.bracket === 'gloss' || inl.bracket === 'editorial' ? 'supplied' : 'plain';
        out.push(el('seg', { type: 'bracket', subtype: inl.bracket }, bracketBody(inl.text, inner, inl.bracket === 'gloss' ? 'gloss' : undefined)));
      }
      out.push(note(inl.footnote));
    } else out.push(note(inl.footnote));
  }
  return out.join('');
}

function splitTarget(text: string, target: string): { before: string; target: string; after: string } | null {
  const m = /\s*$/.exec(text);
  const trail = m ? m[0] : '';
  const body = text.slice(0, text.length - trail.length);
  if (!body.endsWith(target)) return null;
  return { before: body.slice(0, body.length - target.length), target, after: trail };
}
