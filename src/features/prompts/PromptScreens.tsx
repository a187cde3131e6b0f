// The prompt screens share one route and one lazily loaded chunk: the route table is part of the
// first load, and one entry there costs half the bytes of three (see the first-load budget).
// Paths (src/app/routes.ts): /prompts, /prompts/new, /prompts/import, /prompts/:id/edit.
import type { JSX } from 'preact';
import { usePath } from '../../app/router';
import type { ScreenProps } from '../../app/routes';
import { PromptEditorScreen } from './PromptEditorScreen';
import { PromptImportScreen } from './PromptImportScreen';
import { PromptLibraryScreen } from './PromptLibraryScreen';

/** Shows the library (/prompts), the pack import (/prompts/import) or the editor. */
export function PromptScreens({ params }: ScreenProps): JSX.Element {
  const path = usePath();
  if (path === '/prompts') return <PromptLibraryScreen />;
  if (path === '/prompts/import') return <PromptImportScreen />;
  return <PromptEditorScreen params={params} />;
}
