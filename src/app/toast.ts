// Short confirmations with an optional action ("Entry deleted. Undo"). One at a time: a new
// toast replaces the previous one. Undo windows last long enough to read and reach the button.
import { observable } from '../domain/observable';

/** A toast's optional action. */
export interface ToastAction {
  readonly label: string;
  readonly run: () => void | Promise<void>;
}

/** What a toast shows. */
export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly action?: ToastAction;
}

/** How long a toast stays, in milliseconds (undo toasts stay longer). */
export const toastDuration = { plain: 4000, withAction: 8000 } as const;

/** The toast on screen, if any. */
export const currentToast = observable<Toast | undefined>(undefined);

let counter = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Shows a toast, replacing any other. */
export function showToast(message: string, action?: ToastAction): void {
  if (timer) clearTimeout(timer);
  const toast: Toast = action ? { id: ++counter, message, action } : { id: ++counter, message };
  currentToast.set(toast);
  timer = setTimeout(
    () => {
      if (currentToast.get()?.id === toast.id) currentToast.set(undefined);
    },
    action ? toastDuration.withAction : toastDuration.plain,
  );
}

/** Hides the toast now. */
export function dismissToast(): void {
  if (timer) clearTimeout(timer);
  currentToast.set(undefined);
}
