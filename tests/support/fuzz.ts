/** A small seeded generator (mulberry32): the same seed gives the same cases on every run. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of the items. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** How long each fuzz loop may run; FUZZ_SECONDS raises it for a deeper run by hand. */
export function fuzzBudgetMs(defaultSeconds: number): number {
  const seconds = Number(process.env.FUZZ_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : defaultSeconds) * 1000;
}

/**
 * Runs numbered cases until `maxCases` are done or the time budget is spent, and answers how
 * many ran. Case i always gets the same generator, so a failure names a seed that replays it.
 */
export async function fuzz(
  options: { seed: number; maxCases: number; budgetMs: number },
  body: (random: Random, seed: number) => void | Promise<void>,
): Promise<{ cases: number; ms: number }> {
  const started = performance.now();
  let cases = 0;
  while (cases < options.maxCases && performance.now() - started < options.budgetMs) {
    const seed = (options.seed + cases * 0x9e3779b1) >>> 0;
    try {
      await body(new Random(seed), seed);
    } catch (error) {
      throw new Error(`fuzz case ${cases} (seed ${seed}) failed: ${error instanceof Error ? error.message : error}`, {
        cause: error,
      });
    }
    cases++;
  }
  return { cases, ms: Math.round(performance.now() - started) };
}

/** Notes a fuzz loop's case count and time in the test output. */
export function reportFuzz(name: string, result: { cases: number; ms: number }): void {
  process.stdout.write(`fuzz: ${name}: ${result.cases} cases in ${(result.ms / 1000).toFixed(1)} s\n`);
}
