/** Every path in `value` holding undefined, an empty or blank string, an empty array or an empty object. */
export function emptyPaths(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => emptyPaths(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([k, v]) => emptyPaths(v, `${path}.${k}`));
  }
  return [];
}
