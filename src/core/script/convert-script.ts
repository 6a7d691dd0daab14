/**
 * Simplified ⇄ traditional conversion with OpenCC's phrase tables (opencc-js):
 * 头发 → 頭髮 and 发展 → 發展, which a character table cannot tell apart. The
 * simplified-to-traditional tables are ~1 MB, so each direction is loaded on
 * first use, as its own chunk in the app.
 */
type Converter = (text: string) => string;

/** Simplified (mainland) → traditional as written in Taiwan, Hong Kong, or OpenCC's standard traditional. */
export type TraditionalVariant = 'tw' | 'hk' | 't';

const toTraditional = new Map<TraditionalVariant, Promise<Converter>>();
let toSimplified: Promise<Converter> | null = null;

export function loadToTraditional(variant: TraditionalVariant = 'tw'): Promise<Converter> {
  let loading = toTraditional.get(variant);
  if (!loading) {
    loading = import('opencc-js/cn2t').then((m) => m.Converter({ from: 'cn', to: variant }));
    toTraditional.set(variant, loading);
  }
  return loading;
}

export function loadToSimplified(): Promise<Converter> {
  toSimplified ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' }));
  return toSimplified;
}
