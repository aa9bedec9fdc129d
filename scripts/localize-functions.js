/**
 * The Vietnamese custom-functions metadata (functions-vi.json): the metadata generated from
 * src/functions/functions.ts with each description replaced from a translation table
 * (src/functions/translations.vi.json). Ids and names stay as they are: formulas use them.
 * Plain CommonJS so that webpack.config.js can call it.
 */

/** Every gap and every leftover in the table, as "ID" / "ID.param" strings. */
function translationProblems(generated, table) {
  const missing = [];
  const unused = [];
  const ids = new Set(generated.functions.map((f) => f.id));
  for (const f of generated.functions) {
    const entry = table[f.id];
    if (!entry || !entry.description) missing.push(f.id);
    const params = (entry && entry.parameters) || {};
    const names = new Set((f.parameters || []).map((p) => p.name));
    for (const name of names) if (!params[name]) missing.push(`${f.id}.${name}`);
    for (const name of Object.keys(params)) if (!names.has(name)) unused.push(`${f.id}.${name}`);
  }
  for (const id of Object.keys(table)) if (!ids.has(id)) unused.push(id);
  return { missing, unused };
}

/**
 * @param {{ functions: Array<{ id: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} generated
 * @param {Record<string, { description: string, parameters: Record<string, string> }>} table
 * @returns a copy of `generated` in Vietnamese; throws naming every function or parameter the
 *   table does not translate, and every translation that matches nothing (a renamed parameter).
 */
function localizeMetadata(generated, table) {
  const { missing, unused } = translationProblems(generated, table);
  if (missing.length > 0 || unused.length > 0) {
    const lines = [];
    if (missing.length > 0) lines.push(`Missing Vietnamese translations: ${missing.join(", ")}`);
    if (unused.length > 0) lines.push(`Translations for unknown functions or parameters: ${unused.join(", ")}`);
    throw new Error(lines.join("\n"));
  }
  return {
    ...generated,
    functions: generated.functions.map((f) => ({
      ...f,
      description: table[f.id].description,
      parameters: (f.parameters || []).map((p) => ({ ...p, description: table[f.id].parameters[p.name] })),
    })),
  };
}

module.exports = { localizeMetadata };
