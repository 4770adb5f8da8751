// The history chart of "My development" and a person's page, drawn FROM the history table on the page
// (#history-table), so the chart and the table always agree: one line per rated competency (left axis,
// the rating scale) and the readiness verdict as a stepped line (right axis, best at the top).
// Chart.js is the UMD build loaded before this module (window.Chart).

const table = document.getElementById('history-table')
const canvas = document.getElementById('history-chart')

// Colours with good contrast on white, and dash patterns so lines differ without colour too
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#6f72af', '#b58840', '#912b88', '#28a197', '#f47738', '#505a5f']
const DASHES = [[], [12, 5], [5, 5], [18, 5, 5, 5], [8, 8], [24, 6], [3, 5], [12, 4, 3, 4], [6, 10]]

// Smaller type where the chart is narrow (a phone), so the legend's long competency names fit
const font = context => ({ size: context.chart.width < 500 ? 11 : 14 })

function draw () {
  if (!table || !canvas || typeof window.Chart === 'undefined') {
    return
  }
  const headers = Array.from(table.tHead.rows[0].cells)
  const rows = Array.from(table.tBodies[0].rows)
  if (rows.length === 0) {
    return
  }
  const periods = rows.map(row => row.cells[0].textContent.trim())
  const readinessLabels = (table.dataset.readinessLabels || '').split('|').filter(s => s.length > 0)
  const datasets = []
  headers.forEach((header, column) => {
    if (header.dataset.series === 'rating') {
      const i = datasets.length
      datasets.push({
        label: header.textContent.trim(),
        data: rows.map(row => {
          const value = row.cells[column].dataset.value
          return value === undefined || value === '' ? null : Number(value)
        }),
        yAxisID: 'rating',
        borderColor: COLOURS[i % COLOURS.length],
        backgroundColor: COLOURS[i % COLOURS.length],
        borderDash: DASHES[i % DASHES.length],
        borderWidth: 3,
        pointRadius: 4,
        spanGaps: true,
        tension: 0
      })
    } else if (header.dataset.series === 'readiness') {
      datasets.push({
        label: header.textContent.trim(),
        data: rows.map(row => row.cells[column].textContent.trim()),
        yAxisID: 'readiness',
        stepped: true,
        borderColor: '#0b0c0c',
        backgroundColor: '#0b0c0c',
        borderWidth: 3,
        pointStyle: 'rectRot',
        pointRadius: 5
      })
    }
  })
  window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily
  window.Chart.defaults.color = '#0b0c0c'
  // eslint-disable-next-line no-new
  new window.Chart(canvas, {
    type: 'line',
    data: { labels: periods, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { ticks: { font } },
        rating: {
          type: 'linear',
          position: 'left',
          min: Number(table.dataset.scaleMin || 1),
          max: Number(table.dataset.scaleMax || 4),
          ticks: { stepSize: 1, font },
          title: { display: true, text: 'Rating', font }
        },
        readiness: {
          type: 'category',
          position: 'right',
          labels: readinessLabels,
          grid: { drawOnChartArea: false },
          ticks: { font },
          title: { display: true, text: 'Readiness', font }
        }
      },
      plugins: { legend: { position: 'bottom', labels: { font, boxWidth: 30 } } }
    }
  })
  canvas.dataset.drawn = 'true'
}

draw()
