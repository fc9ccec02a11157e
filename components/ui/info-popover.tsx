// The "i" beside a tile, panel or score (issue 15, item 7): its definition, formula and the sample
// behind the number. A <details> element, so it opens without client JS and with the keyboard.
export function InfoPopover({ title, definition, formula, sample }: { title: string; definition: string; formula?: string; sample?: string }) {
  return (
    <details className="relative inline-block text-left normal-case tracking-normal" data-info>
      <summary
        className="flex h-4 w-4 cursor-pointer list-none items-center justify-center rounded-full border border-border text-[10px] font-semibold text-muted hover:border-accent hover:text-accent"
        aria-label={`About ${title}`}
      >
        i
      </summary>
      <div role="note" className="panel absolute left-0 z-30 mt-1 w-64 p-3 text-xs font-normal text-fg shadow-lg">
        <div className="font-medium">{title}</div>
        <p className="mt-1 text-muted">{definition}</p>
        {formula && <p className="mt-1"><span className="text-muted">Formula: </span><span className="font-mono">{formula}</span></p>}
        {sample && <p className="mt-1"><span className="text-muted">Sample: </span>{sample}</p>}
      </div>
    </details>
  );
}
