// The L&D dashboard's charts, each drawn FROM the table next to it, so table and chart always agree.
// A <canvas data-chart-table="ID" data-chart-axis="y"> is drawn from the table with that id:
// - each row's first cell (<th scope="row">) is a bar's label; a cell with class "ladder-chart-sublabel"
//   (the council) is its second line;
// - each column whose header has data-series="NAME" is one stacked series, in that header's words.
// Chart.js comes from its webjar (a classic script before this module). No inline script (CSP).

// Colours for series, each at least 3:1 against the white page (WCAG 1.4.11); segments are parted by white.
const COLOURS = {
  high: '#d4351c', // red
  medium: '#1d70b8', // blue
  low: '#505a5f', // dark grey
  ready: '#00703c', // green
  developing: '#1d70b8', // blue
  'not-ready': '#d4351c', // red
  'top-level': '#505a5f' // dark grey
}
const FALLBACK = ['#1d70b8', '#d4351c', '#00703c', '#505a5f', '#4c2c92']
const TEXT = '#0b0c0c'

function number (cell) {
  const value = parseInt(cell.textContent.trim(), 10)
  return Number.isNaN(value) ? 0 : value
}

function fromTable (table) {
  const headers = Array.from(table.tHead.rows[0].cells)
  const series = headers
    .map((cell, index) => ({ cell, index }))
    .filter(({ cell }) => cell.dataset.series)
  const rows = Array.from(table.tBodies[0].rows)
  const labels = rows.map(row => {
    const name = row.cells[0].textContent.trim()
    const sub = row.querySelector('.ladder-chart-sublabel')
    return sub && sub.textContent.trim() ? [name, sub.textContent.trim()] : name
  })
  const datasets = series.map(({ cell, index }, i) => ({
    label: cell.textContent.trim(),
    data: rows.map(row => number(row.cells[index])),
    backgroundColor: COLOURS[cell.dataset.series] || FALLBACK[i % FALLBACK.length],
    borderColor: '#ffffff',
    borderWidth: 1
  }))
  return { labels, datasets, twoLines: labels.some(l => Array.isArray(l)) }
}

function draw (canvas) {
  const table = document.getElementById(canvas.dataset.chartTable)
  if (!table || !table.tBodies.length) {
    return
  }
  const { labels, datasets, twoLines } = fromTable(table)
  const horizontal = canvas.dataset.chartAxis === 'y'
  if (horizontal) {
    // Room for every bar and its (two-line) label; set through the CSSOM, which the CSP allows.
    const perBar = twoLines ? 44 : 32
    canvas.parentElement.style.height = Math.max(220, labels.length * perBar + 90) + 'px'
  }
  // eslint-disable-next-line no-undef
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { color: TEXT, precision: 0 }, grid: { color: '#b1b4b6' } },
        y: { stacked: true, beginAtZero: true, ticks: { color: TEXT, precision: 0, autoSkip: false }, grid: { color: '#b1b4b6' } }
      },
      plugins: {
        legend: { position: 'top', labels: { color: TEXT } },
        tooltip: { mode: 'index', intersect: false }
      }
    }
  })
}

function drawAll () {
  if (typeof window.Chart === 'undefined') {
    return
  }
  window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily
  window.Chart.defaults.color = TEXT
  document.querySelectorAll('canvas[data-chart-table]').forEach(draw)
}

drawAll()
