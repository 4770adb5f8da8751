// The re-assessment page follows its job by itself: while the job runs it fetches this same page
// every second and puts the new figures (#job) in place; the "Refresh" link does the same without
// scripts. No meta refresh (it would move keyboard and screen-reader users), no inline script (CSP).

const job = document.getElementById('job')

async function poll () {
  const answer = await fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
  if (!answer.ok) return
  const page = new DOMParser().parseFromString(await answer.text(), 'text/html')
  const fresh = page.getElementById('job')
  if (!fresh) return
  const current = document.getElementById('job')
  current.replaceChildren(...Array.from(fresh.childNodes).map(node => document.importNode(node, true)))
  current.dataset.status = fresh.dataset.status
  if (fresh.dataset.status === 'RUNNING') {
    window.setTimeout(poll, 1000)
  } else {
    document.getElementById('job-refresh')?.setAttribute('hidden', '')
  }
}

if (job && job.dataset.status === 'RUNNING') {
  window.setTimeout(poll, 1000)
}
