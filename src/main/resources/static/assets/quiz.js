// Saves each answer as soon as it is given, without a page load. Without this script the form
// still works: answers are saved when the child moves to another question.
(function () {
  var form = document.querySelector('form.question');
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = form.querySelector('.saved');
  var timer = null;
  // Answers are ordered on the server's clock (the page's seq), counted on by this page: a phone's wrong clock does not matter.
  var base = parseInt(form.elements.seq.value, 10) || 0;
  var loaded = Date.now();
  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, function () { return (Math.random() * 16 | 0).toString(16); });
  }
  function save() {
    form.elements.clientId.value = newId();
    form.elements.seq.value = String(base + Math.max(1, Date.now() - loaded));
    fetch(form.getAttribute('data-save'), { method: 'POST', body: new FormData(form), headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { status.textContent = r.ok ? status.getAttribute('data-saved') : status.getAttribute('data-offline'); })
      .catch(function () { status.textContent = status.getAttribute('data-offline'); });
  }
  form.addEventListener('change', save);
  form.addEventListener('input', function (e) {
    if (e.target.tagName === 'INPUT' && (e.target.type === 'text' || e.target.inputMode)) {
      clearTimeout(timer);
      timer = setTimeout(save, 800);
    }
  });
  var clock = document.querySelector('.timer');
  if (clock) {
    var left = parseInt(clock.getAttribute('data-seconds'), 10);
    setInterval(function () {
      left = Math.max(0, left - 1);
      var m = Math.floor(left / 60), s = left % 60;
      clock.textContent = clock.textContent.replace(/\d+:\d\d/, m + ':' + (s < 10 ? '0' : '') + s);
    }, 1000);
  }
})();
