/**
 * Remembers a text function's answers: roster columns repeat the same few values (units, ethnic groups,
 * programmes) thousands of times. Forgets everything past `limit` entries so memory stays bounded.
 */
export function memoize<T>(fn: (text: string) => T, limit = 10000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    if (known.size >= limit) known.clear();
    const answer = fn(text);
    known.set(text, answer);
    return answer;
  };
}
