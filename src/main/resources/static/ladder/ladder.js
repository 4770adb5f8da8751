// Starts GOV.UK Frontend's components on every page (menu toggle, error summary focus, buttons, …).
// A module file, not an inline script, so the Content-Security-Policy can forbid inline scripts.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
