/**
 * A big world for the benchmarks: the default scenario's items plus `count` copies of its idle ones
 * (no replication group, no running job), each renamed `<name>-<index>`. Self-contained (no
 * imports, no outer names) so the browser benchmark can run it in the page as it is.
 * @param {{ items: { name: string; replicationGroup?: unknown; currentJob?: unknown }[] }} world
 * @param {number} count
 */
export function withItemCopies(world, count) {
  const templates = world.items.filter((item) => !item.replicationGroup && !item.currentJob);
  const copies = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    copies.push({ ...structuredClone(t), name: `${t.name}-${String(i).padStart(5, '0')}` });
  }
  return { ...world, items: [...world.items, ...copies] };
}
