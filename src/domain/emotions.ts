// The words a check-in offers for naming a feeling: our own short list of 32, grouped the way
// mood meters group them, by how pleasant a feeling is and how much energy it carries.

/** The four groups of the vocabulary. */
export type EmotionGroup =
  | 'pleasant-higher'
  | 'pleasant-lower'
  | 'unpleasant-higher'
  | 'unpleasant-lower';

/** One group with its words, in the order the screen shows them. */
export interface EmotionGroupWords {
  readonly group: EmotionGroup;
  readonly label: string;
  readonly words: readonly string[];
}

/** The vocabulary, grouped. Words are stored on a check-in exactly as written here. */
export const emotionGroups: readonly EmotionGroupWords[] = [
  {
    group: 'pleasant-higher',
    label: 'Pleasant, more energy',
    words: ['joyful', 'hopeful', 'excited', 'grateful', 'inspired', 'playful', 'proud', 'curious'],
  },
  {
    group: 'pleasant-lower',
    label: 'Pleasant, less energy',
    words: ['calm', 'content', 'relieved', 'peaceful', 'tender', 'connected', 'safe', 'open'],
  },
  {
    group: 'unpleasant-higher',
    label: 'Unpleasant, more energy',
    words: [
      'anxious',
      'angry',
      'restless',
      'overwhelmed',
      'irritable',
      'afraid',
      'tense',
      'ashamed',
    ],
  },
  {
    group: 'unpleasant-lower',
    label: 'Unpleasant, less energy',
    words: ['sad', 'tired', 'lonely', 'numb', 'disconnected', 'foggy', 'flat', 'hopeless'],
  },
];

/** Every word of the vocabulary. */
export const emotionWords: readonly string[] = emotionGroups.flatMap((g) => g.words);

const groupOf = new Map<string, EmotionGroup>(
  emotionGroups.flatMap((g) => g.words.map((word) => [word, g.group] as const)),
);

/** The group of a word, or undefined for a word not in the vocabulary (from an import). */
export function emotionGroup(word: string): EmotionGroup | undefined {
  return groupOf.get(word);
}

/** Adds the word when missing, removes it when present; keeps the vocabulary's order. */
export function toggleEmotion(chosen: readonly string[], word: string): string[] {
  const set = new Set(chosen);
  if (set.has(word)) set.delete(word);
  else set.add(word);
  const known = emotionWords.filter((w) => set.has(w));
  const other = chosen.filter((w) => set.has(w) && !groupOf.has(w));
  return [...known, ...other];
}
