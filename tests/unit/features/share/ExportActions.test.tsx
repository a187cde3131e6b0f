import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSummary } from '../../../../src/domain/summary/buildSummary';
import { defaultOptions } from '../../../../src/domain/summary/options';
import { summaryDocument } from '../../../../src/export/summaryDocument';
import { ExportActions } from '../../../../src/features/share/ExportActions';
import { monthData, november, novemberNow } from '../../domain/summary/summaryFixture';

const preload = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('../../../../src/features/share/exportFiles', async (original) => ({
  ...(await original<typeof import('../../../../src/features/share/exportFiles')>()),
  loadPdfRenderer: preload,
}));

const summary = buildSummary(monthData, defaultOptions(november), novemberNow);

function renderActions() {
  return render(
    <ExportActions
      summary={summary}
      doc={summaryDocument(summary)}
      now={() => novemberNow}
      onExported={async () => {}}
      onPrintView={() => {}}
    />,
  );
}

/** Lets timers and idle callbacks due within `ms` run. */
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => preload.mockClear());
afterEach(cleanup);

describe('ExportActions: loading the PDF renderer ahead', () => {
  it('does not load it for a screen only passed through', async () => {
    const view = renderActions();
    await wait(200);
    view.unmount();
    await wait(1600);
    expect(preload).not.toHaveBeenCalled();
  });

  it('loads it as soon as the person changes a choice of what to share', async () => {
    renderActions();
    document.body.dispatchEvent(new Event('change', { bubbles: true }));
    await wait(100);
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('loads it once the screen has stayed open a moment', async () => {
    renderActions();
    await wait(1200);
    expect(preload).not.toHaveBeenCalled();
    await wait(600);
    expect(preload).toHaveBeenCalledTimes(1);
  });
});
