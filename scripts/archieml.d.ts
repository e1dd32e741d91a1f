declare module 'archieml' {
  /** Parses an ArchieML document into plain objects, arrays and strings. */
  export function load(text: string, options?: { comments?: boolean }): Record<string, unknown>;
  const archieml: { load: typeof load };
  export default archieml;
}
