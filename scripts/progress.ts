// A terminal progress bar on stderr: done/total, rate per second and ETA. Used by long scripts
// (seed:large, rescore). Without a TTY it prints one line per ~10 % instead of redrawing.

export interface ProgressBar {
  tick(n?: number): void;
  done(): void;
}

export function progressBar(label: string, total: number): ProgressBar {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let done = 0;
  let lastDecile = -1;
  const render = (final = false) => {
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = done / secs;
    const eta = rate > 0 ? (total - done) / rate : 0;
    const frac = total ? done / total : 1;
    const width = 28;
    const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "░");
    const line = `${label} ${bar} ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}  ${Math.round(rate).toLocaleString("en-US")}/s  ${final ? `${secs.toFixed(1)} s` : `ETA ${eta.toFixed(0)} s`}`;
    if (tty) process.stderr.write(`\r${line}${final ? "\n" : ""}`);
    else {
      const decile = Math.floor(frac * 10);
      if (final || decile !== lastDecile) {
        lastDecile = decile;
        process.stderr.write(`${line}\n`);
      }
    }
  };
  return {
    tick(n = 1) {
      done += n;
      render();
    },
    done() {
      done = total;
      render(true);
    },
  };
}
