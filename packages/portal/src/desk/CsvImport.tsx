/**
 * The desk's CSV imports share one arc (procedures, the PAC's projects, the budget): the file is checked in
 * slices, each call moving the progress bar, every refused line collected; only a file with none is applied,
 * in one call the server runs in one transaction. Each screen keeps its own words and its own result.
 */

/** What a checking call answers: the file's size, how far the check went, where the next slice starts. */
export interface SliceAnswer<I> {
  total: number;
  checked: number;
  nextOffset: number | null;
  issues: I[];
}
export interface Progress {
  done: number;
  total: number;
}

/** Checks every slice in turn (`check(offset)`), reporting progress after each; the issues of all slices. */
export async function checkInSlices<I>(
  check: (offset: number) => Promise<SliceAnswer<I>>,
  onProgress: (p: Progress) => void,
): Promise<I[]> {
  const found: I[] = [];
  let offset: number | null = 0;
  onProgress({ done: 0, total: 0 });
  while (offset !== null) {
    const r: SliceAnswer<I> = await check(offset);
    found.push(...r.issues);
    onProgress({ done: r.checked, total: r.total });
    offset = r.nextOffset;
  }
  return found;
}

/** A native progress bar named by `label`, its value read out and written beside it (`text`, a live status). */
export function ImportProgress({
  progress,
  label,
  text,
  className,
}: {
  progress: Progress;
  label: string;
  text: string;
  className: string;
}) {
  return (
    <div className={className}>
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={label} aria-valuetext={text} />
      <span role="status">{text}</span>
    </div>
  );
}
