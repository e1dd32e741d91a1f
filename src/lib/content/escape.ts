/** Text made safe inside HTML markup and double-quoted attributes built as strings (prerender, embed code). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
