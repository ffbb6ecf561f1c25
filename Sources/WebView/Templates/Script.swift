/// The only script, served as `/static/view.js` (same origin, so the policy allows it and
/// nothing inline). It adds live updates and nothing else: every page works without it.
/// It also notes the first contentful paint on `<html>` (`data-first-contentful-paint-ms`).
/// An element with `data-live="MS"` is refreshed every MS milliseconds by fetching the same
/// page and swapping in that element of the answer (parsed by DOMParser, which runs no
/// script; the server escaped everything in it).
enum Script {
    static let javascript = """
    "use strict";
    (function () {
      // First contentful paint, kept on <html> for measurements (newsflow's browser tests).
      try {
        new PerformanceObserver(function (list) {
          list.getEntries().forEach(function (entry) {
            if (entry.name === "first-contentful-paint") {
              document.documentElement.setAttribute("data-first-contentful-paint-ms", String(Math.round(entry.startTime)));
            }
          });
        }).observe({ type: "paint", buffered: true });
      } catch (e) {}
      var live = document.querySelector("[data-live]");
      if (!live || !window.fetch || !window.DOMParser) return;
      var every = Math.max(1000, parseInt(live.getAttribute("data-live"), 10) || 3000);
      var status = document.getElementById("live-status");
      if (status) status.textContent = "live";
      function refresh() {
        if (document.hidden) return;
        if (live.contains(document.activeElement) && document.activeElement !== document.body) return;
        fetch(window.location.href, { credentials: "same-origin", headers: { "X-Newsflow-Refresh": "1" } })
          .then(function (response) { return response.ok ? response.text() : null; })
          .then(function (html) {
            if (!html) return;
            var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(live.id);
            if (fresh) { live.replaceWith(fresh); live = fresh; }
            if (status) status.textContent = "live · updated " + new Date().toLocaleTimeString();
          })
          .catch(function () { if (status) status.textContent = "live · offline"; });
      }
      window.setInterval(refresh, every);
    })();
    """
}
