// How large a prompt pack may be (README "Prompt packs"). Kept apart from the format's schema
// so the prompt editor can share the text limit without loading the validation library.

/** The limits of a prompt pack: tighter than the general import limits in limits.ts. */
export const promptPackLimits = {
  /** The largest pack file: 1 MB. */
  maxBytes: 1024 * 1024,
  maxPrompts: 500,
  maxTextChars: 1000,
  maxNameChars: 120,
  maxAuthorChars: 120,
  maxDescriptionChars: 1000,
} as const;
