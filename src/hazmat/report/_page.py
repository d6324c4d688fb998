"""The page skeleton of the report card: inline CSS and the small script for the drill-down tables.

Everything is inline: the file opens with no network. The script decompresses the embedded samples (gzip,
base64) with the browser's DecompressionStream when a reader opens a drill-down past its content warning,
and pages and filters them; the charts are inline SVG and need no script at all.
"""

CSS = """
:root{--fg:#1d232a;--muted:#5b6570;--line:#d8dde3;--bg:#fff;--soft:#f5f7f9;--bad:#b2182b;--good:#1a9850}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);
background:var(--bg);margin:0}header{padding:20px 28px;border-bottom:1px solid var(--line);background:var(--soft)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);
padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}main{padding:0 28px 40px;max-width:1180px}
nav a{margin-right:14px;color:#2166ac;text-decoration:none}.muted{color:var(--muted)}
table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}th,td{border-bottom:1px solid var(--line);
padding:4px 8px;text-align:left;vertical-align:top}th{background:var(--soft);font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.chart{width:100%;max-width:900px;height:auto;display:block;margin:6px 0 14px}
details{margin:8px 0;border:1px solid var(--line);border-radius:6px;padding:6px 10px}
summary{cursor:pointer;font-weight:600}.warn{color:var(--bad)}
.samples td{max-width:380px;white-space:pre-wrap;word-break:break-word}
.pager{margin:6px 0}.pager button{margin-right:6px}.pill{display:inline-block;padding:0 6px;border-radius:8px;
background:var(--soft);border:1px solid var(--line);font-size:12px;margin:1px}
.pill.unsafe,.pill.wrong{border-color:var(--bad);color:var(--bad)}.pill.safe,.pill.correct{border-color:var(--good);
color:var(--good)}code{font-size:12px}.grid{display:grid;grid-template-columns:1fr;gap:4px}
"""

SCRIPT = r"""
(function(){
  'use strict';
  async function decode(b64){
    const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text());
  }
  function cell(tr, text, cls){
    const td = document.createElement('td'); td.textContent = text == null ? '' : String(text);
    if (cls) td.className = cls; tr.appendChild(td); return td;
  }
  function render(box, rows, page, size, query){
    const q = query.trim().toLowerCase();
    const hits = q ? rows.filter(r => JSON.stringify(r).toLowerCase().includes(q)) : rows;
    const pages = Math.max(1, Math.ceil(hits.length / size)); page = Math.min(page, pages - 1);
    const tbody = box.querySelector('tbody'); tbody.textContent = '';
    for (const r of hits.slice(page * size, page * size + size)) {
      const tr = document.createElement('tr'); tr.className = 'sample-row';
      cell(tr, r[0]); cell(tr, r[1]); cell(tr, r[2]); cell(tr, r[3]); cell(tr, r[4]); cell(tr, r[5]); cell(tr, r[6]);
      const td = cell(tr, '');
      for (const v of r[7]) { const s = document.createElement('span'); s.className = 'pill ' + v[1].split(',')[0];
        s.textContent = v[0] + ': ' + v[1]; if (v[2]) s.title = v[2]; td.appendChild(s); }
      tbody.appendChild(tr);
    }
    box.querySelector('.count').textContent = hits.length + ' samples, page ' + (page + 1) + ' of ' + pages;
    return page;
  }
  for (const box of document.querySelectorAll('details.drill')) {
    let rows = null, page = 0;
    const size = 50, input = box.querySelector('input');
    const redraw = () => { page = render(box, rows, page, size, input.value); };
    box.addEventListener('toggle', async () => {
      if (!box.open || rows) return;
      rows = await decode(document.getElementById(box.dataset.source).textContent.trim());
      redraw();
    });
    input.addEventListener('input', () => { page = 0; if (rows) redraw(); });
    box.querySelector('.prev').addEventListener('click', () => { page = Math.max(0, page - 1); if (rows) redraw(); });
    box.querySelector('.next').addEventListener('click', () => { page += 1; if (rows) redraw(); });
  }
  document.documentElement.dataset.ready = '1';
})();
"""
