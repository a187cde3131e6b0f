// Page model of the start-up: the shell index.html paints before any script, what replaced it,
// and what the page showed along the way (headings, layout shifts, chunks fetched).
import type { Page, Request } from '@playwright/test';

/** What an init script records from the first byte of the document onwards. */
interface BootRecord {
  /** Every h1 text the page showed, in order (a flash of a wrong screen would be listed). */
  headings: string[];
  /** Sum of layout-shift values not caused by input. */
  layoutShift: number;
  /** The part of it that moved the header, the navigation or the main element. */
  shellShift: number;
  /** The elements that shifted, described for a failure message. */
  shifted: string[];
  /** Whether the header Preact shows is the very node the HTML painted. */
  sameHeader: boolean;
  /** When the app first rendered its navigation (ms since navigation start), if it did. */
  appRenderedAt: number | null;
  /** When the app replaced a first visit's welcome with its own (a new header node), if it did. */
  takenOverAt: number | null;
  /** When each heading was first shown (ms since navigation start), by its text. */
  shownAt: Record<string, number>;
  /** When the app's chunk (the database code, the shell) was requested, if it was. */
  appRequestedAt: number | null;
}

/** The start of the app as a user sees it. */
export class BootPage {
  readonly requests: string[] = [];

  constructor(readonly page: Page) {
    page.on('request', (request: Request) => this.requests.push(new URL(request.url()).pathname));
  }

  /** Records headings, layout shifts and the shell's header node from the start of each load. */
  async record(): Promise<void> {
    await this.page.addInitScript(() => {
      const record = {
        headings: [] as string[],
        layoutShift: 0,
        shellShift: 0,
        shifted: [] as string[],
        shellHeader: null as Node | null,
        appRenderedAt: null as number | null,
        shownAt: {} as Record<string, number>,
        header: null as Node | null,
        takenOverAt: null as number | null,
      };
      (window as unknown as { bootRecord: typeof record }).bootRecord = record;
      new MutationObserver(() => {
        record.shellHeader ??= document.querySelector('header.boot-shell');
        const header = document.querySelector('header');
        if (header && record.header && header !== record.header) {
          record.takenOverAt ??= performance.now();
        }
        record.header = header ?? record.header;
        if (record.appRenderedAt === null && document.querySelector('nav')) {
          record.appRenderedAt = performance.now();
        }
        const h1 = document.querySelector('h1')?.textContent ?? null;
        if (h1 !== null && record.headings.at(-1) !== h1) record.headings.push(h1);
        if (h1 !== null) record.shownAt[h1] ??= performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (entry.hadRecentInput) continue;
          record.layoutShift += entry.value;
          const nodes = (entry as unknown as { sources: { node?: Node }[] }).sources.map(
            (source) => source.node as Element | undefined,
          );
          // The shell's own part: the header, the navigation, or the main element itself.
          const shell = nodes.some(
            (node) => node?.closest?.('header, nav') || node?.nodeName === 'MAIN',
          );
          if (shell) record.shellShift += entry.value;
          for (const node of nodes) {
            record.shifted.push(
              `${node?.nodeName ?? '?'}.${node?.className ?? ''} ${node?.textContent?.slice(0, 40) ?? ''}`,
            );
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }

  /** What the init script recorded so far. */
  async recorded(): Promise<BootRecord> {
    return this.page.evaluate(() => {
      const record = (
        window as unknown as {
          bootRecord: {
            headings: string[];
            layoutShift: number;
            shellShift: number;
            shifted: string[];
            shellHeader: Node | null;
            appRenderedAt: number | null;
            shownAt: Record<string, number>;
            takenOverAt: number | null;
          };
        }
      ).bootRecord;
      const app = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.includes('/assets/app-'));
      return {
        headings: record.headings,
        layoutShift: record.layoutShift,
        shellShift: record.shellShift,
        shifted: record.shifted,
        sameHeader:
          record.shellHeader !== null &&
          record.shellHeader === document.querySelector('header.app-header'),
        appRenderedAt: record.appRenderedAt,
        takenOverAt: record.takenOverAt,
        shownAt: record.shownAt,
        appRequestedAt: app?.startTime ?? null,
      };
    });
  }

  /** The header's markup with the shell's markers left out, to compare shell and app. */
  async headerMarkup(): Promise<string> {
    return this.page.evaluate(() => {
      const header = document.querySelector('header.app-header');
      if (!header) return '';
      const copy = header.cloneNode(true) as HTMLElement;
      copy.classList.remove('boot-shell');
      copy.removeAttribute('data-boot-shell');
      return copy.outerHTML;
    });
  }

  /** Whether a script whose file name starts with `name` was requested. */
  fetched(name: string): boolean {
    return this.requests.some((path) => path.startsWith(`/assets/${name}-`));
  }
}
