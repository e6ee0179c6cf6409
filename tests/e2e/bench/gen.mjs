// Generates contract-format datasets for the timeline benchmark and tests: `n` events
// spread over 2003–2024 with varied kinds and precisions (days, months, years, some
// ranges), no articles or mentions (the contract allows both to be empty).
// Usage as a script: node bench/gen.mjs 10000 > events-10000.json
import { fileURLToPath } from 'node:url';

const KINDS = ['attack', 'casualties', 'territorial', 'war', 'political', 'statement', 'statistic', 'other'];
const pad = (n) => String(n).padStart(2, '0');

/** A deterministic pseudo-random generator (mulberry32), so runs compare. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The contract document with `n` generated events. */
export function dataset(n, seed = 42) {
  const r = rng(seed + n);
  const start = Date.UTC(2003, 0, 1);
  const end = Date.UTC(2024, 11, 31);
  const events = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(start + r() * (end - start));
    const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
    const p = r();
    let date;
    if (p < 0.7) date = `${y}-${pad(m)}-${pad(day)}`;
    else if (p < 0.87) date = `${y}-${pad(m)}`;
    else if (p < 0.99) date = `${y}`;
    else {
      const m2 = Math.min(12, m + 1 + Math.floor(r() * 5));
      date = `${y}-${pad(m)}/${y}-${pad(m2)}`;
    }
    events.push({
      id: `bench-${i}`,
      date,
      title: `Generated event ${i} in ${date}`,
      mentions: [],
      kind: KINDS[Math.floor(r() * KINDS.length)],
    });
  }
  return { articles: [], timexes: [], casualties: [], events };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(dataset(Number(process.argv[2] || 1000))));
}
