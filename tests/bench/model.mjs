// Generated models for the benchmark and the profiler, and the keystroke both measure.
// `n` flows spread over four sub-functions (ids 100–103) and four company functions.
export function flows(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const id = 1000 + i * 2;
    out.push({
      id, name: `Flow ${i}: ${i % 2 ? 'Nurture campaign for mid-market accounts' : 'Win/loss interviews with churned customers'}`,
      direction: i % 2 ? 'output' : 'input', scope: i % 3 ? 'primary_external' : 'secondary_internal',
      owner: 100 + (i % 4), counterpart: i % 3 ? null : { kind: 'function', id: 200 + (i % 4) },
      priority: 'medium', status: 'running',
      kpis: [{ id: id + 1, metric: 'Pipeline influenced', target: '250000', unit: 'EUR', period: 'quarterly', measurability: 'proxy', proxy: 'Opportunities touched' }],
      feeds: [], note: 'Generated for the benchmark.',
    });
  }
  return out;
}

// A model with `n` flows (or `current`), and named versions each holding its own flows.
export function generate(n, versions = [], id = 'bench-model', current = flows(n)) {
  const subs = ['Product marketing', 'Demand generation', 'Marketing operations', 'Brand'].map((name, i) => ({ id: 100 + i, name, kind: 'core', owner: null, fte: 2 }));
  const functions = ['Sales', 'Business development', 'Product', 'Customer success'].map((name, i) => ({ id: 200 + i, name }));
  const mapping = (fl) => ({ sub_functions: subs, functions, flows: fl });
  return JSON.stringify({ format: 'marketing-os-model', schema: 1, app: 'bench', saved_at: new Date().toISOString(),
    model: {
      id, company: 'Bench Co', mapping: mapping(current),
      versions: versions.map((v, i) => ({ id: 900000 + i, name: v.name, at: 1790000000000 + i * 604800000, snapshot: { company: 'Bench Co', mapping: mapping(v.flows) } })),
      next_id: 1000000,
    } }, null, 2);
}

/** Types one character into the open flow's name and resolves with the ms until the next paint. */
export function typeOneKey(page) {
  return page.evaluate(async () => {
    const input = document.querySelector('li.flow-item details[open] input[type=text]');
    const t0 = performance.now();
    input.value += 'x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
}
