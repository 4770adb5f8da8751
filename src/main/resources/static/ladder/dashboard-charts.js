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
  return { labels, datasets }
}

// A label's words in lines of at most `width` characters (a long word stays whole).
function wrap (text, width) {
  const lines = []
  let line = ''
  for (const word of String(text).split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? line + ' ' + word : word
    }
  }
  if (line) {
    lines.push(line)
  }
  return lines
}

function narrow () {
  return window.innerWidth < 640
}

function lines (label) {
  const width = narrow() ? 16 : 34
  return (Array.isArray(label) ? label : [label]).flatMap(part => wrap(part, width))
}

// Room for every bar and its label's lines; set through the CSSOM, which the CSP allows.
function size (canvas, labels) {
  const most = Math.max(1, ...labels.map(label => lines(label).length))
  const perBar = Math.max(32, most * 16 + 14)
  canvas.parentElement.style.height = Math.max(200, labels.length * perBar + 90) + 'px'
}

function draw (canvas) {
  const table = document.getElementById(canvas.dataset.chartTable)
  if (!table || !table.tBodies.length) {
    return
  }
  const { labels, datasets } = fromTable(table)
  const horizontal = canvas.dataset.chartAxis === 'y'
  const labelAxis = horizontal ? 'y' : 'x'
  if (horizontal) {
    size(canvas, labels)
    window.addEventListener('resize', () => size(canvas, labels))
  }
  const scale = () => ({ stacked: true, beginAtZero: true, ticks: { color: TEXT, precision: 0 }, grid: { color: '#b1b4b6' } })
  const scales = { x: scale(), y: scale() }
  scales[labelAxis].ticks = {
    color: TEXT,
    autoSkip: false,
    callback (value) {
      return lines(this.getLabelForValue(value))
    }
  }
  scales[labelAxis].grid = { display: false }
  // eslint-disable-next-line no-undef
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: labelAxis,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales,
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
  window.Chart.defaults.font.size = 14
  document.querySelectorAll('canvas[data-chart-table]').forEach(draw)
}

drawAll()
