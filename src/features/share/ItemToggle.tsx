import type { ComponentChildren, JSX } from 'preact';

/** One checkbox line: a section or an item the client keeps in or leaves out. */
export function Toggle({
  checked,
  onChange,
  children,
  item = false,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  item?: boolean;
}): JSX.Element {
  return (
    <label class={item ? 'option share-item' : 'option share-toggle'}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="user-text">{children}</span>
    </label>
  );
}
