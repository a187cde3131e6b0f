// Date formats made on first use. Creating an Intl.DateTimeFormat costs tens of milliseconds in
// a fresh browser on a slow phone; made when a module loads, that cost lands on the start path
// even of screens that never show a date (the first-run welcome).

/** Formats a moment with these options; the formatter is created the first time it is used. */
export function lazyDateFormat(options: Intl.DateTimeFormatOptions): (at: number | Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (at) => {
    format ??= new Intl.DateTimeFormat(undefined, options);
    return format.format(at);
  };
}
