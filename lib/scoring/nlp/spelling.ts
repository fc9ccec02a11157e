// One slip of the keyboard between two words (issue 12, drift21f): a letter left out, added, changed or
// two neighbours swapped ("corses"/"courses", "hieght"/"height", "skpiper"/"skipper") — the optimal
// string alignment distance of 1, the slip hurried writers make most. Only a written word of five
// letters or more is read as a slip (MIN_SLIPPED), and no two words are compared unless one has five:
// shorter words one slip apart are mostly other words ("cars"/"cats", "chap"/"chip"); a stem of four
// may lack a letter of a stem of five ("cors"/"cours").
export const MIN_SLIPPED = 5;

/** Whether two different words (or stems) are one slip apart, case ignored. */
export function oneSlipApart(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // (a letter changed or swapped needs five letters each; a letter left out, four in the shorter: "cors"/"cours")
  if (x === y || Math.abs(x.length - y.length) > 1 || Math.max(x.length, y.length) < MIN_SLIPPED) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const restEqual = (p: number, q: number) => x.slice(p) === y.slice(q);
  if (x.length === y.length) return restEqual(i + 1, i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && restEqual(i + 2, i + 2));
  return x.length > y.length ? restEqual(i + 1, i) : restEqual(i, i + 1);
}
