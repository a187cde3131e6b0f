import type { JSX } from 'preact';
import type { PromptPackPreview } from '../../import/promptPack';
import { PromptCard } from './PromptCard';

/** What importing a pack would do: who made it, how many prompts are new, and every prompt. */
export function PackPreview({ preview }: { preview: PromptPackPreview }): JSX.Element {
  const { name, author, description, prompts, newCount, presentCount, repeatedCount } = preview;
  return (
    <section class="card pack-preview" aria-labelledby="pack-preview-title">
      <h2 id="pack-preview-title" dir="auto">
        {name}
      </h2>
      <p dir="auto">By {author}</p>
      {description ? (
        <p class="user-text muted" dir="auto">
          {description}
        </p>
      ) : null}
      <p class="pack-preview__summary">{summary(newCount, presentCount, repeatedCount)}</p>
      <ul class="prompt-list" aria-label="Prompts in this pack">
        {prompts.map((prompt) => (
          <PromptCard key={prompt.id} prompt={prompt}>
            {prompt.present ? <p class="muted">Already in your library</p> : null}
          </PromptCard>
        ))}
      </ul>
    </section>
  );
}

function prompts(n: number): string {
  return n === 1 ? '1 prompt' : `${n.toLocaleString('en-US')} prompts`;
}

/** "3 new prompts; 2 are already in your library." */
function summary(newCount: number, presentCount: number, repeatedCount: number): string {
  const parts = [
    newCount === 0 ? 'No new prompts' : `${prompts(newCount)} new`,
    presentCount > 0 ? `${prompts(presentCount)} already in your library` : '',
    repeatedCount > 0 ? `${prompts(repeatedCount)} listed twice (kept once)` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}
