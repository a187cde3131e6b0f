// The prompt library, the prompt editor, prompt pack import (through the one import pipeline's
// preview) and export, in a real browser against the production build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { PromptEditorPage, PromptImportPage, PromptLibraryPage } from './pages/PromptPages';
import { axeViolations } from './support/axe';

test.use({ serviceWorkers: 'block' });

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/prompt-packs/${name}`, import.meta.url));
const goodPack = fixture('good-pack.json');
const builtInCount = 64;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
});

test('import a prompt pack through the preview and see its prompts in the library', async ({
  page,
}) => {
  const importer = new PromptImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(goodPack);

  await expect(importer.preview.getByRole('heading', { name: 'Gentle landings' })).toBeVisible();
  await expect(importer.preview).toContainText('By Harbour Lane Integration Practice');
  await expect(importer.preview).toContainText('6 prompts new.');
  await expect(importer.previewPrompts).toHaveCount(6);
  await expect(importer.preview).toContainText('今日、体のどこが一番やわらかく感じますか？');
  await expect(importer.previewPrompts.nth(1)).toContainText('Session day');
  await expect(importer.previewPrompts.nth(1)).toContainText('The same evening');
  await expect(importer.previewPrompts.nth(1)).toContainText('Memories and imagery');
  expect(await axeViolations(page)).toEqual([]);

  // Nothing is stored until the import is confirmed.
  const library = new PromptLibraryPage(page);
  await importer.importButton(6).click();
  await expect(library.heading).toHaveText('Prompt library');
  await expect(page.getByText('Imported 6 prompts from “Gentle landings”.')).toBeVisible();
  await expect(library.count).toHaveText(`${builtInCount + 6} prompts.`);

  await library.sourceFilter.selectOption({ label: 'From packs' });
  await expect(library.count).toHaveText(`6 of ${builtInCount + 6} prompts match.`);
  await expect(library.cards).toHaveCount(6);
  const wave = library.card('Tonight, is there a colour, sound or shape from today');
  await expect(wave).toContainText('🌊');
  await expect(wave).toContainText('From the pack “Gentle landings”');
  await expect(library.card('מה היית רוצה לומר לעצמך בעדינות היום?')).toContainText(
    'Self-compassion',
  );
  // Texts were trimmed on import.
  await expect(
    library.card('Two weeks on, is there one small thing you have been doing differently?'),
  ).toContainText('Two weeks after');

  // The same pack again adds nothing.
  await importer.open();
  await importer.file.setInputFiles(goodPack);
  await expect(importer.preview).toContainText(
    'No new prompts; 6 prompts already in your library.',
  );
  await expect(importer.preview.getByText('Already in your library', { exact: true })).toHaveCount(
    6,
  );
  await expect(page.getByRole('button', { name: /^Import \d+ prompts?$/ })).toHaveCount(0);
  await library.open();
  await expect(library.count).toHaveText(`${builtInCount + 6} prompts.`);
});

test('a malformed or wrong pack shows what is wrong and changes nothing', async ({ page }) => {
  const library = new PromptLibraryPage(page);
  const importer = new PromptImportPage(page);
  await importer.open();
  await importer.file.setInputFiles({
    name: 'malformed.json',
    mimeType: 'application/json',
    buffer: readFileSync(fixture('malformed-json.txt')),
  });
  await expect(importer.problem).toContainText(
    /The file is not valid JSON near line 11, column \d+, so it cannot be read\./,
  );
  await expect(importer.problem).toContainText(
    'Nothing from “malformed.json” was imported: your prompt library has not changed.',
  );
  await expect(importer.preview).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await importer.file.setInputFiles(fixture('wrong-schema.json'));
  await expect(importer.problem).toContainText(
    'Prompt 2: the theme "gratitude" is not one Waypoint knows.',
  );
  await expect(importer.problem.getByRole('listitem')).toHaveText(['Prompt 3 has no text.']);

  await importer.file.setInputFiles(fixture('too-long-text.json'));
  await expect(importer.problem).toContainText(
    'Prompt 2: the text is 1,175 characters long; the most is 1,000.',
  );

  await importer.file.setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.concat([readFileSync(goodPack), Buffer.alloc(1024 * 1024, 0x20)]),
  });
  await expect(importer.problem).toContainText(
    '“huge.json” is 1 MB; a Waypoint prompt pack can be at most 1 MB.',
  );
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  await library.open();
  await expect(library.count).toHaveText(`${builtInCount} prompts.`);
  await library.sourceFilter.selectOption({ label: 'From packs' });
  await expect(library.cards).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
});

test('markup in a pack is shown as text, never run', async ({ page }) => {
  const markup = '<img src=x onerror="alert(1)"> What <b>stays</b> with you?';
  const pack = {
    format: 'waypoint-prompt-pack',
    version: 1,
    name: '<script>alert(2)</script>',
    author: 'javascript:alert(3)',
    prompts: [{ text: markup, phase: 'integration', timing: 'day-1', theme: 'emotions' }],
  };
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
  const importer = new PromptImportPage(page);
  await importer.open();
  await importer.file.setInputFiles({
    name: 'markup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack)),
  });
  await expect(importer.preview).toContainText(markup);
  await expect(importer.preview).toContainText('By javascript:alert(3)');
  await importer.importButton(1).click();
  const library = new PromptLibraryPage(page);
  await expect(library.card(markup)).toContainText('From the pack “<script>alert(2)</script>”');
  await expect(page.locator('main img, main b, main script')).toHaveCount(0);
});

test('add, edit, retire and restore a prompt of your own', async ({ page }) => {
  const editor = new PromptEditorPage(page);
  const library = new PromptLibraryPage(page);
  await editor.openNew();
  await editor.save.click();
  await expect(editor.problem).toHaveText('Write the prompt first: it is empty.');

  await editor.text.fill('What did the walk home feel like?');
  await editor.phase.selectOption({ label: 'Session day' });
  // Choosing a phase suggests its usual timing.
  await expect(editor.timing).toHaveValue('same-evening');
  await editor.theme.selectOption({ label: 'Body' });
  await editor.submit();
  await expect(library.count).toHaveText(`${builtInCount + 1} prompts.`);
  const mine = library.card('What did the walk home feel like?');
  await expect(mine).toContainText('Session day');
  await expect(mine).toContainText('The same evening');
  await expect(mine).toContainText('Body');
  await expect(mine).toContainText('Written by you');
  // Built-in prompts cannot be edited or retired.
  await library.sourceFilter.selectOption({ label: 'Built in' });
  await expect(library.cards).toHaveCount(builtInCount);
  await expect(library.cards.getByRole('button', { name: 'Retire' })).toHaveCount(0);
  await library.sourceFilter.selectOption({ label: 'Any source' });

  await mine.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit prompt');
  await expect(editor.text).toHaveValue('What did the walk home feel like?');
  await editor.text.fill('What did the slow walk home feel like?');
  await editor.timing.selectOption({ label: 'A day after' });
  await editor.submit();
  const edited = library.card('What did the slow walk home feel like?');
  await expect(edited).toContainText('A day after');
  await expect(library.card('What did the walk home feel like?')).toHaveCount(0);

  // Filters by phase and theme find it.
  await library.phaseFilter.selectOption({ label: 'Session day' });
  await library.themeFilter.selectOption({ label: 'Body' });
  await expect(edited).toHaveCount(1);
  await library.themeFilter.selectOption({ label: 'Meaning' });
  await expect(edited).toHaveCount(0);
  await library.phaseFilter.selectOption({ label: 'All phases' });
  await library.themeFilter.selectOption({ label: 'All themes' });

  await edited.getByRole('button', { name: 'Retire' }).click();
  await expect(library.retiredSection.locator('li.prompt-card')).toHaveCount(1);
  await expect(library.retiredSection).toContainText('What did the slow walk home feel like?');
  await expect(library.activeCard('What did the slow walk home feel like?')).toHaveCount(0);
  await expect(library.count).toHaveText(`${builtInCount} prompts.`);
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(library.retiredSection).toContainText('What did the slow walk home feel like?');
  await library.retiredSection.getByRole('button', { name: 'Restore' }).click();
  await expect(library.retiredSection).toHaveCount(0);
  await expect(library.activeCard('What did the slow walk home feel like?')).toHaveCount(1);
});

test('a half-typed prompt survives a reload', async ({ page }) => {
  const editor = new PromptEditorPage(page);
  await editor.openNew();
  await editor.text.fill('Where in my body do I notice');
  await expect(page.getByText('Draft saved on this phone.')).toBeVisible();
  await page.reload();
  await expect(editor.restoredNotice).toBeVisible();
  await expect(editor.text).toHaveValue('Where in my body do I notice');
  expect(await axeViolations(page)).toEqual([]);
});

test('export your own prompts as a pack, and import it again', async ({ page }) => {
  const editor = new PromptEditorPage(page);
  const library = new PromptLibraryPage(page);
  await library.open();
  await expect(library.exportSection).toContainText('Prompts you write yourself can be saved');
  await expect(library.exportSection.getByRole('button')).toHaveCount(0);

  await editor.openNew();
  await editor.text.fill('Which song would you take into the week? 🎶');
  await editor.theme.selectOption({ label: 'Meaning' });
  await editor.submit();

  await library.exportSection.getByLabel('Author').fill('Sam R.');
  const downloading = page.waitForEvent('download');
  await library.exportSection.getByRole('button', { name: 'Export 1 prompt' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('waypoint-prompts-2026-11-10.json');
  const path = await download.path();
  const pack = JSON.parse(readFileSync(path, 'utf8'));
  expect(pack).toEqual({
    format: 'waypoint-prompt-pack',
    version: 1,
    name: 'My Waypoint prompts',
    author: 'Sam R.',
    prompts: [
      {
        text: 'Which song would you take into the week? 🎶',
        phase: 'integration',
        timing: 'day-1',
        theme: 'meaning',
      },
    ],
  });

  const importer = new PromptImportPage(page);
  await importer.open();
  await importer.file.setInputFiles(path);
  await expect(
    importer.preview.getByRole('heading', { name: 'My Waypoint prompts' }),
  ).toBeVisible();
  await importer.importButton(1).click();
  await library.sourceFilter.selectOption({ label: 'From packs' });
  await expect(library.card('Which song would you take into the week? 🎶')).toContainText(
    'From the pack “My Waypoint prompts”',
  );
});

test('the library is reachable from Settings and the Journal', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Prompt library and prompt packs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prompt library');
  await page.goto('/journal');
  await page.getByRole('link', { name: 'Prompt library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prompt library');
  expect(await axeViolations(page)).toEqual([]);
});
