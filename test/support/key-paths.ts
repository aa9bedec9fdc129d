/**
 * Every key path of a JSON value, arrays folded into "[]" ("files[].sheets[].issues[].fix"), so a
 * documented example and a real output can be compared by the keys they hold.
 */
export function keyPaths(value: unknown, path = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${path}[]`, out);
  else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      out.add(`${path}.${key}`);
      keyPaths(inner, `${path}.${key}`, out);
    }
  }
  return out;
}
