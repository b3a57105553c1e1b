// Deep merge of two catalog trees: a laptop screen's strings (later.*.ts) added to the start catalog.
export type CatalogTree = { [key: string]: string | CatalogTree };

/** A new tree with every leaf of `a` and of `b` (b wins on a leaf both have); neither is changed. */
export function mergeCatalogs<A extends object, B extends object>(a: A, b: B): A & B {
  const out: CatalogTree = { ...(a as CatalogTree) };
  for (const [key, value] of Object.entries(b as CatalogTree)) {
    const mine = out[key];
    out[key] = typeof value === 'object' && typeof mine === 'object' ? mergeCatalogs(mine, value) : value;
  }
  return out as A & B;
}
