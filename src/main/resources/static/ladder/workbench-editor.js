// The workbench's text editor: turns the draft file's <textarea id="file-text"> into CodeMirror 5
// (loaded before this module from its webjar, as classic scripts) with line numbers, and marks the
// latest check's problems at their lines (from the error summary's items, data-line and data-message).
// Without scripts the plain text area works the same: the form posts the same field.
// No inline script or style (CSP): CodeMirror sets its styles through the DOM, which the policy allows.

const textarea = document.getElementById('file-text')
const CodeMirror = window.CodeMirror

// CodeMirror measures its lines when it starts, so its stylesheet must be in place first
function stylesheet (href, then) {
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = href
  link.addEventListener('load', then, { once: true })
  document.head.append(link)
}

if (textarea && CodeMirror) {
  stylesheet('/webjars/codemirror/lib/codemirror.css', start)
}

function start () {
  const editor = CodeMirror.fromTextArea(textarea, {
    mode: textarea.dataset.mode || 'text/plain',
    lineNumbers: true,
    lineWrapping: true,
    viewportMargin: Infinity,
    indentUnit: 4,
    screenReaderLabel: document.querySelector('label[for=file-text]').textContent.trim(),
    gutters: ['ladder-editor-markers', 'CodeMirror-linenumbers']
  })
  editor.getWrapperElement().classList.add('ladder-editor__codemirror')
  editor.getWrapperElement().setAttribute('aria-describedby', 'file-text-hint')

  const problems = Array.from(document.querySelectorAll('.ladder-editor__problem[data-line]'))
  for (const problem of problems) {
    const line = parseInt(problem.dataset.line, 10) - 1
    if (Number.isNaN(line) || line < 0 || line >= editor.lineCount()) continue
    editor.addLineClass(line, 'background', 'ladder-editor__error-line')
    const marker = document.createElement('span')
    marker.className = 'ladder-editor__marker'
    marker.textContent = '!'
    marker.title = problem.dataset.message
    editor.setGutterMarker(line, 'ladder-editor-markers', marker)
  }

  // The error summary's links go to the problem's line in the editor
  for (const link of document.querySelectorAll('.ladder-editor__problem a[data-line]')) {
    link.addEventListener('click', event => {
      event.preventDefault()
      const line = Math.max(0, parseInt(link.dataset.line, 10) - 1)
      editor.focus()
      editor.setCursor({ line, ch: 0 })
      editor.scrollIntoView({ line, ch: 0 }, 100)
    })
  }

  // #line-7 in the address: start there
  const at = /^#line-(\d+)$/.exec(window.location.hash)
  if (at) {
    const line = parseInt(at[1], 10) - 1
    editor.setCursor({ line, ch: 0 })
    editor.scrollIntoView({ line, ch: 0 }, 100)
  }

  // CodeMirror keeps the text area up to date when the form is submitted (its own submit handler)
}
