// Imports page: a file larger than the server accepts (ladder.max-request-size) is refused here, before
// it is sent, with the same GOV.UK error message the server would show. The server checks it too.
for (const form of document.querySelectorAll('form.ladder-import__form')) {
  form.addEventListener('submit', (event) => {
    const input = form.querySelector('input[type=file]')
    const max = Number(form.dataset.maxBytes)
    const file = input && input.files && input.files[0]
    if (!file || !max || file.size <= max) {
      return
    }
    event.preventDefault()
    const group = input.closest('.govuk-form-group')
    const text = 'The selected file is larger than ' + form.dataset.maxSize + ', the most Ladder accepts ' +
      '(ladder.max-request-size); nothing was stored. Split it into smaller files'
    let message = group.querySelector('.govuk-error-message')
    if (!message) {
      message = document.createElement('p')
      message.className = 'govuk-error-message'
      message.id = input.id + '-error'
      input.before(message)
      input.setAttribute('aria-describedby', input.id + '-hint ' + message.id)
    }
    message.replaceChildren()
    const hidden = document.createElement('span')
    hidden.className = 'govuk-visually-hidden'
    hidden.textContent = 'Error:'
    message.append(hidden, ' ' + text)
    group.classList.add('govuk-form-group--error')
    input.classList.add('govuk-file-upload--error')
    if (!document.title.startsWith('Error: ')) {
      document.title = 'Error: ' + document.title
    }
    input.focus()
  })
}
