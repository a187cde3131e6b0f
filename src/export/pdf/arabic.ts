// Arabic contextual shaping for the PDF. pdf-lib draws one glyph per character and does no
// shaping, so joined Arabic needs the letters swapped for their contextual presentation forms
// (isolated / final / initial / medial, Unicode "Arabic Presentation Forms-B" U+FE70–U+FEFF, plus
// a few Persian letters from Forms-A and the lam-alef ligatures) before the bidi reordering.
// This is a small table-driven step on logical order: it covers the letters of Arabic and Persian
// that have presentation forms; other Arabic-script letters stay in their base (isolated) shape and
// break the join around them, which stays legible. A form the font lacks keeps the base letter.

/** Presentation forms of a letter: isolated, final, then (for dual-joining letters) initial, medial. */
type Forms = readonly [isolated: number, final: number, initial?: number, medial?: number];

const forms: ReadonlyMap<number, Forms> = new Map<number, Forms>([
  [0x0621, [0xfe80, 0xfe80]], // hamza never joins; listed only for its isolated form
  [0x0622, [0xfe81, 0xfe82]],
  [0x0623, [0xfe83, 0xfe84]],
  [0x0624, [0xfe85, 0xfe86]],
  [0x0625, [0xfe87, 0xfe88]],
  [0x0626, [0xfe89, 0xfe8a, 0xfe8b, 0xfe8c]],
  [0x0627, [0xfe8d, 0xfe8e]],
  [0x0628, [0xfe8f, 0xfe90, 0xfe91, 0xfe92]],
  [0x0629, [0xfe93, 0xfe94]],
  [0x062a, [0xfe95, 0xfe96, 0xfe97, 0xfe98]],
  [0x062b, [0xfe99, 0xfe9a, 0xfe9b, 0xfe9c]],
  [0x062c, [0xfe9d, 0xfe9e, 0xfe9f, 0xfea0]],
  [0x062d, [0xfea1, 0xfea2, 0xfea3, 0xfea4]],
  [0x062e, [0xfea5, 0xfea6, 0xfea7, 0xfea8]],
  [0x062f, [0xfea9, 0xfeaa]],
  [0x0630, [0xfeab, 0xfeac]],
  [0x0631, [0xfead, 0xfeae]],
  [0x0632, [0xfeaf, 0xfeb0]],
  [0x0633, [0xfeb1, 0xfeb2, 0xfeb3, 0xfeb4]],
  [0x0634, [0xfeb5, 0xfeb6, 0xfeb7, 0xfeb8]],
  [0x0635, [0xfeb9, 0xfeba, 0xfebb, 0xfebc]],
  [0x0636, [0xfebd, 0xfebe, 0xfebf, 0xfec0]],
  [0x0637, [0xfec1, 0xfec2, 0xfec3, 0xfec4]],
  [0x0638, [0xfec5, 0xfec6, 0xfec7, 0xfec8]],
  [0x0639, [0xfec9, 0xfeca, 0xfecb, 0xfecc]],
  [0x063a, [0xfecd, 0xfece, 0xfecf, 0xfed0]],
  [0x0641, [0xfed1, 0xfed2, 0xfed3, 0xfed4]],
  [0x0642, [0xfed5, 0xfed6, 0xfed7, 0xfed8]],
  [0x0643, [0xfed9, 0xfeda, 0xfedb, 0xfedc]],
  [0x0644, [0xfedd, 0xfede, 0xfedf, 0xfee0]],
  [0x0645, [0xfee1, 0xfee2, 0xfee3, 0xfee4]],
  [0x0646, [0xfee5, 0xfee6, 0xfee7, 0xfee8]],
  [0x0647, [0xfee9, 0xfeea, 0xfeeb, 0xfeec]],
  [0x0648, [0xfeed, 0xfeee]],
  [0x0649, [0xfeef, 0xfef0, 0xfbe8, 0xfbe9]],
  [0x064a, [0xfef1, 0xfef2, 0xfef3, 0xfef4]],
  [0x067e, [0xfb56, 0xfb57, 0xfb58, 0xfb59]], // Persian peh
  [0x0686, [0xfb7a, 0xfb7b, 0xfb7c, 0xfb7d]], // Persian tcheh
  [0x0698, [0xfb8a, 0xfb8b]], // Persian jeh
  [0x06a9, [0xfb8e, 0xfb8f, 0xfb90, 0xfb91]], // Persian keheh
  [0x06af, [0xfb92, 0xfb93, 0xfb94, 0xfb95]], // Persian gaf
  [0x06cc, [0xfbfc, 0xfbfd, 0xfbfe, 0xfbff]], // Persian yeh
]);

