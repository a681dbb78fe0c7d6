// Submits the newsletter confirmation form for readers with JavaScript (mail scanners rarely run it),
// once per tab, so Back from the result page does not post again. A file, not an inline script:
// the Content-Security-Policy allows scripts from our origin only (docs/decisions/0008-strict-csp.md).
(function () {
  var f = document.getElementById('newsletter-confirm');
  if (!f) return;
  try {
    if (sessionStorage.getItem(location.search)) return;
    sessionStorage.setItem(location.search, '1');
  } catch {
    // Storage blocked: submit anyway, as without this guard.
  }
  f.submit();
})();
