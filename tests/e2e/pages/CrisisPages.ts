// Page models of the crisis screens: Get help now (/crisis) and the editor (/settings/crisis).
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** What the add/edit form takes. */
export interface CrisisFormInput {
  name?: string;
  kind?: 'My clinic' | 'My therapist' | 'My support person' | 'A helpline' | 'Other';
  phone?: string;
  call?: boolean;
  text?: boolean;
  note?: string;
}

/** The crisis resources editor. */
export class CrisisEditorPage {
  readonly shell: AppShell;
  readonly list: Locator;
  readonly items: Locator;
  readonly form: Locator;
  readonly name: Locator;
  readonly kind: Locator;
  readonly phone: Locator;
  readonly call: Locator;
  readonly text: Locator;
  readonly note: Locator;
  readonly addButton: Locator;
  readonly saveButton: Locator;
  readonly restoreButton: Locator;
  readonly formAlert: Locator;
  readonly undoButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.list = page.getByRole('region', { name: 'Your list' }).getByRole('list');
    this.items = this.list.getByRole('listitem');
    this.form = page.getByRole('region', { name: /^(Add a person or service|Edit .+)$/ });
    this.name = this.form.getByLabel('Name', { exact: true });
    this.kind = this.form.getByLabel('Who they are');
    this.phone = this.form.getByLabel('Phone number');
    this.call = this.form.getByRole('checkbox', { name: 'Call' });
    this.text = this.form.getByRole('checkbox', { name: 'Text' });
    this.note = this.form.getByLabel('Note (optional)');
    this.addButton = this.form.getByRole('button', { name: 'Add to my list' });
    this.saveButton = this.form.getByRole('button', { name: 'Save changes' });
    this.restoreButton = page.getByRole('button', { name: 'Restore the default list' });
    this.formAlert = this.form.getByRole('alert');
    this.undoButton = page.getByRole('button', { name: 'Undo' });
  }

  /** Opens the editor and waits for the list to load. */
  async open(): Promise<void> {
    await this.shell.open('/settings/crisis', 'Crisis resources');
    await expect(this.items.first()).toBeVisible();
  }

  /** The names in the list, in order. */
  names(): Promise<string[]> {
    return this.items.getByRole('heading', { level: 3 }).allTextContents();
  }

  /** One resource in the list, by its exact name. */
  item(name: string): Locator {
    return this.items.filter({
      has: this.page.getByRole('heading', { level: 3, name, exact: true }),
    });
  }

  /** Presses one of a resource's buttons ("Move up", "Edit", "Remove"...). */
  async press(name: string, action: 'Move up' | 'Move down' | 'Edit' | 'Remove'): Promise<void> {
    await this.item(name)
      .getByRole('button', { name: `${action} ${name}`, exact: true })
      .click();
  }

  /** Fills the add/edit form. */
  async fill(input: CrisisFormInput): Promise<void> {
    if (input.name !== undefined) await this.name.fill(input.name);
    if (input.kind !== undefined) await this.kind.selectOption({ label: input.kind });
    if (input.phone !== undefined) await this.phone.fill(input.phone);
    if (input.call !== undefined) await this.call.setChecked(input.call);
    if (input.text !== undefined) await this.text.setChecked(input.text);
    if (input.note !== undefined) await this.note.fill(input.note);
  }
}

/** Get help now. */
export class CrisisScreenPage {
  readonly shell: AppShell;
  readonly resources: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.resources = page.getByRole('region', { name: 'People you can reach now' });
  }

  async open(): Promise<void> {
    await this.shell.open('/crisis', 'Get help now');
  }

  /** The resource names shown, in order. */
  names(): Promise<string[]> {
    return this.resources.getByRole('heading', { level: 3 }).allTextContents();
  }
}