const LAM = 0x0644;
/** Lam followed by an alef becomes one ligature: [isolated, final] by the alef that follows. */
const lamAlef: ReadonlyMap<number, readonly [number, number]> = new Map([
  [0x0622, [0xfef5, 0xfef6] as const],
  [0x0623, [0xfef7, 0xfef8] as const],
  [0x0625, [0xfef9, 0xfefa] as const],
  [0x0627, [0xfefb, 0xfefc] as const],
]);

const TATWEEL = 0x0640;
const ZWJ = 0x200d;
const HAMZA = 0x0621;

/** How a character takes part in joining (Unicode Joining_Type, simplified). */
type Joining = 'dual' | 'right' | 'causing' | 'transparent' | 'none';

const transparentPattern = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

function joiningOf(codePoint: number): Joining {
  if (codePoint === TATWEEL || codePoint === ZWJ) return 'causing';
  const letter = forms.get(codePoint);
  if (letter !== undefined && codePoint !== HAMZA) return letter.length === 4 ? 'dual' : 'right';
  // ZWNJ is Cf but explicitly breaks the join; other marks and format characters are skipped.
  if (codePoint !== 0x200c && transparentPattern.test(String.fromCodePoint(codePoint))) {
    return 'transparent';
  }
  return 'none';
}

/** True when the text holds a letter this step would reshape, so plain text skips the work. */
function hasShapeable(text: string): boolean {
  return /[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]/u.test(text);
}

/**
 * Replaces Arabic letters by their contextual presentation forms (logical order in, logical
 * order out). `hasGlyph` says which forms the font can draw; a missing form keeps the letter.
 */
export function shapeArabic(text: string, hasGlyph: (codePoint: number) => boolean): string {
  if (!hasShapeable(text)) return text;
  const points = Array.from(text, (char) => char.codePointAt(0) ?? 0);
  const joining = points.map(joiningOf);
  /** Index of the nearest non-transparent character from `from` in direction `step`, or -1. */
  const neighbour = (from: number, step: 1 | -1): number => {
    for (let i = from + step; i >= 0 && i < points.length; i += step) {
      if (joining[i] !== 'transparent') return i;
    }
    return -1;
  };
  const joinsTowardsNext = (kind: Joining | undefined) => kind === 'dual' || kind === 'causing';
  const acceptsPrevious = (kind: Joining | undefined) =>
    kind === 'dual' || kind === 'right' || kind === 'causing';

  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const codePoint = points[i] ?? 0;
    const letterForms = forms.get(codePoint);
    const kind = joining[i];
    if (letterForms === undefined || (kind !== 'dual' && kind !== 'right')) {
      out.push(
        letterForms?.[0] !== undefined && hasGlyph(letterForms[0]) ? letterForms[0] : codePoint,
      );
      continue;
    }
    const previous = neighbour(i, -1);
    const next = neighbour(i, 1);
    const joinsPrevious = previous >= 0 && joinsTowardsNext(joining[previous]);

    if (codePoint === LAM && next >= 0) {
      const ligature = lamAlef.get(points[next] ?? 0);
      const glyph = ligature?.[joinsPrevious ? 1 : 0];
      if (glyph !== undefined && hasGlyph(glyph)) {
        out.push(glyph);
        // Keep any marks written between lam and alef, then skip the alef itself.
        for (let j = i + 1; j < next; j++) out.push(points[j] ?? 0);
        i = next;
        continue;
      }
    }

    const joinsNext = kind === 'dual' && next >= 0 && acceptsPrevious(joining[next]);
    const [isolated, final, initial, medial] = letterForms;
    let form: number | undefined;
    if (joinsPrevious && joinsNext) form = medial;
    else if (joinsPrevious) form = final;
    else if (joinsNext) form = initial;
    else form = isolated;
    out.push(form !== undefined && hasGlyph(form) ? form : codePoint);
  }
  return fromCodePoints(out);
}

/** Builds a string from code points in chunks, so very long lines cannot overflow the stack. */
function fromCodePoints(points: readonly number[]): string {
  let text = '';
  for (let i = 0; i < points.length; i += 4096) {
    text += String.fromCodePoint(...points.slice(i, i + 4096));
  }
  return text;
}
