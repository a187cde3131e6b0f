// The PDF's one font: DejaVu Sans 2.37 (Bitstream Vera and Arev licences, DejaVu changes public
// domain; see public/fonts/LICENSE-DejaVu.txt and the About screen). One file covers Latin, Greek, Cyrillic,
// Hebrew and Arabic including the presentation forms our shaping step needs. It is served from
// our own origin (CSP connect-src 'self') and precached by the service worker, so exporting works
// offline; it is fetched only when a PDF is made.

import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

/** File name of the embedded font under public/fonts/. */
export const PDF_FONT_FILE = 'DejaVuSans.ttf';

/** Loads the font bytes from this origin; throws a plain-words error when that fails. */
export async function fetchFontBytes(): Promise<Uint8Array> {
  const url = `${import.meta.env.BASE_URL}fonts/${PDF_FONT_FILE}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('The font for the PDF could not be loaded. Try again, or share as text.');
  }
  if (!response.ok) {
    throw new Error('The font for the PDF could not be loaded. Try again, or share as text.');
  }
  return new Uint8Array(await response.arrayBuffer());
}

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;
type GlyphRun = ReturnType<FontkitFont['layout']>;

/**
 * fontkit for pdf-lib whose "layout" maps each code point to its glyph and nothing more.
 * pdf-lib reads only the glyphs of a layout (to encode text and to measure it). fontkit's own
 * layout would guess the script from the first letters and reverse a right-to-left line we have
 * already put in visual order (./text.ts), and would apply OpenType substitutions our measuring
 * does not know of; shaping and ordering are ours. It is also about a hundred times faster.
 */
export const plainGlyphFontkit: Fontkit = {
  create(buffer, postscriptName) {
    const font = fontkit.create(buffer, postscriptName);
    font.layout = (text) => ({ glyphs: font.glyphsForString(text) }) as unknown as GlyphRun;
    return font;
  },
};

/** The parsed font for glyph-coverage questions (the same bytes pdf-lib embeds). */
export function parseFont(bytes: Uint8Array): FontkitFont {
  return fontkit.create(bytes);
}
