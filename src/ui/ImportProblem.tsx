import type { JSX } from 'preact';

/**
 * Why a file could not be imported: the first problem, a few more, and the reassurance that
 * nothing changed (`unchanged` names what stayed as it was: "your journal").
 */
export function ImportProblem({
  fileName,
  problem,
  more,
  unchanged,
}: {
  fileName: string;
  problem: string;
  more: readonly string[];
  unchanged: string;
}): JSX.Element {
  return (
    <div class="card card--notice" role="alert">
      <p class="problem">{problem}</p>
      <ProblemList lines={more} />
      <p>
        Nothing from “{fileName}” was imported: {unchanged} has not changed.
      </p>
    </div>
  );
}

/** Further problems, one per line (nothing when there are none). */
export function ProblemList({ lines }: { lines: readonly string[] }): JSX.Element | null {
  if (lines.length === 0) return null;
  return (
    <ul class="problem-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
