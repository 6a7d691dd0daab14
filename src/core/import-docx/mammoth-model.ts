/**
 * The parts of mammoth's document model the reader walks (mammoth's own
 * typings leave `transformDocument`'s element untyped). See mammoth's
 * lib/documents.js for the full shapes.
 */
export interface MammothText { readonly type: 'text'; readonly value: string }
export interface MammothBreak { readonly type: 'break'; readonly breakType: 'line' | 'page' | 'column' }
export interface MammothNoteReference { readonly type: 'noteReference'; readonly noteType: 'footnote' | 'endnote'; readonly noteId: string }
export interface MammothCommentReference { readonly type: 'commentReference'; readonly commentId: string }
export interface MammothContainer {
  readonly type: 'document' | 'paragraph' | 'run' | 'hyperlink' | 'table' | 'tableRow' | 'tableCell' | 'note' | 'comment';
  readonly children?: readonly MammothElement[];
  readonly styleName?: string | null;
  readonly styleId?: string | null;
}
export interface MammothOther { readonly type: 'tab' | 'checkbox' | 'image' | 'bookmarkStart' }
export type MammothElement = MammothText | MammothBreak | MammothNoteReference | MammothCommentReference | MammothContainer | MammothOther;

export interface MammothNote { readonly noteType: 'footnote' | 'endnote'; readonly noteId: string; readonly body: readonly MammothElement[] }
export interface MammothComment { readonly commentId: string; readonly body: readonly MammothElement[]; readonly authorName?: string | null }

export interface MammothDocument {
  readonly type: 'document';
  readonly children: readonly MammothElement[];
  readonly notes: { findNoteByKey(key: string): MammothNote | null };
  readonly comments: readonly MammothComment[];
}
