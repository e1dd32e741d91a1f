/**
 * The "show the data" tables are most of the page's elements, and few readers open them. They are
 * published inside `<noscript>`: a reader without scripts gets them as HTML, and a browser running
 * scripts keeps them as unparsed text, which costs no parsing, style or layout until a reader opens
 * the details. Then the text becomes the table, once.
 */

const HOLDER = 'noscript[data-slot^="table:"]';

/** Turns the tables held in `details` into markup, after their holders. */
function expand(details: Element): void {
  for (const holder of details.querySelectorAll<HTMLElement>(HOLDER)) {
    if (holder.dataset.expanded) continue;
    holder.dataset.expanded = 'true';
    const box = holder.ownerDocument.createElement('div');
    box.className = 'step-table';
    // Our own prerendered markup (a table of the dataset's figures), not anything a reader sent.
    box.innerHTML = holder.textContent ?? '';
    holder.after(box);
  }
}

/** Expands each table when its details open (and those already open); returns the stop function. */
export function expandTablesWhenOpened(doc: Document): () => void {
  const listener = (event: Event) => {
    const target = event.target;
    if (target instanceof Element && target.matches('details[open]')) expand(target);
  };
  // `toggle` does not bubble: listened for on the way down.
  doc.addEventListener('toggle', listener, true);
  for (const details of doc.querySelectorAll('details[open]')) expand(details);
  return () => doc.removeEventListener('toggle', listener, true);
}
