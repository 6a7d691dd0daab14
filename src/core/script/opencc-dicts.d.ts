// opencc-js ships its dictionaries as untyped ES modules (`./*` in its exports): each is one string, `from to|from to|…`.
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
