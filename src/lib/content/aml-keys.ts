/**
 * Keys set twice in an ArchieML file. ArchieML keeps the last of two lines that set one key and
 * says nothing, so a key pasted twice in a block (review fc17 N6: a teacher note's `answer:` line)
 * goes unseen, and an edit to the first copy is silently lost. This reads the file as ArchieML
 * does (its key, scope, skip and ignore lines, with its patterns) and names every key set twice in
 * one block. Keys inside arrays are not checked: there a repeated key starts the next item.
 */

/** What ArchieML does not allow in a key or a scope name: white space, brackets, braces, colon. */
const NOT_IN_KEY =
  '\\u0000\\u0009\\u000A\\u000B\\u000C\\u000D\\u0020\\u00A0\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF\\u005B\\u005C\\u005D\\u007B\\u007D\\u003A';
const KEY = new RegExp(`^\\s*([^${NOT_IN_KEY}]+)[ \\t\\r]*:`);
const SCOPE = new RegExp(`^\\s*(\\[|\\{)[ \\t\\r]*([+.]*)[ \\t\\r]*([^${NOT_IN_KEY}]*)[ \\t\\r]*(?:\\]|\\})`);
const COMMAND = /^\s*:[ \t\r]*(endskip|ignore|skip|end)/i;

/** A key set more than once in one block: the block (its scope, dotted), the key and the lines, 1-based. */
export interface DuplicateKey {
  block: string;
  key: string;
  lines: number[];
}

export function duplicateKeys(text: string): DuplicateKey[] {
  /** The open scopes, innermost last: each its path and whether it is an array (or freeform). */
  let stack: { path: string[]; list: boolean }[] = [];
  let skipping = false;
  const seen = new Map<string, DuplicateKey>();
  const lines = text.split(/\r\n|\n|\r/);
  for (const [i, line] of lines.entries()) {
    const command = COMMAND.exec(line)?.[1]?.toLowerCase();
    if (command === 'ignore') break;
    if (command === 'skip') skipping = true;
    if (command === 'endskip') skipping = false;
    if (skipping || command) continue;
    const scope = SCOPE.exec(line);
    if (scope) {
      const [, bracket, flags = '', name = ''] = scope;
      const list = bracket === '[' || flags.includes('+');
      if (name === '') stack.pop();
      else if (flags.includes('.')) {
        const outer = stack[stack.length - 1];
        stack.push({ path: [...(outer?.path ?? []), ...name.split('.')], list: list || !!outer?.list });
      } else stack = [{ path: name.split('.'), list }];
      continue;
    }
    const key = KEY.exec(line)?.[1];
    const current = stack[stack.length - 1];
    if (key === undefined || current?.list) continue;
    const block = current?.path.join('.') ?? '';
    const id = `${block}\u0000${key}`;
    const entry = seen.get(id) ?? { block, key, lines: [] };
    entry.lines.push(i + 1);
    seen.set(id, entry);
  }
  return [...seen.values()].filter((d) => d.lines.length > 1).sort((a, b) => a.lines[0]! - b.lines[0]!);
}

/** The duplicates of `text` as problem lines naming `file`, block and key (empty when there are none). */
export function duplicateKeyProblems(text: string, file: string): string[] {
  return duplicateKeys(text).map(
    (d) =>
      `${file} › {${d.block || '(top level)'}} › "${d.key}" is set ${d.lines.length} times (lines ${d.lines.join(', ')}); ArchieML keeps only the last`,
  );
}
