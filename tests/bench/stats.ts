export interface Figure {
  name: string;
  unit: 'ms' | 'kB';
  median: number;
  min: number;
  max: number;
  runs: number;
  budget?: number;
}

export function summarise(
  name: string,
  samples: number[],
  unit: Figure['unit'],
  budget?: number,
): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return {
    name,
    unit,
    median,
    min: sorted[0] ?? 0,
    max: sorted.at(-1) ?? 0,
    runs: samples.length,
    ...(budget === undefined ? {} : { budget }),
  };
}

export function printFigures(figures: Figure[]) {
  const rows = figures.map((f) => {
    const value = (n: number) => (f.unit === 'kB' ? n.toFixed(1) : n.toFixed(1));
    const verdict =
      f.budget === undefined ? '' : f.median <= f.budget ? 'within budget' : 'OVER budget';
    const spread = f.runs > 1 ? ` (min ${value(f.min)}, max ${value(f.max)}, ${f.runs} runs)` : '';
    const budget = f.budget === undefined ? '' : ` · budget ${f.budget} ${f.unit} · ${verdict}`;
    return `${f.name}: ${value(f.median)} ${f.unit}${spread}${budget}`;
  });
  console.log(`\n${rows.join('\n')}\n`);
}
