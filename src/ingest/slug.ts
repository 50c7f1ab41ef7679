// Readable ids for proposed entities and extracted relations.

/** A lowercase slug of letters, digits and single dashes: "Fumio Kishida" -> "fumio-kishida". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

/** `base`, or `base-2`, `base-3`, ... : the first that `taken` does not hold; the result is added to `taken`. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
