/**
 * `template` with each `{name}` replaced by `values[name]`, taken literally: a function replacer, so a
 * `$&` or `$'` in a value stays text. Placeholders without a value are left as they are.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
