// src/export/document.ts — the layout-neutral document both the PDF renderer and the print view draw.
/** A summary laid out as a sequence of blocks, ready to render to PDF or HTML. */
export interface PrintableDocument {
  readonly title: string; // e.g. "Summary for my therapist"
  readonly rangeLabel: string; // e.g. "1 Nov 2026 – 27 Nov 2026" (shown on every page)
  readonly footer: string; // "Prepared by the client with Waypoint" (on every page)
  readonly blocks: readonly DocumentBlock[];
}
/** One block of a printable document. All strings are user text or our copy: render as text. */
export type DocumentBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'quote' | 'muted' }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | {
      readonly kind: 'chart';
      readonly label: string;
      readonly min: number;
      readonly max: number;
      readonly points: readonly { readonly day: string; readonly value: number }[]; // day = yyyy-MM-dd
      readonly markers: readonly { readonly day: string; readonly label: string }[]; // session markers
    };
