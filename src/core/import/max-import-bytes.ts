// Its own file so the size check before a read needs none of the decoders.
/**
 * Largest file we import, checked on the byte length before decoding. A
 * decoded string takes up to twice its UTF-8 size in memory (UTF-16), the
 * normalising passes copy it a few times, and V8 caps a string near 512 M
 * characters; 200 MB keeps a browser tab well inside that while being far
 * larger than any archival document (the sample note is 9 KB).
 */
export const MAX_IMPORT_BYTES = 200_000_000;
