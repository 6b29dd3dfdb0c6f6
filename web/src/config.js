// The server puts each page's settings in a JSON block rather than an inline script, which the
// Content-Security-Policy (script-src 'self') would refuse to run.
export function pageConfig(id) {
  const element = document.getElementById(id);
  return element ? JSON.parse(element.textContent) : {};
}
