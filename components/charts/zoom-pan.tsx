"use client";
// Zoom (wheel, buttons), pan (drag) and fit for an SVG drawn on the server (the agent graph, issue 15
// item 8). Only the viewBox changes, so the drawing stays server-rendered; a drag longer than a few
// pixels swallows the click that ends it, so panning never follows a link by accident.
//
// It takes a drawing for a wide screen and, optionally, one for a phone (below Tailwind's `sm`,
// 640 px), and shows one: the server renders the wide one, and a phone switches after hydration.
// The drawing area follows the drawing's own proportions up to min(60vh, 520 px) tall, so a wide,
// flat graph leaves no empty bands above and below it.
import { useRef, useState, useSyncExternalStore } from "react";

type Box = { x: number; y: number; w: number; h: number };
/** A laid-out SVG drawing: its extent in user units and its elements. */
export interface Drawing { width: number; height: number; drawing: React.ReactNode }
const MIN_SCALE = 0.2;
const MAX_SCALE = 6;
const NARROW = "(max-width: 639.98px)";

const subscribe = (onChange: () => void) => {
  const mq = window.matchMedia(NARROW);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
};
const isNarrow = () => window.matchMedia(NARROW).matches;

export function ZoomPan({ label, wide, narrow }: { label: string; wide: Drawing; narrow?: Drawing }) {
  const phone = useSyncExternalStore(subscribe, isNarrow, () => false);
  const layout = phone && narrow ? "narrow" : "wide";
  // a new drawing starts fitted: its own zoom state, not the other's
  return <Pane key={layout} label={label} {...(layout === "narrow" ? narrow! : wide)} layout={layout} />;
}

function Pane({ width, height, label, drawing, layout }: Drawing & { label: string; layout: "wide" | "narrow" }) {
  const fit: Box = { x: 0, y: 0, w: width, h: height };
  const [box, setBox] = useState<Box>(fit);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ px: number; py: number; box: Box; moved: boolean } | null>(null);
  const scale = width / box.w;

  const zoomAt = (factor: number, cx = box.x + box.w / 2, cy = box.y + box.h / 2) => {
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale * factor));
    const w = width / next;
    const h = height / next;
    setBox({ x: cx - ((cx - box.x) * w) / box.w, y: cy - ((cy - box.y) * h) / box.h, w, h });
  };
  const toSvg = (clientX: number, clientY: number) => {
    const r = svg.current!.getBoundingClientRect();
    return { x: box.x + ((clientX - r.left) / r.width) * box.w, y: box.y + ((clientY - r.top) / r.height) * box.h };
  };

  return (
    <div>
      {/* above the drawing, not over it: on a phone the drawing fills the width and a corner holds an agent */}
      <div className="mb-1 flex justify-end gap-1" role="group" aria-label="Zoom">
        <button type="button" className="btn px-2 py-0.5" aria-label="Zoom in" onClick={() => zoomAt(1.4)}>+</button>
        <button type="button" className="btn px-2 py-0.5" aria-label="Zoom out" onClick={() => zoomAt(1 / 1.4)}>−</button>
        <button type="button" className="btn px-2 py-0.5" aria-label="Fit" onClick={() => setBox(fit)}>Fit</button>
      </div>
      <svg
        ref={svg}
        viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
        preserveAspectRatio="xMidYMid meet"
        className="block max-h-[min(60vh,520px)] min-h-40 w-full touch-none cursor-grab"
        style={{ aspectRatio: `${width} / ${height}` }}
        role="group"
        aria-label={label}
        data-scale={scale.toFixed(2)}
        data-layout={layout}
        onWheel={(e) => {
          if (!e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) {
            const p = toSvg(e.clientX, e.clientY);
            zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);
          }
        }}
        onPointerDown={(e) => {
          drag.current = { px: e.clientX, py: e.clientY, box, moved: false };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d) return;
          const r = svg.current!.getBoundingClientRect();
          const dx = ((e.clientX - d.px) / r.width) * d.box.w;
          const dy = ((e.clientY - d.py) / r.height) * d.box.h;
          if (Math.abs(e.clientX - d.px) + Math.abs(e.clientY - d.py) > 4) d.moved = true;
          if (d.moved) setBox({ ...d.box, x: d.box.x - dx, y: d.box.y - dy });
        }}
        onPointerUp={() => {
          const moved = drag.current?.moved;
          drag.current = null;
          if (moved) {
            const swallow = (ev: Event) => { ev.preventDefault(); ev.stopPropagation(); };
            svg.current?.addEventListener("click", swallow, { capture: true, once: true });
            setTimeout(() => svg.current?.removeEventListener("click", swallow, { capture: true }), 0);
          }
        }}
        onPointerLeave={() => (drag.current = null)}
      >
        {drawing}
      </svg>
    </div>
  );
}
