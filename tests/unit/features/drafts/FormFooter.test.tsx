// The shared end of draft-backed forms (src/features/drafts/FormFooter.tsx) and the restored-draft
// notice (src/features/drafts/RestoredDraftNotice.tsx).
import { fireEvent, render, screen } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { FormFooter } from '../../../../src/features/drafts/FormFooter';
import { RestoredDraftNotice } from '../../../../src/features/drafts/RestoredDraftNotice';

it('shows the problem, the draft state, Save, then the other actions in order', () => {
  render(
    <form>
      <FormFooter
        problem="Write something first."
        problemId="answer-problem"
        draft={{ saveState: 'saved', problem: undefined }}
        saving={false}
        submitLabel="Save answer"
      >
        <button type="button" class="button">
          Later
        </button>
      </FormFooter>
    </form>,
  );
  expect(screen.getByRole('alert').textContent).toBe('Write something first.');
  expect(screen.getByRole('alert').id).toBe('answer-problem');
  expect(screen.getByRole('status').textContent).toBe('Draft saved on this phone.');
  const buttons = screen.getAllByRole('button');
  expect(buttons.map((b) => b.textContent)).toEqual(['Save answer', 'Later']);
  expect(buttons[0]?.getAttribute('type')).toBe('submit');
  expect((buttons[0] as HTMLButtonElement).disabled).toBe(false);
});

it('has no alert without a problem, and Save is disabled while saving', () => {
  render(
    <form>
      <FormFooter
        draft={{ saveState: 'error', problem: 'Storage is full.' }}
        saving
        submitLabel="Saving…"
      />
    </form>,
  );
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('status').textContent).toBe(
    'Your draft could not be saved: Storage is full.',
  );
  expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(
    true,
  );
});

it('says when a kept draft came back, and Discard draft throws it away', () => {
  const discard = vi.fn(async () => undefined);
  const at = new Date(2026, 2, 1, 10).getTime();
  const view = render(<RestoredDraftNotice draft={{ restoredFrom: at, discard }} what="prompt" />);
  expect(screen.getByRole('status').querySelector('p')?.textContent).toBe(
    `Your unsaved prompt from ${new Date(at).toLocaleString()} was kept and is back below.`,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
  expect(discard).toHaveBeenCalledOnce();

  view.rerender(<RestoredDraftNotice draft={{ restoredFrom: undefined, discard }} what="prompt" />);
  expect(screen.queryByRole('status')).toBeNull();
});
