import { defaultCrisisResources } from '../../src/domain/crisis';
import { expect, test } from './fixtures';
import { CrisisEditorPage, CrisisScreenPage } from './pages/CrisisPages';
import { axeViolations } from './support/axe';

const defaultNames = defaultCrisisResources.map((r) => r.name);

test('add my therapist, move them first, and reach them from Get help now', async ({ page }) => {
  // Reachable from Settings.
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Edit crisis resources' }).click();
  const editor = new CrisisEditorPage(page);
  await expect(editor.shell.heading).toHaveText('Crisis resources');
  await expect.poll(() => editor.names()).toEqual(defaultNames);

  await editor.fill({
    name: 'Dr. Lee',
    kind: 'My therapist',
    phone: '(555) 010-0100',
    call: true,
    text: true,
    note: 'Weekdays 9 to 5.',
  });
  await editor.addButton.click();
  await expect(page.getByText('Dr. Lee added.')).toBeVisible();
  await expect.poll(() => editor.names()).toEqual([...defaultNames, 'Dr. Lee']);
  // The form is blank again for the next person.
  await expect(editor.name).toHaveValue('');

  for (let place = defaultNames.length; place > 0; place--) {
    await editor.press('Dr. Lee', 'Move up');
    await expect(editor.items.nth(place - 1).getByRole('heading', { level: 3 })).toHaveText(
      'Dr. Lee',
    );
  }
  await expect(
    editor.item('Dr. Lee').getByRole('button', { name: 'Move up Dr. Lee' }),
  ).toBeDisabled();
  await editor.press('Dr. Lee', 'Move down');
  await expect
    .poll(() => editor.names())
    .toEqual([defaultNames[0], 'Dr. Lee', ...defaultNames.slice(1)]);
  await editor.press('Dr. Lee', 'Move up');
  await expect.poll(() => editor.names()).toEqual(['Dr. Lee', ...defaultNames]);

  const crisis = new CrisisScreenPage(page);
  await crisis.open();
  await expect.poll(() => crisis.names()).toEqual(['Dr. Lee', ...defaultNames]);
  const lee = crisis.resources.getByRole('heading', { level: 3 }).first();
  await expect(lee).toHaveText('Dr. Lee');
  await expect(crisis.resources.getByText('My therapist. Weekdays 9 to 5.')).toBeVisible();
  const call = crisis.resources.getByRole('link', { name: 'Call (555) 010-0100' });
  await expect(call).toHaveAttribute('href', 'tel:5550100100');
  await expect(call).toHaveAttribute('href', /^tel:\d+$/);
  await expect(crisis.resources.getByRole('link', { name: 'Text (555) 010-0100' })).toHaveAttribute(
    'href',
    'sms:5550100100',
  );
  // Every link on the screen is a tel: or sms: link or a link inside the app.
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^(tel:\+?\d+|sms:\+?\d+(\?body=.*)?|\/.*)$/);

  // The edit link at the bottom of Get help now leads back to the editor.
  await page.getByRole('link', { name: 'Edit this list' }).click();
  await expect(editor.shell.heading).toHaveText('Crisis resources');

  // Editing keeps the order and changes the number.
  await editor.press('Dr. Lee', 'Edit');
  await expect(editor.name).toBeFocused();
  await expect(editor.phone).toHaveValue('(555) 010-0100');
  await editor.fill({ phone: '555 010 0199', text: false });
  await editor.saveButton.click();
  await expect(page.getByText('Dr. Lee saved.')).toBeVisible();
  await page.reload();
  await expect.poll(() => editor.names()).toEqual(['Dr. Lee', ...defaultNames]);
  await crisis.open();
  await expect(crisis.resources.getByRole('link', { name: 'Call 555 010 0199' })).toHaveAttribute(
    'href',
    'tel:5550100199',
  );
  await expect(crisis.resources.getByRole('link', { name: /^Text 555/ })).toHaveCount(0);
});

test('remove a default with Undo, then remove it for good', async ({ page }) => {
  const editor = new CrisisEditorPage(page);
  await editor.open();
  await expect.poll(() => editor.names()).toEqual(defaultNames);

  await editor.press('Samaritans', 'Remove');
  await expect(editor.item('Samaritans')).toHaveCount(0);
  await expect(page.getByText('Samaritans removed.')).toBeVisible();
  await editor.undoButton.click();
  // Back in the same place, and saved there.
  await expect.poll(() => editor.names()).toEqual(defaultNames);
  await page.reload();
  await expect.poll(() => editor.names()).toEqual(defaultNames);

  await editor.press('Samaritans', 'Remove');
  await expect(editor.item('Samaritans')).toHaveCount(0);
  await page.reload();
  const without = defaultNames.filter((n) => n !== 'Samaritans');
  await expect.poll(() => editor.names()).toEqual(without);
  const crisis = new CrisisScreenPage(page);
  await crisis.open();
  await expect.poll(() => crisis.names()).toEqual(without);
  await expect(crisis.resources.getByRole('link', { name: 'Call 116 123' })).toHaveCount(0);
});

