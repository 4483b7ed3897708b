/** The race's text tables, built in the browser when the lanes change (Race.astro renders the same ones statically). */

const cell = (tag: 'td' | 'th', text: string, scope?: 'row' | 'col'): HTMLTableCellElement =>
  Object.assign(document.createElement(tag), { textContent: text }, scope ? { scope } : {});

/** Fills a table's head (one column per lane) and body (a labelled row per fact). */
export function fillTable(
  table: HTMLTableElement,
  heads: readonly string[],
  rows: ReadonlyArray<{ label: string; values: readonly string[] }>,
): void {
  const head = document.createElement('tr');
  head.append(cell('td', ''), ...heads.map((h) => cell('th', h, 'col')));
  table.tHead!.replaceChildren(head);
  table.tBodies[0]!.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.append(cell('th', row.label, 'row'), ...row.values.map((v) => cell('td', v)));
      return tr;
    }),
  );
}

/** One lane's stages, numbered as its bar's segments are, with when each starts and how long it takes. */
export function stageTable(
  rows: ReadonlyArray<{ index: number; label: string; starts: string; takes: string }>,
  name: string,
): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'il-stage-table';
  table.createCaption().textContent = name;
  const head = table.createTHead().insertRow();
  head.append(...['No.', 'Stage', 'Starts at', 'Takes'].map((h) => cell('th', h, 'col')));
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    tr.append(cell('td', String(r.index)), cell('th', r.label, 'row'), cell('td', r.starts), cell('td', r.takes));
  }
  return table;
}
