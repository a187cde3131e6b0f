// Excerpts: a shared entry can go into a summary as chosen passages instead of in full.
// A passage is one sentence of one paragraph (a paragraph is a line of the entry), found with
// Intl.Segmenter so scripts without spaces or with their own full stops (Japanese 。, Arabic ؟)
// split where a reader expects. Chosen passages that follow each other are joined back into
// one run; a gap between runs is shown by the exporters as "[…]".

/** One choosable passage of an entry. */
export interface Passage {
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'sentence' })
    : undefined;

function sentences(paragraph: string): string[] {
  if (!segmenter) return [paragraph];
  return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter(Boolean);
}

/** The passages of an entry's body, in order. */
export function splitPassages(body: string): Passage[] {
  const passages: Passage[] = [];
  const paragraphs = body
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  paragraphs.forEach((paragraph, p) => {
    for (const text of sentences(paragraph))
      passages.push({ index: passages.length, paragraph: p, text });
  });
  return passages;
}

/**
 * The chosen passages as runs of text: neighbouring passages join (a space within a paragraph,
 * a line break across paragraphs); every gap starts a new run. Unknown indices are ignored.
 */
export function excerptRuns(body: string, chosen: readonly number[]): string[] {
  const wanted = new Set(chosen);
  const runs: string[] = [];
  let previous: Passage | undefined;
  for (const passage of splitPassages(body)) {
    if (!wanted.has(passage.index)) continue;
    const last = runs.length - 1;
    if (previous && previous.index === passage.index - 1) {
      const joint = previous.paragraph === passage.paragraph ? ' ' : '\n';
      runs[last] = `${runs[last]}${joint}${passage.text}`;
    } else runs.push(passage.text);
    previous = passage;
  }
  return runs;
}
