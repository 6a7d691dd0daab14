// Vite's `?inline` CSS import: the stylesheet as a string, its url()s rewritten to served assets.
declare module '@fontsource/noto-serif-sc/400.css?inline' {
  const css: string;
  export default css;
}
declare module '@fontsource/noto-serif/400.css?inline' {
  const css: string;
  export default css;
}
declare module '@fontsource/noto-serif/400-italic.css?inline' {
  const css: string;
  export default css;
}
