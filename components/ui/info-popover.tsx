// The "i" beside a tile, panel or score (issue 15, item 7): its definition, formula and the sample
// behind the number. A <details> element, so it opens without client JS and with the keyboard.
export function InfoPopover({ title, definition, formula, sample, align = "left" }: { title: string; definition: string; formula?: string; sample?: string; align?: "left" | "right" }) {
  return (
    <details className="group relative inline-block text-left normal-case tracking-normal" data-info>
      <summary
        className="flex h-4 w-4 cursor-pointer list-none items-center justify-center rounded-full border border-border text-[10px] font-semibold text-muted hover:border-accent hover:text-accent"
        aria-label={`About ${title}`}
      >
        i
      </summary>
      {/* display:none while closed: Chromium still lays out a closed <details>' content, which would widen a phone's page */}
      <div role="note" className={`panel absolute ${align === "right" ? "right-0" : "left-0"} z-30 mt-1 hidden w-64 max-w-[80vw] p-3 text-xs font-normal text-fg shadow-lg group-open:block`}>
        <div className="font-medium">{title}</div>
        <p className="mt-1 text-muted">{definition}</p>
        {formula && <p className="mt-1"><span className="text-muted">Formula: </span><span className="font-mono">{formula}</span></p>}
        {sample && <p className="mt-1"><span className="text-muted">Sample: </span>{sample}</p>}
      </div>
    </details>
  );
}