test('restore the default list', async ({ page }) => {
  const editor = new CrisisEditorPage(page);
  await editor.open();
  await editor.fill({ name: 'My sister Ana', kind: 'My support person', phone: '555 0100' });
  await editor.addButton.click();
  await expect(editor.item('My sister Ana')).toHaveCount(1);
  await editor.press('Crisis Text Line', 'Remove');
  await expect(editor.item('Crisis Text Line')).toHaveCount(0);

  await editor.restoreButton.click();
  await expect.poll(() => editor.names()).toEqual(defaultNames);
  await expect(page.getByText('The default list is back.')).toBeVisible();
  await page.reload();
  await expect.poll(() => editor.names()).toEqual(defaultNames);
  const crisis = new CrisisScreenPage(page);
  await crisis.open();
  await expect.poll(() => crisis.names()).toEqual(defaultNames);
  await expect(crisis.resources.getByRole('link', { name: 'Text 741741' })).toHaveAttribute(
    'href',
    'sms:741741?body=HOME',
  );
});

test('a number with letters is refused in plain words and nothing is saved', async ({ page }) => {
  const editor = new CrisisEditorPage(page);
  await editor.open();
  await editor.fill({ name: 'Dr. Lee', phone: 'abc' });
  await editor.addButton.click();
  await expect(editor.formAlert).toContainText(
    'A phone number can only have digits, spaces, +, - and brackets ( ).',
  );
  await expect(editor.phone).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.phone).toHaveAccessibleDescription(
    'A phone number can only have digits, spaces, +, - and brackets ( ).',
  );
  await expect.poll(() => editor.names()).toEqual(defaultNames);

  await editor.fill({ name: '', phone: '12' });
  await editor.addButton.click();
  await expect(editor.formAlert).toContainText('Write a name');
  await expect(editor.formAlert).toContainText('A phone number needs at least 3 digits.');
  await expect.poll(() => editor.names()).toEqual(defaultNames);

  // Nothing reached storage: after a reload the list and Get help now are still the defaults.
  await editor.fill({ name: 'Dr. Lee', phone: 'abc' });
  await page.reload();
  await expect.poll(() => editor.names()).toEqual(defaultNames);
  const crisis = new CrisisScreenPage(page);
  await crisis.open();
  await expect.poll(() => crisis.names()).toEqual(defaultNames);
  await expect(crisis.resources.getByRole('heading', { name: 'Dr. Lee' })).toHaveCount(0);
});

test('typing in the form survives a reload', async ({ page }) => {
  const editor = new CrisisEditorPage(page);
  await editor.open();
  await editor.fill({ name: 'Riverside Clinic', kind: 'My clinic', phone: '+1 555 010 0123' });
  await expect(page.getByText('Draft saved on this phone.')).toBeVisible();
  await page.reload();
  await expect(editor.form.getByText('was kept and is back below')).toBeVisible();
  await expect(editor.name).toHaveValue('Riverside Clinic');
  await expect(editor.phone).toHaveValue('+1 555 010 0123');
  await expect(editor.kind).toHaveValue('clinic');
  await editor.addButton.click();
  await expect.poll(() => editor.names()).toEqual([...defaultNames, 'Riverside Clinic']);
  // Saving removed the draft: the form starts blank after a reload.
  await page.reload();
  await expect.poll(() => editor.names()).toEqual([...defaultNames, 'Riverside Clinic']);
  await expect(editor.name).toHaveValue('');
  await expect(editor.form.getByText('was kept and is back below')).toHaveCount(0);
});

test.describe('with the service worker', () => {
  // Offline use needs the worker's precache (the suite blocks it by default).
  test.use({ serviceWorkers: 'allow' });

  test('the edited list shows on Get help now offline', async ({ page, context }) => {
    const editor = new CrisisEditorPage(page);
    await editor.open();
    await editor.fill({ name: 'Dr. Lee', kind: 'My therapist', phone: '555-010-0100' });
    await editor.addButton.click();
    await expect(editor.item('Dr. Lee')).toHaveCount(1);
    for (let place = defaultNames.length; place > 0; place--) {
      await editor.press('Dr. Lee', 'Move up');
      await expect(editor.items.nth(place - 1).getByRole('heading', { level: 3 })).toHaveText(
        'Dr. Lee',
      );
    }
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    const crisis = new CrisisScreenPage(page);
    await crisis.open();
    await page.reload();
    await expect(crisis.shell.heading).toHaveText('Get help now');
    await expect.poll(() => crisis.names()).toEqual(['Dr. Lee', ...defaultNames]);
    await expect(crisis.resources.getByRole('link', { name: 'Call 555-010-0100' })).toHaveAttribute(
      'href',
      'tel:5550100100',
    );
    // The editor opens offline too.
    await editor.open();
    await expect.poll(() => editor.names()).toEqual(['Dr. Lee', ...defaultNames]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the editor has no axe violations (${colorScheme}), with an error showing`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const editor = new CrisisEditorPage(page);
    await editor.open();
    expect(await axeViolations(page)).toEqual([]);
    await editor.fill({ name: 'Dr. Lee', phone: 'abc', call: false });
    await editor.addButton.click();
    await expect(editor.formAlert).toBeVisible();
    await editor.press('Samaritans', 'Edit');
    await expect(editor.saveButton).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
